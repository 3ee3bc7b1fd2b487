#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/MapCanvas.h"

namespace fangan::gui {
namespace {

using fangan::testing::waitUntil;

MapLayer squareLayer() {
  MapFeature f;
  f.id = 1;
  f.shape = GeometryShape::Polygon;
  f.paths = {QPolygonF({QPointF(0, 0), QPointF(100, 0), QPointF(100, 100), QPointF(0, 100)})};
  f.bounds = Extent{0, 0, 100, 100};
  return MapLayer(ProjectLayer::Buildings, GeometryShape::Polygon, {}, {f});
}

class MapCanvasTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StyleRule rule;
    rule.symbolizer.fill = QColor(0, 0, 255);
    Style style;
    style.rules = {rule};
    canvas_.resize(400, 300);
    canvas_.setLayers({{squareLayer(), style}});
    canvas_.setFullExtent(Extent{0, 0, 100, 100});
    canvas_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas_));
    ASSERT_TRUE(waitUntil(
        [this]() { return !canvas_.isRendering() && !canvas_.renderedImage().isNull(); }));
  }

  MapCanvas canvas_;
};

TEST_F(MapCanvasTest, RendersTheFullExtentInTheBackground) {
  const QPointF centre = canvas_.renderedViewport().toPixel(QPointF(50, 50));
  EXPECT_EQ(canvas_.renderedImage().pixelColor(centre.toPoint()), QColor(0, 0, 255));
  EXPECT_GT(canvas_.lastRenderMilliseconds(), 0);
  EXPECT_EQ(canvas_.renderedViewport(), canvas_.viewport());
}

TEST_F(MapCanvasTest, WheelZoomsInAtTheCursor) {
  const QPointF cursor(100, 80);
  const QPointF before = canvas_.toMap(cursor);
  const double resolution = canvas_.viewport().mapUnitsPerPixel();
  QWheelEvent wheel(cursor, canvas_.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QCoreApplication::sendEvent(&canvas_, &wheel);
  EXPECT_NEAR(canvas_.viewport().mapUnitsPerPixel(), resolution / 2, 1e-9);
  EXPECT_NEAR(canvas_.toMap(cursor).x(), before.x(), 1e-6);
  EXPECT_NEAR(canvas_.toMap(cursor).y(), before.y(), 1e-6);
  EXPECT_TRUE(waitUntil([this]() { return canvas_.renderedViewport() == canvas_.viewport(); }));
}

TEST_F(MapCanvasTest, DragPansAndDoesNotClick) {
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  const QPointF grabbed = canvas_.toMap(QPointF(200, 150));
  QTest::mousePress(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
  QTest::mouseMove(&canvas_, QPoint(220, 160));
  QTest::mouseMove(&canvas_, QPoint(250, 170));
  QTest::mouseRelease(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(250, 170));
  EXPECT_EQ(clicks.count(), 0);
  const QPointF now = canvas_.toWidget(grabbed);
  EXPECT_NEAR(now.x(), 250, 1e-6);
  EXPECT_NEAR(now.y(), 170, 1e-6);
}

TEST_F(MapCanvasTest, ClickEmitsTheMapCoordinate) {
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
  ASSERT_EQ(clicks.count(), 1);
  const QPointF map = clicks.first().first().toPointF();
  EXPECT_NEAR(map.x(), 50, 1.0);
  EXPECT_NEAR(map.y(), 50, 1.0);
}

TEST_F(MapCanvasTest, FullExtentComesBackAfterZooming) {
  const MapViewport full = canvas_.viewport();
  canvas_.centerOn(QPointF(0, 0));
  EXPECT_NE(canvas_.viewport(), full);
  canvas_.zoomToFullExtent();
  EXPECT_EQ(canvas_.viewport(), full);
}

}  // namespace
}  // namespace fangan::gui
