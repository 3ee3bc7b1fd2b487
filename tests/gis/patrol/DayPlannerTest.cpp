// Filling patrol days up to capacity in priority order (gis/patrol/DayPlanner.h), alone and
// through a plan of a real project (gis/patrol/PatrolPlan.h).

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "../support/TempDir.h"
#include "PatrolFixtures.h"
#include "gis/patrol/DayPlanner.h"
#include "gis/patrol/PatrolPlan.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::patrolDay;

TEST(DayPlannerTest, FillsDaysInOrderAndReportsTheRest) {
  const DaySchedule s = planDays(23, 5, 4);
  ASSERT_EQ(s.days.size(), 5u);
  std::size_t expected = 0;
  for (const auto& day : s.days) {
    ASSERT_EQ(day.size(), 4u);
    for (const std::size_t i : day) EXPECT_EQ(i, expected++);
  }
  EXPECT_EQ(s.scheduledCount(), 20u);
  EXPECT_EQ(s.unscheduled, (std::vector<std::size_t>{20, 21, 22}));
}

TEST(DayPlannerTest, LeavesLaterDaysEmptyWhenEverythingFits) {
  const DaySchedule s = planDays(7, 3, 5);
  EXPECT_EQ(s.days[0].size(), 5u);
  EXPECT_EQ(s.days[1].size(), 2u);
  EXPECT_TRUE(s.days[2].empty());
  EXPECT_TRUE(s.unscheduled.empty());
}

TEST(DayPlannerTest, CapacityDefaultsToTenWhenMissingOrNotPositive) {
  EXPECT_EQ(effectiveCapacity(std::nullopt), 10);
  EXPECT_EQ(effectiveCapacity(0), 10);
  EXPECT_EQ(effectiveCapacity(-3), 10);
  EXPECT_EQ(effectiveCapacity(7), 7);
  EXPECT_THROW(planDays(3, 1, 0), std::invalid_argument);
}

// A project whose grid G1 holds `due` never-surveyed buildings of varied priority (floors and
// commercial use) scattered over the grid, plus quiet buildings that are never due.
class PlannedProjectTest : public ::testing::Test {
 protected:
  void build(int due, std::optional<int> capacity) {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    rules_ = parsePriorityRules(
        "never_surveyed 50 未排查\ncommercial 20 经营性\nfloors_3plus 10 三层及以上\n",
        "test.rules");
    addGrid(*store_, "G1", capacity);
    for (int i = 0; i < due; ++i) {
      char code[16];
      std::snprintf(code, sizeof code, "B%02d", i);
      const bool commercial = i % 3 == 0;
      const int floors = 1 + i % 5;
      addBuilding(*store_, testing::unsurveyedRecord(code, "G1", commercial, floors),
                  (i * 37) % 900 + 50, (i * 53) % 900 + 50);
    }
    for (int i = 0; i < 5; ++i) {
      addBuilding(*store_, testing::quietRecord("Q" + std::to_string(i), "G1"), 100 + i * 100, 20);
    }
  }

  PatrolPlan plan(int days) {
    PatrolPlanOptions o;
    o.grid = "G1";
    o.days = days;
    o.start = patrolDay("2024-03-11");
    o.rules = &rules_;
    return planPatrols(*store_, o);
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  PriorityRules rules_;
};

TEST_F(PlannedProjectTest, CapacityAndPriorityOrderHoldAcrossDays) {
  build(23, 4);
  const PatrolPlan p = plan(5);
  ASSERT_EQ(p.grids.size(), 1u);
  const GridPlan& g = p.grids[0];
  ASSERT_EQ(g.due.size(), 23u);
  ASSERT_EQ(g.days.size(), 5u);
  int previousMinimum = 1 << 30;
  std::size_t previousLargestIndex = 0;
  for (std::size_t d = 0; d < g.days.size(); ++d) {
    const DayRoute& day = g.days[d];
    EXPECT_EQ(day.day, static_cast<int>(d) + 1);
    EXPECT_EQ(day.date, patrolDay("2024-03-11").plusDays(static_cast<long>(d)));
    EXPECT_EQ(day.stops.size(), 4u);
    int maximum = -1;
    int minimum = 1 << 30;
    for (const std::size_t s : day.stops) {
      maximum = std::max(maximum, g.due[s].priority.score);
      minimum = std::min(minimum, g.due[s].priority.score);
      if (d > 0) {
        EXPECT_GT(s, previousLargestIndex);  // later day, later in priority order
      }
    }
    EXPECT_LE(maximum, previousMinimum) << "day " << d + 1;
    previousMinimum = minimum;
    previousLargestIndex = *std::max_element(day.stops.begin(), day.stops.end());
  }
  // The due list itself is in priority order: score descending, then code.
  for (std::size_t i = 1; i < g.due.size(); ++i) {
    const auto& a = g.due[i - 1];
    const auto& b = g.due[i];
    EXPECT_TRUE(a.priority.score > b.priority.score ||
                (a.priority.score == b.priority.score && a.record.code < b.record.code));
  }
  EXPECT_EQ(g.scheduledCount(), 20u);
  EXPECT_EQ(g.unscheduled, (std::vector<std::size_t>{20, 21, 22}));
}

TEST_F(PlannedProjectTest, EveryDueBuildingAppearsExactlyOnceUntilCapacityRunsOut) {
  build(23, std::nullopt);  // default capacity 10
  for (const int days : {1, 2, 3, 4}) {
    const PatrolPlan p = plan(days);
    const GridPlan& g = p.grids[0];
    EXPECT_EQ(g.capacity, 10);
    std::map<std::string, int> seen;
    for (const auto& day : g.days) {
      EXPECT_LE(day.stops.size(), 10u);
      for (const std::size_t s : day.stops) ++seen[g.due[s].record.code];
    }
    for (const std::size_t s : g.unscheduled) ++seen[g.due[s].record.code];
    ASSERT_EQ(seen.size(), 23u) << days << " days";
    for (const auto& [code, n] : seen) EXPECT_EQ(n, 1) << code;
    const std::size_t expected = std::min<std::size_t>(23, 10u * static_cast<std::size_t>(days));
    EXPECT_EQ(g.scheduledCount(), expected) << days << " days";
    EXPECT_EQ(g.unscheduled.size(), 23u - expected);
    // The scheduled ones are exactly the most urgent ones.
    std::set<std::size_t> scheduled;
    for (const auto& day : g.days) scheduled.insert(day.stops.begin(), day.stops.end());
    for (std::size_t i = 0; i < expected; ++i) EXPECT_TRUE(scheduled.count(i)) << i;
  }
}

TEST_F(PlannedProjectTest, UnknownGridIsAnError) {
  build(3, 4);
  PatrolPlanOptions o;
  o.grid = "G9";
  o.days = 1;
  o.rules = &rules_;
  EXPECT_THROW(planPatrols(*store_, o), PatrolPlanError);
}

}  // namespace
}  // namespace fangan
