#include <gtest/gtest.h>

#include <QFutureWatcher>
#include <QPainter>

#include "layers/MapRenderer.h"
#include "support/QtEnvironment.h"

namespace fangan {
namespace {

const QColor kBackground(255, 255, 255);
const QColor kFill(200, 30, 30);

QPolygonF rectangle(double x0, double y0, double x1, double y1) {
  return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

MapFeature feature(std::int64_t id, const QVector<QPolygonF>& rings,
                   const QString& label = QString()) {
  MapFeature f;
  f.id = id;
  f.shape = GeometryShape::Polygon;
  f.paths = rings;
  for (const QPolygonF& ring : rings) {
    for (const QPointF& p : ring) f.bounds.include(p.x(), p.y());
  }
  f.values = {label};
  return f;
}

MapLayer layerOf(std::vector<MapFeature> features) {
  return MapLayer(ProjectLayer::Towns, GeometryShape::Polygon, {"name"}, std::move(features));
}

Style solidFill(QColor fill = kFill) {
  StyleRule r;
  r.symbolizer.fill = fill;
  Style s;
  s.rules = {r};
  return s;
}

MapSettings settingsFor(const MapLayer& layer, const Style& style, double resolution = 1.0) {
  MapSettings s;
  s.viewport = MapViewport(QPointF(50, 50), resolution, QSize(100, 100));
  s.layers = {{layer, style}};
  s.background = kBackground;
  s.antialiasing = false;
  return s;
}

TEST(MapRenderer, FillsInsideTheSquareOnlyWithNorthUp) {
  // x 10..40, y 60..90: the upper-left quarter of the view, since map y grows north.
  const MapLayer layer = layerOf({feature(1, {rectangle(10, 60, 40, 90)})});
  const RenderResult r = MapRenderer(settingsFor(layer, solidFill())).render();
  ASSERT_FALSE(r.image.isNull());
  EXPECT_FALSE(r.cancelled);
  EXPECT_EQ(r.featuresDrawn, 1);
  EXPECT_EQ(r.image.pixelColor(25, 25), kFill);
  EXPECT_EQ(r.image.pixelColor(12, 38), kFill);
  EXPECT_EQ(r.image.pixelColor(25, 75), kBackground);  // mirrored position: must stay empty
  EXPECT_EQ(r.image.pixelColor(45, 25), kBackground);
  EXPECT_EQ(r.image.pixelColor(75, 75), kBackground);
}

TEST(MapRenderer, LeavesHolesEmpty) {
  const MapLayer layer =
      layerOf({feature(1, {rectangle(10, 10, 90, 90), rectangle(40, 40, 60, 60)})});
  const RenderResult r = MapRenderer(settingsFor(layer, solidFill())).render();
  EXPECT_EQ(r.image.pixelColor(50, 50), kBackground);
  EXPECT_EQ(r.image.pixelColor(20, 50), kFill);
}

TEST(MapRenderer, DrawsFeaturesSmallerThanAPixelAsOneDot) {
  // At 10 map units per pixel a 2-unit square is a fifth of a pixel.
  const MapLayer layer = layerOf({feature(1, {rectangle(50, 50, 52, 52)})});
  const RenderResult r = MapRenderer(settingsFor(layer, solidFill(), 10.0)).render();
  EXPECT_EQ(r.dotsDrawn, 1);
  EXPECT_EQ(r.featuresDrawn, 0);
  EXPECT_EQ(r.image.pixelColor(50, 49), kFill);
  EXPECT_EQ(r.image.pixelColor(45, 45), kBackground);
}

// A district at full extent: thousands of sub-pixel buildings, each with a code of its own, the
// style choosing their colour by code (more values than the renderer remembers rule answers
// for) and by a second field. Every dot lands on the pixel its centre falls in, in its rule's
// colour; a translucent dot blends as QPainter blends it.
TEST(MapRenderer, ThousandsOfDotsTakeTheirRulesColourOnTheirOwnPixel) {
  const QColor red(220, 20, 20);
  const QColor green(0, 200, 0, 128);
  const QColor yellow(230, 200, 0);
  const QColor blue(20, 20, 220);
  std::vector<MapFeature> features;
  StyleRule byCode;
  byCode.field = QStringLiteral("name");
  byCode.symbolizer.fill = red;
  StyleRule translucent = byCode;
  translucent.symbolizer.fill = green;
  StyleRule byKind;
  byKind.field = QStringLiteral("kind");
  byKind.values = {QStringLiteral("x")};
  byKind.symbolizer.fill = yellow;
  StyleRule otherwise;
  otherwise.elseRule = true;
  otherwise.symbolizer.fill = blue;
  constexpr int kCount = 6000;  // 60 rows of 100, one a pixel
  const QString x = QStringLiteral("x");
  const QString y = QStringLiteral("y");
  for (int i = 0; i < kCount; ++i) {
    const double left = (i % 100) * 10 + 4;
    const double bottom = (i / 100) * 10 + 4;
    const QString code = QStringLiteral("C%1").arg(i);
    MapFeature f = feature(i + 1, {rectangle(left, bottom, left + 2, bottom + 2)});
    f.values = {code, i % 5 == 0 ? x : y};
    features.push_back(std::move(f));
    if (i % 7 == 0) {
      byCode.values.append(code);
    } else if (i % 11 == 0) {
      translucent.values.append(code);
    }
  }
  Style style;
  // A dot takes the first matching rule's colour.
  style.rules = {byCode, translucent, byKind, otherwise};
  MapSettings settings;
  settings.viewport = MapViewport(QPointF(500, 500), 10.0, QSize(100, 100));
  settings.layers = {
      {MapLayer(ProjectLayer::Towns, GeometryShape::Polygon, {"name", "kind"}, std::move(features)),
       style}};
  settings.background = kBackground;
  settings.antialiasing = false;
  const RenderResult r = MapRenderer(settings).render();
  EXPECT_EQ(r.dotsDrawn, kCount);
  QImage blended(1, 1, QImage::Format_ARGB32_Premultiplied);
  blended.fill(kBackground);
  {
    QPainter p(&blended);
    p.fillRect(QRectF(0, 0, 1, 1), green);
  }
  int wrong = 0;
  for (int i = 0; i < kCount; ++i) {
    const QColor expected = i % 7 == 0    ? red
                            : i % 11 == 0 ? blended.pixelColor(0, 0)
                            : i % 5 == 0  ? yellow
                                          : blue;
    // Map y grows north: row 0 of buildings is the bottom row of pixels.
    wrong += r.image.pixelColor(i % 100, 99 - i / 100) == expected ? 0 : 1;
  }
  EXPECT_EQ(wrong, 0);
  // The rows above the buildings stay empty.
  for (int col = 0; col < 100; ++col) ASSERT_EQ(r.image.pixelColor(col, 20), kBackground) << col;
}

// Off, the small-scale shortcuts are gone: a sub-pixel building is drawn as a polygon, and a
// 3-pixel one keeps its outline (what a benchmark against QGIS must draw).
TEST(MapRenderer, LevelOfDetailOffDrawsEveryShapeWholeWithItsOutline) {
  Style style = solidFill();
  style.rules[0].symbolizer.stroke = Qt::black;
  style.rules[0].symbolizer.strokeWidth = 1;
  // At 10 map units per pixel: a fifth of a pixel, and 3 pixels across.
  const MapLayer layer = layerOf(
      {feature(1, {rectangle(-200, -200, -198, -198)}), feature(2, {rectangle(20, 20, 50, 50)})});
  const auto outlinePixels = [](const QImage& image) {
    int black = 0;
    for (int y = 44; y < 57; ++y) {
      for (int x = 44; x < 57; ++x) black += image.pixelColor(x, y) == QColor(Qt::black) ? 1 : 0;
    }
    return black;
  };
  MapSettings settings = settingsFor(layer, style, 10.0);
  const RenderResult shortcut = MapRenderer(settings).render();
  EXPECT_EQ(shortcut.dotsDrawn, 1);
  EXPECT_EQ(shortcut.featuresDrawn, 1);
  EXPECT_EQ(outlinePixels(shortcut.image), 0);
  settings.levelOfDetail = false;
  const RenderResult whole = MapRenderer(settings).render();
  EXPECT_EQ(whole.dotsDrawn, 0);
  EXPECT_EQ(whole.featuresDrawn, 2);
  EXPECT_GE(outlinePixels(whole.image), 8);
}

TEST(MapRenderer, HatchOverlayLeavesStripesOfTheFill) {
  Style style = solidFill();
  StyleRule hatch;
  hatch.symbolizer.hatch = Qt::BDiagPattern;
  hatch.symbolizer.hatchColor = Qt::black;
  style.rules.append(hatch);
  const MapLayer layer = layerOf({feature(1, {rectangle(0, 0, 100, 100)})});
  const QImage image = MapRenderer(settingsFor(layer, style)).render().image;
  int black = 0;
  int fill = 0;
  for (int x = 20; x < 80; ++x) {
    const QColor c = image.pixelColor(x, 50);
    black += c == QColor(Qt::black) ? 1 : 0;
    fill += c == kFill ? 1 : 0;
  }
  EXPECT_GT(black, 3);
  EXPECT_GT(fill, 30);
}

TEST(MapRenderer, SkipsCollidingLabels) {
  Style style = solidFill(QColor(240, 240, 240));
  style.labels.field = "name";
  style.labels.pixelSize = 14;
  style.labels.minFeaturePixels = 10;
  // Two overlapping squares whose label points nearly coincide: only the larger keeps a label.
  const MapLayer layer =
      layerOf({feature(1, {rectangle(20, 20, 80, 80)}, QStringLiteral("大网格名称")),
               feature(2, {rectangle(25, 22, 75, 76)}, QStringLiteral("小网格名称"))});
  const RenderResult r = MapRenderer(settingsFor(layer, style)).render();
  EXPECT_EQ(r.labelsPlaced, 1);
  int dark = 0;
  for (int y = 40; y < 60; ++y) {
    for (int x = 10; x < 90; ++x) dark += r.image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
  }
  EXPECT_GT(dark, 20) << "the label's glyphs should show as dark pixels";
}

TEST(MapRenderer, DeepZoomIntoAHugePolygonFillsTheImage) {
  // At 1 mm per pixel a 20 km square spans 2e7 pixels, beyond what Qt's rasterizer takes.
  const MapLayer layer = layerOf({feature(1, {rectangle(-10000, -10000, 10000, 10000)})});
  MapSettings settings = settingsFor(layer, solidFill(), 0.001);
  settings.viewport = MapViewport(QPointF(3, 4), 0.001, QSize(100, 100));
  const QImage image = MapRenderer(settings).render().image;
  for (const QPoint p : {QPoint(0, 0), QPoint(50, 50), QPoint(99, 99), QPoint(0, 99)}) {
    EXPECT_EQ(image.pixelColor(p), kFill) << p.x() << "," << p.y();
  }
}

TEST(MapRenderer, StopsWhenCancelled) {
  std::vector<MapFeature> many;
  for (int i = 0; i < 2000; ++i)
    many.push_back(feature(i, {rectangle(i % 100, i / 20, i % 100 + 1, i / 20 + 1)}));
  const MapLayer layer = layerOf(std::move(many));
  std::atomic<bool> cancel(true);
  const RenderResult r = MapRenderer(settingsFor(layer, solidFill())).render(&cancel);
  EXPECT_TRUE(r.cancelled);
  EXPECT_TRUE(r.image.isNull());
}

TEST(MapRenderer, BackgroundRenderMatchesTheDirectOne) {
  const MapLayer layer = layerOf({feature(1, {rectangle(10, 60, 40, 90)})});
  const MapSettings settings = settingsFor(layer, solidFill());
  const QImage direct = MapRenderer(settings).render().image;
  QFuture<RenderResult> future =
      MapRenderer::renderInBackground(settings, std::make_shared<std::atomic<bool>>(false));
  ASSERT_TRUE(testing::waitUntil([&future]() { return future.isFinished(); }));
  EXPECT_EQ(future.result().image, direct);
}

}  // namespace
}  // namespace fangan
