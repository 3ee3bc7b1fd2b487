#include "layers/layout/MapFrameItem.h"

#include <QPainterPath>

#include "layers/LayerLoader.h"
#include "layers/layout/LayerNames.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/VectorMapOutput.h"

namespace fangan {

MapFrameItem::MapFrameItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  theme_ = *buildingThemeFromKey(
      p.choice(QStringLiteral("theme"), buildingThemeKeys(), QStringLiteral("hazard_grade")));
  layers_ = p.list(QStringLiteral("layers"), mapLayerKeys());
  for (const QString& key : layers_) {
    if (!mapLayerKindFromKey(key)) {
      throw LayoutError(QStringLiteral("%1: 未知图层 \"%2\"（可用：%3）")
                            .arg(p.where(), key, mapLayerKeys().join(", "))
                            .toStdString());
    }
  }
  buildingLabels_ =
      p.choice(QStringLiteral("building_labels"), {QString(), QStringLiteral("code")}, QString());
  buildingLabelsMaxScale_ =
      p.number(QStringLiteral("building_labels_max_scale"), buildingLabelsMaxScale_, 0);
  maskOutside_ = p.flag(QStringLiteral("mask_outside"), maskOutside_);
  maskOpacity_ = std::min(1.0, p.number(QStringLiteral("mask_opacity"), maskOpacity_, 0));
  outlineColor_ = p.color(QStringLiteral("outline_color"), outlineColor_);
  outlineWidthPt_ = p.number(QStringLiteral("outline_width_pt"), outlineWidthPt_, 0);
  margin_ = p.number(QStringLiteral("margin"), margin_, 0);
  roundScale_ = p.flag(QStringLiteral("round_scale"), roundScale_);
  borderWidthPt_ = p.number(QStringLiteral("border_width_pt"), borderWidthPt_, 0);
  background_ = p.color(QStringLiteral("background"), background_);
  const QString rendering =
      p.choice(QStringLiteral("rendering"),
               {QStringLiteral("auto"), QStringLiteral("vector"), QStringLiteral("image")},
               QStringLiteral("auto"));
  if (p.has(QStringLiteral("highlight"))) {
    const ItemProperties h(p.object(QStringLiteral("highlight")),
                           p.where() + QStringLiteral(" highlight"));
    highlightField_ = h.choice(
        QStringLiteral("field"),
        {layer_field::kSurvey, layer_field::kHazard, layer_field::kHealth, layer_field::kControl},
        layer_field::kSurvey);
    highlightValues_ = h.list(QStringLiteral("values"));
    highlightLabel_ = h.text(QStringLiteral("label"), highlightValues_.join(QLatin1Char('/')));
    highlightColor_ = h.color(QStringLiteral("color"), highlightColor_);
    highlightSize_ = h.number(QStringLiteral("size_px"), highlightSize_, 1);
  }
  rendering_ = rendering == QLatin1String("vector")  ? MapRendering::Vector
               : rendering == QLatin1String("image") ? MapRendering::Image
                                                     : MapRendering::Auto;
}

std::vector<RenderLayer> MapFrameItem::renderLayers(const ProjectMap& map) const {
  std::vector<RenderLayer> out;
  for (const MapLayerEntry& entry : map.entries()) {
    if (entry.layer.isEmpty() || !layers_.contains(mapLayerKey(entry.kind))) continue;
    Style style = entry.kind == ProjectLayer::Buildings ? buildingStyle(theme_) : entry.style;
    if (entry.kind == ProjectLayer::Buildings && !buildingLabels_.isEmpty()) {
      style.labels.field = layer_field::kCode;
      style.labels.pixelSize = 9;
      style.labels.maxScale = buildingLabelsMaxScale_;
      style.labels.minFeaturePixels = 12;
    }
    out.push_back({entry.layer, style});
    if (entry.kind == ProjectLayer::Buildings && !highlightValues_.isEmpty()) {
      out.push_back(highlightLayer(entry.layer));
    }
  }
  return out;
}

RenderLayer MapFrameItem::highlightLayer(const MapLayer& buildings) const {
  // Rings at the centres of the matching footprints, as a point layer of the buildings kind:
  // it then draws over the buildings, counts in the buildings legend, and keeps the town and
  // grid attributes areas test.
  const int field = buildings.fieldIndex(highlightField_);
  std::vector<MapFeature> rings;
  for (const MapFeature& f : buildings.features()) {
    if (field < 0 || !highlightValues_.contains(f.values[field])) continue;
    MapFeature ring;
    ring.id = f.id;
    ring.shape = GeometryShape::Point;
    const QPointF c((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5);
    ring.paths = {QPolygonF({c})};
    ring.bounds.include(c.x(), c.y());
    ring.values = f.values;
    rings.push_back(std::move(ring));
  }
  StyleRule rule;
  rule.label = highlightLabel_;
  rule.symbolizer.stroke = highlightColor_;
  rule.symbolizer.strokeWidth = 1.4;
  rule.symbolizer.pointSize = highlightSize_;
  Style style;
  style.name = highlightLabel_;
  style.rules = {rule};
  return {
      MapLayer(ProjectLayer::Buildings, GeometryShape::Point, buildings.fields(), std::move(rings)),
      style};
}

MapFrameView MapFrameItem::view(const QRectF& rect, const LayoutArea& area,
                                const PaperUnits& units) const {
  return fitMapFrame(area.extent, rect, units, margin_, roundScale_);
}

MapRendering MapFrameItem::renderingFor(MapRendering requested, long long features) const {
  const MapRendering chosen = requested != MapRendering::Auto ? requested : rendering_;
  if (chosen != MapRendering::Auto) return chosen;
  return features > kVectorFeatureLimit ? MapRendering::Image : MapRendering::Vector;
}

void MapFrameItem::paint(QPainter& painter, const QRectF& rect,
                         const LayoutContext& context) const {
  if (!context.map) return;
  const MapFrameView& view = *context.map;
  painter.save();
  painter.fillRect(rect, background_);
  const long long features = featuresInView(view, context.layers);
  if (renderingFor(context.rendering, features) == MapRendering::Image) {
    paintImage(painter, context);
  } else {
    paintVectorMap(painter, view, context.layers, context.cancel);
  }
  paintMask(painter, context);
  if (borderWidthPt_ > 0) {
    painter.setClipping(false);
    painter.setPen(QPen(Qt::black, context.units.pt(borderWidthPt_), Qt::SolidLine, Qt::SquareCap,
                        Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
  }
  painter.restore();
}

void MapFrameItem::paintImage(QPainter& painter, const LayoutContext& context) const {
  const MapFrameView& view = *context.map;
  MapSettings settings;
  settings.viewport = view.viewport;
  settings.layers = context.layers;
  settings.background = background_;
  settings.devicePixelRatio = view.devicePerStylePixel;
  const RenderResult result = MapRenderer(settings).render(context.cancel);
  if (result.image.isNull()) return;
  // The viewport is whole style pixels, a hair larger than the frame: centre it and clip.
  const QSizeF size(view.viewport.size().width() * view.devicePerStylePixel,
                    view.viewport.size().height() * view.devicePerStylePixel);
  const QRectF target(view.deviceRect.center() - QPointF(size.width(), size.height()) * 0.5, size);
  painter.save();
  painter.setClipRect(view.deviceRect, Qt::IntersectClip);
  painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
  painter.drawImage(target, result.image);
  painter.restore();
}

void MapFrameItem::paintMask(QPainter& painter, const LayoutContext& context) const {
  const LayoutArea& area = *context.area;
  if (area.outline.isEmpty()) return;
  const MapFrameView& view = *context.map;
  QPainterPath outline;
  outline.setFillRule(Qt::OddEvenFill);
  for (const QPolygonF& ring : area.outline) {
    QPolygonF device;
    device.reserve(ring.size());
    for (const QPointF& p : ring) device.append(view.toDevice(p));
    outline.addPolygon(device);
    outline.closeSubpath();
  }
  painter.save();
  painter.setClipRect(view.deviceRect, Qt::IntersectClip);
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (maskOutside_ && maskOpacity_ > 0) {
    QPainterPath mask;
    mask.setFillRule(Qt::OddEvenFill);
    mask.addRect(view.deviceRect);
    mask.addPath(outline);
    QColor veil = Qt::white;
    veil.setAlphaF(static_cast<float>(maskOpacity_));
    painter.fillPath(mask, veil);
  }
  if (outlineWidthPt_ > 0) {
    painter.setPen(QPen(outlineColor_, context.units.pt(outlineWidthPt_), Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
  }
  painter.restore();
}

}  // namespace fangan
