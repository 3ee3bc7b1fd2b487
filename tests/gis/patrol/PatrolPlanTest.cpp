// Plans from real SpatiaLite projects (gis/patrol/PatrolPlan.h): road routes, offices, the
// brute-force check through the whole pipeline, town scope and spot checks.

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "../support/TempDir.h"
#include "PatrolFixtures.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/patrol/RouteOrder.h"
#include "gis/patrol/TravelDistances.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::kOriginX;
using testing::kOriginY;
using testing::patrolDay;

class PatrolPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    rules_ = parsePriorityRules(
        "never_surveyed 50 未排查\ncommercial 20 经营性\nfloors_3plus 10 三层及以上\n",
        "test.rules");
  }

  PatrolPlanOptions options(const std::string& grid, int days = 1) {
    PatrolPlanOptions o;
    o.grid = grid;
    o.days = days;
    o.start = patrolDay("2024-03-11");
    o.rules = &rules_;
    return o;
  }

  void addRoad(const std::vector<RoutePoint>& local, const std::string& category) {
    std::vector<RoutePoint> pts;
    for (const auto& p : local) pts.push_back({kOriginX + p.x, kOriginY + p.y});
    store_->insertSource(ProjectLayer::Lines, {0, category, "路"}, testing::lineWkb(pts));
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  PriorityRules rules_;
};

TEST_F(PatrolPlanTest, RoutesFollowTheLShapedRoadAndIgnoreTheRailwayShortcut) {
  addGrid(*store_, "G1", 10);
  // A (more urgent: commercial) 10 m north of the road's west end; B 10 m east of its north end.
  addBuilding(*store_, testing::unsurveyedRecord("A", "G1", true), 0, 10);
  addBuilding(*store_, testing::unsurveyedRecord("B", "G1"), 310, 400);
  addRoad({{0, 0}, {150, 0}, {300, 0}}, "residential");
  addRoad({{300.4, 0.3}, {300, 400}}, "residential");
  addRoad({{0, 10}, {310, 400}}, "railway");  // a straight shortcut nobody may walk

  const PatrolPlan plan = planPatrols(*store_, options("G1"));
  EXPECT_TRUE(plan.onRoads);
  ASSERT_EQ(plan.grids.size(), 1u);
  const DayRoute& day = plan.grids[0].days[0];
  ASSERT_EQ(day.stops.size(), 2u);
  EXPECT_EQ(plan.grids[0].due[day.stops[0]].record.code, "A");
  EXPECT_NEAR(day.length, 10.0 + 300.0 + 400.0 + 10.0, 1e-6);
  EXPECT_NEAR(day.priorityOrderLength, day.length, 1e-9);
  ASSERT_GE(day.line.size(), 4u);
  EXPECT_NEAR(day.line.front().y, kOriginY + 10, 1e-6);
  EXPECT_NEAR(day.line.back().x, kOriginX + 310, 1e-6);

  PatrolPlanOptions straight = options("G1");
  straight.useRoads = false;
  const PatrolPlan p2 = planPatrols(*store_, straight);
  EXPECT_FALSE(p2.onRoads);
  EXPECT_NEAR(p2.grids[0].days[0].length, std::hypot(310.0, 390.0), 1e-6);
}

TEST_F(PatrolPlanTest, NineStopRoutesAreWithinTenPercentOfTheBruteForceOptimum) {
  addGrid(*store_, "G1", 9);
  // Nine due buildings on a ring whose priority order jumps back and forth across it.
  for (int i = 0; i < 9; ++i) {
    const double angle = (i * 4 % 9) * 2 * M_PI / 9;
    addBuilding(*store_, testing::unsurveyedRecord("B" + std::to_string(i), "G1", false, 1 + i % 4),
                500 + 300 * std::cos(angle), 500 + 300 * std::sin(angle));
  }
  for (const bool withOffice : {false, true}) {
    PatrolPlanOptions o = options("G1");
    if (withOffice) o.office = RoutePoint{kOriginX + 900, kOriginY + 50};
    const PatrolPlan plan = planPatrols(*store_, o);
    const GridPlan& g = plan.grids[0];
    const DayRoute& day = g.days[0];
    ASSERT_EQ(day.stops.size(), 9u);
    std::vector<RoutePoint> pts;
    if (withOffice) pts.push_back(*o.office);
    for (std::size_t i = 0; i < 9; ++i) pts.push_back(g.locations[i]);
    const DistanceMatrix d = StraightLineDistances().matrix(pts);
    std::vector<std::size_t> rest(pts.size() - 1);
    std::iota(rest.begin(), rest.end(), std::size_t{1});
    double optimum = 1e300;
    do {
      std::vector<std::size_t> order{0};
      order.insert(order.end(), rest.begin(), rest.end());
      optimum = std::min(optimum, pathLength(d, order));
    } while (std::next_permutation(rest.begin(), rest.end()));
    EXPECT_LE(day.length, optimum * 1.10) << (withOffice ? "office" : "first stop");
    EXPECT_LE(day.length, pathLength(d, nearestNeighbourRoute(d)) + 1e-9);
    EXPECT_GT(day.saving(), 0.0);
    if (!withOffice) {
      EXPECT_EQ(day.stops[0], 0u);  // starts at the most urgent stop
    }
  }
}

TEST_F(PatrolPlanTest, TownPlanCoversItsGridsCountsBuildingsWithoutAGridAndDrawsSpotChecks) {
  addGrid(*store_, "G1", 5, "张三", "东城街道");
  addGrid(*store_, "G2", 5, "李四", "东城街道");
  addGrid(*store_, "G3", 5, "王五", "西城街道");
  addBuilding(*store_, testing::unsurveyedRecord("A1", "G1"), 10, 10);
  addBuilding(*store_, testing::unsurveyedRecord("A2", "G2"), 20, 10);
  addBuilding(*store_, testing::unsurveyedRecord("A3", "G3"), 30, 10);
  addBuilding(*store_, testing::unsurveyedRecord("A4", ""), 40, 10);  // no grid, same town
  // Ten commercial "no hazard" buildings: a 10 % sample draws exactly one.
  for (int i = 0; i < 10; ++i) {
    BuildingRecord r = testing::quietRecord("S" + std::to_string(i), "G1");
    r.use = BuildingUse::Commercial;
    addBuilding(*store_, r, 100 + 20 * i, 100);
  }
  PatrolPlanOptions o = options("");
  o.town = "东城街道";
  const PatrolPlan plain = planPatrols(*store_, o);
  ASSERT_EQ(plain.grids.size(), 2u);
  EXPECT_EQ(plain.grids[0].grid.grid, "G1");
  EXPECT_EQ(plain.grids[1].grid.grid, "G2");
  EXPECT_EQ(plain.grids[0].due.size(), 1u);
  EXPECT_EQ(plain.unassignedDue, 1u);
  EXPECT_EQ(plain.spotChecks, 0u);

  o.sampleSeed = 7;
  const PatrolPlan sampled = planPatrols(*store_, o);
  EXPECT_EQ(sampled.spotChecks, 1u);
  EXPECT_EQ(sampled.grids[0].due.size(), 2u);
  const PatrolPlan again = planPatrols(*store_, o);
  EXPECT_EQ(again.grids[0].due[1].record.code, sampled.grids[0].due[1].record.code);

  o.town = "北城街道";
  EXPECT_THROW(planPatrols(*store_, o), PatrolPlanError);
}

}  // namespace
}  // namespace fangan
