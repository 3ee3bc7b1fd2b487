#include "layers/layout/NorthArrowItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

namespace fangan {

NorthArrowItem::NorthArrowItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  label_ = p.text(QStringLiteral("label"), QCoreApplication::translate("Layout", "北"));
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, 4);
  background_ = p.flag(QStringLiteral("background"), background_);
}

void NorthArrowItem::paint(QPainter& painter, const QRectF& rect,
                           const LayoutContext& context) const {
  const PaperUnits& u = context.units;
  const QFont font = u.font(context.fontFamily, fontPt_, true);
  const double textHeight = label_.isEmpty() ? 0 : QFontMetricsF(font).height();
  const double height = rect.height() - textHeight;
  if (height <= 0) return;
  const double width = std::min(rect.width(), height * 0.5);
  const double cx = rect.center().x();
  const double top = rect.top() + textHeight;
  const QPointF tip(cx, top);
  const QPointF notch(cx, top + height * 0.72);
  const QPointF leftFoot(cx - width / 2, top + height);
  const QPointF rightFoot(cx + width / 2, top + height);

  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (background_) {
    const double pad = u.mm(1);
    const double w = std::max(width, QFontMetricsF(font).horizontalAdvance(label_)) + 2 * pad;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(QRectF(cx - w / 2, rect.top() - pad, w, rect.height() + 2 * pad), pad,
                            pad);
  }
  const QPen pen(Qt::black, u.pt(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  painter.setPen(pen);
  painter.setBrush(Qt::black);
  painter.drawPolygon(QPolygonF({tip, leftFoot, notch}));
  painter.setBrush(Qt::white);
  painter.drawPolygon(QPolygonF({tip, notch, rightFoot}));
  if (!label_.isEmpty()) {
    painter.setFont(font);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), textHeight), Qt::AlignCenter,
                     label_);
  }
  painter.restore();
}

}  // namespace fangan
