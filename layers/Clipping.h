#pragma once
// Clipping shapes to a rectangle before drawing. When the map is zoomed far in, a town or zone
// boundary reaches millions of pixels beyond the image; Qt's rasterizer works in fixed point and
// misdraws such coordinates (and strokes every off-screen dash), so the renderer clips to the
// image plus a margin first, as QGIS does.

#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace fangan {

/// The part of a polygon ring inside `rect` (Sutherland–Hodgman). Parts of the result may run
/// along the rectangle's edges; keep the rectangle larger than the image so they stay unseen.
/// Filling the clipped rings of a polygon with the odd-even rule gives the clipped polygon.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& rect);

/// The pieces of a polyline inside `rect` (each segment clipped, consecutive pieces joined).
QVector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& rect);

}  // namespace fangan
