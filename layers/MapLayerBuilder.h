#pragma once
// Building a layer snapshot from geometries computed in memory (analysis results such as
// coverage per grid or hexagon densities) rather than read from a store layer.

#include <QStringList>
#include <QVector>
#include <cstdint>
#include <vector>

#include "gis/model/Geometry.h"
#include "layers/MapLayer.h"

namespace fangan {

/// One feature to build: an id, a WKB geometry and attribute values parallel to the fields.
struct WkbFeature {
  std::int64_t id = 0;
  Wkb wkb;
  QVector<QString> values;
};

/// Builds a snapshot of `kind` with `fields` from WKB features. Features whose geometry cannot
/// be decoded (or is empty) are left out and counted in `skipped` (when given). The layer's
/// shape is the largest shape among the features, `fallback` when there are none.
MapLayer buildMapLayer(ProjectLayer kind, const QStringList& fields,
                       const std::vector<WkbFeature>& features,
                       GeometryShape fallback = GeometryShape::Polygon, int* skipped = nullptr);

}  // namespace fangan
