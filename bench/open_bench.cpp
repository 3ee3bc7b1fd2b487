// open_bench PROJECT [--runs N] [--out DIR] [--store-path] [--open-only]
//
// What opening a large project costs in the app (issue 14), measured on the calls the window
// makes: opening the store, the map's layer snapshots (ProjectMap::open: the buildings from the
// map cache when it is valid, else from the store, writing the cache) and the ids the attribute
// table pages through (ProjectLoader), then the first full-extent render of every visible layer
// at 1920x1080 (MapRenderer, as the canvas draws it). The first opening takes the project as it
// is (a stale cache is rebuilt then, and says so); the N openings after it are timed again and
// their median printed. Then the attribute table's filter (鉴定等级 = D) and sort (by year built)
// through runRecordQuery, the dashboard's figures (computeDashboardFigures), and the peak RSS
// of the whole run (--store-path first times the buildings layer read from the store, as before
// the cache: that read dominates the peak RSS then). A line starting with RESULT carries the
// figures for open_vs_qgis.sh.

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "app/gui/DashboardPanel.h"
#include "app/gui/HugePages.h"
#include "app/gui/RecordQuery.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/ProjectStore.h"
#include "layers/LayerLoader.h"
#include "layers/MapRenderer.h"
#include "layers/ProjectMap.h"

namespace {

using namespace fangan;

const QSize kImageSize(1920, 1080);

// Resident now (VmRSS), MB.
long currentRssMb() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  long pages = 0;
  long resident = 0;
  const int read = std::fscanf(f, "%ld %ld", &pages, &resident);
  std::fclose(f);
  return read == 2 ? resident * (sysconf(_SC_PAGESIZE) / 1024) / 1024 : 0;
}

long peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// CPU time of the process (all threads), ms: on a machine shared with other work the wall time
// says more about the neighbours than about us, so both are printed.
double cpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer& timer) {
  return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

const char* cacheUseText(MapCacheUse use) {
  switch (use) {
    case MapCacheUse::Read:
      return "read from the map cache";
    case MapCacheUse::Written:
      return "read from the store, map cache written";
    case MapCacheUse::Pending:
      return "read from the store, map cache written after";
    case MapCacheUse::Bypassed:
      return "read from the store, no map cache";
  }
  return "";
}

struct Opening {
  double mapReadyMs = 0;  // store opened, snapshots loaded, table ids read
  double mapReadyCpuMs = 0;
  double renderMs = 0;  // first full-extent render after that
  MapCacheUse use = MapCacheUse::Bypassed;
  std::size_t buildings = 0;
  QImage image;
  Extent drawn;               // the window of the full-extent render
  double previewReadyMs = 0;  // towns, grids and the density read
  double firstPaintMs = 0;    // ... and drawn at full extent
  long rssAfterOpenMb = 0;    // resident once the map is read (the map held)
  bool cacheWritten = false;  // a cache the opening left to write was written after the render
  double cacheWriteMs = 0;
  std::int64_t previewBuildings = 0;
  QImage previewImage;
};

Opening openOnce(const std::string& project) {
  Opening o;
  QElapsedTimer timer;
  timer.start();
  const double cpu = cpuMs();
  auto store = openProject(project);
  // The first paint: what the window shows while the footprints are mapped (towns, grids and
  // the buildings' density), drawn at full extent as the canvas draws it: on a thread of its
  // own while the loading goes on, as the window draws it. Map ready is the wall time of the
  // opening; the preview's drawing takes CPU from it as it does in the window, and its CPU time
  // is taken out of the opening's.
  std::thread previewPainter;
  double previewRenderCpuMs = 0;  // written by the painter, read once it is joined
  ProjectMap map = ProjectMap::openWritingCacheLater(
      *store, BuildingTheme::HazardGrade, [&](MapPreview preview) {
        o.previewReadyMs = msSince(timer);
        o.previewBuildings = preview.buildings;
        previewPainter = std::thread([&o, &timer, &previewRenderCpuMs, preview]() {
          timespec start{};
          clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
          MapSettings settings;
          settings.viewport = MapViewport::fitting(preview.extent, kImageSize);
          settings.layers = preview.layers;
          o.previewImage = MapRenderer(settings).render().image;
          o.firstPaintMs = msSince(timer);
          timespec end{};
          clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
          previewRenderCpuMs = static_cast<double>(end.tv_sec - start.tv_sec) * 1e3 +
                               static_cast<double>(end.tv_nsec - start.tv_nsec) / 1e6;
        });
      });
  const std::vector<std::int64_t> ids = map.buildingIds(*store);
  o.mapReadyMs = msSince(timer);
  if (previewPainter.joinable()) previewPainter.join();
#ifdef __GLIBC__
  malloc_trim(0);  // as the window does after an opening (releaseFreedMemory)
#endif
  o.rssAfterOpenMb = currentRssMb();
  o.mapReadyCpuMs = cpuMs() - cpu - previewRenderCpuMs;
  o.use = map.buildingsCacheUse();
  o.buildings = ids.size();
  MapSettings settings;
  settings.viewport = MapViewport::fitting(map.extent(), kImageSize);
  settings.layers = map.visibleLayers();
  o.drawn = settings.viewport.extent();
  timer.restart();
  RenderResult r = MapRenderer(settings).render();
  o.renderMs = msSince(timer);
  o.image = r.image;
  // As the window does once the map is shown: the cache the opening left to write (on a worker
  // thread and its own connection there; here after the render, on this one).
  if (auto pending = map.takePendingCache()) {
    timer.restart();
    o.cacheWritten = writePendingMapCache(*store, *pending);
    o.cacheWriteMs = msSince(timer);
  }
  return o;
}

// The figures as text, to compare the two ways of counting them.
std::string figuresText(const gui::DashboardFigures& f) {
  std::string s;
  for (const CoverageRow& row : f.coverageByTown) {
    s += row.area + " " + std::to_string(row.total) + " " + std::to_string(row.checked) + "\n";
  }
  for (const auto& [name, count] : f.buildingsByHazardClass) {
    s += name.toStdString() + " " + std::to_string(count) + "\n";
  }
  return s + ledgerToCsv(f.ledgerSelfBuilt) + ledgerToCsv(f.ledgerAll);
}

void usage() {
  std::fprintf(stderr,
               "usage: open_bench PROJECT [--runs N] [--out DIR] [--store-path] [--open-only]\n");
}

}  // namespace

int main(int argc, char** argv) {
  // As the window starts (FANGAN_HUGE_PAGES=0 measures without).
  const fangan::gui::HugePagesSkip hugePages = fangan::gui::restartWithHugePages(argv);
  std::printf("huge pages for malloc: %s\n",
              hugePages == fangan::gui::HugePagesSkip::kNone ? "on" : "off");
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  if (argc < 2) {
    usage();
    return 2;
  }
  const std::string project = argv[1];
  int runs = 3;
  QString outDir;
  bool alsoStore = false;
  bool openOnly = false;  // no table queries or dashboard (to profile the opening alone)
  for (int i = 2; i < argc; ++i) {
    const bool hasValue = i + 1 < argc;
    if (std::strcmp(argv[i], "--runs") == 0 && hasValue) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--open-only") == 0) {
      openOnly = true;
    } else if (std::strcmp(argv[i], "--store-path") == 0) {
      alsoStore = true;
    } else if (std::strcmp(argv[i], "--out") == 0 && hasValue) {
      outDir = QString::fromLocal8Bit(argv[++i]);
    } else {
      usage();
      return 2;
    }
  }
  try {
    // The buildings layer read from the store, as every opening did before the map cache (and
    // as the first opening after a change still does).
    double storeMs = 0;
    if (alsoStore) {
      QElapsedTimer timer;
      timer.start();
      const auto store = openProject(project);
      const double cpu = cpuMs();
      const MapLayer layer = loadMapLayer(*store, ProjectLayer::Buildings);
      storeMs = msSince(timer);
      std::printf(
          "without the cache: buildings layer read from the store in %.0f ms (CPU %.0f ms; %zu)\n",
          storeMs, cpuMs() - cpu, layer.features().size());
    }
    const Opening first = openOnce(project);
    std::printf(
        "first opening: %zu buildings, first paint %.0f ms; map ready in %.0f ms (CPU %.0f ms; "
        "%s), "
        "first render %.0f ms\n",
        first.buildings, first.firstPaintMs, first.mapReadyMs, first.mapReadyCpuMs,
        cacheUseText(first.use), first.renderMs);
    std::printf("resident with the map open: %ld MB (peak so far %ld MB)\n", first.rssAfterOpenMb,
                peakRssMb());
    if (first.use == MapCacheUse::Pending) {
      std::printf("then the map cache written in the background: %.0f ms (%s)\n",
                  first.cacheWriteMs, first.cacheWritten ? "written" : "not written");
    }
    std::vector<double> ready;
    std::vector<double> render;
    std::vector<double> total;
    std::vector<double> firstPaint;
    MapCacheUse use = first.use;
    for (int i = 0; i < runs; ++i) {
      const Opening o = openOnce(project);
      std::printf(
          "opening %d: first paint (towns, grids, density of %lld buildings) %.0f ms; map ready "
          "in %.0f ms (CPU %.0f ms; %s), first render %.0f ms\n",
          i + 1, static_cast<long long>(o.previewBuildings), o.firstPaintMs, o.mapReadyMs,
          o.mapReadyCpuMs, cacheUseText(o.use), o.renderMs);
      firstPaint.push_back(o.firstPaintMs);
      ready.push_back(o.mapReadyMs);
      render.push_back(o.renderMs);
      total.push_back(o.mapReadyMs + o.renderMs);
      use = o.use;
      if (!outDir.isEmpty() && i == 0) {
        QDir().mkpath(outDir);
        o.image.save(QDir(outDir).filePath(QStringLiteral("open_full_extent.png")));
        o.previewImage.save(QDir(outDir).filePath(QStringLiteral("open_first_paint.png")));
      }
    }
    // The window drawn, for open_qgis.py to draw the same.
    std::printf("full extent %.1f,%.1f,%.1f,%.1f\n", first.drawn.minX, first.drawn.minY,
                first.drawn.maxX, first.drawn.maxY);
    std::printf(
        "median of %d openings: first paint %.0f ms; map ready %.0f ms + first render %.0f ms = "
        "%.0f ms\n",
        runs, median(firstPaint), median(ready), median(render), median(total));

    if (openOnly) {
      std::printf("peak RSS %ld MB\n", peakRssMb());
      return 0;
    }
    const auto store = openProject(project);
    std::vector<double> filterMs, sortMs, dashboardMs;
    std::size_t filtered = 0, sorted = 0;
    int hazardClasses = 0;
    gui::RecordQuery filter;
    filter.filter = gui::RecordFilter{gui::RecordField::AppraisalGrade, gui::FilterOperator::Equals,
                                      QStringLiteral("D")};
    gui::RecordQuery sort;
    const auto& fields = gui::recordFields();
    sort.sortColumn = static_cast<int>(
        std::find(fields.begin(), fields.end(), gui::RecordField::YearBuilt) - fields.begin());
    // The scan the table answered with before the attribute cache, once: it is also the
    // reference the cache's answers must equal.
    QElapsedTimer scanTimer;
    scanTimer.start();
    const std::vector<std::int64_t> scannedFilter = gui::runRecordQuery(*store, filter);
    const double scanFilterMs = msSince(scanTimer);
    scanTimer.restart();
    const std::vector<std::int64_t> scannedSort = gui::runRecordQuery(*store, sort);
    const double scanSortMs = msSince(scanTimer);
    scanTimer.restart();
    const std::string scannedFigures = figuresText(gui::computeDashboardFigures(*store));
    const double scanDashboardMs = msSince(scanTimer);
    std::string filterSource, sortSource;
    for (int i = 0; i < runs; ++i) {
      // A fresh cache each run: the first filter and sort after opening the project.
      AttributeColumnCache columns;
      QElapsedTimer timer;
      timer.start();
      const std::vector<std::int64_t> f = gui::runRecordQuery(*store, filter, nullptr, &columns);
      filterMs.push_back(msSince(timer));
      filterSource = columns.lastSource();
      filtered = f.size();

      timer.restart();
      const std::vector<std::int64_t> s = gui::runRecordQuery(*store, sort, nullptr, &columns);
      sortMs.push_back(msSince(timer));
      sortSource = columns.lastSource();
      sorted = s.size();
      if (f != scannedFilter || s != scannedSort) {
        std::fprintf(stderr, "open_bench: the attribute cache answered otherwise than the scan\n");
        return 1;
      }

      timer.restart();
      const gui::DashboardFigures figures = gui::computeDashboardFigures(*store, &columns);
      dashboardMs.push_back(msSince(timer));
      hazardClasses = static_cast<int>(figures.buildingsByHazardClass.size());
      if (figuresText(figures) != scannedFigures) {
        std::fprintf(stderr, "open_bench: the dashboard from the cache differs from the scan's\n");
        return 1;
      }
    }
    std::printf(
        "filter 鉴定等级 = D: %zu buildings, median %.0f ms (columns from the %s; the scan: %.0f "
        "ms, same rows)\n",
        filtered, median(filterMs), filterSource.c_str(), scanFilterMs);
    std::printf(
        "sort by year built: %zu buildings, median %.0f ms (columns from the %s; the scan: %.0f "
        "ms, same order)\n",
        sorted, median(sortMs), sortSource.c_str(), scanSortMs);
    std::printf(
        "dashboard figures: %d hazard classes, median %.0f ms (from the columns; reading the "
        "records: %.0f ms, same figures)\n",
        hazardClasses, median(dashboardMs), scanDashboardMs);
    const long rss = peakRssMb();
    std::printf("peak RSS %ld MB\n", rss);
    std::printf(
        "RESULT buildings=%zu cache=%s store_layer_ms=%.0f first_ready_ms=%.0f "
        "first_render_ms=%.0f ready_ms=%.0f "
        "render_ms=%.0f open_draw_ms=%.0f first_paint_ms=%.0f first_open_paint_ms=%.0f "
        "first_open_draw_ms=%.0f filter_ms=%.0f sort_ms=%.0f "
        "dashboard_ms=%.0f first_cache_write_ms=%.0f "
        "peak_rss_mb=%ld\n",
        first.buildings, use == MapCacheUse::Read ? "read" : "none", storeMs, first.mapReadyMs,
        first.renderMs, median(ready), median(render), median(total), median(firstPaint),
        first.firstPaintMs, first.mapReadyMs + first.renderMs, median(filterMs), median(sortMs),
        median(dashboardMs), first.cacheWriteMs, rss);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "open_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
