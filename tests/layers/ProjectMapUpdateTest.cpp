// An edited building goes into the map as a new snapshot that shares the geometries and index
// with the old one, which renders under way keep; its legend counts follow the one feature.

#include <gtest/gtest.h>

#include <algorithm>

#include "../app/support/ProjectFixture.h"
#include "layers/LayerLoader.h"
#include "layers/ProjectMap.h"
#include "layers/StyleEvaluator.h"

namespace fangan {
namespace {

using fangan::testing::ProjectFixture;

TEST(ProjectMapUpdate, ReplacesOneBuildingsValuesAndKeepsTheOldSnapshot) {
  ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  auto store = openSpatialiteProject(fixture.path().toStdString());
  ProjectMap map = ProjectMap::load(*store, BuildingTheme::HazardGrade);
  const int entry = map.indexOf(ProjectLayer::Buildings);
  ASSERT_GE(entry, 0);
  const MapLayer before = map.entries()[static_cast<std::size_t>(entry)].layer;
  const std::vector<int> countsBefore = map.legendCounts(entry);

  // B002 (never surveyed) is found to be grade D.
  std::optional<BuildingRecord> record = store->buildingByCode("B002");
  ASSERT_TRUE(record);
  record->surveyStatus = SurveyStatus::Surveyed;
  record->initialHazard = InitialHazard::Hazard;
  record->appraisalGrade = AppraisalGrade::D;
  ASSERT_TRUE(map.updateBuilding(*record));

  const MapLayer& after = map.entries()[static_cast<std::size_t>(entry)].layer;
  const int hazard = after.fieldIndex(layer_field::kHazard);
  const MapFeature* edited = map.featureById(ProjectLayer::Buildings, record->id);
  ASSERT_NE(edited, nullptr);
  EXPECT_EQ(edited->values[hazard], "D");
  // The old snapshot still says what it said; geometry and index are shared, not rebuilt.
  const auto old = std::find_if(before.features().begin(), before.features().end(),
                                [&record](const MapFeature& f) { return f.id == record->id; });
  ASSERT_NE(old, before.features().end());
  EXPECT_EQ(old->values[hazard], "not_surveyed");
  EXPECT_EQ(&before.index(), &after.index());
  EXPECT_EQ(before.features().size(), after.features().size());

  // The kept counts equal a fresh count over the new snapshot, and differ from before.
  const std::vector<int> fresh =
      StyleEvaluator(map.entries()[static_cast<std::size_t>(entry)].style, after).ruleCounts(after);
  EXPECT_EQ(map.legendCounts(entry), fresh);
  EXPECT_NE(fresh, countsBefore);

  BuildingRecord unknown = *record;
  unknown.id = 999999;
  EXPECT_FALSE(map.updateBuilding(unknown));
}

}  // namespace
}  // namespace fangan
