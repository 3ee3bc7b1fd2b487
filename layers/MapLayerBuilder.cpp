#include "layers/MapLayerBuilder.h"

#include <utility>

#include "layers/WkbGeometry.h"

namespace fangan {

MapLayer buildMapLayer(ProjectLayer kind, const QStringList& fields,
                       const std::vector<WkbFeature>& features, GeometryShape fallback,
                       int* skipped) {
  std::vector<MapFeature> built;
  built.reserve(features.size());
  GeometryShape shape = GeometryShape::Empty;
  int bad = 0;
  for (const WkbFeature& source : features) {
    DrawableGeometry g = decodeWkb(source.wkb);
    if (!g.valid || g.shape == GeometryShape::Empty) {
      ++bad;
      continue;
    }
    if (static_cast<int>(g.shape) > static_cast<int>(shape)) shape = g.shape;
    MapFeature f;
    f.id = source.id;
    f.shape = g.shape;
    f.bounds = g.bounds;
    f.paths = std::move(g.paths);
    f.values = source.values;
    built.push_back(std::move(f));
  }
  if (skipped) *skipped = bad;
  return MapLayer(kind, shape == GeometryShape::Empty ? fallback : shape, fields, std::move(built));
}

}  // namespace fangan
