#pragma once
// The legend: generated from the layer styles of the map frame, listing only the classes
// present in the frame (for the page's area) with their counts, flowing into more columns, and
// at a smaller size, when the box is too small.
//
// Template properties (all optional):
//   "layers": ["buildings", "zones"]   which layers, in this order
//   "title": "图例"                     heading ("" for none)
//   "counts": true                      feature count after each class
//   "headings": true                    layer headings (房屋, 重点区域 ...)
//   "note": "数量为{area}范围内"         small line under the entries (placeholders expanded)
//   "font_pt": 8, "title_pt": 10, "max_columns": 3
//   "border": true                      thin box around the legend, on white

#include <QList>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"
#include "layers/layout/LegendModel.h"

namespace fangan {

class LegendItem : public LayoutItem {
 public:
  LegendItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("legend"); }
  /// The layers listed.
  const QList<ProjectLayer>& kinds() const { return kinds_; }
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  QList<ProjectLayer> kinds_;
  QString title_;
  bool counts_ = true;
  bool headings_ = true;
  QString note_;
  double fontPt_ = 8;
  double titlePt_ = 10;
  int maxColumns_ = 3;
  bool border_ = true;
};

/// Paints the symbol of a legend entry into `box` (device pixels), with stroke widths and hatch
/// spacing scaled by `devicePerStylePixel` as on the map.
void paintLegendSwatch(QPainter& painter, const QRectF& box, const LegendEntry& entry,
                       double devicePerStylePixel);

}  // namespace fangan
