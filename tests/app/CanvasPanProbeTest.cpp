// UI-thread probe: pans the canvas programmatically (about 60 moves a second, as a drag does)
// while a 10 ms QTimer measures how late the event loop serves it. Renders run on workers, so
// the loop should never stall for long (issue 4: not more than 50 ms while panning).
//
// By default it pans over a synthetic in-memory layer of FANGAN_PROBE_BUILDINGS squares
// (100,000); FANGAN_PROBE_PROJECT=path.sqlite pans over a real project instead (e.g. the
// synthetic 1,000,000-building district). FANGAN_PROBE_SECONDS sets the duration (3) and
// FANGAN_PROBE_MAX_STALL_MS the bound the test enforces (50).

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <cmath>
#include <cstdio>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/MapCanvas.h"
#include "layers/LayerLoader.h"
#include "layers/PresetStyles.h"
#include "layers/ProjectMap.h"

namespace fangan::gui {
namespace {

using fangan::testing::waitUntil;

int envInt(const char* name, int fallback) {
  bool ok = false;
  const int v = qEnvironmentVariableIntValue(name, &ok);
  return ok && v > 0 ? v : fallback;
}

// n buildings of 12 m on a 20 m lattice, coloured through the hazard-grade style's classes.
std::vector<RenderLayer> syntheticLayers(int n) {
  static const char* const classes[] = {
      "not_surveyed", "no_hazard", "initial_hazard", "A", "B", "C", "D"};
  const QStringList fields = {layer_field::kCode, layer_field::kHazard};
  const int side = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  std::vector<MapFeature> features;
  features.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const double x = (i % side) * 20.0;
    const double y = (i / side) * 20.0;
    MapFeature f;
    f.id = i + 1;
    f.shape = GeometryShape::Polygon;
    f.paths = {QPolygonF(
        {QPointF(x, y), QPointF(x + 12, y), QPointF(x + 12, y + 12), QPointF(x, y + 12)})};
    f.bounds = Extent{x, y, x + 12, y + 12};
    f.values = {QStringLiteral("S%1").arg(i), QLatin1String(classes[i % 7])};
    features.push_back(std::move(f));
  }
  MapLayer layer(ProjectLayer::Buildings, GeometryShape::Polygon, fields, std::move(features));
  return {{layer, buildingStyle(BuildingTheme::HazardGrade)}};
}

TEST(CanvasPanProbe, EventLoopKeepsTickingWhilePanning) {
  std::vector<RenderLayer> layers;
  Extent extent;
  const QString project = qEnvironmentVariable("FANGAN_PROBE_PROJECT");
  QElapsedTimer loadTimer;
  loadTimer.start();
  if (!project.isEmpty()) {
    auto store = openSpatialiteProject(project.toStdString());
    const ProjectMap map = ProjectMap::load(*store);
    layers = map.visibleLayers();
    extent = map.extent();
  } else {
    layers = syntheticLayers(envInt("FANGAN_PROBE_BUILDINGS", 100000));
    extent = layers.front().layer.extent();
  }
  const qint64 loadMs = loadTimer.elapsed();

  MapCanvas canvas;
  canvas.resize(1600, 900);
  canvas.setLayers(layers);
  canvas.setFullExtent(extent);
  canvas.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas));
  ASSERT_TRUE(waitUntil([&canvas]() { return !canvas.isRendering(); }, 120000));
  const double firstRender = canvas.lastRenderMilliseconds();

  const int seconds = envInt("FANGAN_PROBE_SECONDS", 3);
  constexpr int kTickMs = 10;
  QElapsedTimer clock;
  clock.start();
  qint64 lastTick = 0;
  qint64 maxGap = 0;
  int ticks = 0;
  QTimer tick;
  tick.setTimerType(Qt::PreciseTimer);
  QObject::connect(&tick, &QTimer::timeout, [&]() {
    const qint64 now = clock.elapsed();
    maxGap = std::max(maxGap, now - lastTick);
    lastTick = now;
    ++ticks;
  });

  // First half at full extent (the heaviest renders), then zoomed in 16× (street blocks).
  int renders = 0;
  QObject::connect(&canvas, &MapCanvas::renderFinished, [&renders](double) { ++renders; });
  const QPointF centre((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2);
  int step = 0;
  bool zoomed = false;
  QTimer pan;
  QObject::connect(&pan, &QTimer::timeout, [&]() {
    if (!zoomed && clock.elapsed() > seconds * 500) {
      zoomed = true;
      const double w = extent.width() / 32;
      const double h = extent.height() / 32;
      canvas.zoomToExtent(Extent{centre.x() - w, centre.y() - h, centre.x() + w, centre.y() + h});
    }
    // A slow circle: each move a few pixels, as a hand drags.
    const double radius = 200 * canvas.viewport().mapUnitsPerPixel();
    const double angle = 0.05 * step++;
    canvas.centerOn(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
  });

  tick.start(kTickMs);
  pan.start(16);
  QTest::qWait(seconds * 1000);
  pan.stop();
  tick.stop();
  ASSERT_TRUE(waitUntil([&canvas]() { return !canvas.isRendering(); }, 120000));

  const qint64 maxStall = std::max<qint64>(0, maxGap - kTickMs);
  std::printf(
      "pan probe: %s, load %lld ms, first render %.0f ms, %d s panning, %d pan moves, %d renders "
      "finished, %d ticks, max tick gap %lld ms (max stall %lld ms)\n",
      project.isEmpty() ? "synthetic layer" : qPrintable(project), static_cast<long long>(loadMs),
      firstRender, seconds, step, renders, ticks, static_cast<long long>(maxGap),
      static_cast<long long>(maxStall));
  EXPECT_GT(renders, 0);
  EXPECT_GT(ticks, 0);  // the event loop kept serving the timer while panning
  // The 50 ms bound is a speed claim: bench/event_loop_probe.sh sets FANGAN_PROBE_MAX_STALL_MS;
  // a unit test on a loaded machine only prints the figure.
  if (qEnvironmentVariableIsSet("FANGAN_PROBE_MAX_STALL_MS")) {
    EXPECT_LE(maxStall, envInt("FANGAN_PROBE_MAX_STALL_MS", 50));
  }
}

}  // namespace
}  // namespace fangan::gui
