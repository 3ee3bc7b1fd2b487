#pragma once
// A point on a patrol route, in the project CRS (metres: projects are always in a projected CRS,
// docs/rules.md#coordinates).

#include <cmath>

namespace fangan {

/// A location in the project CRS.
struct RoutePoint {
  double x = 0;
  double y = 0;
};

/// Straight-line distance in project units (metres).
inline double straightDistance(const RoutePoint& a, const RoutePoint& b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

}  // namespace fangan
