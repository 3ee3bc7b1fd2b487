#pragma once
// Decoding the store's WKB into the Qt shapes the renderer draws. Only 2D coordinates are kept;
// Z/M ordinates (ISO or EWKB flags) are skipped rather than rejected, because a map has no use
// for them.

#include <QPolygonF>
#include <QVector>

#include "gis/model/Geometry.h"

namespace fangan {

/// What a decoded geometry draws as.
enum class GeometryShape { Empty, Point, Line, Polygon };

/// A geometry as drawable paths in project coordinates.
struct DrawableGeometry {
  GeometryShape shape = GeometryShape::Empty;
  /// Rings of all polygons (exterior and holes: draw with the odd-even rule), line strings, or
  /// one single-point polygon per point.
  QVector<QPolygonF> paths;
  /// Bounding box of every coordinate.
  Extent bounds;
  /// False when the WKB was malformed or of an unsupported type (paths then hold what was read).
  bool valid = true;
};

/// Decodes OGC WKB (either byte order; Point..GeometryCollection; ISO, EWKB or 2.5D Z/M flags).
DrawableGeometry decodeWkb(const Wkb& wkb);

/// Little-endian WKB of a polygon with the given rings, exterior first (each ring is closed
/// here when it is not). For drawn shapes and test fixtures.
Wkb polygonWkb(const QVector<QPolygonF>& rings);
/// Little-endian WKB of a multipolygon (the store's footprint and area type), one entry of
/// rings per polygon.
Wkb multiPolygonWkb(const QVector<QVector<QPolygonF>>& polygons);

}  // namespace fangan
