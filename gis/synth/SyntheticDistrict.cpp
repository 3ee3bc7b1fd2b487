#include "gis/synth/SyntheticDistrict.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

#include "gis/synth/BuildingFields.h"
#include "gis/synth/ChineseNames.h"
#include "gis/synth/GpkgLayerWriter.h"
#include "gis/synth/SplitMix.h"
#include "gis/synth/SurveyAttributes.h"

namespace fangan::synth {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kCell = 36.0;  // village lattice spacing: two footprints never touch
constexpr double kMargin = 18.0;  // footprint circumradius (≤ 15.7 m) + jitter (≤ 2 m), rounded up
constexpr double kCentreE = 500000.0;   // false easting of EPSG:4548 = the central meridian
constexpr double kCentreN = 3400000.0;  // ~30.7°N

struct Point {
  double x = 0;
  double y = 0;
};

// Salts that keep the random streams of the different parts of the layout independent.
enum Salt : std::uint64_t {
  kSaltLattice = 1,
  kSaltAllocation,
  kSaltGrid,
  kSaltGridInfo,
  kSaltZones,
  kSaltLines,
};

// The grid-vertex lattice of the whole district: towns are blocks of gridsX × gridsY grids, so
// neighbouring towns and grids share their boundary vertices exactly (no slivers, no gaps).
struct Lattice {
  int townCols = 1;
  int townRows = 1;
  int gridsX = 1;  // grids per town along x
  int gridsY = 1;  // … along y
  double minX = 0;
  double minY = 0;
  double width = 0;
  double height = 0;
  std::vector<Point> vertices;  // (townCols·gridsX + 1) × (townRows·gridsY + 1), row-major in y

  int columns() const { return townCols * gridsX + 1; }
  const Point& at(int i, int j) const { return vertices[static_cast<size_t>(j * columns() + i)]; }
  Point& at(int i, int j) { return vertices[static_cast<size_t>(j * columns() + i)]; }
};

Point lerp(const Point& a, const Point& b, double t) {
  return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

// Rows × cols closest to square with rows·cols == towns (a prime count gives strips).
std::pair<int, int> factorTowns(int towns) {
  int rows = static_cast<int>(std::floor(std::sqrt(static_cast<double>(towns))));
  while (rows > 1 && towns % rows != 0) --rows;
  return {towns / rows, rows};
}

Lattice makeLattice(const SyntheticOptions& o) {
  Lattice l;
  std::tie(l.townCols, l.townRows) = factorTowns(std::max(1, o.towns));
  const int towns = l.townCols * l.townRows;
  const double wantedGrids =
      std::max(1.0, std::ceil(static_cast<double>(o.buildings) / o.buildingsPerGrid));
  const int perTown = static_cast<int>(std::ceil(wantedGrids / towns));
  l.gridsX = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(perTown))));
  l.gridsY = (perTown + l.gridsX - 1) / l.gridsX;
  // At least 1 km² per town, so a tiny district still has room for its villages.
  const double area =
      std::max(static_cast<double>(o.buildings) * o.squareMetresPerBuilding, towns * 1.0e6);
  l.width = std::sqrt(area * l.townCols / l.townRows);
  l.height = area / l.width;
  l.minX = kCentreE - l.width / 2;
  l.minY = kCentreN - l.height / 2;

  const int nx = l.townCols * l.gridsX;
  const int ny = l.townRows * l.gridsY;
  l.vertices.resize(static_cast<size_t>((nx + 1) * (ny + 1)));
  SplitMix rng = SplitMix::stream(o.seed, 0, kSaltLattice);
  const double tw = l.width / l.townCols;
  const double th = l.height / l.townRows;
  // Town corners: inner ones jittered by up to 18 % of a town, which keeps every quad convex.
  std::vector<Point> corners(static_cast<size_t>((l.townCols + 1) * (l.townRows + 1)));
  auto corner = [&](int c, int r) -> Point& {
    return corners[static_cast<size_t>(r * (l.townCols + 1) + c)];
  };
  for (int r = 0; r <= l.townRows; ++r) {
    for (int c = 0; c <= l.townCols; ++c) {
      Point p{l.minX + c * tw, l.minY + r * th};
      if (c > 0 && c < l.townCols) p.x += rng.uniform(-0.18, 0.18) * tw;
      if (r > 0 && r < l.townRows) p.y += rng.uniform(-0.18, 0.18) * th;
      corner(c, r) = p;
    }
  }
  const double gw = tw / l.gridsX;
  const double gh = th / l.gridsY;
  for (int j = 0; j <= ny; ++j) {
    for (int i = 0; i <= nx; ++i) {
      const int c = std::min(i / l.gridsX, l.townCols - 1);
      const int r = std::min(j / l.gridsY, l.townRows - 1);
      const double u = double(i - c * l.gridsX) / l.gridsX;
      const double v = double(j - r * l.gridsY) / l.gridsY;
      // Bilinear in the town quad: on a town edge this reduces to the edge's own linear
      // interpolation, identical seen from either town.
      const Point bottom = lerp(corner(c, r), corner(c + 1, r), u);
      const Point top = lerp(corner(c, r + 1), corner(c + 1, r + 1), u);
      Point p = lerp(bottom, top, v);
      const bool innerX = i % l.gridsX != 0;
      const bool innerY = j % l.gridsY != 0;
      if (innerX && innerY) {
        p.x += rng.uniform(-0.15, 0.15) * gw;
        p.y += rng.uniform(-0.15, 0.15) * gh;
      }
      l.at(i, j) = p;
    }
  }
  return l;
}

// A grid cell of the lattice as a counter-clockwise quad.
std::array<Point, 4> gridQuad(const Lattice& l, int i, int j) {
  return {l.at(i, j), l.at(i + 1, j), l.at(i + 1, j + 1), l.at(i, j + 1)};
}

// True when p is at least `margin` inside every edge of the counter-clockwise quad q. For a
// convex quad that is "inside with margin"; for a slightly concave one it is conservative.
bool insideWithMargin(const std::array<Point, 4>& q, const Point& p, double margin) {
  for (size_t k = 0; k < 4; ++k) {
    const Point& a = q[k];
    const Point& b = q[(k + 1) % 4];
    const double ex = b.x - a.x;
    const double ey = b.y - a.y;
    const double len = std::sqrt(ex * ex + ey * ey);
    const double cross = ex * (p.y - a.y) - ey * (p.x - a.x);
    if (cross < margin * len) return false;
  }
  return true;
}

std::unique_ptr<OGRPolygon> polygon(const std::vector<Point>& ring) {
  auto r = std::make_unique<OGRLinearRing>();
  r->setNumPoints(static_cast<int>(ring.size()) + 1, FALSE);
  for (size_t k = 0; k < ring.size(); ++k) r->setPoint(static_cast<int>(k), ring[k].x, ring[k].y);
  r->setPoint(static_cast<int>(ring.size()), ring[0].x, ring[0].y);
  auto p = std::make_unique<OGRPolygon>();
  p->addRingDirectly(r.release());
  return p;
}

struct Village {
  Point centre;
  std::string name;
  int town = 0;
};

struct GridPlan {
  int i = 0;  // lattice column of the grid
  int j = 0;  // lattice row
  int town = 0;
  std::string id;
  std::size_t buildings = 0;
};

// Splits `total` in proportion to `weights` with the largest-remainder method: exact total,
// deterministic tie-break by index.
std::vector<std::size_t> apportion(std::size_t total, const std::vector<double>& weights) {
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<std::size_t> out(weights.size(), 0);
  std::vector<std::pair<double, size_t>> rest;
  std::size_t given = 0;
  for (size_t k = 0; k < weights.size(); ++k) {
    const double exact = static_cast<double>(total) * weights[k] / sum;
    out[k] = static_cast<std::size_t>(std::floor(exact));
    given += out[k];
    rest.push_back({exact - std::floor(exact), k});
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; given < total; ++k, ++given) ++out[rest[k % rest.size()].second];
  return out;
}

// Places the buildings of one grid in villages, on a lattice private to the grid.
class GridFiller {
 public:
  GridFiller(const Lattice& lattice, const GridPlan& plan, std::uint64_t seed)
      : quad_(gridQuad(lattice, plan.i, plan.j)),
        rng_(SplitMix::stream(seed, static_cast<std::uint64_t>(plan.j) * 1000003u + plan.i,
                              kSaltGrid)),
        originX_(lattice.minX),
        originY_(lattice.minY) {
    double x0 = quad_[0].x, x1 = x0, y0 = quad_[0].y, y1 = y0;
    for (const auto& p : quad_) {
      x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y),
      y1 = std::max(y1, p.y);
    }
    ix0_ = static_cast<int>(std::floor((x0 - originX_) / kCell));
    iy0_ = static_cast<int>(std::floor((y0 - originY_) / kCell));
    nx_ = static_cast<int>(std::ceil((x1 - originX_) / kCell)) - ix0_ + 1;
    ny_ = static_cast<int>(std::ceil((y1 - originY_) / kCell)) - iy0_ + 1;
    used_.assign(static_cast<size_t>(nx_) * static_cast<size_t>(ny_), 0);
  }

  /// Places `count` footprints in villages: appends each village to `villages`, then calls
  /// emit(village, footprint ring) for each of its buildings.
  template <typename Emit>
  void fill(std::size_t count, int town, std::vector<Village>& villages, Emit&& emit) {
    if (count == 0) return;
    const int villageCount =
        std::max(1, static_cast<int>(std::lround(double(count) / 150.0 * rng_.uniform(0.7, 1.3))));
    std::vector<double> weights;
    for (int v = 0; v < villageCount; ++v) weights.push_back(0.5 + rng_.uniform());
    const std::vector<std::size_t> sizes = apportion(count, weights);
    for (int v = 0; v < villageCount; ++v) {
      const double u = rng_.uniform(0.15, 0.85);
      const double w = rng_.uniform(0.15, 0.85);
      const Point c = lerp(lerp(quad_[0], quad_[1], u), lerp(quad_[3], quad_[2], u), w);
      villages.push_back({c, villageName(rng_), town});
      const Village& village = villages.back();
      const double bearing = rng_.uniform(0, kPi / 2);
      std::size_t left = sizes[static_cast<size_t>(v)];
      const int ci = static_cast<int>(std::lround((c.x - originX_) / kCell)) - ix0_;
      const int cj = static_cast<int>(std::lround((c.y - originY_) / kCell)) - iy0_;
      const int maxRing = std::max(nx_, ny_);
      // Spiral out ring by ring, taking three free cells in four: the skipped ones are lanes.
      for (int k = 0; k <= maxRing && left > 0; ++k) {
        forRing(ci, cj, k, [&](int li, int lj) {
          if (left == 0 || !free(li, lj) || !rng_.bernoulli(0.75)) return;
          take(li, lj);
          emit(village, footprint(li, lj, bearing));
          --left;
        });
      }
      // Only in a grid nearly full of other villages: take any free cell, in order.
      for (int lj = 0; lj < ny_ && left > 0; ++lj) {
        for (int li = 0; li < nx_ && left > 0; ++li) {
          if (!free(li, lj)) continue;
          take(li, lj);
          emit(village, footprint(li, lj, bearing));
          --left;
        }
      }
      if (left > 0) throw std::runtime_error("synthetic grid too small for its buildings");
    }
  }

 private:
  template <typename F>
  static void forRing(int ci, int cj, int k, F&& f) {
    if (k == 0) return f(ci, cj);
    for (int d = -k; d <= k; ++d) f(ci + d, cj - k);
    for (int d = -k + 1; d <= k; ++d) f(ci + k, cj + d);
    for (int d = k - 1; d >= -k; --d) f(ci + d, cj + k);
    for (int d = k - 1; d > -k; --d) f(ci - k, cj + d);
  }

  Point centreOf(int li, int lj) const {
    return {originX_ + (ix0_ + li) * kCell, originY_ + (iy0_ + lj) * kCell};
  }

  bool free(int li, int lj) const {
    if (li < 0 || lj < 0 || li >= nx_ || lj >= ny_) return false;
    if (used_[static_cast<size_t>(lj) * nx_ + li]) return false;
    return insideWithMargin(quad_, centreOf(li, lj), kMargin);
  }

  void take(int li, int lj) { used_[static_cast<size_t>(lj) * nx_ + li] = 1; }

  std::vector<Point> footprint(int li, int lj, double bearing) {
    Point c = centreOf(li, lj);
    c.x += rng_.uniform(-2, 2);
    c.y += rng_.uniform(-2, 2);
    const double s = rng_.uniform();
    const double length = 6 + 22 * s * s;  // mostly 8–14 m houses
    const double width = 6 + rng_.uniform() * (std::min(length, 14.0) - 6);
    const double angle =
        rng_.bernoulli(0.8) ? bearing + rng_.uniform(-0.17, 0.17) : rng_.uniform(0, kPi);
    const double ax = std::cos(angle) * length / 2, ay = std::sin(angle) * length / 2;
    const double bx = -std::sin(angle) * width / 2, by = std::cos(angle) * width / 2;
    return {{c.x - ax - bx, c.y - ay - by},
            {c.x + ax - bx, c.y + ay - by},
            {c.x + ax + bx, c.y + ay + by},
            {c.x - ax + bx, c.y - ay + by}};
  }

  std::array<Point, 4> quad_;
  SplitMix rng_;
  double originX_;
  double originY_;
  int ix0_ = 0, iy0_ = 0, nx_ = 0, ny_ = 0;
  std::vector<unsigned char> used_;
};

const std::vector<FieldSpec>& zoneFields() {
  static const std::vector<FieldSpec> f = {{"type", OFTString}, {"name", OFTString}};
  return f;
}

struct ZoneKind {
  const char* type;
  const char* label;
  double weight;
};

// Point sources (buffers) and area kinds, with the Chinese suffix of their names.
const std::array<ZoneKind, 6> kPointZones = {{{"school", "学校周边", 16},
                                              {"kindergarten", "幼儿园周边", 8},
                                              {"hospital", "卫生院周边", 8},
                                              {"market", "集贸市场周边", 10},
                                              {"enterprise", "劳动密集型企业周边", 9},
                                              {"construction", "在建工地周边", 4}}};
const std::array<ZoneKind, 10> kAreaZones = {{{"fringe", "城乡结合部", 10},
                                              {"geohazard", "地质灾害隐患区", 10},
                                              {"slope", "坡地建筑群", 8},
                                              {"urban_village", "城中村", 6},
                                              {"old_town", "老街区", 3},
                                              {"scenic", "景区", 3},
                                              {"industrial_park", "工业园区", 3},
                                              {"resettlement", "安置区", 2},
                                              {"mining", "矿区", 2},
                                              {"agritainment", "农家乐集中区", 3}}};
const std::array<const char*, 10> kLineNames = {"G206国道", "京九铁路", "S211省道", "G318国道",
                                                "合安高铁", "S103省道", "沪渝高速", "G105国道",
                                                "宁西铁路", "S320省道"};

template <size_t N>
const ZoneKind& pickKind(SplitMix& rng, const std::array<ZoneKind, N>& kinds) {
  std::array<double, N> w{};
  for (size_t k = 0; k < N; ++k) w[k] = kinds[k].weight;
  return kinds[static_cast<size_t>(rng.weighted(w))];
}

class ZoneWriter {
 public:
  ZoneWriter(const std::string& path, SyntheticSummary& summary)
      : writer_(path, kSyntheticEpsg, wkbPolygon, zoneFields()), summary_(summary) {}
  void write(const char* type, const std::string& name, const std::vector<Point>& ring) {
    OGRFeature f(writer_.definition());
    f.SetField(0, type);
    f.SetField(1, name.c_str());
    f.SetGeometryDirectly(polygon(ring).release());
    writer_.write(f);
    ++summary_.zonesByType[type];
    ++summary_.zones;
  }
  void close() { writer_.close(); }

 private:
  GpkgLayerWriter writer_;
  SyntheticSummary& summary_;
};

void writeZones(const std::string& path, const Lattice& l, const std::vector<Village>& villages,
                const std::vector<std::string>& towns, const SyntheticOptions& o,
                SyntheticSummary& summary) {
  ZoneWriter out(path, summary);
  SplitMix rng = SplitMix::stream(o.seed, 0, kSaltZones);
  const std::size_t total = std::max<std::size_t>(
      12, static_cast<std::size_t>(std::lround(double(o.buildings) / o.buildingsPerZone)));
  const std::size_t points = static_cast<std::size_t>(std::lround(total * 0.55));
  std::array<double, 16> cosines{}, sines{};
  for (size_t k = 0; k < 16; ++k) {
    cosines[k] = std::cos(2 * kPi * double(k) / 16);
    sines[k] = std::sin(2 * kPi * double(k) / 16);
  }
  auto nearVillage = [&](double spread) -> std::pair<Point, const Village*> {
    if (villages.empty()) {
      return {{l.minX + l.width / 2, l.minY + l.height / 2}, nullptr};
    }
    const Village& v = villages[static_cast<size_t>(rng.range(0, villages.size() - 1))];
    return {{v.centre.x + rng.uniform(-spread, spread), v.centre.y + rng.uniform(-spread, spread)},
            &v};
  };
  for (std::size_t k = 0; k < points; ++k) {
    const ZoneKind& kind = pickKind(rng, kPointZones);
    const auto [c, village] = nearVillage(150);
    const double radius = rng.uniform(100, 300);
    std::vector<Point> ring(16);
    for (size_t s = 0; s < 16; ++s) {
      ring[s] = {c.x + radius * cosines[s], c.y + radius * sines[s]};
    }
    out.write(kind.type, (village ? village->name : towns[0]) + kind.label, ring);
  }
  for (std::size_t k = points; k < total; ++k) {
    const ZoneKind& kind = pickKind(rng, kAreaZones);
    const std::string type = kind.type;
    // Settlement-like zones sit at villages; terrain and resource zones anywhere.
    const bool atVillage =
        !(type == "geohazard" || type == "slope" || type == "scenic" || type == "mining");
    Point c;
    std::string name;
    if (atVillage) {
      const auto [p, village] = nearVillage(300);
      c = p;
      name = (village ? village->name : towns[0]) + kind.label;
    } else {
      c = {l.minX + rng.uniform() * l.width, l.minY + rng.uniform() * l.height};
      name = std::string(kind.label) + std::to_string(k - points + 1) + "号";
    }
    // Star-shaped 12-gon: angles stay increasing (jitter < half a step), so it is simple.
    const double radius = rng.uniform(150, 700);
    std::vector<Point> ring(12);
    for (size_t s = 0; s < 12; ++s) {
      const double a = 2 * kPi * double(s) / 12 + rng.uniform(-0.2, 0.2);
      const double r = radius * rng.uniform(0.55, 1.0);
      ring[s] = {c.x + r * std::cos(a), c.y + r * std::sin(a)};
    }
    out.write(kind.type, name, ring);
  }
  // A few long roads / railways, alternately west–east and south–north, in 1 km pieces.
  SplitMix lines = SplitMix::stream(o.seed, 0, kSaltLines);
  const int lineCount = std::max(
      2,
      std::min(12, static_cast<int>(std::lround(std::log2(double(o.buildings) / 1000 + 1))) + 1));
  const double halfWidth = 60;
  for (int n = 0; n < lineCount; ++n) {
    const bool eastward = n % 2 == 0;
    const double span = eastward ? l.width : l.height;
    const double across = eastward ? l.height : l.width;
    double offset = lines.uniform(0.1, 0.9) * across;
    const std::string name =
        std::string(kLineNames[static_cast<size_t>(n) % kLineNames.size()]) + "沿线";
    const int pieces = std::max(1, static_cast<int>(std::ceil(span / 1000)));
    Point prev = eastward ? Point{l.minX, l.minY + offset} : Point{l.minX + offset, l.minY};
    for (int s = 1; s <= pieces; ++s) {
      offset = std::clamp(offset + lines.uniform(-250, 250), 0.0, across);
      const double along = std::min(span, s * 1000.0);
      const Point next = eastward ? Point{l.minX + along, l.minY + offset}
                                  : Point{l.minX + offset, l.minY + along};
      const double dx = next.x - prev.x, dy = next.y - prev.y;
      const double len = std::sqrt(dx * dx + dy * dy);
      const double ux = dx / len, uy = dy / len;
      // Pieces overlap by a half-width at each end so the corridor has no gaps at bends.
      const Point a{prev.x - ux * halfWidth, prev.y - uy * halfWidth};
      const Point b{next.x + ux * halfWidth, next.y + uy * halfWidth};
      const double nx = -uy * halfWidth, ny = ux * halfWidth;
      out.write(
          "rail_road", name,
          {{a.x - nx, a.y - ny}, {b.x - nx, b.y - ny}, {b.x + nx, b.y + ny}, {a.x + nx, a.y + ny}});
      prev = next;
    }
  }
  out.close();
}

}  // namespace

SyntheticSummary writeSyntheticDistrict(const std::string& outDir,
                                        const SyntheticOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  std::filesystem::create_directories(outDir);
  SyntheticSummary summary;
  const Lattice lattice = makeLattice(options);
  summary.extent.include(lattice.minX, lattice.minY);
  summary.extent.include(lattice.minX + lattice.width, lattice.minY + lattice.height);

  // Towns and their names/abbreviations, numbered row by row from the south-west.
  const int townCount = lattice.townCols * lattice.townRows;
  std::vector<std::string> towns, abbrevs;
  for (int t = 0; t < townCount; ++t) {
    towns.push_back(townName(t));
    char abbrev[16];
    std::snprintf(abbrev, sizeof abbrev, "T%02d", t + 1);
    abbrevs.push_back(abbrev);
  }

  // Grid plan: ids, towns, and how many buildings each gets (weights 0.4–2.0, skewed low).
  std::vector<GridPlan> grids;
  std::vector<double> weights;
  SplitMix alloc = SplitMix::stream(options.seed, 0, kSaltAllocation);
  for (int r = 0; r < lattice.townRows; ++r) {
    for (int c = 0; c < lattice.townCols; ++c) {
      const int town = r * lattice.townCols + c;
      int number = 0;
      for (int gj = 0; gj < lattice.gridsY; ++gj) {
        for (int gi = 0; gi < lattice.gridsX; ++gi) {
          GridPlan g;
          g.i = c * lattice.gridsX + gi;
          g.j = r * lattice.gridsY + gj;
          g.town = town;
          char id[32];
          std::snprintf(id, sizeof id, "%s-G%03d", abbrevs[static_cast<size_t>(town)].c_str(),
                        ++number);
          g.id = id;
          grids.push_back(g);
          const double u = alloc.uniform();
          weights.push_back(0.4 + 1.6 * u * u);
        }
      }
    }
  }
  const std::vector<std::size_t> counts = apportion(options.buildings, weights);
  std::map<std::string, std::size_t> gridSizes;
  for (size_t k = 0; k < grids.size(); ++k) {
    grids[k].buildings = counts[k];
    gridSizes[grids[k].id] = counts[k];
  }

  // Towns layer: the boundary walks every grid vertex on it, so it matches the grids exactly.
  {
    GpkgLayerWriter out(outDir + "/towns.gpkg", kSyntheticEpsg, wkbPolygon, {{"town", OFTString}});
    for (int r = 0; r < lattice.townRows; ++r) {
      for (int c = 0; c < lattice.townCols; ++c) {
        const int i0 = c * lattice.gridsX, i1 = i0 + lattice.gridsX;
        const int j0 = r * lattice.gridsY, j1 = j0 + lattice.gridsY;
        std::vector<Point> ring;
        for (int i = i0; i < i1; ++i) ring.push_back(lattice.at(i, j0));
        for (int j = j0; j < j1; ++j) ring.push_back(lattice.at(i1, j));
        for (int i = i1; i > i0; --i) ring.push_back(lattice.at(i, j1));
        for (int j = j1; j > j0; --j) ring.push_back(lattice.at(i0, j));
        OGRFeature f(out.definition());
        f.SetField(0, towns[static_cast<size_t>(r * lattice.townCols + c)].c_str());
        f.SetGeometryDirectly(polygon(ring).release());
        out.write(f);
      }
    }
    out.close();
    summary.towns = static_cast<std::size_t>(townCount);
  }

  // Grids layer.
  {
    GpkgLayerWriter out(outDir + "/grids.gpkg", kSyntheticEpsg, wkbPolygon,
                        {{"grid", OFTString},
                         {"name", OFTString},
                         {"town", OFTString},
                         {"manager", OFTString},
                         {"phone", OFTString},
                         {"capacity_per_day", OFTInteger}});
    SplitMix info = SplitMix::stream(options.seed, 0, kSaltGridInfo);
    std::map<int, int> numberInTown;
    for (const GridPlan& g : grids) {
      const auto q = gridQuad(lattice, g.i, g.j);
      OGRFeature f(out.definition());
      const std::string& town = towns[static_cast<size_t>(g.town)];
      f.SetField(0, g.id.c_str());
      f.SetField(1, (town + "第" + std::to_string(++numberInTown[g.town]) + "网格").c_str());
      f.SetField(2, town.c_str());
      f.SetField(3, personName(info).c_str());
      f.SetField(4, mobileNumber(info).c_str());
      f.SetField(5, static_cast<int>(info.range(6, 15)));
      f.SetGeometryDirectly(polygon({q.begin(), q.end()}).release());
      out.write(f);
    }
    out.close();
    summary.grids = grids.size();
  }

  // Buildings, grid by grid, streamed: nothing of a finished grid is kept but its villages.
  std::vector<Village> villages;
  {
    GpkgLayerWriter out(outDir + "/buildings.gpkg", kSyntheticEpsg, wkbPolygon, buildingFields());
    SurveyOptions survey;
    survey.seed = options.seed;
    survey.codePrefix = "SY";
    SurveyAttributeGenerator generator(survey, gridSizes);
    for (const GridPlan& g : grids) {
      GridFiller filler(lattice, g, options.seed);
      std::map<std::string, int> doorNumbers;
      filler.fill(g.buildings, g.town, villages,
                  [&](const Village& village, const std::vector<Point>& ring) {
                    BuildingSite site;
                    site.town = towns[static_cast<size_t>(g.town)];
                    site.townAbbrev = abbrevs[static_cast<size_t>(g.town)];
                    site.grid = g.id;
                    site.community = village.name;
                    site.address = site.town + village.name +
                                   std::to_string(++doorNumbers[village.name]) + "号";
                    const BuildingRecord record = generator.next(site);
                    if (record.isSurveyed()) ++summary.surveyed;
                    if (record.initialHazard == InitialHazard::Hazard) ++summary.initialHazards;
                    OGRFeature f(out.definition());
                    setBuildingFields(record, f);
                    f.SetGeometryDirectly(polygon(ring).release());
                    out.write(f);
                  });
    }
    summary.buildings = static_cast<std::size_t>(out.written());
    out.close();
  }

  writeZones(outDir + "/zones.gpkg", lattice, villages, towns, options, summary);
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace fangan::synth
