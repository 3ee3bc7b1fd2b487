#pragma once
// The page output of the one layer walk (layers/LayerWalk.h): a map frame painted onto any
// QPainter as vector shapes and real text, for PDF and SVG, where polygons must stay sharp at any
// zoom and labels must stay selectable, searchable text. The walk draws in style pixels (1/96
// inch) scaled onto the device, so at one device pixel per style pixel it draws what the canvas
// image (MapRenderer) draws; a test holds the two within a tolerance.

#include <QPainter>
#include <atomic>
#include <vector>

#include "layers/LayerWalk.h"
#include "layers/layout/MapFrameView.h"

namespace fangan {

/// Paints `layers` (bottom to top) and then their labels into `view.deviceRect`, clipped to it.
/// `cancel` (may be null) is polled between features; when raised the paint stops and reports
/// cancelled.
DrawCounts paintVectorMap(QPainter& painter, const MapFrameView& view,
                          const std::vector<RenderLayer>& layers,
                          const std::atomic<bool>* cancel = nullptr);

/// Number of features of `layers` whose bounding box meets the view (decides between vector
/// and image output for very large maps).
long long featuresInView(const MapFrameView& view, const std::vector<RenderLayer>& layers);

}  // namespace fangan
