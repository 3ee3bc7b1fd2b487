// The vector page output of the layer walk draws what the canvas renderer draws: at one device
// pixel per style pixel the two images agree but for anti-aliased edges and text rasterisation.

#include <gtest/gtest.h>

#include "ImageComparison.h"
#include "LayoutFixture.h"
#include "layers/layout/Layout.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/TemplateLibrary.h"
#include "layers/layout/VectorMapOutput.h"

namespace fangan {
namespace {

using testing::LayoutFixture;

struct Frame {
  MapFrameView view;
  std::vector<RenderLayer> layers;
};

Frame frameOf(const LayoutFixture& f, const char* templateName, const LayoutArea& area,
              double devicePerStylePixel) {
  const Layout layout = Layout::fromTemplate(loadTemplate(templateName, {builtInTemplateFolder()}));
  const PaperUnits units(96 * devicePerStylePixel);
  const QRectF rect(0, 0, 480 * devicePerStylePixel, 320 * devicePerStylePixel);
  return {layout.mapFrame()->view(rect, area, units),
          layout.mapFrame()->renderLayers(f.data().map())};
}

QImage vectorImage(const Frame& frame) {
  QImage image(frame.view.deviceRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(QColor(250, 250, 248));
  QPainter painter(&image);
  paintVectorMap(painter, frame.view, frame.layers);
  return image;
}

QImage rendererImage(const Frame& frame) {
  MapSettings settings;
  settings.viewport = frame.view.viewport;
  settings.layers = frame.layers;
  return MapRenderer(settings).render().image.copy(frame.view.deviceRect.toRect());
}

class VectorAgainstRenderer : public ::testing::TestWithParam<const char*> {};

// Labels are compared by count only: the page output draws their halo as a box (see
// LabelOutput::Halo in layers/LayerWalk.h), so their pixels differ by design.
Frame withoutLabels(Frame frame) {
  for (RenderLayer& layer : frame.layers) layer.style.labels.field.clear();
  return frame;
}

TEST_P(VectorAgainstRenderer, PlacesTheSameLabels) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const Frame frame = frameOf(f, GetParam(), townArea(f.data(), "东城街道"), 1.0);
  QImage image(frame.view.deviceRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  const DrawCounts vector = paintVectorMap(painter, frame.view, frame.layers);
  MapSettings settings;
  settings.viewport = frame.view.viewport;
  settings.layers = frame.layers;
  const RenderResult raster = MapRenderer(settings).render();
  EXPECT_GT(vector.labelsPlaced, 0);
  EXPECT_EQ(vector.labelsPlaced, raster.labelsPlaced);
  EXPECT_EQ(vector.featuresDrawn, raster.featuresDrawn);
}

TEST_P(VectorAgainstRenderer, DrawsTheSameMapAsTheCanvasRenderer) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const Frame frame = withoutLabels(frameOf(f, GetParam(), townArea(f.data(), "东城街道"), 1.0));
  const QImage vector = vectorImage(frame);
  const QImage raster = rendererImage(frame);
  const double differing = testing::differingPixelFraction(vector, raster);
  if (differing > 0.01) {
    testing::differenceImage(vector, raster)
        .save(QStringLiteral("vector-vs-renderer-%1.png").arg(GetParam()));
    vector.save(QStringLiteral("vector-%1.png").arg(GetParam()));
    raster.save(QStringLiteral("renderer-%1.png").arg(GetParam()));
  }
  EXPECT_LE(differing, 0.01) << "see vector-vs-renderer-" << GetParam() << ".png";
}

INSTANTIATE_TEST_SUITE_P(Templates, VectorAgainstRenderer,
                         ::testing::Values("hazard-grade", "coverage-gaps", "key-zones", "patrol"));

TEST(VectorMapOutput, ScalesToTheDeviceAndKeepsDrawingEveryFeature) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const Frame frame = frameOf(f, "hazard-grade", districtArea(f.data(), "全区"), 3.125);
  QImage image(frame.view.deviceRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter painter(&image);
  const DrawCounts r = paintVectorMap(painter, frame.view, frame.layers);
  EXPECT_FALSE(r.cancelled);
  // Buildings, towns, the road, and the rings the template draws around the C and D buildings.
  EXPECT_EQ(r.featuresDrawn, 12 + 2 + 1 + 2);
  // The centre of building DC08 (grade A) is painted in the A colour at 300 dpi.
  const QPointF centre =
      frame.view.toDevice(QPointF(LayoutFixture::kOriginX + 495, LayoutFixture::kOriginY + 115));
  EXPECT_EQ(image.pixelColor(centre.toPoint()), QColor(26, 152, 80));
}

TEST(VectorMapOutput, StopsWhenCancelled) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const Frame frame = frameOf(f, "hazard-grade", districtArea(f.data(), "全区"), 1.0);
  QImage image(frame.view.deviceRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  const std::atomic<bool> cancel{true};
  EXPECT_TRUE(paintVectorMap(painter, frame.view, frame.layers, &cancel).cancelled);
}

}  // namespace
}  // namespace fangan
