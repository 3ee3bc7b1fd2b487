#include "gis/analysis/spatial/PolygonIndex.h"

#include <algorithm>

namespace fangan {

namespace {

// Deep enough for any real polygon (2^24 pieces); stops runaway recursion on pathological input
// such as many vertices stacked on one point, which halving can never separate.
constexpr int kMaxDepth = 24;

void subdivideInto(const GeosContext& c, GeosGeometry g, int maxVertices, int depth,
                   std::vector<GeosGeometry>& out) {
  const auto h = c.handle();
  if (GEOSisEmpty_r(h, g.get())) return;
  if (GEOSGetNumCoordinates_r(h, g.get()) <= maxVertices || depth >= kMaxDepth) {
    out.push_back(std::move(g));
    return;
  }
  double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
  if (!GEOSGeom_getExtent_r(h, g.get(), &xmin, &ymin, &xmax, &ymax)) {
    out.push_back(std::move(g));
    return;
  }
  // Halving the longer side keeps pieces near-square, so a building's envelope meets few.
  double rects[2][4];
  if (xmax - xmin >= ymax - ymin) {
    const double mid = (xmin + xmax) / 2;
    const double a[4] = {xmin, ymin, mid, ymax};
    const double b[4] = {mid, ymin, xmax, ymax};
    std::copy(a, a + 4, rects[0]);
    std::copy(b, b + 4, rects[1]);
  } else {
    const double mid = (ymin + ymax) / 2;
    const double a[4] = {xmin, ymin, xmax, mid};
    const double b[4] = {xmin, mid, xmax, ymax};
    std::copy(a, a + 4, rects[0]);
    std::copy(b, b + 4, rects[1]);
  }
  std::vector<GeosGeometry> pieces;
  try {
    for (const auto& r : rects) {
      GeosGeometry piece =
          c.own(GEOSClipByRect_r(h, g.get(), r[0], r[1], r[2], r[3]), "ClipByRect");
      if (GEOSisEmpty_r(h, piece.get())) continue;
      // ClipByRect is fast but documents that its output may be invalid; an invalid piece would
      // make prepared predicates and overlap areas unreliable, so fall back to a full overlay.
      if (GEOSisValid_r(h, piece.get()) != 1) {
        GeosGeometry box = c.own(GEOSGeom_createRectangle_r(h, r[0], r[1], r[2], r[3]), "矩形");
        piece = c.own(GEOSIntersection_r(h, g.get(), box.get()), "裁剪");
      }
      pieces.push_back(std::move(piece));
    }
  } catch (const GeosError&) {
    // A polygon GEOS cannot cut (e.g. an invalid imported zone) is indexed whole: slower to
    // test, but still correct, which matters more than speed.
    out.push_back(std::move(g));
    return;
  }
  for (auto& piece : pieces) subdivideInto(c, std::move(piece), maxVertices, depth + 1, out);
}

}  // namespace

std::vector<GeosGeometry> subdividePolygon(const GeosContext& c, const GEOSGeometry* polygon,
                                           int maxVertices) {
  const auto h = c.handle();
  std::vector<GeosGeometry> out;
  // Parts of a multipolygon are cut one by one: many small parts need no cutting at all.
  const int type = GEOSGeomTypeId_r(h, polygon);
  if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(h, polygon);
    for (int i = 0; i < n; ++i) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(h, polygon, i);
      subdivideInto(c, c.own(GEOSGeom_clone_r(h, part), "复制"), maxVertices, 0, out);
    }
  } else {
    subdivideInto(c, c.own(GEOSGeom_clone_r(h, polygon), "复制"), maxVertices, 0, out);
  }
  return out;
}

PolygonIndex::PolygonIndex(const GeosContext& context, const std::vector<IndexedPolygon>& polygons,
                           int maxVertices)
    : context_(context) {
  const auto h = context_.handle();
  keys_.reserve(polygons.size());
  std::vector<GeosGeometry> owned;
  std::vector<std::size_t> owners;
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    keys_.push_back(polygons[i].key);
    GeosGeometry g(nullptr, GeosGeometryDeleter{h});
    try {
      g = context_.read(*polygons[i].wkb);
    } catch (const GeosError&) {
      ++skipped_;
      continue;
    }
    if (GEOSisEmpty_r(h, g.get())) {
      ++skipped_;
      continue;
    }
    for (auto& piece : subdividePolygon(context_, g.get(), maxVertices)) {
      owned.push_back(std::move(piece));
      owners.push_back(i);
    }
  }
  // Pieces are stored first and inserted after, so the tree's item pointers never move.
  pieces_.reserve(owned.size());
  for (std::size_t i = 0; i < owned.size(); ++i) {
    Piece p;
    p.owner = owners[i];
    p.geometry = owned[i].release();
    // A failed preparation (nullptr) leaves the piece to the plain, slower predicate.
    p.prepared = GEOSPrepare_r(h, p.geometry);
    pieces_.push_back(p);
  }
  // Node capacity 10 is GEOS's own default for its STR-tree; leaf scans stay short.
  tree_ = GEOSSTRtree_create_r(h, 10);
  for (auto& p : pieces_) GEOSSTRtree_insert_r(h, tree_, p.geometry, &p);
}

PolygonIndex::~PolygonIndex() {
  const auto h = context_.handle();
  if (tree_) GEOSSTRtree_destroy_r(h, tree_);
  for (auto& p : pieces_) {
    if (p.prepared) GEOSPreparedGeom_destroy_r(h, p.prepared);
    GEOSGeom_destroy_r(h, p.geometry);
  }
}

namespace {

struct QueryState {
  GEOSContextHandle_t handle;
  const GEOSGeometry* query;
  const std::function<void(const PolygonIndex::Piece&)>* visit;
};

void onCandidate(void* item, void* userdata) {
  auto* s = static_cast<QueryState*>(userdata);
  const auto* piece = static_cast<const PolygonIndex::Piece*>(item);
  // 2 is a GEOS exception (e.g. a robustness failure): such a pair is treated as disjoint
  // rather than stopping the whole overlay for one odd geometry.
  const char hit = piece->prepared ? GEOSPreparedIntersects_r(s->handle, piece->prepared, s->query)
                                   : GEOSIntersects_r(s->handle, piece->geometry, s->query);
  if (hit == 1) (*s->visit)(*piece);
}

}  // namespace

void PolygonIndex::forEachIntersecting(const GEOSGeometry* g,
                                       const std::function<void(const Piece&)>& visit) const {
  if (pieces_.empty()) return;
  QueryState s{context_.handle(), g, &visit};
  GEOSSTRtree_query_r(context_.handle(), tree_, g, onCandidate, &s);
}

std::vector<std::size_t> PolygonIndex::intersecting(const GEOSGeometry* g) const {
  std::vector<std::size_t> owners;
  forEachIntersecting(g, [&](const Piece& p) { owners.push_back(p.owner); });
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  return owners;
}

}  // namespace fangan
