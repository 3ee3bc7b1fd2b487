#include "layers/layout/VectorMapPainter.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "layers/Clipping.h"
#include "layers/LabelPlacer.h"
#include "layers/RasterBasemap.h"
#include "layers/StyleEvaluator.h"

namespace fangan {
namespace {

constexpr int kCancelPollInterval = 256;

// As MapRenderer: shapes reaching further than this (style pixels) beyond the frame are clipped
// first, so that a town boundary seen from a grid page never reaches coordinates Qt's fixed-point
// rasterizer misdraws; the margin keeps the cut edges out of sight.
constexpr double kClipMargin = 64;

// A translucent layer reaches PDF and SVG as an image (see paint()); zone fills are soft areas,
// and beyond this resolution the image only makes the file larger.
constexpr double kTranslucentLayerDpi = 200;

// Pens and brushes of one rule, built once per layer. Widths are in style pixels and scale with
// the painter (not cosmetic): on paper a 0.8 px outline is 0.2 mm at any resolution.
struct RulePaint {
  QPen outline;
  QPen line;
  QBrush fill;
  QBrush hatch;
  QColor dot;
  double opacity = 1;
  double pointRadius = 3;
  bool paintsArea = false;
  bool strokes = false;
};

RulePaint paintOf(const Symbolizer& s, double devicePerStylePixel) {
  RulePaint p;
  p.strokes = s.stroke.alpha() > 0;
  p.outline = p.strokes ? QPen(s.stroke, s.strokeWidth, s.strokeStyle, Qt::FlatCap, Qt::MiterJoin)
                        : QPen(Qt::NoPen);
  p.line = p.strokes ? QPen(s.stroke, s.strokeWidth, s.strokeStyle, Qt::RoundCap, Qt::RoundJoin)
                     : QPen(Qt::NoPen);
  p.fill = s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush);
  p.hatch = s.hatch != Qt::NoBrush ? QBrush(s.hatchColor, s.hatch) : QBrush(Qt::NoBrush);
  // Hatch patterns are defined in device pixels (8 × 8); scale them so that the spacing on
  // paper is the spacing on screen.
  if (p.hatch.style() != Qt::NoBrush) {
    p.hatch.setTransform(QTransform::fromScale(devicePerStylePixel, devicePerStylePixel));
  }
  p.dot = s.dotColor();
  p.opacity = s.opacity;
  p.pointRadius = s.pointSize * 0.5;
  p.paintsArea = s.paintsArea();
  return p;
}

struct LabelCandidate {
  QString text;
  QPointF pixel;
  double area = 0;
};

struct LayerLabels {
  const LabelStyle* style = nullptr;
  std::vector<LabelCandidate> candidates;
};

// Paints one layer in viewport pixel coordinates (the painter maps them onto the device).
class LayerWalker {
 public:
  LayerWalker(QPainter& painter, const MapFrameView& view, const RenderLayer& layer)
      : painter_(painter), view_(view), layer_(layer.layer), evaluator_(layer.style, layer.layer) {
    for (const StyleRule& rule : evaluator_.style().rules)
      paints_.push_back(paintOf(rule.symbolizer, view.devicePerStylePixel));
    inverse_ = 1.0 / view_.viewport.mapUnitsPerPixel();
    scale_ = view_.viewport.scaleDenominator();
    // Drop vertices closer than half a device pixel: invisible at the output resolution.
    tolerance_ = 0.5 / view_.devicePerStylePixel;
    const QSizeF size(view_.viewport.size());
    clip_ = QRectF(-kClipMargin, -kClipMargin, size.width() + 2 * kClipMargin,
                   size.height() + 2 * kClipMargin);
  }

  bool draw(const std::atomic<bool>* cancel, VectorPaintResult& result, LayerLabels& labels) {
    const LabelStyle& labelStyle = evaluator_.style().labels;
    const bool labelling = labelStyle.appliesAtScale(scale_);
    Extent box = view_.viewport.extent();
    const double pad = 8 * view_.viewport.mapUnitsPerPixel();
    box.include(box.minX - pad, box.minY - pad);
    box.include(box.maxX + pad, box.maxY + pad);
    const auto& features = layer_.features();
    std::vector<int> rules;
    int sinceCheck = 0;
    for (int index : layer_.featuresIn(box)) {
      if (cancel && ++sinceCheck >= kCancelPollInterval) {
        sinceCheck = 0;
        if (cancel->load(std::memory_order_relaxed)) return false;
      }
      const MapFeature& f = features[static_cast<std::size_t>(index)];
      rules.clear();
      evaluator_.forEachRule(f, scale_, [&rules](const StyleRule&, int i) { rules.push_back(i); });
      if (rules.empty()) continue;
      const double pw = f.bounds.width() * inverse_;
      const double ph = f.bounds.height() * inverse_;
      if (f.shape != GeometryShape::Point && pw < MapRenderer::kDotSize &&
          ph < MapRenderer::kDotSize) {
        drawDot(f, rules);
        ++result.dotsDrawn;
        continue;
      }
      switch (f.shape) {
        case GeometryShape::Polygon:
          drawPolygon(f, rules, std::max(pw, ph));
          break;
        case GeometryShape::Line:
          drawLine(f, rules);
          break;
        case GeometryShape::Point:
          drawPoints(f, rules);
          break;
        case GeometryShape::Empty:
          continue;
      }
      ++result.featuresDrawn;
      if (labelling && std::max(pw, ph) >= labelStyle.minFeaturePixels) {
        QString text = evaluator_.labelText(f);
        if (!text.isEmpty())
          labels.candidates.push_back(
              {std::move(text), view_.viewport.toPixel(f.labelPoint), f.area});
      }
    }
    painter_.setOpacity(1.0);
    return true;
  }

 private:
  bool needsClip(const MapFeature& f) const {
    const QPointF topLeft = view_.viewport.toPixel(QPointF(f.bounds.minX, f.bounds.maxY));
    const QPointF bottomRight = view_.viewport.toPixel(QPointF(f.bounds.maxX, f.bounds.minY));
    return !clip_.contains(QRectF(topLeft, bottomRight));
  }

  QPolygonF toPixelSimplified(const QPolygonF& ring) const {
    QPolygonF out;
    out.reserve(ring.size());
    const qsizetype last = ring.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
      const QPointF q = view_.viewport.toPixel(ring[i]);
      if (!out.isEmpty() && i != last) {
        const QPointF d = q - out.back();
        if (std::abs(d.x()) + std::abs(d.y()) < tolerance_) continue;
      }
      out.append(q);
    }
    return out;
  }

  // A feature smaller than a style pixel: one style-pixel square of its colour, as MapRenderer
  // draws one pixel at screen resolution.
  void drawDot(const MapFeature& f, const std::vector<int>& rules) {
    const RulePaint* chosen = &paints_[static_cast<std::size_t>(rules.front())];
    for (int r : rules) {
      if (paints_[static_cast<std::size_t>(r)].paintsArea) {
        chosen = &paints_[static_cast<std::size_t>(r)];
        break;
      }
    }
    if (chosen->dot.alpha() == 0) return;
    const QPointF c = view_.viewport.toPixel(
        QPointF((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5));
    painter_.setOpacity(1.0);
    painter_.fillRect(QRectF(c.x() - 0.5, c.y() - 0.5, 1, 1), chosen->dot);
  }

  void drawPolygon(const MapFeature& f, const std::vector<int>& rules, double pixelSize) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    int rings = 0;
    const bool clip = needsClip(f);
    for (const QPolygonF& ring : f.paths) {
      QPolygonF px = toPixelSimplified(ring);
      if (clip) px = clipRing(px, clip_);
      if (px.size() < 3) continue;
      path.addPolygon(px);
      path.closeSubpath();
      ++rings;
    }
    if (rings == 0) {
      drawDot(f, rules);
      return;
    }
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      painter_.setOpacity(p.opacity);
      const bool outline =
          p.strokes && (pixelSize >= MapRenderer::kOutlineMinSize || !p.paintsArea);
      painter_.setPen(outline ? p.outline : QPen(Qt::NoPen));
      painter_.setBrush(p.fill);
      if (p.fill.style() != Qt::NoBrush || outline) painter_.drawPath(path);
      if (p.hatch.style() != Qt::NoBrush) {
        painter_.setPen(Qt::NoPen);
        painter_.setBrush(p.hatch);
        painter_.drawPath(path);
      }
    }
  }

  void drawLine(const MapFeature& f, const std::vector<int>& rules) {
    painter_.setBrush(Qt::NoBrush);
    const bool clip = needsClip(f);
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      if (!p.strokes) continue;
      painter_.setOpacity(p.opacity);
      painter_.setPen(p.line);
      for (const QPolygonF& part : f.paths) {
        const QPolygonF px = toPixelSimplified(part);
        if (!clip) {
          painter_.drawPolyline(px);
          continue;
        }
        for (const QPolygonF& piece : clipPolyline(px, clip_)) painter_.drawPolyline(piece);
      }
    }
  }

  void drawPoints(const MapFeature& f, const std::vector<int>& rules) {
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      painter_.setOpacity(p.opacity);
      painter_.setPen(p.strokes ? p.line : QPen(Qt::NoPen));
      painter_.setBrush(p.fill);
      for (const QPolygonF& part : f.paths) {
        if (part.isEmpty()) continue;
        painter_.drawEllipse(view_.viewport.toPixel(part.first()), p.pointRadius, p.pointRadius);
      }
    }
  }

  QPainter& painter_;
  const MapFrameView& view_;
  const MapLayer& layer_;
  StyleEvaluator evaluator_;
  std::vector<RulePaint> paints_;
  double inverse_ = 1;
  double scale_ = 0;
  double tolerance_ = 0.5;
  QRectF clip_;
};

// Viewport pixels → device: the viewport centre lands on the frame centre.
void applyMapTransform(QPainter& painter, const MapFrameView& view, const QPointF& frameCentre) {
  const QSizeF size(view.viewport.size());
  painter.translate(frameCentre);
  painter.scale(view.devicePerStylePixel, view.devicePerStylePixel);
  painter.translate(-size.width() * 0.5, -size.height() * 0.5);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
}

QFont labelFont(const LabelStyle& style) {
  QFont font(style.fontFamily);
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(style.pixelSize))));
  font.setBold(style.bold);
  font.setHintingPreference(QFont::PreferNoHinting);
  font.setStyleStrategy(kPrintStyleStrategy);  // keeps the PDF text layer whole (PaperUnits.h)
  return font;
}

// Labels after all layers, top layer first, larger features first within a layer. The text is
// drawn as text so that a PDF keeps it searchable. The halo is a rounded box of the halo colour
// behind it rather than the stroked glyph outlines MapRenderer's offset copies imitate: outlines
// of CJK glyphs are dozens of curves each and made a grid page's PDF ten times larger, and
// copies of the text would be found and copied nine times over.
int drawLabels(QPainter& painter, const QRectF& bounds, std::vector<LayerLabels>& layers) {
  LabelPlacer placer(bounds);
  int placed = 0;
  painter.setOpacity(1.0);
  for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
    if (layer->candidates.empty()) continue;
    const LabelStyle& style = *layer->style;
    const QFont font = labelFont(style);
    const QFontMetricsF metrics(font);
    std::stable_sort(
        layer->candidates.begin(), layer->candidates.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.area > b.area; });
    painter.setFont(font);
    for (const LabelCandidate& c : layer->candidates) {
      const double width = metrics.horizontalAdvance(c.text);
      const double height = metrics.ascent() + metrics.descent();
      const QRectF box(c.pixel.x() - width * 0.5 - style.haloWidth,
                       c.pixel.y() - height * 0.5 - style.haloWidth, width + 2 * style.haloWidth,
                       height + 2 * style.haloWidth);
      if (!placer.place(box)) continue;
      const QPointF baseline(c.pixel.x() - width * 0.5,
                             c.pixel.y() - height * 0.5 + metrics.ascent());
      if (style.halo.alpha() > 0 && style.haloWidth > 0) {
        // A box hides more of the map than a glyph halo: lighter, so the shapes show through.
        QColor halo = style.halo;
        halo.setAlphaF(halo.alphaF() * 0.6f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(box, style.haloWidth * 1.5, style.haloWidth * 1.5);
      }
      painter.setPen(style.color);
      painter.drawText(baseline, c.text);
      ++placed;
    }
  }
  return placed;
}

// A raster basemap reaches PDF and SVG as one image of the frame, warped for the page at up to
// this resolution: as for translucent layers, a finer image only makes the file larger.
constexpr double kRasterBasemapDpi = 200;

// Draws a raster basemap over the whole frame (in device coordinates, `device` being the
// painter's transform without the map transform); returns false when cancelled. A raster that
// fails to draw leaves the frame empty where it would be rather than failing the export.
bool drawRaster(QPainter& painter, const QTransform& device, const MapFrameView& view,
                const RasterBasemap& raster, double opacity, const std::atomic<bool>* cancel) {
  const double shrink = std::min(1.0, kRasterBasemapDpi / 96.0 / view.devicePerStylePixel);
  const QSize pixels = (view.deviceRect.size() * shrink).toSize().expandedTo(QSize(1, 1));
  // The frame centre shows the viewport centre (applyMapTransform); one image pixel is
  // 1/shrink device pixels.
  const double resolution = view.viewport.mapUnitsPerPixel() / view.devicePerStylePixel / shrink;
  QImage image;
  try {
    image = raster.render(MapViewport(view.viewport.center(), resolution, pixels), cancel);
  } catch (const std::exception& e) {
    qWarning("%s", e.what());
    return true;
  }
  if (image.isNull()) return false;
  const QSizeF target = QSizeF(pixels) / shrink;
  const QPointF centre = view.deviceRect.center();
  painter.save();
  painter.setWorldTransform(device);
  painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
  painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
  painter.drawImage(QRectF(centre - QPointF(target.width(), target.height()) * 0.5, target), image);
  painter.restore();
  return true;
}

}  // namespace

VectorMapPainter::VectorMapPainter(const MapFrameView& view) : view_(view) {}

VectorPaintResult VectorMapPainter::paint(QPainter& painter, const std::vector<RenderLayer>& layers,
                                          const std::atomic<bool>* cancel) const {
  VectorPaintResult result;
  if (!view_.viewport.isValid()) return result;
  painter.save();
  painter.setClipRect(view_.deviceRect, Qt::IntersectClip);
  const QTransform device = painter.worldTransform();
  applyMapTransform(painter, view_, view_.deviceRect.center());
  const QSizeF size(view_.viewport.size());

  std::vector<LayerLabels> labels(layers.size());
  for (std::size_t i = 0; i < layers.size(); ++i) {
    if (cancel && cancel->load(std::memory_order_relaxed)) break;
    const RenderLayer& layer = layers[i];
    labels[i].style = &layer.style.labels;
    if (layer.raster) {
      if (!drawRaster(painter, device, view_, *layer.raster, layer.style.opacity, cancel)) break;
      continue;
    }
    if (layer.style.opacity >= 1.0) {
      LayerWalker walker(painter, view_, layer);
      if (!walker.draw(cancel, result, labels[i])) break;
      continue;
    }
    // A translucent layer is drawn opaque on its own image, laid over the map at the layer's
    // opacity, as MapRenderer does (overlapping pieces must not darken). QPainter has no group
    // opacity for PDF or SVG, so this layer reaches them as an image at the output resolution;
    // its labels stay text.
    if (layer.layer.featuresIn(view_.viewport.extent()).empty()) continue;
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
    LayerWalker walker(layerPainter, imageView, layer);
    const bool finished = walker.draw(cancel, result, labels[i]);
    layerPainter.end();
    if (!finished) break;
    // The labels were collected in viewport pixels, which do not depend on the image.
    painter.save();
    painter.setWorldTransform(device);
    painter.setOpacity(std::clamp(layer.style.opacity, 0.0, 1.0));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(pixels), image);
    painter.restore();
  }
  result.cancelled = cancel && cancel->load(std::memory_order_relaxed);
  if (!result.cancelled) {
    const QSizeF frame(view_.deviceRect.width() / view_.devicePerStylePixel,
                       view_.deviceRect.height() / view_.devicePerStylePixel);
    const QRectF bounds(
        QPointF((size.width() - frame.width()) * 0.5, (size.height() - frame.height()) * 0.5),
        frame);
    result.labelsPlaced = drawLabels(painter, bounds, labels);
  }
  painter.restore();
  return result;
}

long long VectorMapPainter::featuresInView(const MapFrameView& view,
                                           const std::vector<RenderLayer>& layers) {
  const Extent box = view.extent();
  long long n = 0;
  for (const RenderLayer& layer : layers) {
    n += static_cast<long long>(layer.layer.featuresIn(box).size());
  }
  return n;
}

}  // namespace fangan
