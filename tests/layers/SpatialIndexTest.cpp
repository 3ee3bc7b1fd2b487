#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "layers/SpatialIndex.h"

namespace fangan {
namespace {

Extent box(double x0, double y0, double x1, double y1) {
  Extent e;
  e.include(x0, y0);
  e.include(x1, y1);
  return e;
}

std::vector<Extent> randomBoxes(int count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> position(0, 1000);
  std::uniform_real_distribution<double> size(0, 30);
  std::vector<Extent> boxes;
  for (int i = 0; i < count; ++i) {
    const double x = position(random);
    const double y = position(random);
    boxes.push_back(box(x, y, x + size(random), y + size(random)));
  }
  return boxes;
}

std::vector<int> bruteForce(const std::vector<Extent>& boxes, const Extent& query) {
  std::vector<int> hits;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (boxes[i].intersects(query)) hits.push_back(static_cast<int>(i));
  }
  return hits;
}

// Sizes around the node capacity catch off-by-one errors in the packing of partial nodes.
class SpatialIndexSizes : public ::testing::TestWithParam<int> {};

TEST_P(SpatialIndexSizes, FindsExactlyTheBoxesABruteForceScanFinds) {
  const std::vector<Extent> boxes = randomBoxes(GetParam(), 7u + static_cast<unsigned>(GetParam()));
  const SpatialIndex index(boxes);
  EXPECT_EQ(index.size(), boxes.size());
  std::mt19937 random(11);
  std::uniform_real_distribution<double> position(-50, 1050);
  std::uniform_real_distribution<double> size(0, 200);
  for (int q = 0; q < 200; ++q) {
    const double x = position(random);
    const double y = position(random);
    const Extent query = box(x, y, x + size(random), y + size(random));
    ASSERT_EQ(index.query(query), bruteForce(boxes, query)) << "query " << q;
  }
}

INSTANTIATE_TEST_SUITE_P(NodeBoundaries, SpatialIndexSizes,
                         ::testing::Values(0, 1, 15, 16, 17, 255, 256, 257, 5000));

TEST(SpatialIndex, TouchingBoxesCount) {
  const SpatialIndex index({box(0, 0, 10, 10)});
  EXPECT_EQ(index.query(box(10, 10, 20, 20)), std::vector<int>{0});
  EXPECT_TRUE(index.query(box(10.01, 0, 20, 20)).empty());
}

TEST(SpatialIndex, LeavesOutEmptyBoxesButKeepsItemNumbers) {
  const SpatialIndex index({box(0, 0, 1, 1), Extent(), box(5, 5, 6, 6)});
  EXPECT_EQ(index.size(), 2u);
  EXPECT_EQ(index.query(box(-100, -100, 100, 100)), (std::vector<int>{0, 2}));
}

// Items keep the numbers of the boxes given, empty boxes left out: with many of them the
// highest item is far beyond the count of items, and a wide query must still find it, in order.
TEST(SpatialIndex, AWideQueryOrdersItemsNumberedBeyondTheirCount) {
  std::vector<Extent> boxes(5000);  // empty
  for (int i = 0; i < 300; ++i) boxes.push_back(box(i, i, i + 1, i + 1));
  const SpatialIndex index(boxes);
  EXPECT_EQ(index.size(), 300u);
  std::vector<int> expected;
  for (int i = 0; i < 300; ++i) expected.push_back(5000 + i);
  EXPECT_EQ(index.query(box(-1, -1, 400, 400)), expected);
  EXPECT_EQ(index.query(box(10.5, 10.5, 11.5, 11.5)), (std::vector<int>{5010, 5011}));
}

TEST(SpatialIndex, VisitorStopsEarly) {
  const SpatialIndex index(randomBoxes(1000, 3));
  int visited = 0;
  index.query(box(-1, -1, 2000, 2000), [&visited](int) { return ++visited < 5; });
  EXPECT_EQ(visited, 5);
}

}  // namespace
}  // namespace fangan
