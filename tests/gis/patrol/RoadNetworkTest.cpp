// The road graph: snapping, nearest node, shortest paths (gis/patrol/RoadNetwork.h) and road
// distances between stops (gis/patrol/TravelDistances.h).

#include <gtest/gtest.h>

#include "gis/patrol/RoadNetwork.h"
#include "gis/patrol/TravelDistances.h"

namespace fangan {
namespace {

// An L: 300 m east along y = 0, then 400 m north along x = 300, drawn as two lines whose
// junction ends differ by 0.36 m (as digitised), plus a line with a vertex every 100 m.
RoadNetwork lShape() {
  return RoadNetwork::fromLines(
      {{{0, 0}, {100, 0}, {200, 0}, {300, 0}}, {{300.3, 0.2}, {300, 200}, {300, 400}}});
}

TEST(RoadNetworkTest, SnapsLineEndsWithinOneMetreIntoOneJunction) {
  const RoadNetwork net = lShape();
  EXPECT_EQ(net.nodeCount(), 6u);
  EXPECT_EQ(net.edgeCount(), 5u);
  const auto a = net.nearestNode({0, 0});
  const auto b = net.nearestNode({300, 400});
  ASSERT_TRUE(a && b);
  EXPECT_DOUBLE_EQ(net.distances(*a, {*b})[0], 700.0);
}

TEST(RoadNetworkTest, EndsFartherApartThanTheToleranceStayApart) {
  const RoadNetwork net = RoadNetwork::fromLines({{{0, 0}, {300, 0}}, {{301.5, 0}, {301.5, 400}}});
  EXPECT_EQ(net.nodeCount(), 4u);
  const auto a = net.nearestNode({0, 0});
  const auto b = net.nearestNode({301.5, 400});
  EXPECT_EQ(net.distances(*a, {*b})[0], RoadNetwork::kUnreachable);
  EXPECT_TRUE(net.path(*a, *b).empty());
}

TEST(RoadNetworkTest, NearestNodeFindsTheClosestVertexInsideAndOutsideTheExtent) {
  const RoadNetwork net = lShape();
  EXPECT_EQ(net.node(*net.nearestNode({140, 30})).x, 100.0);
  EXPECT_EQ(net.node(*net.nearestNode({290, 260})).y, 200.0);
  const RoutePoint far = net.node(*net.nearestNode({5000, 5000}));
  EXPECT_EQ(far.x, 300.0);
  EXPECT_EQ(far.y, 400.0);
  const RoutePoint below = net.node(*net.nearestNode({-800, -900}));
  EXPECT_EQ(below.x, 0.0);
  EXPECT_EQ(below.y, 0.0);
  EXPECT_FALSE(RoadNetwork().nearestNode({0, 0}));
}

TEST(RoadNetworkTest, RoadDistanceOnAnLShapedRoadEqualsTheHandComputedLength) {
  const RoadNetwork net = lShape();
  const RoadDistances roads(net);
  // A stands 10 m north of the west end, B 10 m east of the north end; C is on the corner.
  const RoutePoint a{0, 10};
  const RoutePoint b{310, 400};
  const RoutePoint c{300, 0};
  const DistanceMatrix d = roads.matrix({a, b, c});
  EXPECT_DOUBLE_EQ(d(0, 1), 10 + 300 + 400 + 10);  // not the 498 m straight line
  EXPECT_DOUBLE_EQ(d(1, 0), d(0, 1));
  EXPECT_DOUBLE_EQ(d(0, 2), 10 + 300);
  EXPECT_DOUBLE_EQ(d(1, 2), 10 + 400);
  const std::vector<RoutePoint> leg = roads.leg(a, b);
  ASSERT_EQ(leg.size(), 8u);  // a, 6 road nodes, b
  EXPECT_DOUBLE_EQ(leg[1].x, 0.0);
  EXPECT_DOUBLE_EQ(leg[4].x, 300.0);
  EXPECT_DOUBLE_EQ(leg[4].y, 0.0);
  EXPECT_DOUBLE_EQ(leg.back().x, 310.0);
}

TEST(RoadNetworkTest, UnconnectedStopsFallBackToTheStraightLine) {
  const RoadNetwork net = RoadNetwork::fromLines({{{0, 0}, {100, 0}}, {{0, 500}, {100, 500}}});
  const DistanceMatrix d = RoadDistances(net).matrix({{0, 0}, {0, 500}});
  EXPECT_DOUBLE_EQ(d(0, 1), 500.0);
}

TEST(RoadNetworkTest, RailwaysAndWaterwaysAreNotRoads) {
  EXPECT_TRUE(isRoadCategory("residential"));
  EXPECT_TRUE(isRoadCategory(""));
  EXPECT_TRUE(isRoadCategory("主干道"));
  EXPECT_FALSE(isRoadCategory("railway"));
  EXPECT_FALSE(isRoadCategory("River"));
  EXPECT_FALSE(isRoadCategory("铁路"));
}

}  // namespace
}  // namespace fangan
