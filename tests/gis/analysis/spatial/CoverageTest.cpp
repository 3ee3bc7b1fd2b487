#include <gtest/gtest.h>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/analysis/spatial/GridAssignment.h"
#include "gis/analysis/spatial/ZoneJoin.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

Wkb rect(double x0, double y0, double x1, double y1) {
  return testing::rectangle(kX0 + x0, kY0 + y0, kX0 + x1, kY0 + y1);
}

const CoverageRow& row(const std::vector<CoverageRow>& rows, const std::string& area) {
  for (const auto& r : rows) {
    if (r.area == area) return r;
  }
  throw std::runtime_error("no row " + area);
}

class CoverageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::newProject(dir_.file("p.sqlite"));
    GridRecord g;
    g.grid = "G1";
    store_->upsertGrid(g, rect(0, 0, 100, 100));
    g.grid = "G2";
    store_->upsertGrid(g, rect(100, 0, 200, 100));
    g.grid = "G3";  // no buildings: a zero-total row
    store_->upsertGrid(g, rect(200, 0, 300, 100));
    TownRecord t{0, "东街"};
    store_->upsertTown(t, rect(0, 0, 150, 100));

    testing::addBuilding(*store_, "B1", rect(10, 10, 20, 20), true, "东街");     // surveyed
    testing::addBuilding(*store_, "B2", rect(30, 10, 40, 20), false, "东街");    // point inside
    testing::addBuilding(*store_, "B3", rect(50, 10, 60, 20), false, "东街");    // unchecked
    testing::addBuilding(*store_, "B4", rect(110, 10, 120, 20), false, "西街");  // unchecked
    testing::addBuilding(*store_, "B5", rect(130, 10, 140, 20), false, "西街");  // code match
    testing::addBuilding(*store_, "B6", rect(500, 10, 510, 20));  // outside every grid

    SurveyPoint inside;
    store_->insertSurveyPoint(inside, testing::point(kX0 + 35, kY0 + 15));
    SurveyPoint nearB3;  // 1 m outside B3: close is not inside, B3 stays unchecked
    store_->insertSurveyPoint(nearB3, testing::point(kX0 + 61, kY0 + 15));
    SurveyPoint byCode;
    byCode.code = "B5";
    store_->insertSurveyPoint(byCode, testing::point(kX0 + 900, kY0 + 900));

    ZoneRecord school;
    school.type = "school";
    school.source = "import:z.gpkg";
    store_->insertZone(school, rect(5, 5, 55, 25));  // B1, B2, B3
    ZoneRecord scenic;
    scenic.type = "scenic";
    scenic.source = "import:z.gpkg";
    store_->insertZone(scenic, rect(1000, 1000, 1100, 1100));  // nobody

    applyGridAssignment(*store_, assignGridsAndTowns(*store_));
    rebuildBuildingZones(*store_);
  }
  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(CoverageTest, CountsSurveyedPointInsideAndCodeMatch) {
  const auto r = computeCoverage(*store_);
  EXPECT_EQ(r.overall.total, 6);
  EXPECT_EQ(r.overall.checked, 3);
  EXPECT_EQ(r.checkedByStatus, 1);
  EXPECT_EQ(r.checkedByPoint, 1);
  EXPECT_EQ(r.checkedByCode, 1);
  EXPECT_EQ(r.surveyPoints, 3);

  const auto& g1 = row(r.byGrid, "G1");
  EXPECT_EQ(g1.total, 3);
  EXPECT_EQ(g1.checked, 2);
  EXPECT_EQ(formatCoverageRate(g1), "0.6667");
  const auto& g2 = row(r.byGrid, "G2");
  EXPECT_EQ(g2.total, 2);
  EXPECT_EQ(g2.checked, 1);
  EXPECT_EQ(formatCoverageRate(g2), "0.5000");
  const auto& g3 = row(r.byGrid, "G3");
  EXPECT_EQ(g3.total, 0);
  EXPECT_EQ(formatCoverageRate(g3), "—");
  // Buildings with no grid come last, under "".
  EXPECT_EQ(r.byGrid.back().area, "");
  EXPECT_EQ(r.byGrid.back().total, 1);
}

TEST_F(CoverageTest, PerTownAndPerZoneType) {
  const auto r = computeCoverage(*store_);
  EXPECT_EQ(row(r.byTown, "东街").total, 3);
  EXPECT_EQ(row(r.byTown, "东街").checked, 2);
  EXPECT_EQ(row(r.byTown, "西街").total, 2);
  // B6 had no town and lies in no town polygon.
  EXPECT_EQ(row(r.byTown, "").total, 1);
  EXPECT_EQ(row(r.byZoneType, "school").total, 3);
  EXPECT_EQ(row(r.byZoneType, "school").checked, 2);
  EXPECT_EQ(row(r.byZoneType, "scenic").total, 0);
  EXPECT_EQ(formatCoverageRate(row(r.byZoneType, "scenic")), "—");

  // Without the zone pass the other figures are the same and no zone type counts a building.
  CoverageOptions noZones;
  noZones.byZoneType = false;
  const auto q = computeCoverage(*store_, noZones);
  EXPECT_EQ(row(q.byTown, "东街").checked, 2);
  EXPECT_EQ(q.overall.total, r.overall.total);
  EXPECT_EQ(row(q.byZoneType, "school").total, 0);
}

TEST_F(CoverageTest, LargestGapsRankUncheckedThenRate) {
  const auto r = computeCoverage(*store_);
  ASSERT_EQ(r.largestGaps.size(), 2u);
  // Both have one unchecked building; G2's coverage is lower, so it is the bigger gap.
  EXPECT_EQ(r.largestGaps[0].area, "G2");
  EXPECT_EQ(r.largestGaps[1].area, "G1");
  CoverageOptions one;
  one.largestGaps = 1;
  EXPECT_EQ(computeCoverage(*store_, one).largestGaps.size(), 1u);
}

TEST_F(CoverageTest, HexagonsCountUncheckedBuildings) {
  CoverageOptions o;
  o.hexSize = 250;
  const auto r = computeCoverage(*store_, o);
  std::int64_t sum = 0;
  for (const auto& h : r.uncheckedHexes) sum += h.count;
  EXPECT_EQ(sum, 3);  // B3, B4, B6
  o.hexSize = 0;
  EXPECT_TRUE(computeCoverage(*store_, o).uncheckedHexes.empty());
}

}  // namespace
}  // namespace fangan
