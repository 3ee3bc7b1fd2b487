#include "layers/layout/CoordinateGridItem.h"

#include <QFontMetricsF>
#include <cmath>

#include "layers/layout/RoundNumbers.h"

namespace fangan {

QString coordinateLabel(double metres) {
  const long long value = std::llround(metres);
  QString digits = QString::number(std::llabs(value));
  for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char(' '));
  return value < 0 ? QStringLiteral("-") + digits : digits;
}

CoordinateGridItem::CoordinateGridItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  spacing_ = p.number(QStringLiteral("spacing_m"), spacing_, 0);
  lines_ = static_cast<int>(p.number(QStringLiteral("lines"), lines_, 1));
  gridLines_ = p.flag(QStringLiteral("grid_lines"), gridLines_);
  tickMm_ = p.number(QStringLiteral("tick_mm"), tickMm_, 0);
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, 4);
  color_ = p.color(QStringLiteral("color"), color_);
}

void CoordinateGridItem::paint(QPainter& painter, const QRectF&,
                               const LayoutContext& context) const {
  if (!context.map) return;
  const MapFrameView& view = *context.map;
  const QRectF frame = view.deviceRect;
  const Extent e = view.extent();
  const double spacing =
      spacing_ > 0 ? spacing_ : roundGridSpacing(std::min(e.width(), e.height()), lines_);
  if (spacing <= 0) return;
  const PaperUnits& u = context.units;
  const QFont font = u.font(context.fontFamily, fontPt_);
  const QFontMetricsF m(font);
  const double tick = u.mm(tickMm_);
  const double gap = u.mm(0.4);

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setFont(font);
  const QPen tickPen(color_, u.pt(0.5));
  QColor faint = color_;
  faint.setAlphaF(0.35f);
  const QPen linePen(faint, u.pt(0.35), Qt::DashLine);

  // Eastings: vertical lines, labelled above and below the frame.
  for (double x = std::ceil(e.minX / spacing) * spacing; x <= e.maxX; x += spacing) {
    const double px = view.toDevice(QPointF(x, 0)).x();
    const QString text = coordinateLabel(x);
    const double w = m.horizontalAdvance(text);
    if (px - w / 2 < frame.left() || px + w / 2 > frame.right()) continue;
    if (gridLines_) {
      painter.setPen(linePen);
      painter.drawLine(QPointF(px, frame.top()), QPointF(px, frame.bottom()));
    }
    painter.setPen(tickPen);
    painter.drawLine(QPointF(px, frame.top()), QPointF(px, frame.top() - tick));
    painter.drawLine(QPointF(px, frame.bottom()), QPointF(px, frame.bottom() + tick));
    painter.drawText(QRectF(px - w / 2, frame.top() - tick - gap - m.height(), w, m.height()),
                     Qt::AlignCenter, text);
    painter.drawText(QRectF(px - w / 2, frame.bottom() + tick + gap, w, m.height()),
                     Qt::AlignCenter, text);
  }
  // Northings: horizontal lines, labelled left and right, turned to read along the edge.
  for (double y = std::ceil(e.minY / spacing) * spacing; y <= e.maxY; y += spacing) {
    const double py = view.toDevice(QPointF(0, y)).y();
    const QString text = coordinateLabel(y);
    const double w = m.horizontalAdvance(text);
    if (py - w / 2 < frame.top() || py + w / 2 > frame.bottom()) continue;
    if (gridLines_) {
      painter.setPen(linePen);
      painter.drawLine(QPointF(frame.left(), py), QPointF(frame.right(), py));
    }
    painter.setPen(tickPen);
    painter.drawLine(QPointF(frame.left(), py), QPointF(frame.left() - tick, py));
    painter.drawLine(QPointF(frame.right(), py), QPointF(frame.right() + tick, py));
    painter.save();
    painter.translate(frame.left() - tick - gap, py);
    painter.rotate(-90);
    painter.drawText(QRectF(-w / 2, -m.height(), w, m.height()), Qt::AlignCenter, text);
    painter.restore();
    painter.save();
    painter.translate(frame.right() + tick + gap, py);
    painter.rotate(90);
    painter.drawText(QRectF(-w / 2, -m.height(), w, m.height()), Qt::AlignCenter, text);
    painter.restore();
  }
  painter.restore();
}

}  // namespace fangan
