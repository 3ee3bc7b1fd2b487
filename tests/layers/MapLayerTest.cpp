#include <gtest/gtest.h>

#include "layers/MapLayer.h"

namespace fangan {
namespace {

MapFeature polygonFeature(std::int64_t id, const QVector<QPolygonF>& rings) {
  MapFeature f;
  f.id = id;
  f.shape = GeometryShape::Polygon;
  f.paths = rings;
  for (const QPolygonF& ring : rings) {
    for (const QPointF& p : ring) f.bounds.include(p.x(), p.y());
  }
  return f;
}

QPolygonF square(double x, double y, double size) {
  return QPolygonF(
      {QPointF(x, y), QPointF(x + size, y), QPointF(x + size, y + size), QPointF(x, y + size)});
}

TEST(MapLayer, LabelPointOfAConcaveShapeLiesInside) {
  // A "C" opening to the right: its centroid falls in the gap.
  const QPolygonF c({QPointF(0, 0), QPointF(10, 0), QPointF(10, 2), QPointF(2, 2), QPointF(2, 8),
                     QPointF(10, 8), QPointF(10, 10), QPointF(0, 10)});
  const QPointF p = polygonLabelPoint({c});
  EXPECT_TRUE(polygonContains({c}, p)) << p.x() << "," << p.y();
}

TEST(MapLayer, LabelPointAvoidsHoles) {
  const QVector<QPolygonF> donut = {square(0, 0, 10), square(3, 3, 4)};
  const QPointF p = polygonLabelPoint(donut);
  EXPECT_TRUE(polygonContains(donut, p)) << p.x() << "," << p.y();
}

TEST(MapLayer, FeatureAtPrefersContainingThenNearestWithinTolerance) {
  std::vector<MapFeature> features = {polygonFeature(10, {square(0, 0, 10)}),
                                      polygonFeature(20, {square(20, 0, 10)})};
  const MapLayer layer(ProjectLayer::Buildings, GeometryShape::Polygon, {}, std::move(features));
  EXPECT_EQ(layer.featureAt(QPointF(5, 5), 1), 0);
  EXPECT_EQ(layer.featureAt(QPointF(25, 5), 1), 1);
  EXPECT_EQ(layer.featureAt(QPointF(15, 5), 1), std::nullopt);
  EXPECT_EQ(layer.featureAt(QPointF(18.5, 5), 2), 1);  // 1.5 from the second square's edge
}

TEST(MapLayer, CopiesShareTheSnapshot) {
  std::vector<MapFeature> features = {polygonFeature(1, {square(0, 0, 1)})};
  const MapLayer a(ProjectLayer::Zones, GeometryShape::Polygon, {"type"}, std::move(features));
  const MapLayer b = a;
  EXPECT_EQ(&a.features(), &b.features());
  EXPECT_EQ(b.fieldIndex("type"), 0);
  EXPECT_EQ(b.fieldIndex("none"), -1);
  EXPECT_DOUBLE_EQ(b.features()[0].area, 1.0);
}

}  // namespace
}  // namespace fangan
