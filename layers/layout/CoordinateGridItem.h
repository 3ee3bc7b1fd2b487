#pragma once
// The coordinate grid of the map frame: ticks on the four edges at a round spacing of project
// coordinates (metres), labelled outside the frame, and optionally faint grid lines across the
// map. It draws around the layout's map frame, so it needs no position of its own.
//
// Template properties (all optional): "spacing_m": 0 (0 = about `lines` lines across the
// shorter side), "lines": 4, "grid_lines": false, "tick_mm": 1.5, "font_pt": 6,
// "color": "#404040".

#include <QColor>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

/// A coordinate as a grid label: metres with space-separated thousands ("4 710 500").
QString coordinateLabel(double metres);

class CoordinateGridItem : public LayoutItem {
 public:
  CoordinateGridItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("coordinate_grid"); }
  /// Paints around the map frame of `context`; `rect` is not used.
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  double spacing_ = 0;
  int lines_ = 4;
  bool gridLines_ = false;
  double tickMm_ = 1.5;
  double fontPt_ = 6;
  QColor color_ = QColor(64, 64, 64);
};

}  // namespace fangan
