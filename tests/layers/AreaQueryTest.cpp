#include <gtest/gtest.h>

#include <random>

#include "layers/AreaQuery.h"

namespace fangan {
namespace {

MapFeature featureOf(GeometryShape shape, const QVector<QPolygonF>& paths) {
  static std::int64_t nextId = 1;
  MapFeature f;
  f.id = nextId++;
  f.shape = shape;
  f.paths = paths;
  for (const QPolygonF& path : paths) {
    for (const QPointF& p : path) f.bounds.include(p.x(), p.y());
  }
  return f;
}

QPolygonF square(double x, double y, double size) {
  return QPolygonF(
      {QPointF(x, y), QPointF(x + size, y), QPointF(x + size, y + size), QPointF(x, y + size)});
}

QPolygonF box(double x0, double y0, double x1, double y1) {
  return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

MapLayer layerOf(GeometryShape shape, const std::vector<QVector<QPolygonF>>& geometries) {
  std::vector<MapFeature> features;
  for (const auto& paths : geometries) features.push_back(featureOf(shape, paths));
  return MapLayer(ProjectLayer::Buildings, shape, {}, std::move(features));
}

using Indices = std::vector<int>;

TEST(AreaQuery, BoxTakesOnlyTheSquareItMeets) {
  const MapLayer layer = layerOf(GeometryShape::Polygon,
                                 {{square(0, 0, 10)}, {square(20, 0, 10)}, {square(40, 0, 10)}});
  EXPECT_EQ(featuresIntersecting(layer, box(25, 2, 35, 8)), Indices({1}));
  // Touching an edge counts, as for the index.
  EXPECT_EQ(featuresIntersecting(layer, box(50, 2, 60, 8)), Indices({2}));
  EXPECT_EQ(featuresIntersecting(layer, box(11, 2, 19, 8)), Indices());
  EXPECT_EQ(featuresIntersecting(layer, box(-100, -100, 100, 100)), Indices({0, 1, 2}));
}

TEST(AreaQuery, PolygonCrossingEdgesWithoutContainedVerticesMeets) {
  const MapLayer layer = layerOf(GeometryShape::Polygon, {{square(0, 0, 10)}});
  // A band across the square: no vertex of either lies inside the other.
  EXPECT_EQ(featuresIntersecting(layer, box(-5, 4, 15, 6)), Indices({0}));
  // The same as a slanted band (not an axis-parallel box).
  const QPolygonF slanted({QPointF(-5, 3), QPointF(15, 5), QPointF(15, 7), QPointF(-5, 5)});
  EXPECT_EQ(featuresIntersecting(layer, slanted), Indices({0}));
  // A triangle whose box covers the square's corner but which passes beside it.
  const QPolygonF beside({QPointF(8, 14), QPointF(14, 8), QPointF(14, 14)});
  EXPECT_EQ(featuresIntersecting(layer, beside), Indices());
}

TEST(AreaQuery, AreaInsideAPolygonMeetsItButNotInsideItsHole) {
  const MapLayer layer = layerOf(GeometryShape::Polygon, {{square(0, 0, 30), square(10, 10, 10)}});
  EXPECT_EQ(featuresIntersecting(layer, box(2, 2, 5, 5)), Indices({0}));      // in the solid part
  EXPECT_EQ(featuresIntersecting(layer, box(12, 12, 18, 18)), Indices());     // in the hole
  EXPECT_EQ(featuresIntersecting(layer, box(-1, -1, 31, 31)), Indices({0}));  // around all
}

TEST(AreaQuery, LinesMeetWhenAnEdgeCrossesOrAVertexIsInside) {
  const MapLayer layer =
      layerOf(GeometryShape::Line, {{QPolygonF({QPointF(0, 0), QPointF(100, 0)})},
                                    {QPolygonF({QPointF(45, 20), QPointF(50, 30)})},
                                    {QPolygonF({QPointF(0, 20), QPointF(30, 50)})}});
  // Crosses the first line between its two vertices.
  EXPECT_EQ(featuresIntersecting(layer, box(40, -5, 60, 5)), Indices({0}));
  // Holds a vertex of the second.
  EXPECT_EQ(featuresIntersecting(layer, box(40, 15, 47, 22)), Indices({1}));
  // A line string is not closed: inside its bend nothing is met.
  const MapLayer bent =
      layerOf(GeometryShape::Line,
              {{QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)})}});
  EXPECT_EQ(featuresIntersecting(bent, box(2, 2, 8, 8)), Indices());
  EXPECT_EQ(featuresIntersecting(bent, box(-1, 2, 1, 8)), Indices());
  EXPECT_EQ(featuresIntersecting(bent, box(8, 2, 12, 8)), Indices({0}));
}

TEST(AreaQuery, PointsMeetWhenInsideOrOnTheBoundary) {
  const MapLayer layer = layerOf(GeometryShape::Point, {{QPolygonF({QPointF(5, 5)})},
                                                        {QPolygonF({QPointF(50, 50)})},
                                                        {QPolygonF({QPointF(10, 3)})},
                                                        {QPolygonF({QPointF(12, 8)})}});
  EXPECT_EQ(featuresIntersecting(layer, box(0, 0, 10, 10)), Indices({0, 2}));
  // (12, 8) lies on the hypotenuse.
  const QPolygonF triangle({QPointF(0, 0), QPointF(20, 0), QPointF(0, 20)});
  EXPECT_EQ(featuresIntersecting(layer, triangle), Indices({0, 2, 3}));
}

TEST(AreaQuery, ConcaveAreaLeavesOutWhatLiesInItsNotch) {
  // An L: the square at (20,20) is inside the L's bounding box but in its notch.
  const QPolygonF ell({QPointF(0, 0), QPointF(30, 0), QPointF(30, 10), QPointF(10, 10),
                       QPointF(10, 30), QPointF(0, 30)});
  const MapLayer polygons = layerOf(GeometryShape::Polygon,
                                    {{square(20, 20, 5)}, {square(2, 2, 3)}, {box(25, 5, 35, 8)}});
  EXPECT_EQ(featuresIntersecting(polygons, ell), Indices({1, 2}));
  const MapLayer points = layerOf(GeometryShape::Point,
                                  {{QPolygonF({QPointF(20, 20)})}, {QPolygonF({QPointF(5, 25)})}});
  EXPECT_EQ(featuresIntersecting(points, ell), Indices({1}));
  const MapLayer lines =
      layerOf(GeometryShape::Line, {{QPolygonF({QPointF(15, 15), QPointF(28, 28)})},
                                    {QPolygonF({QPointF(15, 15), QPointF(5, 28)})}});
  EXPECT_EQ(featuresIntersecting(lines, ell), Indices({1}));
}

TEST(AreaQuery, ClosedRingsAndDegenerateAreas) {
  const MapLayer layer = layerOf(GeometryShape::Polygon, {{square(0, 0, 10)}});
  QPolygonF closed = box(5, 5, 15, 15);
  closed << closed.first();
  EXPECT_EQ(featuresIntersecting(layer, closed), Indices({0}));
  EXPECT_EQ(featuresIntersecting(layer, QPolygonF({QPointF(5, 5), QPointF(6, 6)})), Indices());
  EXPECT_EQ(featuresIntersecting(layer, QPolygonF()), Indices());
  EXPECT_EQ(featuresIntersecting(MapLayer(), box(0, 0, 1, 1)), Indices());
}

// The index must not lose candidates: the query equals testing every feature.
TEST(AreaQuery, AgreesWithTestingEveryFeature) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(0, 1000);
  std::uniform_real_distribution<double> extent(1, 30);
  std::vector<QVector<QPolygonF>> geometries;
  for (int i = 0; i < 3000; ++i) {
    const double x = coordinate(random);
    const double y = coordinate(random);
    geometries.push_back({QPolygonF(
        {QPointF(x, y), QPointF(x + extent(random), y), QPointF(x, y + extent(random))})});
  }
  const MapLayer layer = layerOf(GeometryShape::Polygon, geometries);
  const QPolygonF star({QPointF(500, 100), QPointF(600, 400), QPointF(900, 500), QPointF(600, 600),
                        QPointF(500, 900), QPointF(400, 600), QPointF(100, 500),
                        QPointF(400, 400)});
  for (const QPolygonF& area : {star, box(300, 200, 700, 650)}) {
    Indices expected;
    for (std::size_t i = 0; i < layer.features().size(); ++i) {
      if (featureIntersects(layer.features()[i], area)) expected.push_back(static_cast<int>(i));
    }
    EXPECT_GT(expected.size(), 100u);
    EXPECT_LT(expected.size(), layer.features().size());
    EXPECT_EQ(featuresIntersecting(layer, area), expected);
  }
}

}  // namespace
}  // namespace fangan
