#include <gtest/gtest.h>

#include "layers/Clipping.h"

namespace fangan {
namespace {

double area(const QPolygonF& ring) {
  double a = 0;
  for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
    const QPointF& p = ring[i];
    const QPointF& q = ring[(i + 1) % n];
    a += p.x() * q.y() - q.x() * p.y();
  }
  return std::abs(a) / 2;
}

const QRectF kRect(0, 0, 100, 100);

TEST(Clipping, RingIsCutToTheRectangle) {
  const QPolygonF square({QPointF(50, 50), QPointF(150, 50), QPointF(150, 150), QPointF(50, 150)});
  const QPolygonF clipped = clipRing(square, kRect);
  EXPECT_DOUBLE_EQ(area(clipped), 2500);
  for (const QPointF& p : clipped)
    EXPECT_TRUE(kRect.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(p));
}

TEST(Clipping, RingAroundTheRectangleBecomesTheRectangle) {
  const QPolygonF huge({QPointF(-1e7, -1e7), QPointF(1e7, -1e7), QPointF(1e7, 1e7),
                        QPointF(-1e7, 1e7), QPointF(-1e7, -1e7)});
  EXPECT_DOUBLE_EQ(area(clipRing(huge, kRect)), 10000);
}

TEST(Clipping, RingOutsideVanishes) {
  const QPolygonF away({QPointF(200, 200), QPointF(300, 200), QPointF(300, 300)});
  EXPECT_TRUE(clipRing(away, kRect).isEmpty());
}

TEST(Clipping, PolylineLeavingAndComingBackSplitsInTwo) {
  const QPolygonF line({QPointF(10, 50), QPointF(200, 50), QPointF(200, 80), QPointF(10, 80)});
  const QVector<QPolygonF> pieces = clipPolyline(line, kRect);
  ASSERT_EQ(pieces.size(), 2);
  EXPECT_EQ(pieces[0].first(), QPointF(10, 50));
  EXPECT_EQ(pieces[0].last(), QPointF(100, 50));
  EXPECT_EQ(pieces[1].first(), QPointF(100, 80));
  EXPECT_EQ(pieces[1].last(), QPointF(10, 80));
}

TEST(Clipping, PolylineInsideStaysWhole) {
  const QPolygonF line({QPointF(10, 10), QPointF(20, 30), QPointF(40, 30)});
  const QVector<QPolygonF> pieces = clipPolyline(line, kRect);
  ASSERT_EQ(pieces.size(), 1);
  EXPECT_EQ(pieces[0], line);
}

}  // namespace
}  // namespace fangan
