#pragma once
// A plain rectangle: the sheet's border (图廓), a panel behind a legend, a rule under a title.
//
// Template properties (all optional): "stroke": "#000000", "width_pt": 1.0, "fill": "" (none).

#include <QColor>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

class BoxItem : public LayoutItem {
 public:
  BoxItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("box"); }
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  QColor stroke_ = Qt::black;
  double widthPt_ = 1.0;
  QColor fill_ = Qt::transparent;
};

}  // namespace fangan
