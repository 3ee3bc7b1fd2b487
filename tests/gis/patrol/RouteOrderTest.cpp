// Short open routes from a fixed start (gis/patrol/RouteOrder.h), checked against brute force.

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "PatrolFixtures.h"
#include "gis/patrol/RouteOrder.h"
#include "gis/patrol/RoutePoint.h"
#include "gis/patrol/TravelDistances.h"

namespace fangan {
namespace {

// The shortest open path from node 0 through all nodes, by trying every order.
double bruteForceOptimum(const DistanceMatrix& d) {
  std::vector<std::size_t> rest(d.size() - 1);
  std::iota(rest.begin(), rest.end(), std::size_t{1});
  double best = 1e300;
  do {
    std::vector<std::size_t> order{0};
    order.insert(order.end(), rest.begin(), rest.end());
    best = std::min(best, pathLength(d, order));
  } while (std::next_permutation(rest.begin(), rest.end()));
  return best;
}

bool isPermutationFromZero(const std::vector<std::size_t>& order, std::size_t n) {
  if (order.size() != n || order.empty() || order[0] != 0) return false;
  std::vector<std::size_t> sorted(order);
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < n; ++i) {
    if (sorted[i] != i) return false;
  }
  return true;
}

// Villages: points in a few tight clusters, the layout where a greedy route is worst.
std::vector<RoutePoint> clustered(std::mt19937& rng, std::size_t n) {
  std::uniform_real_distribution<double> centre(0, 2000);
  std::normal_distribution<double> spread(0, 60);
  std::vector<RoutePoint> centres(1 + rng() % 3);
  for (auto& c : centres) c = {centre(rng), centre(rng)};
  std::vector<RoutePoint> pts;
  for (std::size_t i = 0; i < n; ++i) {
    const RoutePoint& c = centres[rng() % centres.size()];
    pts.push_back({c.x + spread(rng), c.y + spread(rng)});
  }
  return pts;
}

std::vector<RoutePoint> uniform(std::mt19937& rng, std::size_t n) {
  std::uniform_real_distribution<double> coordinate(0, 1000);
  std::vector<RoutePoint> pts;
  for (std::size_t i = 0; i < n; ++i) pts.push_back({coordinate(rng), coordinate(rng)});
  return pts;
}

class SmallRouteTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(SmallRouteTest, WithinTenPercentOfOptimumAndNeverLongerThanNearestNeighbour) {
  const std::size_t n = GetParam();  // route nodes: start + stops, ≤ 9 stops
  std::mt19937 rng(static_cast<unsigned>(1000 + n));
  const StraightLineDistances straight;
  double worst = 1.0;
  // 9 stops take 9! orders per brute force: fewer instances there.
  const int instances = n >= 10 ? 60 : 150;
  for (int instance = 0; instance < instances; ++instance) {
    const auto pts = instance % 2 ? clustered(rng, n) : uniform(rng, n);
    const DistanceMatrix d = straight.matrix(pts);
    const std::vector<std::size_t> route = shortRoute(d);
    ASSERT_TRUE(isPermutationFromZero(route, n));
    const double length = pathLength(d, route);
    const double optimum = bruteForceOptimum(d);
    const double nearest = pathLength(d, nearestNeighbourRoute(d));
    std::vector<std::size_t> identity(n);
    std::iota(identity.begin(), identity.end(), std::size_t{0});
    EXPECT_LE(length, optimum * 1.10 + 1e-9) << "instance " << instance;
    EXPECT_LE(length, nearest + 1e-9) << "instance " << instance;
    EXPECT_LE(length, pathLength(d, identity) + 1e-9) << "instance " << instance;
    EXPECT_GE(length, optimum - 1e-9);
    worst = std::max(worst, length / optimum);
  }
  RecordProperty("worst_ratio_to_optimum", std::to_string(worst));
}

INSTANTIATE_TEST_SUITE_P(Nodes, SmallRouteTest, ::testing::Range<std::size_t>(2, 11),
                         [](const auto& info) { return "n" + std::to_string(info.param); });

TEST(RouteOrderTest, NearestNeighbourPrefersTheHigherPriorityOnTies) {
  // Nodes 1 and 2 are equally near node 0.
  const std::vector<RoutePoint> pts = {{0, 0}, {10, 0}, {-10, 0}, {0, 100}};
  const DistanceMatrix d = StraightLineDistances().matrix(pts);
  EXPECT_EQ(nearestNeighbourRoute(d)[1], 1u);
}

TEST(RouteOrderTest, ImprovementFixesACrossingRoute) {
  // Priority order zig-zags across a line of stops; the route must walk straight along it.
  const std::vector<RoutePoint> pts = {{0, 0}, {400, 0}, {100, 0}, {300, 0}, {200, 0}};
  const DistanceMatrix d = StraightLineDistances().matrix(pts);
  std::vector<std::size_t> order{0, 1, 2, 3, 4};
  improveRoute(d, order);
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 2, 4, 3, 1}));
  EXPECT_DOUBLE_EQ(pathLength(d, order), 400.0);
}

TEST(RouteOrderTest, TrivialRoutes) {
  EXPECT_TRUE(shortRoute(DistanceMatrix(0)).empty());
  EXPECT_EQ(shortRoute(DistanceMatrix(1)), (std::vector<std::size_t>{0}));
  EXPECT_EQ(shortRoute(DistanceMatrix(2)), (std::vector<std::size_t>{0, 1}));
}

}  // namespace
}  // namespace fangan
