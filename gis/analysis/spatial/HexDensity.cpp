#include "gis/analysis/spatial/HexDensity.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <stdexcept>
#include <tuple>

namespace fangan {

namespace {

const double kSqrt3 = std::sqrt(3.0);

void putU32(Wkb& w, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

void putDouble(Wkb& w, double d) {
  unsigned char b[8];
  std::memcpy(b, &d, 8);
  // WKB byte order 1 (NDR) is little-endian, which is what x86/ARM hold in memory.
  w.insert(w.end(), b, b + 8);
}

}  // namespace

HexGrid::HexGrid(double size) : size_(size) {
  if (!(size > 0)) throw std::invalid_argument("六边形大小必须大于 0");
}

std::pair<int, int> HexGrid::cellOf(double x, double y) const {
  // Fractional axial coordinates, then cube rounding: round all three cube coordinates and fix
  // the one that moved most, so the result satisfies q + r + s = 0 again.
  const double qf = (2.0 / 3.0 * x) / size_;
  const double rf = (-1.0 / 3.0 * x + kSqrt3 / 3.0 * y) / size_;
  const double sf = -qf - rf;
  double q = std::round(qf), r = std::round(rf);
  const double s = std::round(sf);
  const double dq = std::abs(q - qf), dr = std::abs(r - rf), ds = std::abs(s - sf);
  if (dq > dr && dq > ds) {
    q = -r - s;
  } else if (dr > ds) {
    r = -q - s;
  }
  return {static_cast<int>(q), static_cast<int>(r)};
}

std::pair<double, double> HexGrid::centre(int q, int r) const {
  return {size_ * 1.5 * q, size_ * kSqrt3 * (r + q / 2.0)};
}

Wkb HexGrid::polygon(int q, int r) const {
  const auto [cx, cy] = centre(q, r);
  Wkb w;
  w.reserve(1 + 4 + 4 + 4 + 7 * 16);
  w.push_back(1);
  putU32(w, 3);  // Polygon
  putU32(w, 1);  // one ring
  putU32(w, 7);
  for (int k = 0; k <= 6; ++k) {
    const double angle = (k % 6) * 3.14159265358979323846 / 3.0;
    putDouble(w, cx + size_ * std::cos(angle));
    putDouble(w, cy + size_ * std::sin(angle));
  }
  return w;
}

std::vector<HexCell> hexDensity(const std::vector<std::pair<double, double>>& points, double size) {
  const HexGrid grid(size);
  std::map<std::pair<int, int>, std::int64_t> counts;
  for (const auto& [x, y] : points) ++counts[grid.cellOf(x, y)];
  std::vector<HexCell> out;
  out.reserve(counts.size());
  for (const auto& [cell, count] : counts) {
    HexCell h;
    h.q = cell.first;
    h.r = cell.second;
    std::tie(h.centreX, h.centreY) = grid.centre(h.q, h.r);
    h.polygon = grid.polygon(h.q, h.r);
    h.count = count;
    out.push_back(std::move(h));
  }
  // The map iterated in (q, r) order, so a stable sort by count keeps that as the tie-break.
  std::stable_sort(out.begin(), out.end(),
                   [](const HexCell& a, const HexCell& b) { return a.count > b.count; });
  return out;
}

}  // namespace fangan
