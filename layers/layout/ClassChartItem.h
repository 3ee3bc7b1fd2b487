#pragma once
// A bar chart of the building classes on the page (the legend's entries for the buildings
// layer, so the bars use the map's colours and the legend's counts), one horizontal bar per
// class with its count and share.
//
// Template properties (all optional): "title": "房屋分类统计" ("" for none), "font_pt": 7.

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

class ClassChartItem : public LayoutItem {
 public:
  ClassChartItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("chart"); }
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  QString title_;
  double fontPt_ = 7;
};

}  // namespace fangan
