#pragma once
// Draws layer snapshots with their styles onto an image: the raster output of the one layer walk
// (LayerWalk.h), which the vector page output shares. Everything it reads is a snapshot
// (MapLayer shares immutable data, Style is a value), so a render runs on a worker thread while
// the interface goes on; it stops early when its cancel flag is raised. The canvas, image
// exports and patrol sheets draw through this.

#include <QColor>
#include <QFuture>
#include <QImage>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

#include "layers/LayerWalk.h"
#include "layers/MapViewport.h"

namespace fangan {

/// Everything a render needs: what, where, how.
struct MapSettings {
  MapViewport viewport;
  std::vector<RenderLayer> layers;  ///< bottom to top
  QColor background = QColor(250, 250, 248);
  double devicePixelRatio = 1.0;  ///< image pixels per viewport pixel (HiDPI screens, print)
  bool antialiasing = true;
  /// Off: no small-scale shortcuts (ShapeOutput::levelOfDetail), for like-for-like benchmarks.
  bool levelOfDetail = true;
};

/// The outcome of a render: the image and what it cost.
struct RenderResult {
  QImage image;          ///< empty when cancelled
  MapViewport viewport;  ///< the view the image shows
  bool cancelled = false;
  double milliseconds = 0;
  int featuresDrawn = 0;  ///< drawn as shapes
  int dotsDrawn = 0;      ///< smaller than a pixel: drawn as one dot
  int labelsPlaced = 0;
};

class MapRenderer {
 public:
  /// Vertices closer than this (pixels, Manhattan distance) to the previous kept vertex are
  /// dropped: a pixel is the most the eye cannot see, and it halves the vertices of detailed
  /// boundaries at district scales.
  static constexpr double kSimplifyTolerance = 1.0;

  explicit MapRenderer(MapSettings settings);

  /// Renders now, on the calling thread. `cancel` (may be null) is polled between features.
  RenderResult render(const std::atomic<bool>* cancel = nullptr) const;

  /// Renders on the renderer's own thread pool. Raising `*cancel` makes the result come back
  /// early with `cancelled` set.
  static QFuture<RenderResult> renderInBackground(MapSettings settings,
                                                  std::shared_ptr<std::atomic<bool>> cancel);
  /// Waits until no background render runs, also cancelled ones still winding down: before the
  /// Qt application (fonts, paint engines) goes away at exit. False when `msecs` passed first.
  static bool waitForBackgroundRenders(int msecs = -1);

 private:
  MapSettings settings_;
};

}  // namespace fangan
