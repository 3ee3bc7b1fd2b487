// Per-zone coverage on a hand-built project whose figures are known by construction: seven
// buildings in a row, four zones of three types, two of them overlapping, and each way of being
// checked (status, a survey point inside, a survey point with the code) used once or twice.

#include <gtest/gtest.h>

#include <atomic>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/analysis/spatial/ZoneCoverage.h"
#include "gis/analysis/spatial/ZoneJoin.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

Wkb rect(double x0, double y0, double x1, double y1) {
  return testing::rectangle(kX0 + x0, kY0 + y0, kX0 + x1, kY0 + y1);
}

const ZoneCoverageRow& zoneRow(const ZoneCoverageReport& r, std::int64_t id) {
  for (const auto& z : r.zones) {
    if (z.zoneId == id) return z;
  }
  throw std::runtime_error("no zone " + std::to_string(id));
}

const CoverageRow& typeRow(const ZoneCoverageReport& r, const std::string& type) {
  for (const auto& t : r.byType) {
    if (t.area == type) return t;
  }
  throw std::runtime_error("no zone type " + type);
}

class ZoneCoverageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::newProject(dir_.file("p.sqlite"));
    // Buildings 10 m wide every 20 m along y = 10..20.
    testing::addBuilding(*store_, "B1", rect(0, 10, 10, 20), true);     // surveyed
    testing::addBuilding(*store_, "B2", rect(20, 10, 30, 20));          // point inside
    testing::addBuilding(*store_, "B3", rect(40, 10, 50, 20), true);    // surveyed
    testing::addBuilding(*store_, "B4", rect(60, 10, 70, 20));          // unchecked
    testing::addBuilding(*store_, "B5", rect(80, 10, 90, 20));          // code on a point
    testing::addBuilding(*store_, "B6", rect(100, 10, 110, 20));        // unchecked, no zone
    testing::addBuilding(*store_, "B7", rect(120, 10, 130, 20), true);  // surveyed, no zone

    SurveyPoint inside;
    store_->insertSurveyPoint(inside, testing::point(kX0 + 25, kY0 + 15));
    SurveyPoint nearB4;  // 1 m outside B4: close is not inside
    store_->insertSurveyPoint(nearB4, testing::point(kX0 + 71, kY0 + 15));
    SurveyPoint byCode;
    byCode.code = "B5";
    store_->insertSurveyPoint(byCode, testing::point(kX0 + 900, kY0 + 900));

    // "一小" covers B1–B3; "二小" overlaps it at B3 and covers B4: B3 is in both schools.
    first_ = addZone("school", "一小", rect(-5, 0, 55, 30));
    second_ = addZone("school", "二小", rect(35, 0, 75, 30));
    corridor_ = addZone("rail_road", "", rect(55, 0, 95, 30));                  // B4, B5; unnamed
    empty_ = addZone("geohazard", "滑坡隐患点", rect(1000, 1000, 1100, 1100));  // no buildings
  }

  std::int64_t addZone(const std::string& type, const std::string& name, const Wkb& polygon) {
    ZoneRecord z;
    z.type = type;
    z.name = name;
    z.source = "import:zones.gpkg";
    return store_->insertZone(z, polygon);
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  std::int64_t first_ = 0, second_ = 0, corridor_ = 0, empty_ = 0;
};

TEST_F(ZoneCoverageTest, CountsEachZoneAfterTheJoin) {
  rebuildBuildingZones(*store_);
  const auto r = computeZoneCoverage(*store_);
  EXPECT_FALSE(r.cancelled);
  EXPECT_EQ(r.buildings, 7);
  EXPECT_EQ(r.links, 7);  // 3 + 2 + 2 + 0

  const auto& first = zoneRow(r, first_);
  EXPECT_EQ(first.type, "school");
  EXPECT_EQ(first.name, "一小");
  EXPECT_EQ(first.coverage.total, 3);
  EXPECT_EQ(first.coverage.checked, 3);  // B1 and B3 by status, B2 by the point inside
  EXPECT_EQ(formatCoverageRate(first.coverage), "1.0000");

  const auto& second = zoneRow(r, second_);
  EXPECT_EQ(second.coverage.total, 2);
  EXPECT_EQ(second.coverage.checked, 1);  // B3; B4's nearest point is outside it
  EXPECT_EQ(second.coverage.unchecked(), 1);
  EXPECT_EQ(formatCoverageRate(second.coverage), "0.5000");

  const auto& corridor = zoneRow(r, corridor_);
  EXPECT_EQ(corridor.name, "");
  EXPECT_EQ(corridor.coverage.total, 2);
  EXPECT_EQ(corridor.coverage.checked, 1);  // B5 by the code on a point far away

  const auto& empty = zoneRow(r, empty_);
  EXPECT_EQ(empty.coverage.total, 0);
  EXPECT_FALSE(empty.coverage.rate().has_value());
  EXPECT_EQ(formatCoverageRate(empty.coverage), "—");
}

TEST_F(ZoneCoverageTest, CountsABuildingInTwoZonesOfATypeOnceForTheType) {
  rebuildBuildingZones(*store_);
  const auto r = computeZoneCoverage(*store_);
  ASSERT_EQ(r.byType.size(), 3u);
  // By type key.
  EXPECT_EQ(r.byType[0].area, "geohazard");
  EXPECT_EQ(r.byType[1].area, "rail_road");
  EXPECT_EQ(r.byType[2].area, "school");
  // B1, B2, B3, B4: the two zones' totals add to 5, but B3 is one building.
  EXPECT_EQ(typeRow(r, "school").total, 4);
  EXPECT_EQ(typeRow(r, "school").checked, 3);
  EXPECT_EQ(typeRow(r, "rail_road").total, 2);
  EXPECT_EQ(typeRow(r, "rail_road").checked, 1);
  EXPECT_EQ(typeRow(r, "geohazard").total, 0);
  // B1–B5 once each; B6 and B7 lie in no zone.
  EXPECT_EQ(r.inAnyZone.total, 5);
  EXPECT_EQ(r.inAnyZone.checked, 4);
}

TEST_F(ZoneCoverageTest, ListsEachTypesBiggestGapsFirst) {
  rebuildBuildingZones(*store_);
  const auto r = computeZoneCoverage(*store_);
  ASSERT_EQ(r.zones.size(), 4u);
  EXPECT_EQ(r.zones[0].zoneId, empty_);     // geohazard
  EXPECT_EQ(r.zones[1].zoneId, corridor_);  // rail_road
  EXPECT_EQ(r.zones[2].zoneId, second_);    // school: one unchecked…
  EXPECT_EQ(r.zones[3].zoneId, first_);     // …before none unchecked
}

TEST_F(ZoneCoverageTest, AgreesWithThePerTypeCoverageOfTheWholeProject) {
  rebuildBuildingZones(*store_);
  const auto zones = computeZoneCoverage(*store_);
  const auto whole = computeCoverage(*store_);
  ASSERT_EQ(zones.byType.size(), whole.byZoneType.size());
  for (std::size_t i = 0; i < zones.byType.size(); ++i) {
    EXPECT_EQ(zones.byType[i].area, whole.byZoneType[i].area);
    EXPECT_EQ(zones.byType[i].total, whole.byZoneType[i].total);
    EXPECT_EQ(zones.byType[i].checked, whole.byZoneType[i].checked);
  }
}

TEST_F(ZoneCoverageTest, BeforeTheJoinEveryZoneIsEmpty) {
  const auto r = computeZoneCoverage(*store_);
  EXPECT_EQ(r.links, 0);
  EXPECT_EQ(r.zones.size(), 4u);
  for (const auto& z : r.zones) EXPECT_EQ(z.coverage.total, 0);
  EXPECT_EQ(r.inAnyZone.total, 0);
}

TEST_F(ZoneCoverageTest, UsesTheStoredLinksNotTheGeometry) {
  // Links written by hand: B6 (unchecked) into the empty geohazard zone, far from its polygon.
  rebuildBuildingZones(*store_);
  std::vector<std::pair<std::int64_t, std::int64_t>> links;
  store_->forEachBuildingZone([&](std::int64_t b, std::int64_t z) {
    links.emplace_back(b, z);
    return true;
  });
  const auto b6 = store_->buildingByCode("B6");
  ASSERT_TRUE(b6);
  links.emplace_back(b6->id, empty_);
  store_->replaceBuildingZones(links);
  const auto r = computeZoneCoverage(*store_);
  EXPECT_EQ(zoneRow(r, empty_).coverage.total, 1);
  EXPECT_EQ(zoneRow(r, empty_).coverage.checked, 0);
  EXPECT_EQ(r.inAnyZone.total, 6);
}

TEST_F(ZoneCoverageTest, StopsWhenCancelled) {
  rebuildBuildingZones(*store_);
  std::atomic<bool> cancel{true};
  ZoneCoverageOptions options;
  options.cancel = &cancel;
  const auto r = computeZoneCoverage(*store_, options);
  EXPECT_TRUE(r.cancelled);
}

TEST_F(ZoneCoverageTest, OrdersGapsByUncheckedThenRate) {
  CoverageRow manyUnchecked{"a", 10, 5};
  CoverageRow fewUncheckedLowRate{"b", 2, 0};
  CoverageRow fewUncheckedHighRate{"c", 4, 2};
  CoverageRow noBuildings{"d", 0, 0};
  CoverageRow allChecked{"e", 3, 3};
  EXPECT_TRUE(biggerCoverageGap(manyUnchecked, fewUncheckedLowRate));
  EXPECT_TRUE(biggerCoverageGap(fewUncheckedLowRate, fewUncheckedHighRate));
  EXPECT_TRUE(biggerCoverageGap(allChecked, noBuildings));
  EXPECT_FALSE(biggerCoverageGap(noBuildings, allChecked));
}

}  // namespace
}  // namespace fangan
