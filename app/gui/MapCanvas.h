#pragma once
// The map widget. It keeps showing the last rendered image (moved and scaled to the current
// view) while the next one renders on a worker thread; a newer request cancels an older render.
// The wheel zooms at the cursor, arrow keys pan and +/- zoom. What a left-button drag or click
// does depends on the tool: pan (a click identifies), box zoom, box or polygon selection. The
// selection tools only report the area drawn; what gets selected is up to the receiver.

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

  /// What the left mouse button does.
  enum class Tool {
    Pan,           ///< drag pans, a click emits mapClicked; Shift+drag zooms to a box
    ZoomBox,       ///< drag a rectangle to zoom to it; a click acts as in Pan
    SelectBox,     ///< drag a rectangle to emit areaSelected; a click acts as in Pan
    SelectPolygon  ///< click vertices, double-click or Enter emits areaSelected; drag pans
  };
  Q_ENUM(Tool)

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

  Tool tool() const { return tool_; }
  /// Switches the tool (dropping any box or polygon being drawn) and emits toolChanged.
  void setTool(Tool tool);
  /// Vertices (map coordinates) of the selection polygon being drawn; empty when none is.
  const QPolygonF& polygonInProgress() const { return polygon_; }
  /// True while a box or a polygon is being drawn.
  bool isDrawing() const;
  /// Drops the box or polygon being drawn, if any.
  void cancelDrawing();

 public slots:
  /// Schedules a render of the current view (coalescing requests of one event-loop turn).
  void refresh();
  /// Starts the render of the current view now, not at the next turn of the event loop (a
  /// scheduled one is taken by it).
  void renderNow();

 signals:
  /// The user clicked (pressed and released without dragging) at a map coordinate.
  void mapClicked(const QPointF& map);
  /// The cursor moved over the map.
  void cursorMoved(const QPointF& map);
  /// The view changed (pan, zoom, resize).
  void viewportChanged();
  /// A render finished and is shown.
  void renderFinished(double milliseconds);
  /// The user drew a selection area: a box (four corners) or a polygon, as one ring in map
  /// coordinates without a repeated first vertex. `modifiers` are the keys held when it was
  /// closed (Ctrl or Shift usually mean "add to the selection").
  void areaSelected(const QPolygonF& mapArea, Qt::KeyboardModifiers modifiers);
  /// The tool changed (through setTool).
  void toolChanged(fangan::gui::MapCanvas::Tool tool);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;
  bool event(QEvent* event) override;

 private:
  void setViewport(const MapViewport& viewport);
  /// Applies a pending extent, or keeps the view's centre and resolution at the new size.
  void fitToSize();
  void startRender();
  void takeResult();
  void cancelRender();
  void drawOverlay(QPainter& painter) const;
  void drawRubberBand(QPainter& painter) const;
  /// The cursor of the current tool (a hand only while a pan drag is under way).
  void updateCursor();
  /// Whether the canvas acts on this key now (so that a window shortcut must not take it).
  bool handlesKey(const QKeyEvent& event) const;
  /// The box from the press point to `widgetPixel`, as four map corners.
  QPolygonF boxTo(const QPointF& widgetPixel) const;
  void addPolygonVertex(const QPointF& widgetPixel);
  /// Emits the polygon being drawn when it has three vertices or more.
  void finishPolygon(Qt::KeyboardModifiers modifiers);

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

  Tool tool_ = Tool::Pan;
  /// What the current left-button drag does once it moves beyond kClickSlop.
  enum class Gesture { Pan, ZoomBox, SelectBox };
  Gesture gesture_ = Gesture::Pan;
  bool pressed_ = false;
  bool dragging_ = false;
  QPointF pressPosition_;
  QPointF lastPosition_;
  // Where the box started, in map coordinates: a wheel zoom during the drag keeps it on the
  // same ground.
  QPointF boxStart_;
  QPolygonF polygon_;             // selection polygon vertices, map coordinates
  std::optional<QPointF> hover_;  // cursor pixel: the free end of the polygon's rubber band
};

}  // namespace gui
}  // namespace fangan
