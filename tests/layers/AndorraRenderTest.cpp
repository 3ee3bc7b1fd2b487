// The renderer on real data: the Andorra OpenStreetMap buildings and parishes of
// ../shared/data/andorra, imported into a temporary project, rendered at full extent at the
// size of a maximised canvas. Records the render time as a test property (no time limit: the
// machines running this are shared).

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QTemporaryDir>

#include "gis/io/Importer.h"
#include "layers/MapRenderer.h"
#include "layers/ProjectMap.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

TEST(AndorraRender, FullExtentShowsEveryParishAndBuildingCluster) {
  const QString data = QStringLiteral(FANGAN_SHARED_DATA "/andorra");
  if (!QFileInfo::exists(data + "/buildings.gpkg")) FANGAN_MISSING("no Andorra sample data");
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  auto store = createSpatialiteProject(dir.filePath("andorra.sqlite").toStdString(), 0);
  ImportOptions options;
  options.path = (data + "/buildings.gpkg").toStdString();
  importFile(*store, options);
  options.layer = ProjectLayer::Towns;
  options.path = (data + "/admin_boundaries.gpkg").toStdString();
  importFile(*store, options);

  const ProjectMap map = ProjectMap::load(*store);
  const auto& buildings =
      map.entries()[static_cast<std::size_t>(map.indexOf(ProjectLayer::Buildings))];
  ASSERT_GT(buildings.layer.features().size(), 4000u);
  EXPECT_EQ(buildings.skippedFeatures, 0);

  MapSettings settings;
  settings.viewport = MapViewport::fitting(map.extent(), QSize(1600, 1000));
  settings.layers = map.visibleLayers();
  double best = 1e9;
  RenderResult result;
  for (int run = 0; run < 5; ++run) {
    result = MapRenderer(settings).render();
    best = std::min(best, result.milliseconds);
  }
  ASSERT_FALSE(result.image.isNull());
  EXPECT_EQ(result.featuresDrawn + result.dotsDrawn,
            static_cast<int>(buildings.layer.features().size()) + 10)
      << "every building and town is drawn once";
  EXPECT_GE(result.labelsPlaced, 8) << "most parish names fit at full extent";
  RecordProperty("render_ms_best_of_5", QString::number(best, 'f', 1).toStdString());
  RecordProperty("buildings", static_cast<int>(buildings.layer.features().size()));
  std::printf(
      "Andorra full extent 1600x1000: %zu buildings, best of 5 renders %.1f ms (%d shapes, %d "
      "dots)\n",
      buildings.layer.features().size(), best, result.featuresDrawn, result.dotsDrawn);
}

}  // namespace
}  // namespace fangan
