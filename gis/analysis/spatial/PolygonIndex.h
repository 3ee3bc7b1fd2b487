#pragma once
// An STR-tree over prepared polygons, the "smaller side" of every building overlay (zones, grids,
// towns). Polygons with many vertices are cut into pieces first: a prepared intersects test is
// only fast when the polygon's edges near the query are few, and a slope area or a district
// boundary with thousands of vertices would otherwise be walked for every nearby building.
// Built once per thread in that thread's GEOS context, then queried many times.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "gis/geos/GeosContext.h"

namespace fangan {

/// One polygon to index: any caller key, and its (multi)polygon WKB.
struct IndexedPolygon {
  std::int64_t key = 0;
  const Wkb* wkb = nullptr;  ///< not owned; must outlive the index construction
};

/// Cuts a polygonal geometry into pieces of at most `maxVertices` vertices by halving its
/// bounding box along the longer side (GEOSClipByRect_r), recursively. The pieces cover the
/// input exactly; a piece that ClipByRect leaves invalid is recomputed with an overlay.
std::vector<GeosGeometry> subdividePolygon(const GeosContext& context, const GEOSGeometry* polygon,
                                           int maxVertices);

/// STR-tree of prepared polygon pieces, each remembering which input polygon it came from.
class PolygonIndex {
 public:
  /// A piece of an input polygon.
  struct Piece {
    std::size_t owner = 0;  ///< position of the input polygon
    GEOSGeometry* geometry = nullptr;
    const GEOSPreparedGeometry* prepared = nullptr;
  };

  /// Parses, subdivides, prepares and indexes `polygons` in `context` (which must outlive the
  /// index). Unreadable or empty polygons are skipped and counted in skipped().
  PolygonIndex(const GeosContext& context, const std::vector<IndexedPolygon>& polygons,
               int maxVertices = 256);
  ~PolygonIndex();
  PolygonIndex(const PolygonIndex&) = delete;
  PolygonIndex& operator=(const PolygonIndex&) = delete;

  /// Calls `visit` for each piece whose prepared geometry intersects `g` (boundary contact
  /// counts). Pieces of one owner may come several times.
  void forEachIntersecting(const GEOSGeometry* g,
                           const std::function<void(const Piece&)>& visit) const;
  /// Positions (into the constructor's list) of the polygons that intersect `g`, ascending.
  std::vector<std::size_t> intersecting(const GEOSGeometry* g) const;

  /// Key of the input polygon at `owner`.
  std::int64_t key(std::size_t owner) const { return keys_[owner]; }
  /// Number of input polygons.
  std::size_t size() const { return keys_.size(); }
  /// Number of indexed pieces (≥ polygons that were readable).
  std::size_t pieceCount() const { return pieces_.size(); }
  /// Input polygons that could not be read or were empty.
  std::size_t skipped() const { return skipped_; }

 private:
  const GeosContext& context_;
  std::vector<std::int64_t> keys_;
  std::vector<Piece> pieces_;  ///< contiguous; the tree stores pointers into it
  GEOSSTRtree* tree_ = nullptr;
  std::size_t skipped_ = 0;
};

}  // namespace fangan
