#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include <cmath>

#include "gis/analysis/spatial/HexDensity.h"

namespace fangan {
namespace {

double areaOf(const Wkb& wkb) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size());
  const double a = g ? g->toPolygon()->get_Area() : -1;
  OGRGeometryFactory::destroyGeometry(g);
  return a;
}

bool contains(const Wkb& wkb, double x, double y) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size());
  OGRPoint p(x, y);
  const bool in = g && g->Contains(&p);
  OGRGeometryFactory::destroyGeometry(g);
  return in;
}

TEST(HexGrid, CentresMapBackToTheirCell) {
  const HexGrid grid(250);
  for (int q = -5; q <= 5; ++q) {
    for (int r = -5; r <= 5; ++r) {
      const auto [x, y] = grid.centre(q, r);
      EXPECT_EQ(grid.cellOf(x, y), std::make_pair(q, r));
    }
  }
}

TEST(HexGrid, PolygonIsAFlatToppedHexagonOfTheRightArea) {
  const HexGrid grid(250);
  const Wkb w = grid.polygon(3, -2);
  EXPECT_NEAR(areaOf(w), 1.5 * std::sqrt(3.0) * 250 * 250, 1e-6);
  const auto [cx, cy] = grid.centre(3, -2);
  // Flat top: vertices east and west at ±size, edges north and south at ±size·√3/2.
  EXPECT_TRUE(contains(w, cx + 249, cy));
  EXPECT_FALSE(contains(w, cx + 251, cy));
  EXPECT_TRUE(contains(w, cx, cy + 216));
  EXPECT_FALSE(contains(w, cx, cy + 217));
}

TEST(HexGrid, EveryPointFallsInTheHexagonItIsBinnedTo) {
  const HexGrid grid(100);
  for (int i = 0; i < 2000; ++i) {
    // A deterministic scatter over several hexagons, with real projected coordinates.
    const double x = 500000 + std::fmod(i * 37.77, 900.0);
    const double y = 3400000 + std::fmod(i * 53.13, 700.0);
    const auto [q, r] = grid.cellOf(x, y);
    EXPECT_TRUE(contains(grid.polygon(q, r), x, y)) << x << " " << y;
  }
}

TEST(HexDensity, CountsOnlyOccupiedCellsDensestFirst) {
  const HexGrid grid(250);
  const auto [ax, ay] = grid.centre(0, 0);
  const auto [bx, by] = grid.centre(4, 1);
  const auto cells = hexDensity({{ax, ay}, {ax + 10, ay}, {bx, by}, {ax - 20, ay + 5}}, 250);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0].count, 3);
  EXPECT_EQ(std::make_pair(cells[0].q, cells[0].r), std::make_pair(0, 0));
  EXPECT_EQ(cells[1].count, 1);
  EXPECT_EQ(std::make_pair(cells[1].q, cells[1].r), std::make_pair(4, 1));
  EXPECT_THROW(HexGrid(0), std::invalid_argument);
}

}  // namespace
}  // namespace fangan
