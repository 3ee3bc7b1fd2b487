#include "layers/Clipping.h"

#include <array>

namespace fangan {
namespace {

enum class Edge { Left, Right, Top, Bottom };

bool inside(const QPointF& p, Edge edge, const QRectF& r) {
  switch (edge) {
    case Edge::Left:
      return p.x() >= r.left();
    case Edge::Right:
      return p.x() <= r.right();
    case Edge::Top:
      return p.y() >= r.top();
    case Edge::Bottom:
      return p.y() <= r.bottom();
  }
  return true;
}

// Where segment a-b crosses the line of `edge` (a and b are on different sides).
QPointF crossing(const QPointF& a, const QPointF& b, Edge edge, const QRectF& r) {
  if (edge == Edge::Left || edge == Edge::Right) {
    const double x = edge == Edge::Left ? r.left() : r.right();
    const double t = (x - a.x()) / (b.x() - a.x());
    return QPointF(x, a.y() + t * (b.y() - a.y()));
  }
  const double y = edge == Edge::Top ? r.top() : r.bottom();
  const double t = (y - a.y()) / (b.y() - a.y());
  return QPointF(a.x() + t * (b.x() - a.x()), y);
}

// Liang–Barsky: clips segment a-b to r; false when nothing is inside.
bool clipSegment(QPointF& a, QPointF& b, const QRectF& r) {
  double t0 = 0;
  double t1 = 1;
  const double dx = b.x() - a.x();
  const double dy = b.y() - a.y();
  const std::array<double, 4> p = {-dx, dx, -dy, dy};
  const std::array<double, 4> q = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(),
                                   r.bottom() - a.y()};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;  // parallel to this edge and outside it
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  const QPointF start = a;
  a = start + t0 * QPointF(dx, dy);
  b = start + t1 * QPointF(dx, dy);
  return true;
}

}  // namespace

QPolygonF clipRing(const QPolygonF& ring, const QRectF& rect) {
  QPolygonF current = ring;
  if (current.size() > 1 && current.isClosed()) current.removeLast();
  for (Edge edge : {Edge::Left, Edge::Right, Edge::Top, Edge::Bottom}) {
    if (current.isEmpty()) break;
    QPolygonF next;
    next.reserve(current.size() + 4);
    QPointF previous = current.last();
    bool previousInside = inside(previous, edge, rect);
    for (const QPointF& p : current) {
      const bool pInside = inside(p, edge, rect);
      if (pInside != previousInside) next.append(crossing(previous, p, edge, rect));
      if (pInside) next.append(p);
      previous = p;
      previousInside = pInside;
    }
    current = std::move(next);
  }
  return current;
}

QVector<QPolygonF> clipPolyline(const QPolygonF& line, const QRectF& rect) {
  QVector<QPolygonF> pieces;
  QPolygonF piece;
  for (qsizetype i = 0; i + 1 < line.size(); ++i) {
    QPointF a = line[i];
    QPointF b = line[i + 1];
    if (!clipSegment(a, b, rect)) {
      if (piece.size() > 1) pieces.append(piece);
      piece.clear();
      continue;
    }
    if (piece.isEmpty() || piece.last() != a) {
      if (piece.size() > 1) pieces.append(piece);
      piece = QPolygonF({a});
    }
    piece.append(b);
  }
  if (piece.size() > 1) pieces.append(piece);
  return pieces;
}

}  // namespace fangan
