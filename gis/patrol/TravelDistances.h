#pragma once
// How far apart the stops of a day are: in a straight line (no roads in the project), or along
// the road network. A road distance is the walk from the first stop to its nearest road node,
// the shortest path on the roads, and the walk from the last node to the second stop; stops whose
// nodes are not connected fall back to the straight line between them.

#include <cstddef>
#include <vector>

#include "gis/patrol/RoadNetwork.h"
#include "gis/patrol/RouteOrder.h"
#include "gis/patrol/RoutePoint.h"

namespace fangan {

class TravelDistances {
 public:
  virtual ~TravelDistances() = default;
  /// Distances between all `points` (metres, symmetric).
  virtual DistanceMatrix matrix(const std::vector<RoutePoint>& points) const = 0;
  /// The line travelled from a to b (a and b included).
  virtual std::vector<RoutePoint> leg(const RoutePoint& a, const RoutePoint& b) const = 0;
  /// True when distances follow roads.
  virtual bool onRoads() const = 0;
};

/// Straight lines.
class StraightLineDistances : public TravelDistances {
 public:
  /// All pairwise straight-line distances.
  DistanceMatrix matrix(const std::vector<RoutePoint>& points) const override;
  /// The segment a–b.
  std::vector<RoutePoint> leg(const RoutePoint& a, const RoutePoint& b) const override;
  bool onRoads() const override { return false; }
};

/// Shortest paths on a road network (which must outlive this object and not be empty).
class RoadDistances : public TravelDistances {
 public:
  explicit RoadDistances(const RoadNetwork& network) : network_(network) {}
  /// One Dijkstra run per point (to the points after it), so k runs for k points.
  DistanceMatrix matrix(const std::vector<RoutePoint>& points) const override;
  /// a, the road nodes of the shortest path, b (just a–b when not connected).
  std::vector<RoutePoint> leg(const RoutePoint& a, const RoutePoint& b) const override;
  bool onRoads() const override { return true; }

 private:
  const RoadNetwork& network_;
};

}  // namespace fangan
