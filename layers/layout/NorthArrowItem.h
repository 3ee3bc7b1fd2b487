#pragma once
// The north arrow: a split arrowhead pointing up with "北" above it. Maps are drawn in a
// projected CRS with grid north up; in a Gauss-Krüger zone grid north is within a degree or two
// of true north, well below what an arrow on a meeting map shows.
//
// Template properties (all optional): "label": "北", "font_pt": 9, "background": true (a white
// panel behind the arrow, which usually stands on the map).

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

class NorthArrowItem : public LayoutItem {
 public:
  NorthArrowItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("north_arrow"); }
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  QString label_;
  double fontPt_ = 9;
  bool background_ = true;
};

}  // namespace fangan
