// FeaturePaths: rings as runs of one coordinate array, shared by many features or owned by one,
// read back exactly as they were given.

#include <gtest/gtest.h>

#include "layers/FeaturePaths.h"

namespace fangan {
namespace {

TEST(FeaturePaths, FeaturesShareOneArrayAndReadTheirOwnRings) {
  auto store = std::make_shared<FeaturePaths::Store>();
  const QPolygonF square({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1)});
  const QPolygonF hole({QPointF(0.2, 0.2), QPointF(0.4, 0.2), QPointF(0.3, 0.4)});
  const QPolygonF point({QPointF(5, 6)});
  for (const QPolygonF& ring : {square, hole, point}) {
    store->add(ring.constData(), static_cast<std::size_t>(ring.size()));
  }
  const FeaturePaths polygon(store, 0, 2);  // the square with its hole
  const FeaturePaths single(store, 2, 1);   // the point
  ASSERT_EQ(polygon.size(), 2);
  EXPECT_EQ(polygon[0].toPolygon(), square);
  EXPECT_EQ(polygon[1].toPolygon(), hole);
  EXPECT_EQ(polygon[1].last(), QPointF(0.3, 0.4));
  EXPECT_EQ(single.first().first(), QPointF(5, 6));
  EXPECT_EQ(single.first().size(), 1);

  // The same rings owned by a feature of its own compare equal, and convert back.
  const FeaturePaths own(QVector<QPolygonF>{square, hole});
  EXPECT_EQ(own, polygon);
  EXPECT_NE(own, single);
  EXPECT_EQ(polygon.toVector(), (QVector<QPolygonF>{square, hole}));
  int rings = 0, points = 0;
  for (const FeaturePaths::Ring ring : polygon) {
    ++rings;
    points += static_cast<int>(ring.size());
  }
  EXPECT_EQ(rings, 2);
  EXPECT_EQ(points, 7);

  const FeaturePaths none;
  EXPECT_TRUE(none.isEmpty());
  EXPECT_EQ(none.begin(), none.end());
  EXPECT_EQ(none, FeaturePaths(QVector<QPolygonF>()));
}

}  // namespace
}  // namespace fangan
