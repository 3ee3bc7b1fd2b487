#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstring>

#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/Schema.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {
namespace {

using testing::squareAt;

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
    EXPECT_EQ(store->schemaVersion(), schema::currentVersion());
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

TEST(SpatialiteStore, ReadsStoredValuesOfEveryStorageClassAsTheirText) {
  // Rows written by other tools (or older versions) may hold text in INTEGER columns, numbers
  // beyond int, or loose dates; the typed reader must give what the text rule gives.
  testing::TempDir dir;
  const auto path = dir.file("p.sqlite");
  {
    auto store = createSpatialiteProject(path, 4547);
    BuildingRecord b;
    b.code = "B001";
    store->upsertBuilding(b, squareAt(500000, 3000000), "甲");
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

}  // namespace
}  // namespace fangan
