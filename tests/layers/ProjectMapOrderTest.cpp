// Layer management on the fixture project (layers zones, buildings, grids, towns, bottom first):
// moving layers in the drawing order, layer opacity, and the building fields the thematic
// styles can use.

#include <gtest/gtest.h>

#include "../app/support/ProjectFixture.h"
#include "layers/LayerLoader.h"
#include "layers/ProjectMap.h"
#include "layers/StyleEvaluator.h"

namespace fangan {
namespace {

using fangan::testing::ProjectFixture;

class ProjectMapOrderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    store_ = openSpatialiteProject(fixture_.path().toStdString());
    map_ = ProjectMap::load(*store_, BuildingTheme::HazardGrade);
    ASSERT_EQ(kinds(), (std::vector<ProjectLayer>{ProjectLayer::Zones, ProjectLayer::Buildings,
                                                  ProjectLayer::Grids, ProjectLayer::Towns}));
  }

  std::vector<ProjectLayer> kinds() const {
    std::vector<ProjectLayer> out;
    for (const MapLayerEntry& e : map_.entries()) out.push_back(e.kind);
    return out;
  }

  std::vector<ProjectLayer> renderedKinds() const {
    std::vector<ProjectLayer> out;
    for (const RenderLayer& l : map_.visibleLayers()) out.push_back(l.layer.kind());
    return out;
  }

  // Every entry's legend counts equal a fresh count of its style over its layer.
  void expectCountsFollowTheirLayers() const {
    for (std::size_t i = 0; i < map_.entries().size(); ++i) {
      const MapLayerEntry& e = map_.entries()[i];
      EXPECT_EQ(map_.legendCounts(static_cast<int>(i)),
                StyleEvaluator(e.style, e.layer).ruleCounts(e.layer))
          << "entry " << i;
    }
  }

  ProjectFixture fixture_;
  std::unique_ptr<ProjectStore> store_;
  ProjectMap map_;
};

TEST_F(ProjectMapOrderTest, MovesALayerUpAndTheOthersShiftDown) {
  for (int i = 0; i < 4; ++i) map_.legendCounts(i);  // all cached, keyed by position
  map_.moveEntry(1, 3);                              // buildings to the top
  EXPECT_EQ(kinds(), (std::vector<ProjectLayer>{ProjectLayer::Zones, ProjectLayer::Grids,
                                                ProjectLayer::Towns, ProjectLayer::Buildings}));
  EXPECT_EQ(renderedKinds(), kinds());
  EXPECT_EQ(map_.indexOf(ProjectLayer::Buildings), 3);
  expectCountsFollowTheirLayers();
}

TEST_F(ProjectMapOrderTest, MovesALayerDownAndHiddenLayersKeepTheirPlace) {
  for (int i = 0; i < 4; ++i) map_.legendCounts(i);
  map_.setVisible(1, false);  // buildings hidden
  map_.moveEntry(3, 0);       // towns to the bottom
  EXPECT_EQ(kinds(), (std::vector<ProjectLayer>{ProjectLayer::Towns, ProjectLayer::Zones,
                                                ProjectLayer::Buildings, ProjectLayer::Grids}));
  EXPECT_FALSE(map_.entries()[2].visible);
  EXPECT_EQ(renderedKinds(), (std::vector<ProjectLayer>{ProjectLayer::Towns, ProjectLayer::Zones,
                                                        ProjectLayer::Grids}));
  expectCountsFollowTheirLayers();
}

TEST_F(ProjectMapOrderTest, IgnoresMovesOutOfRange) {
  const std::vector<ProjectLayer> before = kinds();
  map_.moveEntry(-1, 2);
  map_.moveEntry(0, 4);
  map_.moveEntry(2, 2);
  EXPECT_EQ(kinds(), before);
}

TEST_F(ProjectMapOrderTest, KeptCountsStillFollowEditsAfterAMove) {
  const int buildings = map_.indexOf(ProjectLayer::Buildings);
  map_.legendCounts(buildings);
  map_.moveEntry(buildings, 0);
  std::optional<BuildingRecord> record = store_->buildingByCode("B002");
  ASSERT_TRUE(record);
  record->surveyStatus = SurveyStatus::Surveyed;
  record->initialHazard = InitialHazard::None;
  ASSERT_TRUE(map_.updateBuilding(*record));
  expectCountsFollowTheirLayers();
}

TEST_F(ProjectMapOrderTest, SetsTheOpacityOfALayerAsAWhole) {
  const int zones = map_.indexOf(ProjectLayer::Zones);
  const std::vector<int> counts = map_.legendCounts(zones);
  map_.setOpacity(zones, 0.3);
  EXPECT_DOUBLE_EQ(map_.visibleLayers()[0].style.opacity, 0.3);
  EXPECT_DOUBLE_EQ(map_.entries()[1].style.opacity, 1.0);  // the others unchanged
  EXPECT_EQ(map_.legendCounts(zones), counts);
  map_.setOpacity(zones, 1.7);
  EXPECT_DOUBLE_EQ(map_.entries()[0].style.opacity, 1.0);
  map_.setOpacity(zones, -0.2);
  EXPECT_DOUBLE_EQ(map_.entries()[0].style.opacity, 0.0);
  map_.setOpacity(9, 0.5);  // no such entry: nothing happens
}

TEST_F(ProjectMapOrderTest, BuildingsKeepFloorsYearStructureAndUse) {
  const MapLayer& layer = map_.entries()[1].layer;
  EXPECT_EQ(layer.fields(), buildingFeatureFields());
  const int floors = layer.fieldIndex(layer_field::kFloors);
  const int year = layer.fieldIndex(layer_field::kYearBuilt);
  const int structure = layer.fieldIndex(layer_field::kStructure);
  const int use = layer.fieldIndex(layer_field::kUse);
  ASSERT_GE(floors, 0);
  ASSERT_GE(year, 0);
  ASSERT_GE(structure, 0);
  ASSERT_GE(use, 0);
  ASSERT_EQ(layer.features().size(), 4u);
  for (int i = 0; i < 4; ++i) {
    const MapFeature& f = layer.features()[static_cast<std::size_t>(i)];
    EXPECT_EQ(f.values[floors], QString::number(2 + i));
    EXPECT_EQ(f.values[year], "");  // not recorded
    EXPECT_EQ(f.values[structure], "masonry");
    EXPECT_EQ(f.values[use], "");
  }
  // Repeated values share one string, as the classes do (memory at 10^6 buildings).
  EXPECT_EQ(layer.features()[0].values[structure].constData(),
            layer.features()[3].values[structure].constData());

  // An edit reaches the new fields too.
  std::optional<BuildingRecord> record = store_->buildingByCode("B003");
  ASSERT_TRUE(record);
  record->floors = 9;
  record->yearBuilt = 1987;
  record->use = BuildingUse::Commercial;
  ASSERT_TRUE(map_.updateBuilding(*record));
  const MapFeature* edited = map_.featureById(ProjectLayer::Buildings, record->id);
  ASSERT_NE(edited, nullptr);
  EXPECT_EQ(edited->values[floors], "9");
  EXPECT_EQ(edited->values[year], "1987");
  EXPECT_EQ(edited->values[use], "commercial");
  EXPECT_EQ(edited->values[structure], "masonry");
}

}  // namespace
}  // namespace fangan
