// render_bench PROJECT [--out DIR] [--runs N] [--street-resolution M_PER_PX]
//
// Renders a project's map with MapRenderer to 1920×1080 images, as the canvas does (one render
// on one worker thread): at full extent and at street level (0.5 m per pixel, about 1:1900,
// over the most built-up part of the district), for the buildings layer alone (what render_qgis.py
// draws for the comparison) and for every visible layer. Prints the load time of the snapshots,
// each render's time (the best and the median of N runs after a warm-up), and the peak RSS. The
// buildings are drawn twice: as the canvas draws them (sub-pixel buildings as dots, no outlines
// on tiny fills) and whole, every polygon with its outline, as QGIS does. A line
// starting with RESULT carries the figures for render_vs_qgis.sh.

#include <sys/resource.h>

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"
#include "layers/MapRenderer.h"
#include "layers/ProjectMap.h"

namespace {

using namespace fangan;

const QSize kImageSize(1920, 1080);

long peakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct Timing {
  double best = 0;
  double median = 0;
  RenderResult last;
};

Timing timeRenders(const MapSettings& settings, int runs) {
  const MapRenderer renderer(settings);
  renderer.render();  // warm-up: first-touch of the snapshot pages, font caches
  std::vector<double> ms;
  Timing t;
  for (int i = 0; i < runs; ++i) {
    QElapsedTimer timer;
    timer.start();
    t.last = renderer.render();
    ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  std::sort(ms.begin(), ms.end());
  t.best = ms.front();
  t.median = ms[ms.size() / 2];
  return t;
}

// Centre of the 1/64 × 1/64 cell of the extent holding the most buildings: the street view
// should show a built-up block, not the empty middle of a district.
QPointF densestPlace(const MapLayer& layer, const Extent& extent) {
  constexpr int kCells = 64;
  std::vector<int> counts(kCells * kCells, 0);
  const double w = extent.width() / kCells;
  const double h = extent.height() / kCells;
  for (const MapFeature& f : layer.features()) {
    const int cx = std::clamp(static_cast<int>((f.bounds.minX - extent.minX) / w), 0, kCells - 1);
    const int cy = std::clamp(static_cast<int>((f.bounds.minY - extent.minY) / h), 0, kCells - 1);
    ++counts[static_cast<std::size_t>(cy * kCells + cx)];
  }
  const auto best = std::max_element(counts.begin(), counts.end()) - counts.begin();
  return QPointF(extent.minX + (static_cast<double>(best % kCells) + 0.5) * w,
                 extent.minY + (static_cast<double>(best / kCells) + 0.5) * h);
}

void usage() {
  std::fprintf(stderr,
               "usage: render_bench PROJECT [--out DIR] [--runs N] [--street-resolution M]\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (argc < 2) {
    usage();
    return 2;
  }
  const std::string project = argv[1];
  QString outDir;
  int runs = 3;
  double streetResolution = 0.5;
  for (int i = 2; i < argc; ++i) {
    const bool hasValue = i + 1 < argc;
    if (std::strcmp(argv[i], "--out") == 0 && hasValue) {
      outDir = QString::fromLocal8Bit(argv[++i]);
    } else if (std::strcmp(argv[i], "--runs") == 0 && hasValue) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--street-resolution") == 0 && hasValue) {
      streetResolution = std::atof(argv[++i]);
    } else {
      usage();
      return 2;
    }
  }

  const long rssBefore = peakRssKb();
  QElapsedTimer timer;
  timer.start();
  ProjectMap map;
  try {
    const auto store = openSpatialiteProject(project);
    map = ProjectMap::load(*store, BuildingTheme::HazardGrade);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "render_bench: %s\n", e.what());
    return 1;
  }
  const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  const int buildingsEntry = map.indexOf(ProjectLayer::Buildings);
  if (buildingsEntry < 0) {
    std::fprintf(stderr, "render_bench: the project has no buildings\n");
    return 1;
  }
  const MapLayerEntry& buildings = map.entries()[static_cast<std::size_t>(buildingsEntry)];
  const long rssLoaded = peakRssKb();
  std::printf(
      "project %s: %zu buildings, %zu layers; snapshots loaded in %.0f ms, peak RSS %.0f MB"
      " (%.0f MB before loading)\n",
      project.c_str(), buildings.layer.features().size(), map.entries().size(), loadMs,
      rssLoaded / 1024.0, rssBefore / 1024.0);

  const Extent extent = map.extent();
  const QPointF centre = densestPlace(buildings.layer, extent);
  struct View {
    const char* name;
    MapViewport viewport;
  };
  const std::vector<View> views = {
      {"full_extent", MapViewport::fitting(extent, kImageSize)},
      {"street", MapViewport(centre, streetResolution, kImageSize)},
  };
  struct Content {
    const char* name;
    std::vector<RenderLayer> layers;
    bool levelOfDetail = true;
  };
  // "buildings_whole": every polygon drawn whole with its outline, no dots and no vertex
  // dropped (MapSettings::levelOfDetail off), as QGIS draws them: the like-for-like figure.
  const std::vector<Content> contents = {
      {"buildings", {{buildings.layer, buildings.style}}},
      {"buildings_whole", {{buildings.layer, buildings.style}}, false},
      {"all_layers", map.visibleLayers()},
  };

  std::string result = "RESULT load_ms=" + std::to_string(static_cast<long>(loadMs));
  for (const View& view : views) {
    for (const Content& content : contents) {
      MapSettings settings;
      settings.viewport = view.viewport;
      settings.layers = content.layers;
      settings.levelOfDetail = content.levelOfDetail;
      const Timing t = timeRenders(settings, runs);
      std::printf(
          "%-11s %-10s 1:%-8.0f best %7.1f ms  median %7.1f ms  (%d shapes, %d dots, %d "
          "labels)\n",
          view.name, content.name, view.viewport.scaleDenominator(), t.best, t.median,
          t.last.featuresDrawn, t.last.dotsDrawn, t.last.labelsPlaced);
      result += std::string(" ") + view.name + "_" + content.name +
                "_ms=" + QString::number(t.median, 'f', 1).toStdString();
      if (!outDir.isEmpty()) {
        QDir().mkpath(outDir);
        t.last.image.save(
            QDir(outDir).filePath(QStringLiteral("ours_%1_%2.png").arg(view.name, content.name)));
      }
    }
  }
  // The windows drawn, for render_qgis.py to draw the same.
  const Extent full = views[0].viewport.extent();
  std::printf("full extent %.1f,%.1f,%.1f,%.1f\n", full.minX, full.minY, full.maxX, full.maxY);
  const Extent street = views[1].viewport.extent();
  std::printf("street extent %.1f,%.1f,%.1f,%.1f\n", street.minX, street.minY, street.maxX,
              street.maxY);
  std::printf("%s peak_rss_mb=%ld\n", result.c_str(), peakRssKb() / 1024);
  return 0;
}
