#include "layers/layout/MapFrameView.h"

#include <algorithm>
#include <cmath>

#include "layers/layout/RoundNumbers.h"

namespace fangan {
namespace {

// A frame around a single point or a single building still needs a scale: 1:1 000 shows a
// building with its neighbours.
constexpr double kSmallestScale = 1000;

}  // namespace

QPointF MapFrameView::toDevice(const QPointF& map) const {
  const double k = devicePerStylePixel / viewport.mapUnitsPerPixel();
  const QPointF c = deviceRect.center();
  return QPointF(c.x() + (map.x() - viewport.center().x()) * k,
                 c.y() - (map.y() - viewport.center().y()) * k);
}

QPointF MapFrameView::toMap(const QPointF& device) const {
  const double k = viewport.mapUnitsPerPixel() / devicePerStylePixel;
  const QPointF c = deviceRect.center();
  return QPointF(viewport.center().x() + (device.x() - c.x()) * k,
                 viewport.center().y() - (device.y() - c.y()) * k);
}

Extent MapFrameView::extent() const {
  Extent e;
  const QPointF a = toMap(deviceRect.topLeft());
  const QPointF b = toMap(deviceRect.bottomRight());
  e.include(a.x(), a.y());
  e.include(b.x(), b.y());
  return e;
}

double MapFrameView::deviceLength(double mapUnits) const {
  return mapUnits / viewport.mapUnitsPerPixel() * devicePerStylePixel;
}

MapFrameView fitMapFrame(const Extent& extent, const QRectF& frameDevice, const PaperUnits& units,
                         double margin, bool roundScale) {
  MapFrameView view;
  view.deviceRect = frameDevice;
  view.devicePerStylePixel = units.perStylePixel();
  const double styleWidth = frameDevice.width() / view.devicePerStylePixel;
  const double styleHeight = frameDevice.height() / view.devicePerStylePixel;
  const QSize size(std::max(1, static_cast<int>(std::ceil(styleWidth))),
                   std::max(1, static_cast<int>(std::ceil(styleHeight))));
  QPointF centre(0, 0);
  double resolution = kSmallestScale * MapViewport::kMetresPerPixel;
  if (!extent.isEmpty()) {
    centre = QPointF((extent.minX + extent.maxX) * 0.5, (extent.minY + extent.maxY) * 0.5);
    const double grow = 1 + 2 * std::max(0.0, margin);
    resolution = std::max({extent.width() * grow / std::max(1.0, styleWidth),
                           extent.height() * grow / std::max(1.0, styleHeight), resolution});
  }
  if (roundScale) {
    resolution = roundScaleDenominator(resolution / MapViewport::kMetresPerPixel) *
                 MapViewport::kMetresPerPixel;
  }
  view.viewport = MapViewport(centre, resolution, size);
  return view;
}

}  // namespace fangan
