#include "layers/MapLayer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fangan {

struct MapLayer::Data {
  ProjectLayer kind = ProjectLayer::Buildings;
  GeometryShape shape = GeometryShape::Empty;
  QStringList fields;
  std::vector<MapFeature> features;
  std::shared_ptr<const SpatialIndex> index = std::make_shared<SpatialIndex>();
  Extent extent;
};

namespace {

using Ring = FeaturePaths::Ring;

QPointF boundsCentre(const Ring& ring) {
  if (ring.isEmpty()) return QPointF();
  double minX = ring[0].x(), maxX = minX, minY = ring[0].y(), maxY = minY;
  for (const QPointF& p : ring) {
    minX = std::min(minX, p.x());
    maxX = std::max(maxX, p.x());
    minY = std::min(minY, p.y());
    maxY = std::max(maxY, p.y());
  }
  return QPointF((minX + maxX) * 0.5, (minY + maxY) * 0.5);
}

double ringSignedArea(const Ring& ring) {
  double a = 0;
  for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
    const QPointF& p = ring[i];
    const QPointF& q = ring[(i + 1) % n];
    a += p.x() * q.y() - q.x() * p.y();
  }
  return a * 0.5;
}

QPointF ringCentroid(const Ring& ring) {
  double a = 0;
  double cx = 0;
  double cy = 0;
  // Relative to the first vertex: projected coordinates are large (10^6 m) and the products
  // would lose the precision the centroid needs.
  const QPointF o = ring.isEmpty() ? QPointF() : ring.first();
  for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
    const QPointF p = ring[i] - o;
    const QPointF q = ring[(i + 1) % n] - o;
    const double cross = p.x() * q.y() - q.x() * p.y();
    a += cross;
    cx += (p.x() + q.x()) * cross;
    cy += (p.y() + q.y()) * cross;
  }
  if (std::abs(a) < 1e-12) return boundsCentre(ring);
  return QPointF(cx / (3 * a), cy / (3 * a)) + o;
}

double pointSegmentDistance(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF ab = b - a;
  const double len2 = QPointF::dotProduct(ab, ab);
  double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  const QPointF d = p - (a + t * ab);
  return std::hypot(d.x(), d.y());
}

// Distance to the nearest edge; polygon rings include their closing edge even when the ring
// does not repeat its first vertex.
double distanceToPaths(const FeaturePaths& paths, const QPointF& p, bool rings) {
  double best = std::numeric_limits<double>::infinity();
  for (const Ring path : paths) {
    if (path.size() == 1) {
      best = std::min(best, std::hypot(p.x() - path[0].x(), p.y() - path[0].y()));
    }
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
      best = std::min(best, pointSegmentDistance(p, path[i], path[i + 1]));
    }
    if (rings && path.size() > 2) {
      best = std::min(best, pointSegmentDistance(p, path.last(), path.first()));
    }
  }
  return best;
}

}  // namespace

double polygonArea(const FeaturePaths& rings) {
  // Odd-even rings do not say which ring is a hole; subtracting holes would need ring nesting.
  // The map only ranks labels by area, for which the plain sum is close enough.
  double a = 0;
  for (const Ring ring : rings) a += std::abs(ringSignedArea(ring));
  return a;
}

bool polygonContains(const FeaturePaths& rings, const QPointF& point) {
  bool inside = false;
  for (const Ring ring : rings) {
    for (qsizetype i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
      const QPointF& a = ring[i];
      const QPointF& b = ring[j];
      if ((a.y() > point.y()) != (b.y() > point.y()) &&
          point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x()) {
        inside = !inside;
      }
    }
  }
  return inside;
}

QPointF polygonLabelPoint(const FeaturePaths& rings) {
  if (rings.isEmpty()) return QPointF();
  Ring largest = rings.first();
  double largestArea = -1;
  for (const Ring ring : rings) {
    const double a = std::abs(ringSignedArea(ring));
    if (a > largestArea) {
      largestArea = a;
      largest = ring;
    }
  }
  const QPointF centroid = ringCentroid(largest);
  if (polygonContains(rings, centroid)) return centroid;

  // Widest inside span on the horizontal through the centroid (odd-even crossings of all rings).
  const double y = centroid.y();
  std::vector<double> xs;
  for (const Ring ring : rings) {
    for (qsizetype i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
      const QPointF& a = ring[i];
      const QPointF& b = ring[j];
      if ((a.y() > y) != (b.y() > y))
        xs.push_back((b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x());
    }
  }
  std::sort(xs.begin(), xs.end());
  double bestWidth = -1;
  QPointF best = boundsCentre(largest);
  for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
    if (xs[i + 1] - xs[i] > bestWidth) {
      bestWidth = xs[i + 1] - xs[i];
      best = QPointF((xs[i] + xs[i + 1]) * 0.5, y);
    }
  }
  return best;
}

MapLayer::MapLayer() : d_(std::make_shared<Data>()) {}

MapLayer::MapLayer(ProjectLayer kind, GeometryShape shape, QStringList fields,
                   std::vector<MapFeature> features) {
  auto d = std::make_shared<Data>();
  d->kind = kind;
  d->shape = shape;
  d->fields = std::move(fields);
  d->features = std::move(features);
  std::vector<Extent> boxes;
  boxes.reserve(d->features.size());
  for (MapFeature& f : d->features) {
    if (f.shape == GeometryShape::Polygon) {
      f.labelPoint = polygonLabelPoint(f.paths);
      f.area = polygonArea(f.paths);
    } else if (!f.bounds.isEmpty()) {
      f.labelPoint =
          QPointF((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5);
    }
    d->extent.include(f.bounds);
    boxes.push_back(f.bounds);
  }
  d->index = std::make_shared<SpatialIndex>(boxes);
  d_ = std::move(d);
}

MapLayer::MapLayer(ProjectLayer kind, GeometryShape shape, QStringList fields,
                   std::vector<MapFeature> features, SpatialIndex index) {
  auto d = std::make_shared<Data>();
  d->kind = kind;
  d->shape = shape;
  d->fields = std::move(fields);
  d->features = std::move(features);
  for (const MapFeature& f : d->features) d->extent.include(f.bounds);
  d->index = std::make_shared<const SpatialIndex>(std::move(index));
  d_ = std::move(d);
}

ProjectLayer MapLayer::kind() const { return d_->kind; }
GeometryShape MapLayer::shape() const { return d_->shape; }
const QStringList& MapLayer::fields() const { return d_->fields; }
int MapLayer::fieldIndex(const QString& field) const {
  return static_cast<int>(d_->fields.indexOf(field));
}
const std::vector<MapFeature>& MapLayer::features() const { return d_->features; }
const SpatialIndex& MapLayer::index() const { return *d_->index; }

MapLayer MapLayer::withValues(int index, QVector<QString> values) const {
  if (index < 0 || index >= static_cast<int>(d_->features.size())) return *this;
  auto d = std::make_shared<Data>(*d_);  // the index is shared, the feature list copied
  d->features[static_cast<std::size_t>(index)].values = std::move(values);
  MapLayer layer;
  layer.d_ = std::move(d);
  return layer;
}
const Extent& MapLayer::extent() const { return d_->extent; }

std::vector<int> MapLayer::featuresIn(const Extent& box) const { return d_->index->query(box); }

std::optional<int> MapLayer::featureAt(const QPointF& point, double tolerance) const {
  Extent box;
  box.include(point.x() - tolerance, point.y() - tolerance);
  box.include(point.x() + tolerance, point.y() + tolerance);
  const std::vector<int> candidates = featuresIn(box);
  std::optional<int> nearest;
  double nearestDistance = std::numeric_limits<double>::infinity();
  // Reverse drawing order: what was drawn last is what the user sees on top.
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    const MapFeature& f = d_->features[static_cast<std::size_t>(*it)];
    if (f.shape == GeometryShape::Polygon && polygonContains(f.paths, point)) return *it;
    const double d = distanceToPaths(f.paths, point, f.shape == GeometryShape::Polygon);
    if (d <= tolerance && d < nearestDistance) {
      nearestDistance = d;
      nearest = *it;
    }
  }
  return nearest;
}

}  // namespace fangan
