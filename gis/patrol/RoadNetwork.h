#pragma once
// An undirected road graph for patrol routes, built from the vertices of the project's road
// lines (`lines` source layer). Vertices closer than the snap tolerance (1 m by default) become
// one node, so roads digitised to meet at a junction connect even when their end points differ
// by a few centimetres; consecutive vertices of a line become an edge weighted by its length.
// Lines are not split where they merely cross without a shared vertex (a bridge over a road is
// not a junction).
//
// Built once per plan and queried many times: nodes and edges sit in contiguous arrays
// (compressed adjacency), a uniform grid over the nodes finds the nearest node of a stop, and
// Dijkstra stops as soon as the requested targets are settled, reusing its work arrays between
// runs (only the touched entries are reset), so a run costs the neighbourhood it explores, not
// the whole district.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "gis/patrol/RoutePoint.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Whether a `lines` category is something a grid manager can walk or drive along: everything
/// except railways and waterways (an empty category counts as a road: a file of roads imported
/// without a category column).
bool isRoadCategory(const std::string& category);

class RoadNetwork {
 public:
  static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

  /// An empty network (no roads).
  RoadNetwork() = default;
  /// Builds the graph from polylines in the project CRS.
  static RoadNetwork fromLines(const std::vector<std::vector<RoutePoint>>& lines,
                               double snapTolerance = 1.0);
  /// Builds the graph from the road lines of a project (isRoadCategory; LineString and
  /// MultiLineString WKB, other geometries skipped).
  static RoadNetwork fromStore(const ProjectStore& store, double snapTolerance = 1.0);

  /// True when there is no edge to travel on.
  bool empty() const { return targets_.empty(); }
  /// Number of nodes.
  std::size_t nodeCount() const { return nodes_.size(); }
  /// Number of (undirected) edges.
  std::size_t edgeCount() const { return targets_.size() / 2; }
  /// Position of a node.
  const RoutePoint& node(std::size_t i) const { return nodes_[i]; }

  /// The node nearest to `p`, or nothing when the network has no nodes.
  std::optional<std::size_t> nearestNode(const RoutePoint& p) const;

  /// Shortest network distances from `source` to each of `targets` (kUnreachable when not
  /// connected). Stops once every target is settled. Not thread-safe (shared work arrays).
  std::vector<double> distances(std::size_t source, const std::vector<std::size_t>& targets) const;

  /// The nodes of a shortest path from `source` to `target`, both included; empty when not
  /// connected.
  std::vector<std::size_t> path(std::size_t source, std::size_t target) const;

 private:
  // Runs Dijkstra from source until every node of `targets` is settled (or all reachable ones).
  void run(std::size_t source, const std::vector<std::size_t>& targets) const;
  void resetWork() const;
  void buildIndex();

  std::vector<RoutePoint> nodes_;
  std::vector<std::uint32_t> offsets_;  // edges of node i: [offsets_[i], offsets_[i+1])
  std::vector<std::uint32_t> targets_;
  std::vector<double> weights_;

  // Uniform grid over the nodes for nearestNode.
  double cellSize_ = 1;
  double originX_ = 0;
  double originY_ = 0;
  long columns_ = 0;
  long rows_ = 0;
  std::vector<std::uint32_t> cellStart_;  // nodes of cell c: cellNodes_[cellStart_[c] .. c+1)
  std::vector<std::uint32_t> cellNodes_;

  // Dijkstra work arrays, kept between runs.
  mutable std::vector<double> dist_;
  mutable std::vector<std::uint32_t> previous_;
  mutable std::vector<bool> settled_;
  mutable std::vector<std::uint32_t> touched_;
};

}  // namespace fangan
