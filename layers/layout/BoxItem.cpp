#include "layers/layout/BoxItem.h"

namespace fangan {

BoxItem::BoxItem(ItemPlacement placement, const ItemProperties& p) : LayoutItem(placement) {
  stroke_ = p.color(QStringLiteral("stroke"), stroke_);
  widthPt_ = p.number(QStringLiteral("width_pt"), widthPt_, 0);
  fill_ = p.color(QStringLiteral("fill"), fill_);
}

void BoxItem::paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const {
  painter.save();
  painter.setBrush(fill_.alpha() > 0 ? QBrush(fill_) : QBrush(Qt::NoBrush));
  painter.setPen(widthPt_ > 0 ? QPen(stroke_, context.units.pt(widthPt_), Qt::SolidLine,
                                     Qt::SquareCap, Qt::MiterJoin)
                              : QPen(Qt::NoPen));
  painter.drawRect(rect);
  painter.restore();
}

}  // namespace fangan
