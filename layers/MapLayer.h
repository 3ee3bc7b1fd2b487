#pragma once
// A layer snapshot: the features of one project layer, read once from the store into memory with
// only what styles and labels need, plus a packed spatial index. Copies share the data (it is
// immutable once built), so handing a snapshot to a render thread costs a reference count.

#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "gis/model/Geometry.h"
#include "gis/model/ProjectLayer.h"
#include "layers/FeaturePaths.h"
#include "layers/FeatureValues.h"
#include "layers/SpatialIndex.h"
#include "layers/WkbGeometry.h"

namespace fangan {

/// One feature of a snapshot, in project coordinates.
struct MapFeature {
  std::int64_t id = 0;  ///< the store's row id
  GeometryShape shape = GeometryShape::Empty;
  Extent bounds;         ///< bounding box
  FeaturePaths paths;    ///< polygon rings (odd-even), line strings or single points
  QPointF labelPoint;    ///< where a label goes: inside the polygon when possible
  double area = 0;       ///< polygon area (map units²), used to rank labels
  FeatureValues values;  ///< attribute values, parallel to MapLayer::fields()
};

class MapLayer {
 public:
  /// An empty layer.
  MapLayer();
  /// Builds a snapshot from loaded features (computes label points, extent and index).
  MapLayer(ProjectLayer kind, GeometryShape shape, QStringList fields,
           std::vector<MapFeature> features);

  /// Builds a snapshot from features whose label points and areas are already set and their
  /// packed index (a layer read from the map cache): nothing is computed again.
  MapLayer(ProjectLayer kind, GeometryShape shape, QStringList fields,
           std::vector<MapFeature> features, SpatialIndex index);

  ProjectLayer kind() const;
  /// Point, line or polygon: the largest shape among the features (each draws as its own).
  GeometryShape shape() const;
  /// Attribute names, in the order of MapFeature::values.
  const QStringList& fields() const;
  /// Position of a field in MapFeature::values, or -1.
  int fieldIndex(const QString& field) const;
  const std::vector<MapFeature>& features() const;
  const SpatialIndex& index() const;
  /// Extent of all features (empty when there are none).
  const Extent& extent() const;
  bool isEmpty() const { return features().empty(); }

  /// A snapshot equal to this one except for the attribute values of feature `index` (an edited
  /// record). Geometries, label points and the spatial index are shared, not rebuilt; the
  /// feature list is copied (attribute strings are shared), which at 10^6 features costs tens of
  /// milliseconds instead of the seconds a reload from the store takes.
  MapLayer withValues(int index, QVector<QString> values) const;

  /// Features whose bounding box meets `box`, in feature (drawing) order.
  std::vector<int> featuresIn(const Extent& box) const;
  /// The feature under `point`: a polygon containing it, or else the nearest feature within
  /// `tolerance` map units (points, lines, slivers). The topmost (last drawn) wins.
  std::optional<int> featureAt(const QPointF& point, double tolerance) const;

 private:
  struct Data;
  std::shared_ptr<const Data> d_;
};

/// Where to put a label inside a polygon given as odd-even rings: the centroid of the largest
/// ring when it lies inside, otherwise the middle of the widest inside span on a horizontal line
/// through it (concave shapes such as "C" towns).
QPointF polygonLabelPoint(const FeaturePaths& rings);

/// Sum of the ring areas of a polygon (holes count positive: good enough to rank labels).
double polygonArea(const FeaturePaths& rings);

/// True when `point` is inside the odd-even rings.
bool polygonContains(const FeaturePaths& rings, const QPointF& point);

}  // namespace fangan
