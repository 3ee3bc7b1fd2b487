#include "app/gui/MapCanvas.h"

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

void MapCanvas::refresh() {
  if (!renderTimer_.isActive()) renderTimer_.start();
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
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  emit cursorMoved(toMap(event->position()));
  if (!pressed_) return;
  if (!dragging_) {
    const QPointF d = event->position() - pressPosition_;
    if (std::abs(d.x()) + std::abs(d.y()) <= kClickSlop) return;
    dragging_ = true;
    setCursor(Qt::ClosedHandCursor);
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
    unsetCursor();
    refresh();
    return;
  }
  emit mapClicked(toMap(event->position()));
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const int delta = event->angleDelta().y();
  if (delta == 0) return;
  setViewport(viewport_.zoomed(wheelZoomFactor(delta), event->position()));
  event->accept();
}

}  // namespace gui
}  // namespace fangan
