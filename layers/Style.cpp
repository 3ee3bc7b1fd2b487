#include "layers/Style.h"

namespace fangan {
namespace {

bool inScaleRange(double scale, double minScale, double maxScale) {
  if (minScale > 0 && scale < minScale) return false;
  if (maxScale > 0 && scale >= maxScale) return false;
  return true;
}

}  // namespace

QColor Symbolizer::dotColor() const {
  QColor c = fill.alpha() > 0 ? fill : (hatch != Qt::NoBrush ? hatchColor : stroke);
  c.setAlphaF(static_cast<float>(c.alphaF() * opacity));
  return c;
}

bool StyleRule::appliesAtScale(double scale) const {
  return inScaleRange(scale, minScale, maxScale);
}

bool LabelStyle::appliesAtScale(double scale) const {
  return !field.isEmpty() && inScaleRange(scale, minScale, maxScale);
}

}  // namespace fangan
