#include <gtest/gtest.h>
#include <sqlite3.h>

#include "../support/TempDir.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {
namespace {

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
    EXPECT_EQ(store->schemaVersion(), 2);
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

}  // namespace
}  // namespace fangan
