#include "layers/layout/VectorMapOutput.h"

#include <algorithm>

#include "layers/RasterBasemap.h"

namespace fangan {
namespace {

// A translucent layer reaches PDF and SVG as an image (QPainter has no group opacity for them);
// zone fills are soft areas, and beyond this resolution the image only makes the file larger.
constexpr double kTranslucentLayerDpi = 200;

// A raster basemap reaches PDF and SVG as one image of the frame, warped for the page at up to
// this resolution, for the same reason.
constexpr double kRasterBasemapDpi = 200;

// Viewport pixels → device: the viewport centre lands on the frame centre.
void applyMapTransform(QPainter& painter, const MapFrameView& view, const QPointF& frameCentre) {
  const QSizeF size(view.viewport.size());
  painter.translate(frameCentre);
  painter.scale(view.devicePerStylePixel, view.devicePerStylePixel);
  painter.translate(-size.width() * 0.5, -size.height() * 0.5);
}

// Shapes on a page: pen widths scale with the page; vertices closer than half a device pixel
// are dropped (invisible at the output resolution); a dot is a style-pixel square on its centre.
ShapeOutput pageShapes(const MapFrameView& view) {
  ShapeOutput s;
  s.cosmeticPens = false;
  s.simplifyTolerance = 0.5 / view.devicePerStylePixel;
  s.dotsOnPixelGrid = false;
  s.hatchScale = view.devicePerStylePixel;
  s.antialiasing = true;
  return s;
}

class VectorOutput : public MapOutput {
 public:
  VectorOutput(const MapFrameView& view, const QTransform& device) : view_(view), device_(device) {}

  ShapeOutput shapes() const override { return pageShapes(view_); }

  LabelOutput labels() const override {
    LabelOutput l;
    l.halo = LabelOutput::Halo::Box;
    l.hinting = QFont::PreferNoHinting;
    l.strategy = kPrintStyleStrategy;  // keeps the PDF text layer whole (PaperUnits.h)
    const QSizeF size(view_.viewport.size());
    const QSizeF frame(view_.deviceRect.width() / view_.devicePerStylePixel,
                       view_.deviceRect.height() / view_.devicePerStylePixel);
    l.bounds = QRectF(
        QPointF((size.width() - frame.width()) * 0.5, (size.height() - frame.height()) * 0.5),
        frame);
    return l;
  }

  // Over the whole frame, in device coordinates (`device_` is the painter's transform without
  // the map transform).
  bool drawRaster(QPainter& painter, const RasterBasemap& raster, double opacity,
                  const std::atomic<bool>* cancel) override {
    const double shrink = std::min(1.0, kRasterBasemapDpi / 96.0 / view_.devicePerStylePixel);
    const QSize pixels = (view_.deviceRect.size() * shrink).toSize().expandedTo(QSize(1, 1));
    // The frame centre shows the viewport centre (applyMapTransform); one image pixel is
    // 1/shrink device pixels.
    const double resolution =
        view_.viewport.mapUnitsPerPixel() / view_.devicePerStylePixel / shrink;
    QImage image;
    try {
      image = raster.render(MapViewport(view_.viewport.center(), resolution, pixels), cancel);
    } catch (const std::exception& e) {
      qWarning("%s", e.what());
      return true;
    }
    if (image.isNull()) return false;
    const QSizeF target = QSizeF(pixels) / shrink;
    const QPointF centre = view_.deviceRect.center();
    painter.save();
    painter.setWorldTransform(device_);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(centre - QPointF(target.width(), target.height()) * 0.5, target),
                      image);
    painter.restore();
    return true;
  }

  // The layer is drawn on an image of the frame at the output resolution, up to
  // kTranslucentLayerDpi; its labels stay text.
  bool drawTranslucent(QPainter& painter, double opacity, const LayerDraw& draw) override {
    const QRect pixels = view_.deviceRect.toAlignedRect();
    MapFrameView imageView = view_;
    const double shrink = std::min(1.0, kTranslucentLayerDpi / 96.0 / view_.devicePerStylePixel);
    imageView.devicePerStylePixel = view_.devicePerStylePixel * shrink;
    imageView.deviceRect = QRectF(QPointF(0, 0), QSizeF(pixels.size()) * shrink);
    QImage image(imageView.deviceRect.size().toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter layerPainter(&image);
    applyMapTransform(layerPainter, imageView,
                      (view_.deviceRect.center() - QPointF(pixels.topLeft())) * shrink);
    const bool finished = draw(layerPainter, pageShapes(imageView));
    layerPainter.end();
    if (!finished) return false;
    painter.save();
    painter.setWorldTransform(device_);
    painter.setOpacity(opacity);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(pixels), image);
    painter.restore();
    return true;
  }

 private:
  const MapFrameView& view_;
  QTransform device_;
};

}  // namespace

DrawCounts paintVectorMap(QPainter& painter, const MapFrameView& view,
                          const std::vector<RenderLayer>& layers, const std::atomic<bool>* cancel) {
  if (!view.viewport.isValid()) return {};
  painter.save();
  painter.setClipRect(view.deviceRect, Qt::IntersectClip);
  VectorOutput output(view, painter.worldTransform());
  applyMapTransform(painter, view, view.deviceRect.center());
  const DrawCounts counts = drawMapLayers(painter, view.viewport, layers, output, cancel);
  painter.restore();
  return counts;
}

long long featuresInView(const MapFrameView& view, const std::vector<RenderLayer>& layers) {
  const Extent box = view.extent();
  long long n = 0;
  for (const RenderLayer& layer : layers) {
    n += static_cast<long long>(layer.layer.featuresIn(box).size());
  }
  return n;
}

}  // namespace fangan
