#pragma once
// The window onto the map: a centre in project coordinates, a resolution (map units per pixel)
// and an output size. Map y grows north, pixel y grows down; the viewport converts between them.

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include "gis/model/Geometry.h"

namespace fangan {

class MapViewport {
 public:
  /// Metres per pixel at the nominal 96 dpi screen, for scale denominators.
  static constexpr double kMetresPerPixel = 0.0254 / 96.0;

  MapViewport() = default;
  MapViewport(const QPointF& center, double mapUnitsPerPixel, const QSize& size);
  /// The viewport of `size` that shows all of `extent`, with `margin` (a fraction of the
  /// extent) around it.
  static MapViewport fitting(const Extent& extent, const QSize& size, double margin = 0.03);

  const QPointF& center() const { return center_; }
  double mapUnitsPerPixel() const { return resolution_; }
  const QSize& size() const { return size_; }
  bool isValid() const { return resolution_ > 0 && !size_.isEmpty(); }

  /// The map area shown.
  Extent extent() const;
  /// Scale denominator (1:n) for a metric CRS at 96 dpi.
  double scaleDenominator() const { return resolution_ / kMetresPerPixel; }

  /// Pixel position of a map coordinate.
  QPointF toPixel(const QPointF& map) const;
  /// Map coordinate of a pixel position.
  QPointF toMap(const QPointF& pixel) const;
  /// The map → pixel transform (for drawing whole paths).
  QTransform transform() const;

  /// This viewport moved so that the map follows the pointer by `pixelDelta`.
  MapViewport panned(const QPointF& pixelDelta) const;
  /// This viewport zoomed in by `factor` (>1 zooms in) keeping the map point under `pixel` fixed.
  MapViewport zoomed(double factor, const QPointF& pixel) const;
  /// This viewport with another output size, same centre and resolution.
  MapViewport resized(const QSize& size) const;

  friend bool operator==(const MapViewport& a, const MapViewport& b) {
    return a.center_ == b.center_ && a.resolution_ == b.resolution_ && a.size_ == b.size_;
  }
  friend bool operator!=(const MapViewport& a, const MapViewport& b) { return !(a == b); }

 private:
  QPointF center_;
  double resolution_ = 0;
  QSize size_;
};

}  // namespace fangan
