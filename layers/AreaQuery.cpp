#include "layers/AreaQuery.h"

#include <algorithm>

namespace fangan {
namespace {

// Twice the signed area of the triangle o, a, b: > 0 when b lies left of o→a. Differences are
// taken first so that large projected coordinates (10^6 m) keep their precision.
double cross(const QPointF& o, const QPointF& a, const QPointF& b) {
  return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

int sign(double v) { return (v > 0) - (v < 0); }

// For a point known to be collinear with a–b: whether it lies between them.
bool withinSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
  return std::min(a.x(), b.x()) <= p.x() && p.x() <= std::max(a.x(), b.x()) &&
         std::min(a.y(), b.y()) <= p.y() && p.y() <= std::max(a.y(), b.y());
}

// Closed segments a–b and c–d share a point (crossing, touching or overlapping). A segment may
// be a single point (a == b), which is how point features are tested against the area's edges.
bool segmentsMeet(const QPointF& a, const QPointF& b, const QPointF& c, const QPointF& d) {
  const int d1 = sign(cross(c, d, a));
  const int d2 = sign(cross(c, d, b));
  const int d3 = sign(cross(a, b, c));
  const int d4 = sign(cross(a, b, d));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (d1 == 0 && withinSegment(a, c, d)) || (d2 == 0 && withinSegment(b, c, d)) ||
         (d3 == 0 && withinSegment(c, a, b)) || (d4 == 0 && withinSegment(d, a, b));
}

Extent segmentBox(const QPointF& a, const QPointF& b) {
  Extent e;
  e.include(a.x(), a.y());
  e.include(b.x(), b.y());
  return e;
}

bool within(const Extent& inner, const Extent& outer) {
  return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY &&
         inner.maxY <= outer.maxY;
}

// The area prepared once for many features: its edges with their boxes, so that a feature edge
// is only compared with the area edges near it.
class PreparedArea {
 public:
  explicit PreparedArea(const QPolygonF& area) {
    QPolygonF ring = area;
    if (ring.size() > 1 && ring.first() == ring.last()) ring.removeLast();
    if (ring.size() < 3) return;
    for (const QPointF& p : ring) box_.include(p.x(), p.y());
    edges_.reserve(static_cast<std::size_t>(ring.size()));
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
      const QPointF& a = ring[i];
      const QPointF& b = ring[(i + 1) % n];
      edges_.push_back(Edge{a, b, segmentBox(a, b)});
    }
    isBox_ = ring.size() == 4 && std::all_of(edges_.begin(), edges_.end(), [this](const Edge& e) {
               const bool axisParallel = e.a.x() == e.b.x() || e.a.y() == e.b.y();
               return axisParallel && isCorner(e.a);
             });
    isBox_ = isBox_ && box_.width() > 0 && box_.height() > 0;
    rings_ = {ring};
  }

  bool isValid() const { return !edges_.empty(); }
  const Extent& box() const { return box_; }

  bool meets(const MapFeature& f) const {
    if (f.paths.isEmpty() || !f.bounds.intersects(box_)) return false;
    // A selection box: everything whose box lies inside is taken without looking at vertices,
    // which is nearly every candidate of a large box.
    if (isBox_ && within(f.bounds, box_)) return true;
    // Cheapest first: a vertex inside the area (typical for features well inside a polygon).
    for (const FeaturePaths::Ring path : f.paths) {
      if (!path.isEmpty() && polygonContains(rings_, path.first())) return true;
    }
    // Then the boundaries. With no edge meeting, every path lies wholly inside or outside the
    // area (its first vertex told which) and the area lies wholly inside or outside the feature.
    const bool rings = f.shape == GeometryShape::Polygon;
    for (const FeaturePaths::Ring path : f.paths) {
      const qsizetype n = path.size();
      if (n == 1 && meetsBoundary(path[0], path[0])) return true;
      for (qsizetype i = 0; i + 1 < n; ++i) {
        if (meetsBoundary(path[i], path[i + 1])) return true;
      }
      if (rings && n > 2 && meetsBoundary(path[n - 1], path[0])) return true;
    }
    return rings && polygonContains(f.paths, rings_.first().first());
  }

 private:
  struct Edge {
    QPointF a;
    QPointF b;
    Extent box;
  };

  bool isCorner(const QPointF& p) const {
    return (p.x() == box_.minX || p.x() == box_.maxX) && (p.y() == box_.minY || p.y() == box_.maxY);
  }

  bool meetsBoundary(const QPointF& a, const QPointF& b) const {
    const Extent box = segmentBox(a, b);
    if (!box.intersects(box_)) return false;
    for (const Edge& e : edges_) {
      if (e.box.intersects(box) && segmentsMeet(a, b, e.a, e.b)) return true;
    }
    return false;
  }

  FeaturePaths rings_;  // the area as the single ring polygonContains expects
  std::vector<Edge> edges_;
  Extent box_;
  bool isBox_ = false;  // an axis-parallel rectangle
};

}  // namespace

bool featureIntersects(const MapFeature& feature, const QPolygonF& area) {
  const PreparedArea prepared(area);
  return prepared.isValid() && prepared.meets(feature);
}

std::vector<int> featuresIntersecting(const MapLayer& layer, const QPolygonF& area) {
  const PreparedArea prepared(area);
  std::vector<int> result;
  if (!prepared.isValid()) return result;
  const std::vector<MapFeature>& features = layer.features();
  layer.index().query(prepared.box(), [&](int i) {
    if (prepared.meets(features[static_cast<std::size_t>(i)])) result.push_back(i);
    return true;
  });
  std::sort(result.begin(), result.end());
  return result;
}

}  // namespace fangan
