#include "gis/patrol/RoadNetwork.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <set>
#include <unordered_map>
#include <utility>

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

std::uint64_t cellKey(long long cx, long long cy) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) |
         static_cast<std::uint32_t>(cy);
}

// Appends the vertices of a (multi)line WKB to `lines`; other geometry types add nothing.
void appendLines(const Wkb& wkb, std::vector<std::vector<RoutePoint>>& lines) {
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size()) != OGRERR_NONE || !g) {
    return;
  }
  std::unique_ptr<OGRGeometry> owned(g);
  auto addLine = [&](const OGRLineString& ls) {
    std::vector<RoutePoint> line;
    line.reserve(static_cast<std::size_t>(ls.getNumPoints()));
    for (int i = 0; i < ls.getNumPoints(); ++i) line.push_back({ls.getX(i), ls.getY(i)});
    if (line.size() >= 2) lines.push_back(std::move(line));
  };
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbLineString) {
    addLine(*g->toLineString());
  } else if (type == wkbMultiLineString) {
    for (const auto* part : *g->toMultiLineString()) addLine(*part);
  }
}

}  // namespace

bool isRoadCategory(const std::string& category) {
  // Categories as the importer writes them (zones.rules lists the railway ones); Chinese
  // categories are compared as written.
  static const std::set<std::string> notRoads = {
      "rail",     "railway",   "light_rail", "subway", "tram",  "narrow_gauge",
      "monorail", "funicular", "铁路",       "地铁",   "轻轨",  "waterway",
      "river",    "stream",    "canal",      "drain",  "ditch", "water",
      "河流",     "水系",      "河道",       "沟渠",   "水渠"};
  return notRoads.count(normalizeCell(category)) == 0;
}

RoadNetwork RoadNetwork::fromLines(const std::vector<std::vector<RoutePoint>>& lines,
                                   double snapTolerance) {
  RoadNetwork net;
  const double tol = snapTolerance > 0 ? snapTolerance : 1e-6;
  // Snapping: a hash grid of cells as large as the tolerance, so every node within the
  // tolerance of a vertex lies in the 3 × 3 cells around it.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells;
  auto nodeOf = [&](const RoutePoint& p) -> std::uint32_t {
    const long long cx = static_cast<long long>(std::floor(p.x / tol));
    const long long cy = static_cast<long long>(std::floor(p.y / tol));
    std::uint32_t best = kNone;
    double bestDistance = tol;
    for (long long dx = -1; dx <= 1; ++dx) {
      for (long long dy = -1; dy <= 1; ++dy) {
        auto it = cells.find(cellKey(cx + dx, cy + dy));
        if (it == cells.end()) continue;
        for (const std::uint32_t n : it->second) {
          const double d = straightDistance(p, net.nodes_[n]);
          if (d <= bestDistance) {
            bestDistance = d;
            best = n;
          }
        }
      }
    }
    if (best != kNone) return best;
    const auto id = static_cast<std::uint32_t>(net.nodes_.size());
    net.nodes_.push_back(p);
    cells[cellKey(cx, cy)].push_back(id);
    return id;
  };

  struct Edge {
    std::uint32_t a, b;
    double w;
  };
  std::vector<Edge> edges;
  for (const auto& line : lines) {
    std::uint32_t previous = kNone;
    for (const auto& p : line) {
      const std::uint32_t n = nodeOf(p);
      if (previous != kNone && previous != n) {
        edges.push_back({previous, n, straightDistance(net.nodes_[previous], net.nodes_[n])});
      }
      previous = n;
    }
  }

  const std::size_t n = net.nodes_.size();
  net.offsets_.assign(n + 1, 0);
  for (const auto& e : edges) {
    ++net.offsets_[e.a + 1];
    ++net.offsets_[e.b + 1];
  }
  for (std::size_t i = 0; i < n; ++i) net.offsets_[i + 1] += net.offsets_[i];
  net.targets_.resize(edges.size() * 2);
  net.weights_.resize(edges.size() * 2);
  std::vector<std::uint32_t> fill(net.offsets_.begin(), net.offsets_.end() - 1);
  for (const auto& e : edges) {
    net.targets_[fill[e.a]] = e.b;
    net.weights_[fill[e.a]++] = e.w;
    net.targets_[fill[e.b]] = e.a;
    net.weights_[fill[e.b]++] = e.w;
  }
  net.buildIndex();
  net.dist_.assign(n, kUnreachable);
  net.previous_.assign(n, kNone);
  net.settled_.assign(n, false);
  return net;
}

RoadNetwork RoadNetwork::fromStore(const ProjectStore& store, double snapTolerance) {
  std::vector<std::vector<RoutePoint>> lines;
  store.forEachSource(ProjectLayer::Lines, [&](const SourceFeature& f, const Wkb& wkb) {
    if (isRoadCategory(f.category)) appendLines(wkb, lines);
    return true;
  });
  return fromLines(lines, snapTolerance);
}

void RoadNetwork::buildIndex() {
  const std::size_t n = nodes_.size();
  if (n == 0) return;
  Extent e;
  for (const auto& p : nodes_) e.include(p.x, p.y);
  // About two nodes per cell on average; a degenerate extent still gets 1 m cells.
  const double area = std::max(e.width(), 1.0) * std::max(e.height(), 1.0);
  cellSize_ = std::max(std::sqrt(area * 2.0 / static_cast<double>(n)), 1.0);
  originX_ = e.minX;
  originY_ = e.minY;
  columns_ = static_cast<long>(e.width() / cellSize_) + 1;
  rows_ = static_cast<long>(e.height() / cellSize_) + 1;
  const std::size_t cells = static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_);
  std::vector<std::size_t> cellOf(n);
  cellStart_.assign(cells + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const long cx = std::min(columns_ - 1, static_cast<long>((nodes_[i].x - originX_) / cellSize_));
    const long cy = std::min(rows_ - 1, static_cast<long>((nodes_[i].y - originY_) / cellSize_));
    cellOf[i] = static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns_) +
                static_cast<std::size_t>(cx);
    ++cellStart_[cellOf[i] + 1];
  }
  for (std::size_t c = 0; c < cells; ++c) cellStart_[c + 1] += cellStart_[c];
  cellNodes_.resize(n);
  std::vector<std::uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
  for (std::size_t i = 0; i < n; ++i) cellNodes_[fill[cellOf[i]]++] = static_cast<std::uint32_t>(i);
}

std::optional<std::size_t> RoadNetwork::nearestNode(const RoutePoint& p) const {
  if (nodes_.empty()) return std::nullopt;
  const long cx = static_cast<long>(std::floor((p.x - originX_) / cellSize_));
  const long cy = static_cast<long>(std::floor((p.y - originY_) / cellSize_));
  // Rings of cells around p's cell; a cell r rings away is at least (r - 1) cells from p, so
  // once the best node is nearer than that no further ring can hold a nearer one.
  const long maxRing =
      std::max({std::abs(cx), std::abs(cy), std::abs(columns_ - 1 - cx), std::abs(rows_ - 1 - cy)});
  std::size_t best = 0;
  double bestDistance = kUnreachable;
  auto visitCell = [&](long x, long y) {
    if (x < 0 || y < 0 || x >= columns_ || y >= rows_) return;
    const std::size_t c = static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) +
                          static_cast<std::size_t>(x);
    for (std::uint32_t k = cellStart_[c]; k < cellStart_[c + 1]; ++k) {
      const std::uint32_t i = cellNodes_[k];
      const double d = straightDistance(p, nodes_[i]);
      if (d < bestDistance || (d == bestDistance && i < best)) {
        bestDistance = d;
        best = i;
      }
    }
  };
  for (long r = 0; r <= maxRing; ++r) {
    if (r >= 1 && bestDistance <= static_cast<double>(r - 1) * cellSize_) break;
    if (r == 0) {
      visitCell(cx, cy);
      continue;
    }
    for (long x = cx - r; x <= cx + r; ++x) {
      visitCell(x, cy - r);
      visitCell(x, cy + r);
    }
    for (long y = cy - r + 1; y <= cy + r - 1; ++y) {
      visitCell(cx - r, y);
      visitCell(cx + r, y);
    }
  }
  return best;
}

void RoadNetwork::resetWork() const {
  for (const std::uint32_t i : touched_) {
    dist_[i] = kUnreachable;
    previous_[i] = kNone;
    settled_[i] = false;
  }
  touched_.clear();
}

void RoadNetwork::run(std::size_t source, const std::vector<std::size_t>& targets) const {
  resetWork();
  std::vector<std::size_t> wanted(targets);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::size_t remaining = wanted.size();

  using Item = std::pair<double, std::uint32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  const auto s = static_cast<std::uint32_t>(source);
  dist_[s] = 0;
  touched_.push_back(s);
  queue.push({0.0, s});
  while (!queue.empty() && remaining > 0) {
    const auto [d, u] = queue.top();
    queue.pop();
    if (settled_[u] || d > dist_[u]) continue;
    settled_[u] = true;
    if (std::binary_search(wanted.begin(), wanted.end(), static_cast<std::size_t>(u))) --remaining;
    for (std::uint32_t k = offsets_[u]; k < offsets_[u + 1]; ++k) {
      const std::uint32_t v = targets_[k];
      const double nd = d + weights_[k];
      if (nd < dist_[v]) {
        if (dist_[v] == kUnreachable) touched_.push_back(v);
        dist_[v] = nd;
        previous_[v] = u;
        queue.push({nd, v});
      }
    }
  }
}

std::vector<double> RoadNetwork::distances(std::size_t source,
                                           const std::vector<std::size_t>& targets) const {
  std::vector<double> out(targets.size(), kUnreachable);
  if (source >= nodes_.size()) return out;
  run(source, targets);
  for (std::size_t k = 0; k < targets.size(); ++k) {
    // Only settled distances are final; an early stop can leave tentative ones behind.
    if (targets[k] < nodes_.size() && settled_[targets[k]]) out[k] = dist_[targets[k]];
  }
  return out;
}

std::vector<std::size_t> RoadNetwork::path(std::size_t source, std::size_t target) const {
  std::vector<std::size_t> nodes;
  if (source >= nodes_.size() || target >= nodes_.size()) return nodes;
  run(source, {target});
  if (!settled_[target]) return nodes;
  for (std::uint32_t v = static_cast<std::uint32_t>(target); v != kNone; v = previous_[v]) {
    nodes.push_back(v);
    if (v == source) break;
  }
  std::reverse(nodes.begin(), nodes.end());
  return nodes;
}

}  // namespace fangan
