// An independent cross-check on real data: the zone join and the grid assignment against plain
// SpatiaLite SQL (ST_Intersects / ST_Intersection through the R*Tree) on the same project file.
// The SQL path shares none of our code: no STR-tree, no subdivision, no prepared pieces, no
// threads. The SQL is written here, in the test, only: the program itself never issues SQL
// outside gis/store.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <map>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/DerivedZones.h"
#include "gis/analysis/spatial/GridAssignment.h"
#include "gis/analysis/spatial/ZoneJoin.h"
#include "gis/io/Importer.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

/// Rows of a two-column (text, integer) query, through SpatiaLite loaded as an extension.
std::map<std::string, std::int64_t> sqlCounts(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_enable_load_extension(db, 1);
  char* error = nullptr;
  if (sqlite3_load_extension(db, "mod_spatialite", nullptr, &error) != SQLITE_OK) {
    ADD_FAILURE() << "mod_spatialite: " << (error ? error : "?");
    sqlite3_free(error);
  }
  std::map<std::string, std::int64_t> out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << "\n" << sql;
  } else {
    int rc = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      const auto* key = sqlite3_column_text(s, 0);
      out[key ? reinterpret_cast<const char*>(key) : ""] = sqlite3_column_int64(s, 1);
    }
    EXPECT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(db);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

ImportReport importInto(ProjectStore& store, ProjectLayer layer, const std::string& file,
                        const std::string& sourceLayer = "") {
  ImportOptions o;
  o.layer = layer;
  o.path = file;
  o.sourceLayer = sourceLayer;
  return importFile(store, o);
}

TEST(AndorraCrossCheck, JoinAndGridsAgreeWithSpatialiteSql) {
  const std::string data = testing::sharedData("andorra");
  if (data.empty()) FANGAN_MISSING("shared Andorra data missing");
  testing::TempDir dir;
  const std::string path = dir.file("andorra.sqlite");
  auto store = createSpatialiteProject(path, 32631);  // UTM 31N, the DEM's own CRS

  EXPECT_EQ(importInto(*store, ProjectLayer::Buildings, data + "/buildings.gpkg").imported, 4906);
  EXPECT_EQ(
      importInto(*store, ProjectLayer::Pois, data + "/schools.gpkg", "school_points").imported, 11);
  importInto(*store, ProjectLayer::Lines, data + "/roads.gpkg");
  // The importer guesses the POI category from OSM's `amenity` column.
  std::map<std::string, int> categories;
  store->forEachSource(ProjectLayer::Pois, [&](const SourceFeature& f, const Wkb&) {
    ++categories[f.category];
    return true;
  });
  EXPECT_EQ(categories,
            (std::map<std::string, int>{{"college", 1}, {"kindergarten", 1}, {"school", 9}}));

  // Grids: 2 km squares over the buildings, one left out so some buildings are outside all.
  Extent extent;
  for (const auto& l : store->summary()) {
    if (l.layer == ProjectLayer::Buildings) extent = l.extent;
  }
  ASSERT_FALSE(extent.isEmpty());
  const double cell = 2000;
  // An origin off the round numbers, so no footprint is split exactly in half (the tie rule
  // with its tolerance would be a different rule from SQL's exact ordering).
  const double x0 = std::floor(extent.minX) - 0.37, y0 = std::floor(extent.minY) - 0.53;
  const int columns = static_cast<int>((extent.maxX - x0) / cell) + 1;
  const int rows = static_cast<int>((extent.maxY - y0) / cell) + 1;
  int left = 0;
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      if (r == rows / 2 && c == columns / 2) continue;
      char id[32];
      std::snprintf(id, sizeof id, "G%02d%02d", r, c);
      GridRecord g;
      g.grid = id;
      store->upsertGrid(g, testing::rectangle(x0 + c * cell, y0 + r * cell, x0 + (c + 1) * cell,
                                              y0 + (r + 1) * cell));
      ++left;
    }
  }
  ASSERT_GT(left, 10);

  DerivedZoneOptions zoneOptions;
  zoneOptions.demPath = testing::sharedData("andorra/dem_utm_30m.tif");
  const ZoneRules rules = parseZoneRules(
      "school buffer school,college 200\n"
      "kindergarten buffer kindergarten 200\n"
      "rail_road corridor primary,secondary,trunk 30\n" +
          std::string(zoneOptions.demPath.empty() ? "" : "slope slope - 25 min_area=2000\n"),
      "andorra.rules");
  {
    auto t = store->begin();
    rebuildDerivedZones(*store, rules, zoneOptions);
    t->commit();
  }
  const ZoneJoinResult join = rebuildBuildingZones(*store);
  const GridAssignmentResult grids = assignGridsAndTowns(*store);
  applyGridAssignment(*store, grids);
  EXPECT_GT(join.zonePieces, join.zones);  // slope areas were cut into pieces
  EXPECT_GT(join.buildingsPerType.at("school"), 0);
  EXPECT_GT(join.buildingsPerType.at("rail_road"), 0);

  // Per zone type: distinct buildings, through the buildings' R*Tree.
  const std::string zoneSql =
      "SELECT z.type, COUNT(DISTINCT b.id) FROM zones z JOIN buildings b ON b.id IN "
      "(SELECT pkid FROM idx_buildings_geom WHERE xmin <= MbrMaxX(z.geom) AND "
      "xmax >= MbrMinX(z.geom) AND ymin <= MbrMaxY(z.geom) AND ymax >= MbrMinY(z.geom)) "
      "WHERE ST_Intersects(b.geom, z.geom) = 1 GROUP BY z.type";
  const auto perType = sqlCounts(path, zoneSql);
  std::map<std::string, std::int64_t> ours;
  for (const auto& [type, n] : join.buildingsPerType) {
    if (n > 0) ours[type] = n;
  }
  EXPECT_EQ(ours, perType);
  const auto pairs =
      sqlCounts(path,
                "SELECT 'links', COUNT(*) FROM zones z JOIN buildings b ON b.id IN "
                "(SELECT pkid FROM idx_buildings_geom WHERE xmin <= MbrMaxX(z.geom) AND "
                "xmax >= MbrMinX(z.geom) AND ymin <= MbrMaxY(z.geom) AND ymax >= MbrMinY(z.geom)) "
                "WHERE ST_Intersects(b.geom, z.geom) = 1");
  EXPECT_EQ(pairs.at("links"), static_cast<std::int64_t>(join.links.size()));

  // Per grid: largest overlap, ties to the smaller id, through the grids' R*Tree.
  const auto perGrid = sqlCounts(
      path,
      "WITH o AS (SELECT b.id AS bid, g.grid AS grid, "
      "ST_Area(ST_Intersection(b.geom, g.geom)) AS a FROM buildings b JOIN grids g ON g.id IN "
      "(SELECT pkid FROM idx_grids_geom WHERE xmin <= MbrMaxX(b.geom) AND "
      "xmax >= MbrMinX(b.geom) AND ymin <= MbrMaxY(b.geom) AND ymax >= MbrMinY(b.geom))), "
      "best AS (SELECT bid, grid, ROW_NUMBER() OVER (PARTITION BY bid ORDER BY a DESC, "
      "grid ASC) AS rn FROM o WHERE a > 0) "
      "SELECT grid, COUNT(*) FROM best WHERE rn = 1 GROUP BY grid");
  std::map<std::string, std::int64_t> storedGrids;
  std::int64_t outside = 0;
  store->forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
    if (b.grid.empty()) {
      ++outside;
    } else {
      ++storedGrids[b.grid];
    }
    return true;
  });
  EXPECT_EQ(storedGrids, perGrid);
  std::int64_t sqlAssigned = 0;
  for (const auto& [g, n] : perGrid) sqlAssigned += n;
  EXPECT_EQ(outside, 4906 - sqlAssigned);
  EXPECT_EQ(outside, static_cast<std::int64_t>(grids.outside.size()));
  EXPECT_GT(outside, 0);  // the left-out cell held buildings
  RecordProperty("zone_links", std::to_string(join.links.size()));
  RecordProperty("outside_buildings", std::to_string(outside));
}

}  // namespace
}  // namespace fangan
