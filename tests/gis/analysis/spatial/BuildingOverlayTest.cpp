#include <gtest/gtest.h>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/BuildingOverlay.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

TEST(BuildingOverlay, OnePassEqualsTheSeparateOverlaysAndStoresBoth) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  for (int g = 0; g < 4; ++g) {
    GridRecord grid;
    grid.grid = "G" + std::to_string(g);
    store->upsertGrid(grid,
                      testing::rectangle(kX0 + 250 * g, kY0, kX0 + 250 * (g + 1), kY0 + 1000));
  }
  ZoneRecord zone;
  zone.type = "old_town";
  zone.source = "import:z.gpkg";
  store->insertZone(zone, testing::regularPolygon(kX0 + 500, kY0 + 500, 300, 1000));
  int n = 0;
  for (int i = 0; i < 40; ++i) {
    for (int j = 0; j < 40; ++j) {
      const double x = kX0 + 25.0 * i + 3, y = kY0 + 25.0 * j + 4;
      testing::addBuilding(*store, "B" + std::to_string(n++),
                           testing::rectangle(x, y, x + 12, y + 9));
    }
  }
  const auto zones = joinBuildingsToZones(*store);
  const auto grids = assignGridsAndTowns(*store);
  const auto both = rebuildBuildingOverlays(*store);
  EXPECT_EQ(both.zones.links, zones.links);
  EXPECT_EQ(both.zones.buildingsPerType, zones.buildingsPerType);
  EXPECT_EQ(both.grids.grids, grids.grids);
  EXPECT_EQ(both.zones.buildings, 1600);
  EXPECT_EQ(both.grids.buildings, 1600);
  // Written: the links and the grids.
  const auto b0 = store->buildingByCode("B0");
  ASSERT_TRUE(b0);
  EXPECT_EQ(b0->grid, "G0");
  std::size_t stored = 0;
  store->forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
    stored += store->zonesOfBuilding(b.id).size();
    return true;
  });
  EXPECT_EQ(stored, both.zones.links.size());
}

}  // namespace
}  // namespace fangan
