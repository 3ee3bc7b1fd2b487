#pragma once
// The kind of geometry a layer stores.

namespace fangan {

/// The geometry a layer stores; Any for layers that take points and polygons alike.
enum class GeometryKind { Polygonal, Lineal, Point, Any };

}  // namespace fangan
