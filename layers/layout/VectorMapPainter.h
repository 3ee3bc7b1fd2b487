#pragma once
// Draws layer snapshots with their styles onto any QPainter as vector shapes and real text: the
// layout's counterpart of MapRenderer (which paints into an image) for PDF and SVG, where
// polygons must stay sharp at any zoom and labels must stay selectable, searchable text.
//
// It walks the same data the same way (StyleEvaluator for the rules, the same sub-pixel dot and
// outline thresholds, LabelPlacer for collisions), in style pixels (1/96 inch) scaled onto the
// device, so that at one device pixel per style pixel it draws what MapRenderer draws; a test
// holds the two within a tolerance.

#include <QPainter>
#include <atomic>
#include <vector>

#include "layers/MapRenderer.h"
#include "layers/layout/MapFrameView.h"

namespace fangan {

/// What one vector paint drew.
struct VectorPaintResult {
  bool cancelled = false;
  int featuresDrawn = 0;
  int dotsDrawn = 0;
  int labelsPlaced = 0;
};

class VectorMapPainter {
 public:
  /// Paints into `view.deviceRect`, clipped to it.
  explicit VectorMapPainter(const MapFrameView& view);

  /// Paints `layers` (bottom to top) and then their labels. `cancel` (may be null) is polled
  /// between features; when it is raised the paint stops and reports cancelled.
  VectorPaintResult paint(QPainter& painter, const std::vector<RenderLayer>& layers,
                          const std::atomic<bool>* cancel = nullptr) const;

  /// Number of features of `layers` whose bounding box meets the view (decides between vector
  /// and image output for very large maps).
  static long long featuresInView(const MapFrameView& view, const std::vector<RenderLayer>& layers);

 private:
  MapFrameView view_;
};

}  // namespace fangan
