#include "gis/patrol/TravelDistances.h"

namespace fangan {

DistanceMatrix StraightLineDistances::matrix(const std::vector<RoutePoint>& points) const {
  DistanceMatrix d(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size(); ++j) {
      d.set(i, j, straightDistance(points[i], points[j]));
    }
  }
  return d;
}

std::vector<RoutePoint> StraightLineDistances::leg(const RoutePoint& a, const RoutePoint& b) const {
  return {a, b};
}

DistanceMatrix RoadDistances::matrix(const std::vector<RoutePoint>& points) const {
  const std::size_t n = points.size();
  DistanceMatrix d(n);
  std::vector<std::size_t> nodes(n);
  std::vector<double> access(n);
  for (std::size_t i = 0; i < n; ++i) {
    nodes[i] = network_.nearestNode(points[i]).value_or(0);
    access[i] = straightDistance(points[i], network_.node(nodes[i]));
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // Roads are undirected, so the run from i only needs the points after it.
    const std::vector<std::size_t> later(nodes.begin() + static_cast<long>(i) + 1, nodes.end());
    const std::vector<double> net = network_.distances(nodes[i], later);
    for (std::size_t k = 0; k < later.size(); ++k) {
      const std::size_t j = i + 1 + k;
      const double road = access[i] + net[k] + access[j];
      d.set(i, j,
            net[k] == RoadNetwork::kUnreachable ? straightDistance(points[i], points[j]) : road);
    }
  }
  return d;
}

std::vector<RoutePoint> RoadDistances::leg(const RoutePoint& a, const RoutePoint& b) const {
  const auto na = network_.nearestNode(a);
  const auto nb = network_.nearestNode(b);
  if (!na || !nb) return {a, b};
  const std::vector<std::size_t> path = network_.path(*na, *nb);
  if (path.empty()) return {a, b};
  std::vector<RoutePoint> line{a};
  for (const std::size_t n : path) line.push_back(network_.node(n));
  line.push_back(b);
  return line;
}

}  // namespace fangan
