#include "layers/LayerWalk.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "layers/Clipping.h"
#include "layers/LabelPlacer.h"
#include "layers/StyleEvaluator.h"

namespace fangan {
namespace {

// How often (in features) the cancel flag is polled: often enough to stop within a few
// milliseconds, rarely enough that the atomic load does not show in profiles.
constexpr int kCancelPollInterval = 256;

constexpr double kPi = 3.14159265358979323846;

// Shapes reaching further than this beyond the view (viewport pixels) are clipped first: the
// margin keeps the clip edges, and the outlines along them, out of sight, and a town boundary
// seen from a grid page never reaches coordinates Qt's fixed-point rasterizer misdraws.
constexpr double kClipMargin = 64;

// Pens and brushes of one rule, built once per layer instead of once per feature.
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

RulePaint paintOf(const Symbolizer& s, const ShapeOutput& output) {
  RulePaint p;
  p.strokes = s.stroke.alpha() > 0;
  p.outline = p.strokes ? QPen(s.stroke, s.strokeWidth, s.strokeStyle, Qt::FlatCap, Qt::MiterJoin)
                        : QPen(Qt::NoPen);
  p.outline.setCosmetic(output.cosmeticPens);
  p.line = p.strokes ? QPen(s.stroke, s.strokeWidth, s.strokeStyle, Qt::RoundCap, Qt::RoundJoin)
                     : QPen(Qt::NoPen);
  p.line.setCosmetic(output.cosmeticPens);
  p.fill = s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush);
  p.hatch = s.hatch != Qt::NoBrush ? QBrush(s.hatchColor, s.hatch) : QBrush(Qt::NoBrush);
  if (p.hatch.style() != Qt::NoBrush && output.hatchScale != 1.0) {
    p.hatch.setTransform(QTransform::fromScale(output.hatchScale, output.hatchScale));
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

// Draws one layer; collects its label candidates for the label pass that follows all layers.
class LayerPainter {
 public:
  LayerPainter(QPainter& painter, const MapViewport& viewport, const RenderLayer& layer,
               const ShapeOutput& output)
      : painter_(painter),
        viewport_(viewport),
        layer_(layer.layer),
        evaluator_(layer.style, layer.layer),
        output_(output) {
    for (const StyleRule& rule : evaluator_.style().rules)
      paints_.push_back(paintOf(rule.symbolizer, output_));
    inverse_ = 1.0 / viewport_.mapUnitsPerPixel();
    halfW_ = viewport_.size().width() * 0.5;
    halfH_ = viewport_.size().height() * 0.5;
    scale_ = viewport_.scaleDenominator();
    clip_ = QRectF(-kClipMargin, -kClipMargin, viewport_.size().width() + 2 * kClipMargin,
                   viewport_.size().height() + 2 * kClipMargin);
    dotPixels_ = directPixels();
    if (dotPixels_) dotBits_ = dotPixels_->bits();  // not shared while painted: no copy
    // Remembered by the values of the fields the rules filter on, when they are a few.
    memoFields_ = evaluator_.filterFields();
    if (memoFields_.size() > kMemoFields) memoFields_.clear();
  }

  // Returns false when cancelled.
  bool draw(const std::atomic<bool>* cancel, DrawCounts& counts, LayerLabels& labels) {
    const LabelStyle& labelStyle = evaluator_.style().labels;
    const bool labelling = labelStyle.appliesAtScale(scale_);

    // Grow the query box by the widest marker or outline so that shapes just outside the view
    // whose strokes reach in are still drawn.
    Extent box = viewport_.extent();
    const double pad = 8 * viewport_.mapUnitsPerPixel();
    box.include(box.minX - pad, box.minY - pad);
    box.include(box.maxX + pad, box.maxY + pad);
    const std::vector<int> visible = layer_.featuresIn(box);
    const auto& features = layer_.features();

    std::vector<int> scratch;
    int sinceCheck = 0;
    for (int index : visible) {
      if (cancel && ++sinceCheck >= kCancelPollInterval) {
        sinceCheck = 0;
        if (cancel->load(std::memory_order_relaxed)) return false;
      }
      const MapFeature& f = features[static_cast<std::size_t>(index)];
      const std::vector<int>& rules = rulesOf(f, scratch);
      if (rules.empty()) continue;

      const double pw = f.bounds.width() * inverse_;
      const double ph = f.bounds.height() * inverse_;
      if (output_.levelOfDetail && f.shape != GeometryShape::Point && pw < kDotSize &&
          ph < kDotSize) {
        drawDot(f, rules);
        ++counts.dotsDrawn;
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
      ++counts.featuresDrawn;
      if (labelling && std::max(pw, ph) >= labelStyle.minFeaturePixels) {
        QString text = evaluator_.labelText(f);
        if (!text.isEmpty())
          labels.candidates.push_back({std::move(text), toPixel(f.labelPoint), f.area});
      }
    }
    painter_.setOpacity(1.0);
    return true;
  }

 private:
  QPointF toPixel(const QPointF& p) const {
    return QPointF((p.x() - viewport_.center().x()) * inverse_ + halfW_,
                   (viewport_.center().y() - p.y()) * inverse_ + halfH_);
  }

  // The image dots can be written into pixel by pixel: a 32-bit raster image painted in its own
  // pixels (no device scaling or transform, no clip, source-over); null otherwise (a PDF, a
  // high-DPI screen), where dots are filled through the painter.
  QImage* directPixels() const {
    if (!output_.dotsOnPixelGrid) return nullptr;
    QPaintDevice* device = painter_.device();
    if (!device || device->devType() != QInternal::Image) return nullptr;
    auto* image = static_cast<QImage*>(device);
    const bool format = image->format() == QImage::Format_ARGB32_Premultiplied ||
                        image->format() == QImage::Format_RGB32 ||
                        image->format() == QImage::Format_ARGB32;
    if (!format || image->devicePixelRatio() != 1.0 || !painter_.deviceTransform().isIdentity() ||
        painter_.hasClipping() ||
        painter_.compositionMode() != QPainter::CompositionMode_SourceOver) {
      return nullptr;
    }
    return image;
  }

  // The rules that draw `f` at this scale, remembered per combination of its rule fields'
  // values, by their identity (FeatureValues::identity, stable while the layer is held; equal
  // values held apart are evaluated apart, with the same answer).
  const std::vector<int>& rulesOf(const MapFeature& f, std::vector<int>& scratch) {
    const auto evaluate = [this, &f](std::vector<int>& into) {
      into.clear();
      evaluator_.forEachRule(f, scale_, [&into](const StyleRule&, int i) { into.push_back(i); });
    };
    if (memoFields_.empty() || memoFull_) {
      evaluate(scratch);
      return scratch;
    }
    MemoKey key{};
    for (std::size_t i = 0; i < memoFields_.size(); ++i) {
      const int field = memoFields_[i];
      key[i] = field < f.values.size() ? f.values.identity(field) : nullptr;
    }
    auto found = memo_.find(key);
    if (found != memo_.end()) return found->second;
    // Unique values (a code) would only fill the memo: evaluated each time beyond a bound.
    if (memo_.size() >= kMemoLimit) {
      memoFull_ = true;
      evaluate(scratch);
      return scratch;
    }
    std::vector<int>& rules = memo_[key];
    evaluate(rules);
    return rules;
  }

  // True when the feature reaches beyond the clip rectangle and must be clipped.
  bool needsClip(const MapFeature& f) const {
    const QPointF topLeft = toPixel(QPointF(f.bounds.minX, f.bounds.maxY));
    const QPointF bottomRight = toPixel(QPointF(f.bounds.maxX, f.bounds.minY));
    return !clip_.contains(QRectF(topLeft, bottomRight));
  }

  // Pixel path of `ring` without vertices closer than the tolerance to the previous one.
  QPolygonF toPixelSimplified(const FeaturePaths::Ring& ring) const {
    QPolygonF out;
    out.reserve(ring.size());
    const qsizetype last = ring.size() - 1;
    for (qsizetype i = 0; i <= last; ++i) {
      const QPointF q = toPixel(ring[i]);
      if (!out.isEmpty() && i != last) {
        const QPointF d = q - out.back();
        if (std::abs(d.x()) + std::abs(d.y()) < output_.simplifyTolerance) continue;
      }
      out.append(q);
    }
    return out;
  }

  void drawDot(const MapFeature& f, const std::vector<int>& rules) {
    const RulePaint* chosen = &paints_[static_cast<std::size_t>(rules.front())];
    for (int r : rules) {
      if (paints_[static_cast<std::size_t>(r)].paintsArea) {
        chosen = &paints_[static_cast<std::size_t>(r)];
        break;
      }
    }
    if (chosen->dot.alpha() == 0) return;
    const QPointF c = toPixel(
        QPointF((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5));
    const QPointF corner = output_.dotsOnPixelGrid ? QPointF(std::floor(c.x()), std::floor(c.y()))
                                                   : QPointF(c.x() - 0.5, c.y() - 0.5);
    if (dotPixels_ && chosen->dot.alpha() == 255) {
      // What fillRect would do for an opaque colour on a whole pixel, without its per-call cost.
      if (corner.x() >= 0 && corner.y() >= 0 && corner.x() < dotPixels_->width() &&
          corner.y() < dotPixels_->height()) {
        uchar* line = dotBits_ + static_cast<qsizetype>(corner.y()) * dotPixels_->bytesPerLine();
        reinterpret_cast<QRgb*>(line)[static_cast<int>(corner.x())] = chosen->dot.rgba();
      }
      return;
    }
    painter_.setOpacity(1.0);
    painter_.fillRect(QRectF(corner, QSizeF(1, 1)), chosen->dot);
  }

  void drawPolygon(const MapFeature& f, const std::vector<int>& rules, double pixelSize) {
    // One ring (most buildings) is drawn as a polygon, several as an even-odd path.
    QPainterPath path;
    QPolygonF single;
    int rings = 0;
    const bool clip = needsClip(f);
    for (const FeaturePaths::Ring ring : f.paths) {
      QPolygonF px = toPixelSimplified(ring);
      if (clip) px = clipRing(px, clip_);
      if (px.size() < 3) continue;
      if (rings == 0) {
        single = std::move(px);
      } else {
        if (rings == 1) {
          path.setFillRule(Qt::OddEvenFill);
          path.addPolygon(single);
          path.closeSubpath();
        }
        path.addPolygon(px);
        path.closeSubpath();
      }
      ++rings;
    }
    if (rings == 0) {
      drawDot(f, rules);
      return;
    }
    painter_.setRenderHint(QPainter::Antialiasing, output_.antialiasing);
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      painter_.setOpacity(p.opacity);
      const bool outline =
          p.strokes && (!output_.levelOfDetail || pixelSize >= kOutlineMinSize || !p.paintsArea);
      painter_.setPen(outline ? p.outline : QPen(Qt::NoPen));
      painter_.setBrush(p.fill);
      if (p.fill.style() != Qt::NoBrush || outline) drawShape(rings, single, path);
      if (p.hatch.style() != Qt::NoBrush) {
        painter_.setPen(Qt::NoPen);
        painter_.setBrush(p.hatch);
        drawShape(rings, single, path);
      }
    }
  }

  void drawShape(int rings, const QPolygonF& single, const QPainterPath& path) {
    if (rings == 1) {
      painter_.drawPolygon(single, Qt::OddEvenFill);
    } else {
      painter_.drawPath(path);
    }
  }

  void drawLine(const MapFeature& f, const std::vector<int>& rules) {
    painter_.setRenderHint(QPainter::Antialiasing, output_.antialiasing);
    painter_.setBrush(Qt::NoBrush);
    const bool clip = needsClip(f);
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      if (!p.strokes) continue;
      painter_.setOpacity(p.opacity);
      painter_.setPen(p.line);
      for (const FeaturePaths::Ring part : f.paths) {
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
    painter_.setRenderHint(QPainter::Antialiasing, output_.antialiasing);
    for (int r : rules) {
      const RulePaint& p = paints_[static_cast<std::size_t>(r)];
      painter_.setOpacity(p.opacity);
      painter_.setPen(p.strokes ? p.line : QPen(Qt::NoPen));
      painter_.setBrush(p.fill);
      for (const FeaturePaths::Ring part : f.paths) {
        if (part.isEmpty()) continue;
        painter_.drawEllipse(toPixel(part.first()), p.pointRadius, p.pointRadius);
      }
    }
  }

  QPainter& painter_;
  const MapViewport& viewport_;
  const MapLayer& layer_;
  StyleEvaluator evaluator_;
  ShapeOutput output_;
  std::vector<RulePaint> paints_;
  QImage* dotPixels_ = nullptr;
  uchar* dotBits_ = nullptr;
  static constexpr std::size_t kMemoFields = 4;
  static constexpr std::size_t kMemoLimit = 4096;
  using MemoKey = std::array<const void*, kMemoFields>;
  struct MemoHash {
    std::size_t operator()(const MemoKey& k) const {
      std::size_t h = 0;
      for (const void* p : k) h = h * 1000003u ^ std::hash<const void*>()(p);
      return h;
    }
  };
  std::vector<int> memoFields_;
  std::unordered_map<MemoKey, std::vector<int>, MemoHash> memo_;
  bool memoFull_ = false;
  double inverse_ = 1;
  double halfW_ = 0;
  double halfH_ = 0;
  double scale_ = 0;
  QRectF clip_;
};

QFont labelFont(const LabelStyle& style, const LabelOutput& output) {
  QFont font(style.fontFamily);
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(style.pixelSize))));
  font.setBold(style.bold);
  font.setHintingPreference(output.hinting);
  font.setStyleStrategy(output.strategy);
  return font;
}

void drawHalo(QPainter& painter, const LabelStyle& style, LabelOutput::Halo halo, const QRectF& box,
              const QPointF& baseline, const QString& text) {
  if (halo == LabelOutput::Halo::Box) {
    // A box hides more of the map than a glyph halo: lighter, so the shapes show through.
    QColor colour = style.halo;
    colour.setAlphaF(colour.alphaF() * 0.6f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(box, style.haloWidth * 1.5, style.haloWidth * 1.5);
    return;
  }
  // Stroking the glyph outlines instead looks the same but costs a millisecond per CJK glyph
  // (their outlines have many curves); drawText comes from the glyph cache.
  painter.setPen(style.halo);
  for (int i = 0; i < 8; ++i) {
    const double angle = i * kPi / 4;
    painter.drawText(baseline + style.haloWidth * QPointF(std::cos(angle), std::sin(angle)), text);
  }
}

// Places and draws labels: top layers first (what is drawn on top is also labelled first),
// larger features first within a layer. The text is drawn as text, so a PDF keeps it searchable.
int drawLabels(QPainter& painter, const LabelOutput& output, std::vector<LayerLabels>& layers) {
  LabelPlacer placer(output.bounds);
  int placed = 0;
  painter.setOpacity(1.0);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  for (auto layer = layers.rbegin(); layer != layers.rend(); ++layer) {
    if (layer->candidates.empty()) continue;
    const LabelStyle& style = *layer->style;
    const QFont font = labelFont(style, output);
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
        drawHalo(painter, style, output.halo, box, baseline, c.text);
      }
      painter.setPen(style.color);
      painter.drawText(baseline, c.text);
      ++placed;
    }
  }
  return placed;
}

bool cancelled(const std::atomic<bool>* cancel) {
  return cancel && cancel->load(std::memory_order_relaxed);
}

}  // namespace

DrawCounts drawMapLayers(QPainter& painter, const MapViewport& viewport,
                         const std::vector<RenderLayer>& layers, MapOutput& output,
                         const std::atomic<bool>* cancel) {
  DrawCounts counts;
  const ShapeOutput shapes = output.shapes();
  std::vector<LayerLabels> labels(layers.size());
  for (std::size_t i = 0; i < layers.size(); ++i) {
    if (cancelled(cancel)) break;
    const RenderLayer& layer = layers[i];
    labels[i].style = &layer.style.labels;
    if (layer.raster) {
      if (!output.drawRaster(painter, *layer.raster, layer.style.opacity, cancel)) break;
      continue;
    }
    if (layer.style.opacity >= 1.0) {
      LayerPainter walker(painter, viewport, layer, shapes);
      if (!walker.draw(cancel, counts, labels[i])) break;
      continue;
    }
    if (layer.layer.featuresIn(viewport.extent()).empty()) continue;
    // The labels are collected in viewport pixels, whatever painter the layer is drawn on.
    const bool finished =
        output.drawTranslucent(painter, std::clamp(layer.style.opacity, 0.0, 1.0),
                               [&](QPainter& layerPainter, const ShapeOutput& layerShapes) {
                                 LayerPainter walker(layerPainter, viewport, layer, layerShapes);
                                 return walker.draw(cancel, counts, labels[i]);
                               });
    if (!finished) break;
  }
  counts.cancelled = cancelled(cancel);
  if (!counts.cancelled) counts.labelsPlaced = drawLabels(painter, output.labels(), labels);
  return counts;
}

}  // namespace fangan
