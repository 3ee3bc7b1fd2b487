#include <gtest/gtest.h>

#include <vector>

#include "gis/synth/LatticeGrids.h"

namespace fangan::synth {

namespace {

GeosGeometry box(const GeosContext& geos, double x0, double y0, double x1, double y1) {
  GEOSContextHandle_t h = geos.handle();
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, 5, 2);
  const double xs[5] = {x0, x1, x1, x0, x0};
  const double ys[5] = {y0, y0, y1, y1, y0};
  for (unsigned k = 0; k < 5; ++k) GEOSCoordSeq_setXY_r(h, seq, k, xs[k], ys[k]);
  return geos.own(GEOSGeom_createPolygon_r(h, GEOSGeom_createLinearRing_r(h, seq), nullptr, 0),
                  "box");
}

void addPoints(std::vector<MetricPoint>& points, double x, double y, int n) {
  for (int k = 0; k < n; ++k) points.push_back({x + k, y + k});
}

}  // namespace

TEST(LatticeGrids, KeepsOccupiedCellsAndMergesTinyOnes) {
  GeosContext geos;
  // Area 0..3000 × 0..600: five 600 m cells in a row.
  const GeosGeometry area = box(geos, 0, 0, 3000, 600);
  std::vector<MetricPoint> points;
  addPoints(points, 100, 100, 20);   // cell 0: a grid of its own
  addPoints(points, 700, 100, 2);    // cell 1: tiny, touches cells 0 and 2 → merged
  addPoints(points, 1300, 100, 30);  // cell 2: a grid of its own
  addPoints(points, 2500, 100, 1);   // cell 4: tiny and isolated → joins the nearest grid
  std::vector<int> gridOf;
  const auto grids = latticeGrids(geos, area.get(), points, LatticeRules{}, gridOf);
  ASSERT_EQ(grids.size(), 2u);
  ASSERT_EQ(gridOf.size(), points.size());
  EXPECT_EQ(grids[0].buildings + grids[1].buildings, points.size());
  // West to east: cell 0 first.
  EXPECT_EQ(gridOf.front(), 0);
  EXPECT_EQ(gridOf.back(), 1);  // the isolated point went to cell 2's grid
  GEOSContextHandle_t h = geos.handle();
  for (size_t k = 0; k < points.size(); ++k) {
    GeosGeometry p = geos.own(GEOSGeom_createPointFromXY_r(h, points[k].x, points[k].y), "point");
    EXPECT_EQ(GEOSIntersects_r(h, grids[static_cast<size_t>(gridOf[k])].geometry.get(), p.get()),
              1);
  }
  // Nothing of the empty cell 3 is in any grid.
  double total = 0;
  for (const auto& g : grids) {
    double a = 0;
    GEOSArea_r(h, g.geometry.get(), &a);
    total += a;
  }
  EXPECT_DOUBLE_EQ(total, 4 * 600.0 * 600.0);
}

TEST(LatticeGrids, ClipsCellsToTheArea) {
  GeosContext geos;
  const GeosGeometry area = box(geos, 0, 0, 900, 500);  // cell 1 is cut to 300 × 500
  std::vector<MetricPoint> points;
  addPoints(points, 100, 100, 10);
  addPoints(points, 700, 100, 10);
  LatticeRules rules;
  rules.minAreaShare = 0.1;
  std::vector<int> gridOf;
  const auto grids = latticeGrids(geos, area.get(), points, rules, gridOf);
  ASSERT_EQ(grids.size(), 2u);
  double a = 0;
  GEOSArea_r(geos.handle(), grids[1].geometry.get(), &a);
  EXPECT_DOUBLE_EQ(a, 300.0 * 500.0);
}

}  // namespace fangan::synth
