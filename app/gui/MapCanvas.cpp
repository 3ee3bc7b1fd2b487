#include "app/gui/MapCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace fangan {
namespace gui {
namespace {

// One wheel notch (120 units) zooms by √2: two notches double the scale, as in QGIS.
double wheelZoomFactor(int angleDelta) { return std::pow(2.0, angleDelta / 240.0); }

// Paper white, slightly warm: the hazard colours read better on it than on pure white.
const QColor kBackground(250, 250, 248);

// Rubber band: a blue that none of the hazard or status colours use, and the highlight's cyan is
// lighter, so a selection being drawn over a selected building stays distinguishable.
const QColor kRubberBand(30, 90, 200);

// +/- zoom by the factor of two wheel notches.
constexpr double kKeyZoomFactor = 2.0;

}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(200, 150);
  // A zero-interval single shot runs once the current event batch is handled: a resize, a
  // style change and a layer toggle in one turn make one render, not three.
  renderTimer_.setSingleShot(true);
  renderTimer_.setInterval(0);
  connect(&renderTimer_, &QTimer::timeout, this, &MapCanvas::startRender);
  connect(&watcher_, &QFutureWatcher<RenderResult>::finished, this, &MapCanvas::takeResult);
}

MapCanvas::~MapCanvas() {
  cancelRender();
  watcher_.waitForFinished();
}

void MapCanvas::setLayers(std::vector<RenderLayer> layers) {
  layers_ = std::move(layers);
  refresh();
}

void MapCanvas::setFullExtent(const Extent& extent) {
  fullExtent_ = extent;
  zoomToFullExtent();
}

void MapCanvas::zoomToFullExtent() {
  if (fullExtent_.isEmpty()) {
    // An empty project: a 1 km square around the origin rather than a degenerate view.
    zoomToExtent(Extent{0, 0, 1000, 1000});
    return;
  }
  zoomToExtent(fullExtent_);
}

void MapCanvas::zoomToExtent(const Extent& extent) {
  // Before the widget is shown its size is a placeholder; fitting to it would pick the wrong
  // resolution, so the extent waits for the first real resize.
  if (!isVisible() || size().isEmpty()) {
    pendingExtent_ = extent;
    return;
  }
  pendingExtent_.reset();
  setViewport(MapViewport::fitting(extent, size()));
}

void MapCanvas::centerOn(const QPointF& map) {
  if (!viewport_.isValid()) return;  // no resolution to keep yet
  setViewport(MapViewport(map, viewport_.mapUnitsPerPixel(), size()));
}

void MapCanvas::setHighlight(const QVector<QPolygonF>& paths) {
  highlight_ = paths;
  update();
}

void MapCanvas::setOverlay(const MapOverlay& overlay) {
  overlay_ = overlay;
  update();
}

bool MapCanvas::isRendering() const { return renderTimer_.isActive() || waitingForResult_; }

void MapCanvas::clickAt(const QPointF& map) { emit mapClicked(map); }

void MapCanvas::setTool(Tool tool) {
  if (tool == tool_) return;
  cancelDrawing();
  tool_ = tool;
  updateCursor();
  emit toolChanged(tool);
}

bool MapCanvas::isDrawing() const {
  return !polygon_.isEmpty() || (pressed_ && dragging_ && gesture_ != Gesture::Pan);
}

void MapCanvas::cancelDrawing() {
  if (pressed_ && gesture_ != Gesture::Pan) {
    // The release that follows then does nothing.
    pressed_ = false;
    dragging_ = false;
  }
  polygon_.clear();
  hover_.reset();
  update();
}

void MapCanvas::updateCursor() {
  if (pressed_ && dragging_ && gesture_ == Gesture::Pan) {
    setCursor(Qt::ClosedHandCursor);
  } else if (tool_ == Tool::Pan) {
    unsetCursor();
  } else {
    setCursor(Qt::CrossCursor);
  }
}

void MapCanvas::refresh() {
  if (!renderTimer_.isActive()) renderTimer_.start();
}

void MapCanvas::renderNow() {
  renderTimer_.stop();
  startRender();
}

void MapCanvas::setViewport(const MapViewport& viewport) {
  if (viewport == viewport_) return;
  viewport_ = viewport;
  emit viewportChanged();
  update();
  refresh();
}

void MapCanvas::cancelRender() {
  if (cancel_) cancel_->store(true);
}

void MapCanvas::startRender() {
  if (!viewport_.isValid()) return;
  waitingForResult_ = true;
  // The running render (if any) stops at its next poll; its result is never looked at because
  // the watcher now follows the new future.
  cancelRender();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  MapSettings settings;
  settings.viewport = viewport_;
  settings.layers = layers_;
  settings.devicePixelRatio = devicePixelRatioF();
  settings.background = kBackground;
  watcher_.setFuture(MapRenderer::renderInBackground(std::move(settings), cancel_));
}

void MapCanvas::takeResult() {
  // A finished signal of a replaced future can arrive after setFuture(): only the current
  // future, once finished, counts.
  const QFuture<RenderResult> future = watcher_.future();
  if (!future.isFinished() || future.resultCount() == 0) return;
  waitingForResult_ = false;
  RenderResult result = future.result();
  if (result.cancelled || result.image.isNull()) return;
  image_ = std::move(result.image);
  imageViewport_ = result.viewport;
  lastMilliseconds_ = result.milliseconds;
  update();
  emit renderFinished(result.milliseconds);
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), kBackground);
  if (!viewport_.isValid()) return;
  if (!image_.isNull() && imageViewport_.isValid()) {
    // Where the last image's corners fall in the current view: while panning or zooming the
    // old picture moves with the map until the new one arrives.
    const Extent e = imageViewport_.extent();
    const QPointF topLeft = viewport_.toPixel(QPointF(e.minX, e.maxY));
    const QPointF bottomRight = viewport_.toPixel(QPointF(e.maxX, e.minY));
    painter.drawImage(QRectF(topLeft, bottomRight), image_);
  }
  if (!highlight_.isEmpty()) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF& ring : highlight_) path.addPolygon(viewport_.transform().map(ring));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 200, 255), 3));
    painter.setBrush(QColor(0, 200, 255, 60));
    painter.drawPath(path);
  }
  if (!overlay_.polylines.isEmpty() || !overlay_.points.isEmpty()) drawOverlay(painter);
  if (isDrawing()) drawRubberBand(painter);
}

void MapCanvas::drawRubberBand(QPainter& painter) const {
  QPolygonF pixels;
  if (!polygon_.isEmpty()) {
    pixels = viewport_.transform().map(polygon_);
    if (hover_) pixels << *hover_;
  } else {
    pixels = viewport_.transform().map(boxTo(lastPosition_));
  }
  painter.setRenderHint(QPainter::Antialiasing);
  QColor fill = kRubberBand;
  fill.setAlpha(45);
  painter.setBrush(fill);
  painter.setPen(QPen(kRubberBand, 1.5, Qt::DashLine));
  if (pixels.size() >= 3) {
    painter.drawPolygon(pixels);
  } else {
    painter.drawPolyline(pixels);
  }
  // The placed vertices as small squares, so that Backspace's effect is visible.
  painter.setPen(QPen(kRubberBand, 1));
  painter.setBrush(Qt::white);
  for (const QPointF& p : polygon_) {
    const QPointF c = viewport_.toPixel(p);
    painter.drawRect(QRectF(c.x() - 3, c.y() - 3, 6, 6));
  }
}

void MapCanvas::drawOverlay(QPainter& painter) const {
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(Qt::NoBrush);
  const QColor route(200, 30, 120);
  for (const QPolygonF& line : overlay_.polylines) {
    const QPolygonF pixels = viewport_.transform().map(line);
    painter.setPen(QPen(Qt::white, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(pixels);
    painter.setPen(QPen(route, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(pixels);
  }
  QFont font = painter.font();
  font.setBold(true);
  painter.setFont(font);
  const double radius = std::max(9.0, painter.fontMetrics().height() * 0.6);
  for (int i = 0; i < overlay_.points.size(); ++i) {
    const QPointF centre = viewport_.toPixel(overlay_.points[i]);
    const QRectF disc(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(route);
    painter.drawEllipse(disc);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, QString::number(i + 1));
  }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  // A hidden widget gets its pending resize before it becomes visible; showEvent follows.
  if (isVisible()) fitToSize();
}

void MapCanvas::showEvent(QShowEvent*) { fitToSize(); }

void MapCanvas::fitToSize() {
  if (pendingExtent_) {
    const Extent extent = *pendingExtent_;
    pendingExtent_.reset();
    setViewport(MapViewport::fitting(extent, size()));
  } else if (!viewport_.isValid()) {
    zoomToFullExtent();
  } else {
    setViewport(viewport_.resized(size()));
  }
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  pressed_ = true;
  dragging_ = false;
  pressPosition_ = event->position();
  lastPosition_ = event->position();
  boxStart_ = toMap(event->position());
  switch (tool_) {
    case Tool::Pan:
      // As in QGIS: Shift+drag zooms to a box without leaving the pan tool.
      gesture_ = event->modifiers() & Qt::ShiftModifier ? Gesture::ZoomBox : Gesture::Pan;
      break;
    case Tool::ZoomBox:
      gesture_ = Gesture::ZoomBox;
      break;
    case Tool::SelectBox:
      gesture_ = Gesture::SelectBox;
      break;
    case Tool::SelectPolygon:
      // Dragging pans, so that a polygon larger than the view can be drawn.
      gesture_ = Gesture::Pan;
      break;
  }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  emit cursorMoved(toMap(event->position()));
  if (!polygon_.isEmpty()) {
    hover_ = event->position();
    update();
  }
  if (!pressed_) return;
  if (!dragging_) {
    const QPointF d = event->position() - pressPosition_;
    if (std::abs(d.x()) + std::abs(d.y()) <= kClickSlop) return;
    dragging_ = true;
    updateCursor();
  }
  if (gesture_ != Gesture::Pan) {
    lastPosition_ = event->position();
    update();
    return;
  }
  // While dragging only the old image moves; the render waits for the release so that a drag
  // does not start (and cancel) dozens of renders.
  viewport_ = viewport_.panned(event->position() - lastPosition_);
  lastPosition_ = event->position();
  emit viewportChanged();
  update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !pressed_) return;
  pressed_ = false;
  if (dragging_) {
    dragging_ = false;
    updateCursor();
    if (gesture_ != Gesture::Pan) {
      update();  // the rubber band goes whatever follows
      // A box a few pixels high or wide is a slipped click, not a request to zoom 100 times.
      const QPointF span = event->position() - toWidget(boxStart_);
      if (std::abs(span.x()) <= kClickSlop || std::abs(span.y()) <= kClickSlop) {
        emit mapClicked(toMap(event->position()));
        return;
      }
    }
    switch (gesture_) {
      case Gesture::Pan:
        refresh();
        break;
      case Gesture::ZoomBox: {
        const QRectF box = boxTo(event->position()).boundingRect();
        setViewport(MapViewport::fitting(Extent{box.left(), box.top(), box.right(), box.bottom()},
                                         size(), 0));
        break;
      }
      case Gesture::SelectBox:
        emit areaSelected(boxTo(event->position()), event->modifiers());
        break;
    }
    return;
  }
  if (tool_ == Tool::SelectPolygon) {
    addPolygonVertex(event->position());
    return;
  }
  emit mapClicked(toMap(event->position()));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  // The first click of the double-click has placed the last vertex; the second press arrives
  // here instead of in mousePressEvent, so its release (pressed_ unset) does nothing.
  if (tool_ == Tool::SelectPolygon && event->button() == Qt::LeftButton) {
    finishPolygon(event->modifiers());
    return;
  }
  QWidget::mouseDoubleClickEvent(event);  // a second press, as before the tools existed
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const int delta = event->angleDelta().y();
  if (delta == 0) return;
  setViewport(viewport_.zoomed(wheelZoomFactor(delta), event->position()));
  event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  if (!handlesKey(*event) || !viewport_.isValid()) {
    QWidget::keyPressEvent(event);
    return;
  }
  const QSize s = size();
  const QPointF centre(s.width() * 0.5, s.height() * 0.5);
  switch (event->key()) {
    // An arrow shows more of the map on its side: the map itself moves the other way.
    case Qt::Key_Left:
      setViewport(viewport_.panned(QPointF(s.width() / 4.0, 0)));
      break;
    case Qt::Key_Right:
      setViewport(viewport_.panned(QPointF(-s.width() / 4.0, 0)));
      break;
    case Qt::Key_Up:
      setViewport(viewport_.panned(QPointF(0, s.height() / 4.0)));
      break;
    case Qt::Key_Down:
      setViewport(viewport_.panned(QPointF(0, -s.height() / 4.0)));
      break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:  // + without Shift on most keyboards
      setViewport(viewport_.zoomed(kKeyZoomFactor, centre));
      break;
    case Qt::Key_Minus:
      setViewport(viewport_.zoomed(1 / kKeyZoomFactor, centre));
      break;
    case Qt::Key_Escape:
      cancelDrawing();
      break;
    case Qt::Key_Backspace:
      polygon_.removeLast();
      update();
      break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      finishPolygon(event->modifiers());
      break;
    default:
      break;
  }
  event->accept();
}

bool MapCanvas::handlesKey(const QKeyEvent& event) const {
  // Ctrl+arrow and the like stay free for window shortcuts; the keypad's +/- are fine.
  if (event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) return false;
  switch (event.key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
      return true;
    case Qt::Key_Escape:
      // Only while there is something to cancel; otherwise Esc belongs to the window.
      return isDrawing() || (pressed_ && gesture_ != Gesture::Pan);
    case Qt::Key_Backspace:
      return !polygon_.isEmpty();
    case Qt::Key_Return:
    case Qt::Key_Enter:
      return !polygon_.isEmpty();
    default:
      return false;
  }
}

bool MapCanvas::event(QEvent* event) {
  // Shortcuts are matched before keyPressEvent; accepting the override keeps a window shortcut
  // on, say, Esc from swallowing the key while a polygon is being drawn.
  if (event->type() == QEvent::ShortcutOverride && handlesKey(*static_cast<QKeyEvent*>(event))) {
    event->accept();
    return true;
  }
  return QWidget::event(event);
}

void MapCanvas::leaveEvent(QEvent* event) {
  if (hover_) {
    hover_.reset();
    update();
  }
  QWidget::leaveEvent(event);
}

QPolygonF MapCanvas::boxTo(const QPointF& widgetPixel) const {
  const QPointF a = boxStart_;
  const QPointF b = toMap(widgetPixel);
  const double x0 = std::min(a.x(), b.x());
  const double x1 = std::max(a.x(), b.x());
  const double y0 = std::min(a.y(), b.y());
  const double y1 = std::max(a.y(), b.y());
  return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

void MapCanvas::addPolygonVertex(const QPointF& widgetPixel) {
  // The first click of a double-click on the last vertex would repeat it.
  if (!polygon_.isEmpty()) {
    const QPointF d = viewport_.toPixel(polygon_.last()) - widgetPixel;
    if (std::abs(d.x()) + std::abs(d.y()) <= kClickSlop) return;
  }
  polygon_ << toMap(widgetPixel);
  hover_ = widgetPixel;
  update();
}

void MapCanvas::finishPolygon(Qt::KeyboardModifiers modifiers) {
  if (polygon_.size() < 3) return;  // keep drawing: a line or a point selects no area
  const QPolygonF area = polygon_;
  polygon_.clear();
  hover_.reset();
  update();
  emit areaSelected(area, modifiers);
}

}  // namespace gui
}  // namespace fangan
