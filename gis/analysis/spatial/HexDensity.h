#pragma once
// Hexagonal binning of points, for the "clusters of unchecked buildings" map layer
// (docs/rules.md#coverage). Flat-topped hexagons in axial coordinates anchored at the CRS origin,
// so a point always falls into the same hexagon and two runs' layers line up cell for cell.

#include <cstdint>
#include <utility>
#include <vector>

#include "gis/model/Geometry.h"

namespace fangan {

/// One occupied hexagon.
struct HexCell {
  int q = 0;  ///< axial column
  int r = 0;  ///< axial row
  double centreX = 0;
  double centreY = 0;
  Wkb polygon;  ///< POLYGON WKB (little-endian), 6 vertices + closing vertex
  std::int64_t count = 0;
};

/// Flat-topped hexagon grid of a given size.
class HexGrid {
 public:
  /// `size` is the circumradius, which equals the side length; the hexagon is 2·size wide
  /// (vertex to vertex) and √3·size tall (flat to flat). Must be > 0.
  explicit HexGrid(double size);

  /// Axial (q, r) of the hexagon containing (x, y); points on a shared edge go to one of the two
  /// hexagons consistently.
  std::pair<int, int> cellOf(double x, double y) const;
  /// Centre of hexagon (q, r).
  std::pair<double, double> centre(int q, int r) const;
  /// POLYGON WKB of hexagon (q, r), counter-clockwise from the eastern vertex.
  Wkb polygon(int q, int r) const;
  double size() const { return size_; }

 private:
  double size_;
};

/// Counts `points` per hexagon of `size`; only occupied hexagons are returned, largest count
/// first (ties by q, then r, for a stable order).
std::vector<HexCell> hexDensity(const std::vector<std::pair<double, double>>& points, double size);

}  // namespace fangan
