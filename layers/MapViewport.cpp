#include "layers/MapViewport.h"

#include <algorithm>

namespace fangan {

MapViewport::MapViewport(const QPointF& center, double mapUnitsPerPixel, const QSize& size)
    : center_(center), resolution_(mapUnitsPerPixel), size_(size) {}

MapViewport MapViewport::fitting(const Extent& extent, const QSize& size, double margin) {
  if (extent.isEmpty() || size.isEmpty()) return MapViewport(QPointF(), 1.0, size);
  const double w = std::max(extent.width(), 1e-9) * (1 + 2 * margin);
  const double h = std::max(extent.height(), 1e-9) * (1 + 2 * margin);
  const double resolution = std::max(w / size.width(), h / size.height());
  const QPointF c((extent.minX + extent.maxX) * 0.5, (extent.minY + extent.maxY) * 0.5);
  return MapViewport(c, resolution, size);
}

Extent MapViewport::extent() const {
  Extent e;
  const double hw = size_.width() * resolution_ * 0.5;
  const double hh = size_.height() * resolution_ * 0.5;
  e.include(center_.x() - hw, center_.y() - hh);
  e.include(center_.x() + hw, center_.y() + hh);
  return e;
}

QPointF MapViewport::toPixel(const QPointF& map) const {
  return QPointF((map.x() - center_.x()) / resolution_ + size_.width() * 0.5,
                 (center_.y() - map.y()) / resolution_ + size_.height() * 0.5);
}

QPointF MapViewport::toMap(const QPointF& pixel) const {
  return QPointF(center_.x() + (pixel.x() - size_.width() * 0.5) * resolution_,
                 center_.y() - (pixel.y() - size_.height() * 0.5) * resolution_);
}

QTransform MapViewport::transform() const {
  // x' = (x - cx)/r + w/2, y' = (cy - y)/r + h/2
  const double s = 1.0 / resolution_;
  return QTransform(s, 0, 0, -s, -center_.x() * s + size_.width() * 0.5,
                    center_.y() * s + size_.height() * 0.5);
}

MapViewport MapViewport::panned(const QPointF& pixelDelta) const {
  MapViewport v = *this;
  v.center_ = QPointF(center_.x() - pixelDelta.x() * resolution_,
                      center_.y() + pixelDelta.y() * resolution_);
  return v;
}

MapViewport MapViewport::zoomed(double factor, const QPointF& pixel) const {
  if (factor <= 0) return *this;
  const QPointF anchor = toMap(pixel);
  MapViewport v = *this;
  v.resolution_ = resolution_ / factor;
  // Keep `anchor` under `pixel`: solve toMap(pixel) == anchor for the new centre.
  v.center_ = QPointF(anchor.x() - (pixel.x() - size_.width() * 0.5) * v.resolution_,
                      anchor.y() + (pixel.y() - size_.height() * 0.5) * v.resolution_);
  return v;
}

MapViewport MapViewport::resized(const QSize& size) const {
  MapViewport v = *this;
  v.size_ = size;
  return v;
}

}  // namespace fangan
