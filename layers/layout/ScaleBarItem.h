#pragma once
// The scale bar: alternating black and white segments of a round total length in 米 or 千米,
// and above it the numeric scale ("比例尺 1:25 000").
//
// Template properties (all optional): "font_pt": 7, "ratio": true (print the numeric scale),
// "bar_height_mm": 1.6.

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

/// A distance in the unit a scale bar prints it in: "500" (m) or "1.5" (km), and that unit.
struct ScaleBarLabel {
  QString number;
  QString unit;
};

/// How a scale bar of `totalMetres` labels `metres`: kilometres from 1 km up, else metres.
ScaleBarLabel scaleBarLabel(double metres, double totalMetres);

/// "1:25 000": the scale with space-separated thousands.
QString scaleRatioText(double denominator);

class ScaleBarItem : public LayoutItem {
 public:
  ScaleBarItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("scale_bar"); }
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  double fontPt_ = 7;
  bool ratio_ = true;
  double barHeightMm_ = 1.6;
};

}  // namespace fangan
