#include "layers/MapRenderer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "layers/RasterBasemap.h"

namespace fangan {
namespace {

// The screen image: device pixels are viewport pixels (times the device pixel ratio, which the
// image's painter applies), so pens are cosmetic, vertices within a pixel are dropped and a dot
// fills the pixel it falls in.
class RasterOutput : public MapOutput {
 public:
  RasterOutput(const MapSettings& settings, const QSize& pixels)
      : settings_(settings), pixels_(pixels) {}

  ShapeOutput shapes() const override {
    ShapeOutput s;
    // Shapes are drawn in pixel coordinates, so cosmetic pens change nothing in size; they do
    // let Qt's raster engine take its fast path (including dashes) for widths up to 1 pixel.
    s.cosmeticPens = true;
    s.simplifyTolerance = settings_.levelOfDetail ? MapRenderer::kSimplifyTolerance : 0.0;
    s.dotsOnPixelGrid = true;
    s.antialiasing = settings_.antialiasing;
    s.levelOfDetail = settings_.levelOfDetail;
    return s;
  }

  LabelOutput labels() const override {
    LabelOutput l;
    l.halo = LabelOutput::Halo::OffsetCopies;
    l.strategy = QFont::PreferAntialias;
    l.bounds = QRectF(QPointF(0, 0), QSizeF(settings_.viewport.size()));
    return l;
  }

  bool drawRaster(QPainter& painter, const RasterBasemap& raster, double opacity,
                  const std::atomic<bool>* cancel) override;

  bool drawTranslucent(QPainter& painter, double opacity, const LayerDraw& draw) override {
    QImage layerImage(pixels_, QImage::Format_ARGB32_Premultiplied);
    layerImage.setDevicePixelRatio(devicePixelRatio());
    layerImage.fill(Qt::transparent);
    QPainter layerPainter(&layerImage);
    const bool finished = draw(layerPainter, shapes());
    layerPainter.end();
    if (!finished) return false;
    painter.setOpacity(opacity);
    painter.drawImage(QPointF(0, 0), layerImage);
    painter.setOpacity(1.0);
    return true;
  }

  double devicePixelRatio() const {
    return settings_.devicePixelRatio > 0 ? settings_.devicePixelRatio : 1.0;
  }

 private:
  const MapSettings& settings_;
  QSize pixels_;
};

// Draws a raster basemap warped to the view// Draws a raster basemap warped to the view; returns
// false when cancelled. A raster that fails to draw (its file gone or damaged since it was opened)
// leaves its layer empty rather than failing the whole map.
bool RasterOutput::drawRaster(QPainter& painter, const RasterBasemap& raster, double opacity,
                              const std::atomic<bool>* cancel) {
  const MapViewport& viewport = settings_.viewport;
  QImage image;
  try {
    image = raster.render(viewport, pixels_, cancel);
  } catch (const std::exception& e) {
    qWarning("%s", e.what());
    return true;
  }
  if (image.isNull()) return false;
  painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
  painter.drawImage(QRectF(QPointF(0, 0), QSizeF(viewport.size())), image);
  painter.setOpacity(1.0);
  return true;
}

}  // namespace

MapRenderer::MapRenderer(MapSettings settings) : settings_(std::move(settings)) {}

RenderResult MapRenderer::render(const std::atomic<bool>* cancel) const {
  QElapsedTimer timer;
  timer.start();
  RenderResult result;
  result.viewport = settings_.viewport;
  if (!settings_.viewport.isValid()) return result;

  const double ratio = settings_.devicePixelRatio > 0 ? settings_.devicePixelRatio : 1.0;
  const QSize pixels(static_cast<int>(std::ceil(settings_.viewport.size().width() * ratio)),
                     static_cast<int>(std::ceil(settings_.viewport.size().height() * ratio)));
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(ratio);
  image.fill(settings_.background);

  QPainter painter(&image);
  RasterOutput output(settings_, pixels);
  const DrawCounts counts =
      drawMapLayers(painter, settings_.viewport, settings_.layers, output, cancel);
  result.featuresDrawn = counts.featuresDrawn;
  result.dotsDrawn = counts.dotsDrawn;
  result.labelsPlaced = counts.labelsPlaced;
  painter.end();

  result.cancelled = cancel && cancel->load(std::memory_order_relaxed);
  if (!result.cancelled) result.image = std::move(image);
  result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  return result;
}

namespace {

// A pool of its own, not Qt's global one: the raster paint engine spreads some of the window's
// painting over the global pool and waits for it, so renders occupying it would stall repaints.
// Two threads: a newer render can start while a cancelled one winds down.
QThreadPool* renderPool() {
  static QThreadPool* pool = []() {
    auto* p = new QThreadPool;  // lives as long as the process
    p->setMaxThreadCount(2);
    return p;
  }();
  return pool;
}

}  // namespace

bool MapRenderer::waitForBackgroundRenders(int msecs) { return renderPool()->waitForDone(msecs); }

QFuture<RenderResult> MapRenderer::renderInBackground(MapSettings settings,
                                                      std::shared_ptr<std::atomic<bool>> cancel) {
  return QtConcurrent::run(renderPool(),
                           [settings = std::move(settings), cancel = std::move(cancel)]() {
                             return MapRenderer(settings).render(cancel.get());
                           });
}

}  // namespace fangan
