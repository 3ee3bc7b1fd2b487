#include <gtest/gtest.h>

#include "layers/MapViewport.h"

namespace fangan {
namespace {

void expectNear(const QPointF& a, const QPointF& b, double tolerance = 1e-6) {
  EXPECT_NEAR(a.x(), b.x(), tolerance);
  EXPECT_NEAR(a.y(), b.y(), tolerance);
}

TEST(MapViewport, PixelsAndMapCoordinatesAreInverseWithYFlipped) {
  const MapViewport v(QPointF(500000, 3000000), 2.0, QSize(400, 300));
  expectNear(v.toPixel(QPointF(500000, 3000000)), QPointF(200, 150));
  expectNear(v.toPixel(QPointF(500000 - 400, 3000000 + 300)), QPointF(0, 0));
  expectNear(v.toMap(QPointF(400, 300)), QPointF(500400, 2999700));
  const QPointF p(500123.5, 2999876.25);
  expectNear(v.toMap(v.toPixel(p)), p);
  expectNear(v.transform().map(p), v.toPixel(p));
  EXPECT_NEAR(v.extent().width(), 800, 1e-9);
}

TEST(MapViewport, ZoomKeepsTheMapPointUnderTheCursor) {
  const MapViewport v(QPointF(1000, 1000), 1.0, QSize(200, 100));
  const QPointF cursor(30, 80);
  const QPointF before = v.toMap(cursor);
  const MapViewport zoomed = v.zoomed(2.0, cursor);
  EXPECT_DOUBLE_EQ(zoomed.mapUnitsPerPixel(), 0.5);
  expectNear(zoomed.toMap(cursor), before);
}

TEST(MapViewport, PanMovesTheMapWithThePointer) {
  const MapViewport v(QPointF(0, 0), 10.0, QSize(100, 100));
  const QPointF grabbed = v.toMap(QPointF(20, 20));
  const MapViewport moved = v.panned(QPointF(15, -5));
  expectNear(moved.toPixel(grabbed), QPointF(35, 15));
}

TEST(MapViewport, FittingShowsTheWholeExtent) {
  Extent e;
  e.include(100, 200);
  e.include(1100, 700);
  const MapViewport v = MapViewport::fitting(e, QSize(300, 300), 0.0);
  const Extent shown = v.extent();
  EXPECT_LE(shown.minX, 100 + 1e-9);
  EXPECT_GE(shown.maxX, 1100 - 1e-9);
  EXPECT_LE(shown.minY, 200 + 1e-9);
  EXPECT_GE(shown.maxY, 700 - 1e-9);
  EXPECT_NEAR(v.scaleDenominator(), (1000.0 / 300) / MapViewport::kMetresPerPixel, 1e-6);
}

}  // namespace
}  // namespace fangan
