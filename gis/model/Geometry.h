#pragma once
// How geometries cross the store interface: OGC well-known binary in the project CRS.

#include <algorithm>
#include <limits>
#include <vector>

namespace fangan {

/// OGC WKB (little- or big-endian, 2D) of one geometry, in the project CRS.
using Wkb = std::vector<unsigned char>;

/// An axis-aligned box; default-constructed it is empty and grows with include().
struct Extent {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  bool isEmpty() const { return minX > maxX || minY > maxY; }
  double width() const { return isEmpty() ? 0 : maxX - minX; }
  double height() const { return isEmpty() ? 0 : maxY - minY; }
  void include(double x, double y) {
    minX = std::min(minX, x);
    minY = std::min(minY, y);
    maxX = std::max(maxX, x);
    maxY = std::max(maxY, y);
  }
  void include(const Extent& o) {
    if (o.isEmpty()) return;
    include(o.minX, o.minY);
    include(o.maxX, o.maxY);
  }
  bool intersects(const Extent& o) const {
    return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
  }
};

}  // namespace fangan
