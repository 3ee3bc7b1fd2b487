// The canvas's interaction tools driven by simulated input: box zoom, box and polygon
// selection, keyboard panning and zooming, and cancelling with Esc.

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

// The map box between two widget pixels.
QRectF mapBox(const MapCanvas& canvas, const QPoint& a, const QPoint& b) {
  const QPointF p = canvas.toMap(a);
  const QPointF q = canvas.toMap(b);
  return QRectF(QPointF(std::min(p.x(), q.x()), std::min(p.y(), q.y())),
                QPointF(std::max(p.x(), q.x()), std::max(p.y(), q.y())));
}

void drag(QWidget* widget, const QPoint& from, const QPoint& to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
  QTest::mouseMove(widget, (from + to) / 2);
  QTest::mouseMove(widget, to);
  QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

void expectNear(const QPointF& actual, const QPointF& expected) {
  EXPECT_NEAR(actual.x(), expected.x(), 1e-9);
  EXPECT_NEAR(actual.y(), expected.y(), 1e-9);
}

class MapCanvasToolsTest : public ::testing::Test {
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

TEST_F(MapCanvasToolsTest, SetToolEmitsToolChangedOnce) {
  EXPECT_EQ(canvas_.tool(), MapCanvas::Tool::Pan);
  QSignalSpy changes(&canvas_, &MapCanvas::toolChanged);
  canvas_.setTool(MapCanvas::Tool::SelectBox);
  canvas_.setTool(MapCanvas::Tool::SelectBox);
  ASSERT_EQ(changes.count(), 1);
  EXPECT_EQ(qvariant_cast<MapCanvas::Tool>(changes.first().first()), MapCanvas::Tool::SelectBox);
  EXPECT_EQ(canvas_.cursor().shape(), Qt::CrossCursor);
}

TEST_F(MapCanvasToolsTest, SelectBoxDragEmitsTheMapBoxWithModifiers) {
  canvas_.setTool(MapCanvas::Tool::SelectBox);
  QSignalSpy areas(&canvas_, &MapCanvas::areaSelected);
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  const MapViewport before = canvas_.viewport();
  const QRectF expected = mapBox(canvas_, QPoint(300, 220), QPoint(100, 80));
  drag(&canvas_, QPoint(300, 220), QPoint(100, 80), Qt::ControlModifier);
  ASSERT_EQ(areas.count(), 1);
  EXPECT_EQ(clicks.count(), 0);
  EXPECT_EQ(canvas_.viewport(), before);  // selecting does not pan
  const QPolygonF area = qvariant_cast<QPolygonF>(areas.first().at(0));
  ASSERT_EQ(area.size(), 4);
  expectNear(area[0], expected.topLeft());  // (min x, min y)
  expectNear(area[1], QPointF(expected.right(), expected.top()));
  expectNear(area[2], expected.bottomRight());
  expectNear(area[3], QPointF(expected.left(), expected.bottom()));
  EXPECT_EQ(qvariant_cast<Qt::KeyboardModifiers>(areas.first().at(1)), Qt::ControlModifier);
}

TEST_F(MapCanvasToolsTest, SelectBoxClickStillIdentifies) {
  canvas_.setTool(MapCanvas::Tool::SelectBox);
  QSignalSpy areas(&canvas_, &MapCanvas::areaSelected);
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
  EXPECT_EQ(areas.count(), 0);
  EXPECT_EQ(clicks.count(), 1);
}

TEST_F(MapCanvasToolsTest, RubberBandIsDrawnWhileDraggingAndGoesWithEsc) {
  canvas_.setTool(MapCanvas::Tool::SelectBox);
  QSignalSpy areas(&canvas_, &MapCanvas::areaSelected);
  const QPoint inside(200, 150);
  const QColor plain = canvas_.grab().toImage().pixelColor(inside);
  QTest::mousePress(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(100, 80));
  QTest::mouseMove(&canvas_, QPoint(300, 220));
  EXPECT_TRUE(canvas_.isDrawing());
  EXPECT_NE(canvas_.grab().toImage().pixelColor(inside), plain);
  QTest::keyClick(&canvas_, Qt::Key_Escape);
  EXPECT_FALSE(canvas_.isDrawing());
  EXPECT_EQ(canvas_.grab().toImage().pixelColor(inside), plain);
  QTest::mouseRelease(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(300, 220));
  EXPECT_EQ(areas.count(), 0);
}

TEST_F(MapCanvasToolsTest, PolygonClicksAndDoubleClickEmitTheRing) {
  canvas_.setTool(MapCanvas::Tool::SelectPolygon);
  QSignalSpy areas(&canvas_, &MapCanvas::areaSelected);
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  const QPoint a(100, 100), b(300, 100), c(250, 250);
  const QPolygonF expected({canvas_.toMap(a), canvas_.toMap(b), canvas_.toMap(c)});
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, a);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, b);
  EXPECT_EQ(canvas_.polygonInProgress().size(), 2);
  // A double-click as Qt delivers it: press, release, double-click, release.
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::ShiftModifier, c);
  QTest::mouseDClick(&canvas_, Qt::LeftButton, Qt::ShiftModifier, c);
  QTest::mouseRelease(&canvas_, Qt::LeftButton, Qt::ShiftModifier, c);
  ASSERT_EQ(areas.count(), 1);
  EXPECT_EQ(clicks.count(), 0);
  const QPolygonF area = qvariant_cast<QPolygonF>(areas.first().at(0));
  ASSERT_EQ(area.size(), 3);
  for (int i = 0; i < 3; ++i) expectNear(area[i], expected[i]);
  EXPECT_EQ(qvariant_cast<Qt::KeyboardModifiers>(areas.first().at(1)), Qt::ShiftModifier);
  EXPECT_TRUE(canvas_.polygonInProgress().isEmpty());
}

TEST_F(MapCanvasToolsTest, PolygonKeysRemoveCancelAndClose) {
  canvas_.setTool(MapCanvas::Tool::SelectPolygon);
  QSignalSpy areas(&canvas_, &MapCanvas::areaSelected);
  const QPoint points[] = {QPoint(100, 100), QPoint(300, 100), QPoint(300, 250), QPoint(100, 250)};
  for (const QPoint& p : points) QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, p);
  EXPECT_EQ(canvas_.polygonInProgress().size(), 4);
  QTest::keyClick(&canvas_, Qt::Key_Backspace);
  EXPECT_EQ(canvas_.polygonInProgress().size(), 3);
  QTest::keyClick(&canvas_, Qt::Key_Escape);
  EXPECT_TRUE(canvas_.polygonInProgress().isEmpty());
  EXPECT_EQ(areas.count(), 0);

  // Two vertices are not an area: Enter keeps drawing.
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, points[0]);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, points[1]);
  QTest::keyClick(&canvas_, Qt::Key_Return);
  EXPECT_EQ(areas.count(), 0);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, points[2]);
  QTest::keyClick(&canvas_, Qt::Key_Return);
  ASSERT_EQ(areas.count(), 1);
  const QPolygonF area = qvariant_cast<QPolygonF>(areas.first().at(0));
  ASSERT_EQ(area.size(), 3);
  expectNear(area[2], canvas_.toMap(points[2]));
}

TEST_F(MapCanvasToolsTest, PolygonToolDragPansWithoutAddingAVertex) {
  canvas_.setTool(MapCanvas::Tool::SelectPolygon);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
  const QPointF grabbed = canvas_.toMap(QPointF(200, 150));
  drag(&canvas_, QPoint(200, 150), QPoint(260, 190));
  EXPECT_EQ(canvas_.polygonInProgress().size(), 1);
  expectNear(canvas_.toWidget(grabbed), QPointF(260, 190));
}

TEST_F(MapCanvasToolsTest, ZoomBoxShowsTheBox) {
  canvas_.setTool(MapCanvas::Tool::ZoomBox);
  const double resolution = canvas_.viewport().mapUnitsPerPixel();
  const QRectF box = mapBox(canvas_, QPoint(100, 80), QPoint(180, 200));
  drag(&canvas_, QPoint(100, 80), QPoint(180, 200));
  const Extent view = canvas_.viewport().extent();
  EXPECT_LE(view.minX, box.left() + 1e-9);
  EXPECT_LE(view.minY, box.top() + 1e-9);
  EXPECT_GE(view.maxX, box.right() - 1e-9);
  EXPECT_GE(view.maxY, box.bottom() - 1e-9);
  // Fitted tightly: the box's height (120 px before) now fills the 300 px view.
  EXPECT_NEAR(canvas_.viewport().mapUnitsPerPixel(), resolution * 120 / 300, 1e-9);
  expectNear(canvas_.viewport().center(), box.center());
  EXPECT_TRUE(waitUntil([this]() { return canvas_.renderedViewport() == canvas_.viewport(); }));
}

TEST_F(MapCanvasToolsTest, ShiftDragInPanModeZoomsToTheBox) {
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  const double resolution = canvas_.viewport().mapUnitsPerPixel();
  const QRectF box = mapBox(canvas_, QPoint(100, 100), QPoint(300, 200));
  drag(&canvas_, QPoint(100, 100), QPoint(300, 200), Qt::ShiftModifier);
  EXPECT_EQ(canvas_.tool(), MapCanvas::Tool::Pan);
  EXPECT_NEAR(canvas_.viewport().mapUnitsPerPixel(), resolution / 2, 1e-9);
  expectNear(canvas_.viewport().center(), box.center());
  EXPECT_EQ(clicks.count(), 0);
}

TEST_F(MapCanvasToolsTest, ZoomBoxClickOrSlippedClickActsAsAClick) {
  canvas_.setTool(MapCanvas::Tool::ZoomBox);
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  const MapViewport before = canvas_.viewport();
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
  drag(&canvas_, QPoint(200, 150), QPoint(260, 151));  // a 60 × 1 px box
  EXPECT_EQ(clicks.count(), 2);
  EXPECT_EQ(canvas_.viewport(), before);
}

TEST_F(MapCanvasToolsTest, ArrowKeysPanByAQuarterOfTheView) {
  const QPointF centre = canvas_.viewport().center();
  const double r = canvas_.viewport().mapUnitsPerPixel();
  QTest::keyClick(&canvas_, Qt::Key_Right);
  expectNear(canvas_.viewport().center(), centre + QPointF(100 * r, 0));
  QTest::keyClick(&canvas_, Qt::Key_Up);
  expectNear(canvas_.viewport().center(), centre + QPointF(100 * r, 75 * r));
  QTest::keyClick(&canvas_, Qt::Key_Left);
  QTest::keyClick(&canvas_, Qt::Key_Down);
  expectNear(canvas_.viewport().center(), centre);
  EXPECT_EQ(canvas_.viewport().mapUnitsPerPixel(), r);
}

TEST_F(MapCanvasToolsTest, PlusAndMinusZoomAtTheCentre) {
  const QPointF centre = canvas_.viewport().center();
  const double r = canvas_.viewport().mapUnitsPerPixel();
  QTest::keyClick(&canvas_, Qt::Key_Plus);
  EXPECT_NEAR(canvas_.viewport().mapUnitsPerPixel(), r / 2, 1e-12);
  expectNear(canvas_.viewport().center(), centre);
  QTest::keyClick(&canvas_, Qt::Key_Minus);
  QTest::keyClick(&canvas_, Qt::Key_Minus);
  EXPECT_NEAR(canvas_.viewport().mapUnitsPerPixel(), r * 2, 1e-12);
  expectNear(canvas_.viewport().center(), centre);
}

TEST_F(MapCanvasToolsTest, SwitchingToolsDropsAPolygonInProgress) {
  canvas_.setTool(MapCanvas::Tool::SelectPolygon);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 100));
  canvas_.setTool(MapCanvas::Tool::Pan);
  EXPECT_TRUE(canvas_.polygonInProgress().isEmpty());
  QSignalSpy clicks(&canvas_, &MapCanvas::mapClicked);
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(200, 150));
  EXPECT_EQ(clicks.count(), 1);
}

}  // namespace
}  // namespace fangan::gui
