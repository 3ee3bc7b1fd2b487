// Per-zone coverage on the sample district (data/sample: 4,906 Andorra footprints, 101 imported
// key zones and those the shipped rules derive), against plain SpatiaLite SQL on the same file. The
// SQL shares none of our code: it counts each zone's linked buildings that are surveyed, or hold a
// survey point (ST_Intersects), or whose code a survey point carries. Some survey points are added
// first so that every way of being checked occurs. The SQL is written here, in the test, only.

#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "../../support/TempDir.h"
#include "gis/analysis/spatial/DerivedZones.h"
#include "gis/analysis/spatial/ZoneCoverage.h"
#include "gis/analysis/spatial/ZoneJoin.h"
#include "gis/analysis/spatial/ZoneRules.h"
#include "gis/io/Importer.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using Counts = std::pair<std::int64_t, std::int64_t>;  // total, checked

/// (key → total, checked) rows of a three-column query, through SpatiaLite as an extension.
std::map<std::string, Counts> sqlCounts(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_enable_load_extension(db, 1);
  char* error = nullptr;
  if (sqlite3_load_extension(db, "mod_spatialite", nullptr, &error) != SQLITE_OK) {
    ADD_FAILURE() << "mod_spatialite: " << (error ? error : "?");
    sqlite3_free(error);
  }
  std::map<std::string, Counts> out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sqlite3_errmsg(db) << "\n" << sql;
  } else {
    int rc = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      const auto* key = sqlite3_column_text(s, 0);
      out[key ? reinterpret_cast<const char*>(key) : ""] = {sqlite3_column_int64(s, 1),
                                                            sqlite3_column_int64(s, 2)};
    }
    EXPECT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(db);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

/// A point inside a footprint (OGR's point on surface), as WKB.
Wkb pointInside(const Wkb& footprint) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkb(footprint.data(), nullptr, &g, footprint.size());
  if (!g) return {};
  OGRGeometry* p = OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(g)));
  Wkb out;
  if (p) {
    out.resize(static_cast<std::size_t>(p->WkbSize()));
    p->exportToWkb(wkbNDR, out.data());
    OGRGeometryFactory::destroyGeometry(p);
  }
  OGRGeometryFactory::destroyGeometry(g);
  return out;
}

// "Checked" in SQL, for a building row `b`.
const char* kCheckedSql =
    "(b.survey_status = 'surveyed' OR EXISTS (SELECT 1 FROM survey_points p WHERE "
    "ST_Intersects(p.geom, b.geom) = 1) OR EXISTS (SELECT 1 FROM survey_points p WHERE "
    "p.code = b.code AND p.code <> ''))";

TEST(ZoneCoverageSample, AgreesWithSpatialiteSqlPerZoneAndPerType) {
  const std::string sample = std::string(FANGAN_DATA_DIR) + "/sample";
  if (!std::filesystem::exists(sample + "/zones.gpkg")) FANGAN_MISSING("no " << sample);
  testing::TempDir dir;
  const std::string path = dir.file("sample.sqlite");
  auto store = createSpatialiteProject(path, 0);
  // As scripts/make-sample-project.sh does: every layer, then the zones derived by the
  // shipped rules (with the DEM's slope areas) and the join.
  for (const auto& [layer, file] :
       {std::pair{ProjectLayer::Buildings, "buildings.gpkg"},
        std::pair{ProjectLayer::Pois, "pois.gpkg"}, std::pair{ProjectLayer::Lines, "lines.gpkg"},
        std::pair{ProjectLayer::Zones, "zones.gpkg"}}) {
    ImportOptions o;
    o.layer = layer;
    o.path = sample + "/" + file;
    importFile(*store, o);
  }
  {
    DerivedZoneOptions zoneOptions;
    if (std::filesystem::exists(sample + "/dem.tif")) zoneOptions.demPath = sample + "/dem.tif";
    auto t = store->begin();
    rebuildDerivedZones(*store, loadZoneRules(defaultZoneRulesPath()), zoneOptions);
    t->commit();
  }
  rebuildBuildingZones(*store);

  // Survey points: inside 20 unsurveyed zoned buildings, and one far away carrying the code
  // of another.
  std::set<std::int64_t> zoned;
  store->forEachBuildingZone([&](std::int64_t b, std::int64_t) {
    zoned.insert(b);
    return true;
  });
  int inside = 0;
  std::string codeOnly;
  for (const std::int64_t id : zoned) {
    const auto record = store->buildingById(id);
    if (!record || record->isSurveyed()) continue;
    if (inside < 20) {
      const Wkb p = pointInside(store->buildingFootprint(id));
      ASSERT_FALSE(p.empty());
      store->insertSurveyPoint(SurveyPoint{}, p);
      ++inside;
    } else if (codeOnly.empty()) {
      codeOnly = record->code;
      SurveyPoint byCode;
      byCode.code = codeOnly;
      store->insertSurveyPoint(byCode, pointInside(store->buildingFootprint(*zoned.begin())));
      break;
    }
  }
  ASSERT_EQ(inside, 20) << "the sample has fewer unsurveyed buildings in zones than expected";
  ASSERT_FALSE(codeOnly.empty());

  const ZoneCoverageReport r = computeZoneCoverage(*store);
  EXPECT_GT(r.zones.size(), 101u);  // the 101 imported and the derived ones

  const auto perZone =
      sqlCounts(path, std::string("SELECT bz.zone_id, COUNT(*), SUM(") + kCheckedSql +
                          ") FROM building_zones bz JOIN buildings b ON b.id = bz.building_id "
                          "GROUP BY bz.zone_id");
  std::int64_t zonesWithBuildings = 0, uncheckedSomewhere = 0;
  for (const auto& z : r.zones) {
    const auto it = perZone.find(std::to_string(z.zoneId));
    const Counts expected = it == perZone.end() ? Counts{0, 0} : it->second;
    EXPECT_EQ(z.coverage.total, expected.first) << "zone " << z.zoneId;
    EXPECT_EQ(z.coverage.checked, expected.second) << "zone " << z.zoneId;
    zonesWithBuildings += z.coverage.total > 0 ? 1 : 0;
    uncheckedSomewhere += z.coverage.unchecked();
  }
  // The comparison means something only if the sample exercises it.
  EXPECT_GT(zonesWithBuildings, 10);
  EXPECT_GT(uncheckedSomewhere, 0);

  const auto perType = sqlCounts(
      path, std::string("SELECT type, COUNT(*), SUM(checked) FROM (SELECT DISTINCT z.type AS "
                        "type, b.id, ") +
                kCheckedSql +
                " AS checked FROM building_zones bz JOIN zones z ON z.id = bz.zone_id "
                "JOIN buildings b ON b.id = bz.building_id) GROUP BY type");
  for (const auto& t : r.byType) {
    const auto it = perType.find(t.area);
    const Counts expected = it == perType.end() ? Counts{0, 0} : it->second;
    EXPECT_EQ(t.total, expected.first) << t.area;
    EXPECT_EQ(t.checked, expected.second) << t.area;
  }
  const auto any = sqlCounts(path, std::string("SELECT '*', COUNT(*), SUM(") + kCheckedSql +
                                       ") FROM buildings b WHERE b.id IN (SELECT building_id "
                                       "FROM building_zones)");
  EXPECT_EQ(r.inAnyZone.total, any.at("*").first);
  EXPECT_EQ(r.inAnyZone.checked, any.at("*").second);
}

}  // namespace
}  // namespace fangan
