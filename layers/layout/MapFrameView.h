#pragma once
// Where a map frame sits on the device and what it shows. The frame's viewport is measured in
// style pixels (1/96 inch on paper), so its scale denominator is the true paper scale and rule
// scale ranges mean on paper what they mean on screen.

#include <QPointF>
#include <QRectF>

#include "gis/model/Geometry.h"
#include "layers/MapViewport.h"
#include "layers/layout/PaperUnits.h"

namespace fangan {

struct MapFrameView {
  MapViewport viewport;            ///< centre, map units per style pixel, size in style pixels
  QRectF deviceRect;               ///< the frame on the device
  double devicePerStylePixel = 1;  ///< device pixels per style pixel

  /// Paper scale denominator (1:n), for a CRS in metres.
  double scaleDenominator() const { return viewport.scaleDenominator(); }
  /// Device position of a map coordinate.
  QPointF toDevice(const QPointF& map) const;
  /// Map coordinate of a device position.
  QPointF toMap(const QPointF& device) const;
  /// The map area inside the frame.
  Extent extent() const;
  /// Device pixels of `mapUnits` map units.
  double deviceLength(double mapUnits) const;
};

/// The view of `frameDevice` showing all of `extent` plus `margin` (a fraction of the extent)
/// around it, centred; with `roundScale` the scale is rounded up to roundScaleDenominator().
MapFrameView fitMapFrame(const Extent& extent, const QRectF& frameDevice, const PaperUnits& units,
                         double margin, bool roundScale);

}  // namespace fangan
