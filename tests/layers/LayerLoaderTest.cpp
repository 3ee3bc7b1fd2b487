#include <gtest/gtest.h>

#include "../app/support/ProjectFixture.h"
#include "layers/LayerLoader.h"
#include "layers/ProjectMap.h"

namespace fangan {
namespace {

TEST(LayerLoader, BuildingsCarryClassesForTheStyles) {
  testing::ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  const auto store = openSpatialiteProject(fixture.path().toStdString());
  int skipped = -1;
  const MapLayer buildings = loadMapLayer(*store, ProjectLayer::Buildings, &skipped);
  EXPECT_EQ(skipped, 0);
  ASSERT_EQ(buildings.features().size(), 4u);
  EXPECT_EQ(buildings.shape(), GeometryShape::Polygon);
  const int code = buildings.fieldIndex(layer_field::kCode);
  const int hazard = buildings.fieldIndex(layer_field::kHazard);
  const int survey = buildings.fieldIndex(layer_field::kSurvey);
  const int control = buildings.fieldIndex(layer_field::kControl);
  const auto& f = buildings.features();
  EXPECT_EQ(f[0].values[code], "B001");
  EXPECT_EQ(f[0].values[hazard], "C");
  EXPECT_EQ(f[1].values[hazard], "not_surveyed");
  EXPECT_EQ(f[2].values[hazard], "no_hazard");
  EXPECT_EQ(f[2].values[survey], "surveyed");
  EXPECT_EQ(f[3].values[control], "stop_use");
  EXPECT_NEAR(f[0].bounds.minX, testing::ProjectFixture::kOriginX, 1e-6);
}

TEST(LayerLoader, ProjectMapLoadsLayersInDrawingOrder) {
  testing::ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  const auto store = openSpatialiteProject(fixture.path().toStdString());
  ProjectMap map = ProjectMap::load(*store);
  ASSERT_EQ(map.entries().size(), 4u);  // zones, buildings, grids, towns (no pois/lines/survey)
  EXPECT_EQ(map.entries()[0].kind, ProjectLayer::Zones);
  EXPECT_EQ(map.entries()[1].kind, ProjectLayer::Buildings);
  EXPECT_EQ(map.entries()[2].kind, ProjectLayer::Grids);
  EXPECT_EQ(map.entries()[3].kind, ProjectLayer::Towns);
  const MapFeature* hit = map.buildingAt(testing::ProjectFixture::buildingCenter(2), 1.0);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->values[0], "B003");
  map.setVisible(map.indexOf(ProjectLayer::Zones), false);
  EXPECT_EQ(map.visibleLayers().size(), 3u);
  // Legend counts of the hazard style: one C, one not surveyed, one no hazard, one D (+ control).
  const std::vector<int> counts = map.legendCounts(map.indexOf(ProjectLayer::Buildings));
  int total = 0;
  for (int c : counts) total += c;
  EXPECT_EQ(total, 5);
}

}  // namespace
}  // namespace fangan
