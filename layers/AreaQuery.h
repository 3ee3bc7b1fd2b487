#pragma once
// Which features of a layer meet an area drawn on the map: the box and polygon selection of the
// canvas. Candidates come from the layer's spatial index; each is then tested exactly, so a
// feature whose bounding box merely overlaps an L-shaped area is not taken.

#include <QPolygonF>
#include <vector>

#include "layers/MapLayer.h"

namespace fangan {

/// True when `feature` (polygon rings taken odd-even, line strings, or points) and the area meet;
/// touching boundaries count. `area` is one ring in map coordinates, closed or not (a repeated
/// first vertex is harmless); fewer than three vertices meet nothing.
bool featureIntersects(const MapFeature& feature, const QPolygonF& area);

/// Indices of the features of `layer` that meet `area` (see featureIntersects), ascending, i.e.
/// in drawing order. Only the features whose boxes meet the area's box are tested.
std::vector<int> featuresIntersecting(const MapLayer& layer, const QPolygonF& area);

}  // namespace fangan
