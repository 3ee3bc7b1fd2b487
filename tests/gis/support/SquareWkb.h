#pragma once
// Test geometry: a square as little-endian WKB MULTIPOLYGON, written byte by byte so that the
// store tests do not depend on the GEOS or GDAL code they check against.

#include <cstdint>
#include <cstring>

#include "gis/store/ProjectStore.h"

namespace fangan::testing {

/// A `size` m square with its lower-left corner at (x, y).
inline Wkb squareAt(double x, double y, double size = 10) {
  Wkb w;
  auto put32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
  };
  auto putD = [&](double d) {
    unsigned char b[8];
    std::memcpy(b, &d, 8);
    w.insert(w.end(), b, b + 8);
  };
  w.push_back(1);  // little endian
  put32(6);        // MultiPolygon
  put32(1);        // one polygon
  w.push_back(1);
  put32(3);  // Polygon
  put32(1);  // one ring
  put32(5);  // five points, closed
  const double pts[5][2] = {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
  for (const auto& p : pts) {
    putD(p[0]);
    putD(p[1]);
  }
  return w;
}

}  // namespace fangan::testing
