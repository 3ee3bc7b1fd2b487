#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>

#include "../support/TempDir.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {
namespace {

// A 10 m square at (x, y) as little-endian WKB MULTIPOLYGON.
Wkb square(double x, double y) {
  Wkb w;
  auto put32 = [&](uint32_t v) {
    for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
  };
  auto putD = [&](double d) {
    unsigned char b[8];
    std::memcpy(b, &d, 8);
    w.insert(w.end(), b, b + 8);
  };
  w.push_back(1);
  put32(6);
  put32(1);
  w.push_back(1);
  put32(3);
  put32(1);
  put32(5);
  const double pts[5][2] = {{x, y}, {x + 10, y}, {x + 10, y + 10}, {x, y + 10}, {x, y}};
  for (const auto& p : pts) {
    putD(p[0]);
    putD(p[1]);
  }
  return w;
}

std::string scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    const auto* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

TEST(SpatialiteStore, CreatesVersionedProjectWithSpatialIndexAndWal) {
  testing::TempDir dir;
  const auto path = dir.file("p.sqlite");
  {
    auto store = createSpatialiteProject(path, 4547);
    EXPECT_EQ(store->srid(), 4547);
    EXPECT_EQ(store->schemaVersion(), 3);
  }
  EXPECT_EQ(scalar(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(scalar(path, "SELECT count(*) FROM geometry_columns WHERE spatial_index_enabled = 1"),
            "7");
  EXPECT_EQ(scalar(path, "SELECT srid FROM geometry_columns WHERE f_table_name = 'buildings'"),
            "4547");
  EXPECT_THROW(createSpatialiteProject(path, 4547), StoreError);
}

TEST(SpatialiteStore, RefusesFilesThatAreNotProjects) {
  testing::TempDir dir;
  EXPECT_THROW(openSpatialiteProject(dir.file("missing.sqlite")), StoreError);
  sqlite3* db = nullptr;
  sqlite3_open(dir.file("other.sqlite").c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_THROW(openSpatialiteProject(dir.file("other.sqlite")), StoreError);
}

TEST(SpatialiteStore, UpsertUpdatesByCodeAndAuditsEachChangedField) {
  testing::TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  BuildingRecord b;
  b.code = "B001";
  b.floors = 2;
  b.structure = Structure::Masonry;
  const auto id = store->upsertBuilding(b, square(500000, 3000000), "甲");
  b.floors = 3;
  b.surveyStatus = SurveyStatus::Surveyed;
  EXPECT_EQ(store->upsertBuilding(b, square(500000, 3000000), "乙"), id);
  const auto back = store->buildingByCode("B001");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->floors, 3);
  EXPECT_EQ(back->structure, Structure::Masonry);
  EXPECT_EQ(back->surveyStatus, SurveyStatus::Surveyed);
  const auto log = store->auditLog(10);
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].who, "乙");
  EXPECT_EQ(log[0].target, "buildings:B001");
  // Newest first: survey_status is after floors in column order.
  EXPECT_EQ(log[0].field, "survey_status");
  EXPECT_EQ(log[0].newValue, "surveyed");
  EXPECT_EQ(log[1].field, "floors");
  EXPECT_EQ(log[1].oldValue, "2");
  EXPECT_EQ(log[1].newValue, "3");
}

TEST(SpatialiteStore, ReadsStoredValuesOfEveryStorageClassAsTheirText) {
  // Rows written by other tools (or older versions) may hold text in INTEGER columns, numbers
  // beyond int, or loose dates; the typed reader must give what the text rule gives.
  testing::TempDir dir;
  const auto path = dir.file("p.sqlite");
  {
    auto store = createSpatialiteProject(path, 4547);
    BuildingRecord b;
    b.code = "B001";
    store->upsertBuilding(b, square(500000, 3000000), "甲");
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "UPDATE buildings SET self_built = 'yes', floors = '12abc', "
                         "year_built = 99999999999, people_dense = 0, distress = 5, "
                         "design_life = ' 7', structure = 'bogus', use = 'commercial', "
                         "survey_date = '2024/3/1', closed = '0', address = '福州路 1 号'",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = openSpatialiteProject(path);
  const auto back = store->buildingByCode("B001");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->selfBuilt, std::optional<bool>(true));
  EXPECT_EQ(back->floors, std::optional<int>(12));
  EXPECT_EQ(back->yearBuilt, std::nullopt);
  EXPECT_EQ(back->peopleDense, std::optional<bool>(false));
  EXPECT_EQ(back->distress, std::optional<bool>(true));
  EXPECT_EQ(back->designLife, std::optional<int>(7));
  EXPECT_EQ(back->structure, Structure::Unknown);
  EXPECT_EQ(back->use, BuildingUse::Commercial);
  ASSERT_TRUE(back->surveyDate);
  EXPECT_EQ(back->surveyDate->toString(), "2024-03-01");
  EXPECT_EQ(back->closed, std::optional<bool>(false));
  EXPECT_EQ(back->address, "福州路 1 号");
  EXPECT_EQ(back->proDesigned, std::nullopt);
  ASSERT_TRUE(back->enteredDate);
}

TEST(SpatialiteStore, RolledBackTransactionLeavesNothing) {
  testing::TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  {
    auto tx = store->begin();
    BuildingRecord b;
    b.code = "B1";
    store->upsertBuilding(b, square(0, 0), "x");
  }
  EXPECT_FALSE(store->buildingByCode("B1"));
  EXPECT_EQ(store->summary()[0].count, 0);
}

TEST(SpatialiteStore, InspectionHistoryIsAppendOnly) {
  testing::TempDir dir;
  const auto path = dir.file("p.sqlite");
  auto store = createSpatialiteProject(path, 4547);
  BuildingRecord b;
  b.code = "B1";
  const auto id = store->upsertBuilding(b, square(0, 0), "x");
  InspectionEvent e;
  e.buildingId = id;
  e.code = "B1";
  e.date = *Date::parse("2024-05-01");
  e.kind = "survey";
  e.result = "无隐患";
  store->appendEvent(e);
  ASSERT_EQ(store->events(id).size(), 1u);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  char* err = nullptr;
  EXPECT_NE(sqlite3_exec(db, "UPDATE events SET result = 'x'", nullptr, nullptr, &err), SQLITE_OK);
  ASSERT_NE(err, nullptr);
  EXPECT_NE(std::string(err).find("append-only"), std::string::npos);
  sqlite3_free(err);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM events", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_EQ(store->events(id).front().result, "无隐患");
}

TEST(SpatialiteStore, BoxQueryUsesTheSpatialIndex) {
  testing::TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  auto tx = store->begin();
  for (int i = 0; i < 100; ++i) {
    BuildingRecord b;
    b.code = "B" + std::to_string(i);
    store->upsertBuilding(b, square(500000 + 20 * i, 3000000), "x");
  }
  tx->commit();
  Extent box;
  box.include(500000 + 20 * 10 + 1, 3000000 + 1);
  box.include(500000 + 20 * 12 + 1, 3000000 + 2);
  EXPECT_EQ(store->buildingsInBox(box).size(), 3u);  // squares 10, 11, 12
  int visited = 0;
  store->forEachBuilding([&](const BuildingRecord&, const Wkb&) { return ++visited < 1000; }, &box);
  EXPECT_EQ(visited, 3);
  const auto s = store->summary();
  EXPECT_EQ(s[0].count, 100);
  EXPECT_DOUBLE_EQ(s[0].extent.minX, 500000);
  EXPECT_DOUBLE_EQ(s[0].extent.maxX, 500000 + 20 * 99 + 10);
}

TEST(SpatialiteStore, ScansByTownAndGridWithoutFootprints) {
  testing::TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  auto tx = store->begin();
  for (int i = 0; i < 30; ++i) {
    BuildingRecord b;
    b.code = "B" + std::to_string(i);
    b.town = i % 3 == 0 ? "东街道" : "西街道";  // 10 in 东, 20 in 西
    b.grid = i < 12 ? "G1" : (i < 29 ? "G2" : "");
    b.address = "和平路" + std::to_string(i) + "号";
    store->upsertBuilding(b, square(500000 + 20 * i, 3000000), "x");
  }
  tx->commit();

  BuildingScan byTown;
  byTown.town = "东街道";
  byTown.footprints = false;
  std::vector<std::string> codes;
  bool anyFootprint = false;
  store->scanBuildings(byTown, [&](const BuildingRecord& r, const Wkb& g) {
    codes.push_back(r.code);
    anyFootprint = anyFootprint || !g.empty();
    return true;
  });
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(codes.front(), "B0");
  EXPECT_EQ(codes.back(), "B27");
  EXPECT_FALSE(anyFootprint);

  BuildingScan both;
  both.town = "西街道";
  both.grid = "G1";  // i < 12 and i % 3 != 0: 8 buildings
  int count = 0;
  bool allFootprints = true;
  store->scanBuildings(both, [&](const BuildingRecord& r, const Wkb& g) {
    ++count;
    allFootprints = allFootprints && !g.empty() && r.grid == "G1";
    return true;
  });
  EXPECT_EQ(count, 8);
  EXPECT_TRUE(allFootprints);

  const std::vector<std::int64_t> ids = store->buildingIds();
  ASSERT_EQ(ids.size(), 30u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(store->buildingAreaNames(BuildingArea::Town),
            (std::vector<std::string>{"东街道", "西街道"}));
  EXPECT_EQ(store->buildingAreaNames(BuildingArea::Grid), (std::vector<std::string>{"G1", "G2"}));

  EXPECT_EQ(store->codeOfAddress("路2"), "B2");  // the first by id: 路2号 before 路20号
  EXPECT_EQ(store->codeOfAddress("路21号"), "B21");
  EXPECT_EQ(store->codeOfAddress("' OR 1=1 --"), std::nullopt);  // a value, never SQL
  EXPECT_EQ(store->codeOfAddress(""), std::nullopt);
}

TEST(SpatialiteStore, CrsChosenInsideARolledBackTransactionIsForgotten) {
  testing::TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 0);
  EXPECT_EQ(store->srid(), 0);
  {
    auto tx = store->begin();
    store->assignCrs(4547);
    EXPECT_EQ(store->srid(), 4547);
  }
  EXPECT_EQ(store->srid(), 0);
  store->assignCrs(4549);
  EXPECT_EQ(store->srid(), 4549);
  EXPECT_THROW(store->assignCrs(4547), StoreError);
}

}  // namespace
}  // namespace fangan
