#pragma once
// The map widget. It keeps showing the last rendered image (moved and scaled to the current
// view) while the next one renders on a worker thread; a newer request cancels an older render.
// Drag pans, the wheel zooms at the cursor, a click without a drag emits the map coordinate.

#include <QFutureWatcher>
#include <QImage>
#include <QPolygonF>
#include <QTimer>
#include <QVector>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "layers/MapRenderer.h"
#include "layers/MapViewport.h"

class QPainter;

namespace fangan {
namespace gui {

/// Lines and numbered points (map coordinates) drawn over the map, e.g. a patrol route and its
/// stops; point i is labelled i + 1.
struct MapOverlay {
  QVector<QPolygonF> polylines;
  QVector<QPointF> points;
};

class MapCanvas : public QWidget {
  Q_OBJECT

 public:
  /// A press and release closer than this (pixels) is a click, not a drag.
  static constexpr int kClickSlop = 3;

  explicit MapCanvas(QWidget* parent = nullptr);
  ~MapCanvas() override;

  /// Sets the layers to draw (bottom to top) and schedules a render.
  void setLayers(std::vector<RenderLayer> layers);
  /// The extent "full extent" goes back to.
  void setFullExtent(const Extent& extent);
  /// Shows the whole full extent.
  void zoomToFullExtent();
  /// Shows `extent` (fitted to the widget's aspect); before the widget has a size, once it has.
  void zoomToExtent(const Extent& extent);
  /// Centres the view on a map point, keeping the resolution (nothing before the first view).
  void centerOn(const QPointF& map);

  /// The current view.
  const MapViewport& viewport() const { return viewport_; }
  /// Map coordinate of a widget pixel.
  QPointF toMap(const QPointF& widgetPixel) const { return viewport_.toMap(widgetPixel); }
  /// Widget pixel of a map coordinate.
  QPointF toWidget(const QPointF& map) const { return viewport_.toPixel(map); }

  /// Outlines (map coordinates) drawn over the map, e.g. the selected building.
  void setHighlight(const QVector<QPolygonF>& paths);
  /// Lines and numbered points drawn over everything (an empty overlay removes it).
  void setOverlay(const MapOverlay& overlay);
  const MapOverlay& overlay() const { return overlay_; }

  /// True while a render is scheduled or running.
  bool isRendering() const;
  /// The last finished image and the view it shows.
  const QImage& renderedImage() const { return image_; }
  const MapViewport& renderedViewport() const { return imageViewport_; }
  /// Wall time of the last finished render.
  double lastRenderMilliseconds() const { return lastMilliseconds_; }

  /// Acts as a click at a map coordinate (emits mapClicked); for scripting and tests.
  void clickAt(const QPointF& map);

 public slots:
  /// Schedules a render of the current view (coalescing requests of one event-loop turn).
  void refresh();

 signals:
  /// The user clicked (pressed and released without dragging) at a map coordinate.
  void mapClicked(const QPointF& map);
  /// The cursor moved over the map.
  void cursorMoved(const QPointF& map);
  /// The view changed (pan, zoom, resize).
  void viewportChanged();
  /// A render finished and is shown.
  void renderFinished(double milliseconds);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  void setViewport(const MapViewport& viewport);
  /// Applies a pending extent, or keeps the view's centre and resolution at the new size.
  void fitToSize();
  void startRender();
  void takeResult();
  void cancelRender();
  void drawOverlay(QPainter& painter) const;

  std::vector<RenderLayer> layers_;
  Extent fullExtent_;
  MapViewport viewport_;
  std::optional<Extent> pendingExtent_;  // to show once the widget has its size

  QImage image_;
  MapViewport imageViewport_;
  double lastMilliseconds_ = 0;
  QVector<QPolygonF> highlight_;
  MapOverlay overlay_;

  QTimer renderTimer_;
  QFutureWatcher<RenderResult> watcher_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  bool waitingForResult_ = false;  // the current future's result has not been taken yet

  bool pressed_ = false;
  bool dragging_ = false;
  QPointF pressPosition_;
  QPointF lastPosition_;
};

}  // namespace gui
}  // namespace fangan
