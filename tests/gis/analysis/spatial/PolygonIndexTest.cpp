#include <gtest/gtest.h>

#include "SpatialFixtures.h"
#include "gis/analysis/spatial/PolygonIndex.h"

namespace fangan {
namespace {

double area(const GeosContext& c, const GEOSGeometry* g) {
  double a = 0;
  GEOSArea_r(c.handle(), g, &a);
  return a;
}

TEST(PolygonIndex, SubdivisionCoversThePolygonExactlyInSmallPieces) {
  GeosContext c;
  const Wkb round = testing::regularPolygon(500000, 3400000, 1000, 5000);
  const GeosGeometry whole = c.read(round);
  const auto pieces = subdividePolygon(c, whole.get(), 256);
  ASSERT_GT(pieces.size(), 20u);
  double sum = 0;
  for (const auto& p : pieces) {
    EXPECT_LE(GEOSGetNumCoordinates_r(c.handle(), p.get()), 256);
    EXPECT_EQ(GEOSisValid_r(c.handle(), p.get()), 1);
    sum += area(c, p.get());
  }
  EXPECT_NEAR(sum, area(c, whole.get()), 1e-6 * area(c, whole.get()));
  // Small polygons are left alone.
  const GeosGeometry square = c.read(testing::rectangle(0, 0, 10, 10));
  EXPECT_EQ(subdividePolygon(c, square.get(), 256).size(), 1u);
}

TEST(PolygonIndex, ReportsOwnersOnceInAscendingOrder) {
  GeosContext c;
  const Wkb a = testing::regularPolygon(500000, 3400000, 1000, 3000);  // many pieces
  const Wkb b = testing::rectangle(500500, 3399500, 501500, 3400500);
  const Wkb far = testing::rectangle(600000, 3400000, 600010, 3400010);
  const Wkb broken = {1, 2, 3};
  const PolygonIndex index(c, {{7, &a}, {8, &b}, {9, &far}, {10, &broken}}, 64);
  EXPECT_EQ(index.size(), 4u);
  EXPECT_EQ(index.skipped(), 1u);
  EXPECT_GT(index.pieceCount(), 10u);
  // A long thin building across the round zone touches many of its pieces.
  const GeosGeometry query = c.read(testing::rectangle(499000, 3399990, 501000, 3400010));
  EXPECT_EQ(index.intersecting(query.get()), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(index.key(1), 8);
  const GeosGeometry nothing = c.read(testing::rectangle(0, 0, 1, 1));
  EXPECT_TRUE(index.intersecting(nothing.get()).empty());
}

}  // namespace
}  // namespace fangan
