#include <gtest/gtest.h>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/GridAssignment.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;
using testing::rectangle;

/// Rectangle relative to the test origin.
Wkb rect(double x0, double y0, double x1, double y1) {
  return rectangle(kX0 + x0, kY0 + y0, kX0 + x1, kY0 + y1);
}

GridRecord grid(const std::string& id, const std::string& town = "") {
  GridRecord g;
  g.grid = id;
  g.town = town;
  return g;
}

std::string gridOf(const GridAssignmentResult& r, std::int64_t id) {
  for (const auto& [b, g] : r.grids) {
    if (b == id) return g;
  }
  return "<missing>";
}

class GridAssignmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::newProject(dir_.file("p.sqlite"));
    // G2 (inserted first) on the left, G1 on the right: the tie rule must not depend on the
    // order the grids are stored in.
    store_->upsertGrid(grid("G2"), rect(0, 0, 100, 100));
    store_->upsertGrid(grid("G1", "GridTown"), rect(100, 0, 200, 100));
  }
  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(GridAssignmentTest, StraddlingBuildingGoesToTheLargerOverlap) {
  const auto a = testing::addBuilding(*store_, "A", rect(90, 10, 120, 20));  // 10 vs 20 m
  const auto b = testing::addBuilding(*store_, "B", rect(60, 30, 110, 40));  // 40 vs 10 m
  const auto r = assignGridsAndTowns(*store_);
  EXPECT_EQ(gridOf(r, a), "G1");
  EXPECT_EQ(gridOf(r, b), "G2");
  EXPECT_TRUE(r.outside.empty());
}

TEST_F(GridAssignmentTest, ExactTieGoesToTheSmallestGridId) {
  const auto t = testing::addBuilding(*store_, "T", rect(95, 10, 105, 20));
  const auto r = assignGridsAndTowns(*store_);
  EXPECT_EQ(gridOf(r, t), "G1");
  // Same answer on one thread and on several (batches interleave differently).
  GridAssignmentOptions one;
  one.threads = 1;
  EXPECT_EQ(gridOf(assignGridsAndTowns(*store_, one), t), "G1");
}

TEST_F(GridAssignmentTest, BuildingsOutsideEveryGridGetEmptyGridAndAreReported) {
  BuildingRecord rec;
  rec.code = "OUT";
  rec.grid = "OLD";
  const auto out = store_->upsertBuilding(rec, rect(300, 10, 310, 20), "test");
  // Touching a grid along its edge is not overlapping it.
  const auto edge = testing::addBuilding(*store_, "EDGE", rect(200, 10, 210, 20));
  const auto in = testing::addBuilding(*store_, "IN", rect(10, 10, 20, 20));
  const auto r = assignGridsAndTowns(*store_);
  EXPECT_EQ(gridOf(r, out), "");
  EXPECT_EQ(gridOf(r, edge), "");
  EXPECT_EQ(gridOf(r, in), "G2");
  ASSERT_EQ(r.outside.size(), 2u);
  EXPECT_EQ(r.outside[0].code, "OUT");
  EXPECT_EQ(r.outside[0].previousGrid, "OLD");
  EXPECT_EQ(r.outside[1].code, "EDGE");
  EXPECT_EQ(r.changed, 1);  // OUT had a grid and lost it

  applyGridAssignment(*store_, r);
  EXPECT_EQ(store_->buildingById(out)->grid, "");
  EXPECT_EQ(store_->buildingById(in)->grid, "G2");
}

TEST_F(GridAssignmentTest, SubdividedGridGivesTheSameAnswer) {
  // A round grid with 2,000 vertices overlapping G1: cut into pieces at 256 vertices, kept whole
  // at a huge limit; the overlap areas (and so the answers) must agree.
  store_->upsertGrid(grid("G0"), testing::regularPolygon(kX0 + 300, kY0 + 50, 120, 2000));
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 40; ++i) {
    const double x = 150 + 7.3 * i;
    ids.push_back(testing::addBuilding(*store_, "S" + std::to_string(i), rect(x, 40, x + 12, 52)));
  }
  GridAssignmentOptions cut;
  cut.maxVertices = 64;
  GridAssignmentOptions whole;
  whole.maxVertices = 1 << 30;
  const auto a = assignGridsAndTowns(*store_, cut);
  const auto b = assignGridsAndTowns(*store_, whole);
  EXPECT_EQ(a.grids, b.grids);
  int inRound = 0;
  for (const auto& [id, g] : a.grids) inRound += g == "G0";
  EXPECT_GT(inRound, 10);
}

TEST_F(GridAssignmentTest, TownsFilledOnlyWhereEmpty) {
  TownRecord west{0, "West"};
  store_->upsertTown(west, rect(0, 0, 100, 100));
  const auto imported = testing::addBuilding(*store_, "KEEP", rect(10, 10, 20, 20), false, "Old");
  const auto empty = testing::addBuilding(*store_, "FILL", rect(30, 10, 40, 20));
  const auto viaGrid = testing::addBuilding(*store_, "VIAGRID", rect(150, 10, 160, 20));
  const auto nowhere = testing::addBuilding(*store_, "NONE", rect(500, 10, 510, 20));
  const auto r = assignGridsAndTowns(*store_);
  EXPECT_EQ(r.townsFromGrid, 1);
  EXPECT_EQ(r.townsStillEmpty, 1);
  applyGridAssignment(*store_, r);
  EXPECT_EQ(store_->buildingById(imported)->town, "Old");
  EXPECT_EQ(store_->buildingById(empty)->town, "West");
  EXPECT_EQ(store_->buildingById(viaGrid)->town, "GridTown");
  EXPECT_EQ(store_->buildingById(nowhere)->town, "");
}

TEST(GridAssignment, ProjectWithoutGridsKeepsImportedGrids) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  BuildingRecord rec;
  rec.code = "A";
  rec.grid = "FROM-LEDGER";
  const auto id = store->upsertBuilding(rec, rect(0, 0, 10, 10), "test");
  const auto r = assignGridsAndTowns(*store);
  EXPECT_FALSE(r.hasGrids);
  applyGridAssignment(*store, r);
  EXPECT_EQ(store->buildingById(id)->grid, "FROM-LEDGER");
}

}  // namespace
}  // namespace fangan
