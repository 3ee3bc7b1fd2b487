// Row versions and stale edits (docs/rules.md#row-versions), on both backends: a SpatiaLite
// file and a schema on the PostGIS test server (FANGAN_PG_URL; skipped locally without one,
// failed under CI=true). Two editors are two store handles on the same project.

#include <gtest/gtest.h>

#include <cstring>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

enum class Backend { Spatialite, Postgis };

// A 10 m square at (x, y) as little-endian WKB MULTIPOLYGON.
Wkb square(double x, double y) { return testing::squareAt(x, y); }

class RowVersionTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Postgis) {
      const std::string why = testing::serverUnavailable();
      if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    }
    store_ = createProject(location(), 4547);
    BuildingRecord b;
    b.code = "B1";
    b.floors = 2;
    b.grid = "G01";
    id_ = store_->upsertBuilding(b, square(500000, 3000000), "导入");
  }
  std::string location() const {
    return GetParam() == Backend::Spatialite ? dir_.file("p.sqlite") : server_.location();
  }
  BuildingRecord read(ProjectStore& s) const {
    auto b = s.buildingById(id_);
    EXPECT_TRUE(b);
    return b ? *b : BuildingRecord();
  }

  testing::TempDir dir_;
  testing::ServerSchema server_;
  std::unique_ptr<ProjectStore> store_;
  std::int64_t id_ = 0;
};

TEST_P(RowVersionTest, InsertIsVersionOneAndEveryChangingUpdateAddsOne) {
  EXPECT_EQ(read(*store_).rowVersion, 1);
  BuildingRecord b = read(*store_);
  b.floors = 3;
  b.structure = Structure::Frame;
  store_->updateBuilding(b, "甲");  // two fields, one update
  EXPECT_EQ(read(*store_).rowVersion, 2);
  store_->updateBuilding(b, "甲");  // nothing differs
  EXPECT_EQ(read(*store_).rowVersion, 2);
  store_->setBuildingGrids({{id_, "G01"}});  // the same grid
  EXPECT_EQ(read(*store_).rowVersion, 2);
  store_->setBuildingGrids({{id_, "G02"}});
  EXPECT_EQ(read(*store_).rowVersion, 3);
  store_->upsertBuilding(read(*store_), square(500000, 3000000), "导入");  // same footprint
  EXPECT_EQ(read(*store_).rowVersion, 3);
  store_->upsertBuilding(read(*store_), square(500001, 3000000), "导入");  // moved footprint
  EXPECT_EQ(read(*store_).rowVersion, 4);
  // Every read path carries it, a narrow scan too.
  EXPECT_EQ(store_->buildingByCode("B1")->rowVersion, 4);
  std::int64_t scanned = 0, visited = 0;
  BuildingRecord narrow;
  BuildingScan scan;
  scan.footprints = false;
  scan.columns = {"floors"};
  store_->scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    scanned = r.rowVersion;
    narrow = r;
    return true;
  });
  // A narrow scan reads what it asks for (and the version), on both backends.
  EXPECT_EQ(narrow.floors, 3);
  EXPECT_EQ(narrow.grid, "");
  EXPECT_EQ(narrow.structure, Structure::Unknown);
  store_->forEachBuilding([&](const BuildingRecord& r, const Wkb&) {
    visited = r.rowVersion;
    return true;
  });
  EXPECT_EQ(scanned, 4);
  EXPECT_EQ(visited, 4);
}

TEST_P(RowVersionTest, StaleEditIsRefusedWithWhoAndWhenAndWritesNothing) {
  auto other = openProject(location());
  BuildingRecord mine = read(*store_);
  BuildingRecord theirs = read(*other);
  ASSERT_EQ(mine.rowVersion, 1);
  theirs.floors = 5;
  EXPECT_EQ(other->editBuilding(theirs, theirs.rowVersion, "乙"), 2);
  const auto auditBefore = store_->auditLog(100);
  ASSERT_EQ(auditBefore.size(), 1u);
  EXPECT_EQ(auditBefore[0].who, "乙");
  const std::string at = auditBefore[0].when;  // e.g. 2026-12-04T19:53:15Z
  ASSERT_EQ(at.size(), 20u);

  mine.responsibility.owner = "张三";
  InspectionEvent event;
  event.buildingId = id_;
  event.code = "B1";
  event.date = Date{2026, 12, 1};
  event.kind = "patrol";
  try {
    auto t = store_->begin();
    store_->appendEvent(event);
    store_->editBuilding(mine, mine.rowVersion, "甲");
    t->commit();
    FAIL() << "a stale edit was accepted";
  } catch (const StaleEditError& e) {
    EXPECT_EQ(e.stale().code, "B1");
    EXPECT_EQ(e.stale().readVersion, 1);
    EXPECT_EQ(e.stale().currentVersion, 2);
    EXPECT_EQ(e.stale().who, "乙");
    EXPECT_EQ(e.stale().when, at);
    EXPECT_EQ(std::string(e.what()),
              "此房屋已被 乙 于 " + at.substr(0, 10) + " " + at.substr(11, 8) + " 修改");
  }
  // Nothing of the refused edit's transaction stays: the record, the audit log, the event.
  const BuildingRecord now = read(*store_);
  EXPECT_EQ(now.rowVersion, 2);
  EXPECT_EQ(now.floors, 5);
  EXPECT_EQ(now.responsibility.owner, "");
  EXPECT_EQ(store_->auditLog(100).size(), 1u);
  EXPECT_TRUE(store_->events(id_).empty());

  // Reloaded and re-applied, the edit goes in on the fresh version, keeping their change.
  BuildingRecord again = now;
  again.responsibility.owner = "张三";
  EXPECT_EQ(store_->editBuilding(again, now.rowVersion, "甲"), 3);
  EXPECT_EQ(read(*other).responsibility.owner, "张三");
  EXPECT_EQ(read(*other).floors, 5);
  // An edit that changes nothing keeps the version.
  EXPECT_EQ(store_->editBuilding(again, 3, "甲"), 3);
}

TEST_P(RowVersionTest, RefusalWithoutAnAuditRowNamesNobody) {
  auto other = openProject(location());
  other->setBuildingGrids({{id_, "G09"}});  // not audit-logged per row
  BuildingRecord b = read(*store_);
  EXPECT_EQ(b.rowVersion, 2);
  b.floors = 7;
  try {
    store_->editBuilding(b, 1, "甲");
    FAIL() << "a stale edit was accepted";
  } catch (const StaleEditError& e) {
    EXPECT_EQ(e.stale().who, "");
    EXPECT_EQ(std::string(e.what()), "此房屋已被其他用户修改（B1），请重新载入");
  }
  EXPECT_EQ(read(*store_).floors, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, RowVersionTest,
                         ::testing::Values(Backend::Spatialite, Backend::Postgis),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return info.param == Backend::Spatialite ? std::string("Spatialite")
                                                                    : std::string("Postgis");
                         });

// On the server a trigger counts the versions: a client that sets row_version itself, or
// leaves it out, cannot keep it from moving, and an update that changes nothing keeps it.
TEST(PostgresRowVersion, TriggerCountsVersionsWhateverTheClientWrites) {
  const std::string why = testing::serverUnavailable();
  if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
  testing::ServerSchema server;
  {
    auto store = createProject(server.location(), 4547);
    BuildingRecord b;
    b.code = "B1";
    b.floors = 2;
    store->upsertBuilding(b, square(500000, 3000000), "导入");
  }
  server.exec("UPDATE buildings SET floors = 9, row_version = 1 WHERE code = 'B1'");
  EXPECT_EQ(server.scalar("SELECT row_version FROM buildings WHERE code = 'B1'"), "2");
  server.exec("UPDATE buildings SET floors = 10 WHERE code = 'B1'");
  EXPECT_EQ(server.scalar("SELECT row_version FROM buildings WHERE code = 'B1'"), "3");
  server.exec("UPDATE buildings SET floors = 10, row_version = 99 WHERE code = 'B1'");
  EXPECT_EQ(server.scalar("SELECT row_version FROM buildings WHERE code = 'B1'"), "3");
}

}  // namespace
}  // namespace fangan
