// A layout reads each building from the project's attribute cache when it is current
// (LayoutData::readFromColumns) and by a narrow scan of the store otherwise. Both must give the
// same buildings and the same statistics tables, and the facts the ledger counts must be those of
// the full records: every building column holds random values (RandomDistrict.h), so a column
// the ledger reads but the narrow list misses makes facts differ.

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <random>

#include "gis/analysis/Ledger.h"
#include "gis/store/SpatialiteStore.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/StatisticsTable.h"
#include "tests/layers/support/RandomDistrict.h"

namespace fangan {
namespace {

std::string tableText(const StatisticsTable& t) {
  std::string s = t.headers.join(QLatin1Char('|')).toStdString() + "\n";
  for (const QStringList& row : t.rows) s += row.join(QLatin1Char('|')).toStdString() + "\n";
  return s;
}

// Every statistics table a page can ask for over the district, each town and a corner extent.
std::string everyTable(const LayoutData& data) {
  std::vector<LayoutArea> areas = {
      districtArea(data, QStringLiteral("全区")),
      extentArea(Extent{380000, 4710000, 380500, 4710300}, QStringLiteral("一角"))};
  for (const QString& town : data.townNames()) areas.push_back(townArea(data, town));
  std::string s;
  for (const LayoutArea& area : areas) {
    for (TableRows rows : {TableRows::Categories, TableRows::Subareas, TableRows::ZoneTypes}) {
      for (LedgerScope scope : {LedgerScope::SelfBuiltOnly, LedgerScope::AllBuildings}) {
        s += area.label.toStdString() + "\n" +
             tableText(buildStatisticsTable(data, area, rows, statisticsColumnKeys(), scope));
      }
    }
  }
  return s;
}

std::string buildingText(const LayoutData& data, const LayoutBuilding& b) {
  std::string s = std::to_string(b.id) + " " + data.townOf(b) + " " + data.gridOf(b) + " " +
                  std::to_string(b.facts) + " " + std::to_string(b.awaitingAppraisal) +
                  std::to_string(b.controlled) + std::to_string(b.hasCentre) + " " +
                  std::to_string(b.centre.x()) + "," + std::to_string(b.centre.y());
  for (const std::string& type : data.zoneTypesOf(b)) s += " " + type;
  return s;
}

TEST(LayoutDataColumns, TheCacheAndTheScanGiveTheSameBuildingsAndTables) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const std::string path = dir.filePath(QStringLiteral("layout.sqlite")).toStdString();
  testing::writeRandomDistrict(path, 3000, 4122026);
  auto store = openSpatialiteProject(path);
  {
    // Key zones: a building in none, one or two of them.
    auto tx = store->begin();
    std::vector<std::int64_t> zones;
    for (const char* type : {"school", "road", "slope"}) {
      ZoneRecord z;
      z.type = type;
      z.source = "import:test";
      z.params = "{}";
      zones.push_back(store->insertZone(z, store->buildingFootprint(1)));
    }
    std::vector<std::pair<std::int64_t, std::int64_t>> links;
    std::mt19937 random(7);
    for (std::int64_t id : store->buildingIds()) {
      const auto pick = random() % 5;
      if (pick < 3) links.emplace_back(id, zones[pick]);
      if (pick == 0) links.emplace_back(id, zones[2]);
    }
    store->replaceBuildingZones(links);
    tx->commit();
  }

  const ProjectMap map = ProjectMap::load(*store);  // read from the store; no cache written
  const LayoutData scanned = LayoutData::load(*store, map);
  EXPECT_EQ(scanned.buildingsSource(), "scan");
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  const LayoutData cached = LayoutData::load(*store, map);
  EXPECT_EQ(cached.buildingsSource(), "cache");

  ASSERT_EQ(scanned.buildings().size(), 3000u);
  ASSERT_EQ(cached.buildings().size(), 3000u);
  for (std::size_t i = 0; i < 3000; ++i) {
    ASSERT_EQ(buildingText(cached, cached.buildings()[i]),
              buildingText(scanned, scanned.buildings()[i]));
  }
  // The facts of the full records (every column read).
  std::size_t i = 0;
  int hazards = 0, closures = 0, awaiting = 0, inTwoZones = 0;
  store->forEachBuilding([&](const BuildingRecord& r, const Wkb&) {
    const LayoutBuilding& b = cached.buildings()[i++];
    EXPECT_EQ(b.id, r.id);
    EXPECT_EQ(b.facts, ledgerFacts(r)) << r.code;
    EXPECT_EQ(cached.townOf(b), r.town);
    hazards += (b.facts & ledger_fact::kInitialHazard) ? 1 : 0;
    closures += (b.facts & ledger_fact::kManagementClosure) ? 1 : 0;
    awaiting += b.awaitingAppraisal ? 1 : 0;
    inTwoZones += cached.zoneTypesOf(b).size() == 2 ? 1 : 0;
    return true;
  });
  EXPECT_EQ(i, 3000u);
  // Not trivial: many of each.
  EXPECT_GT(hazards, 1000);
  EXPECT_GT(closures, 50);
  EXPECT_GT(awaiting, 50);
  EXPECT_GT(inTwoZones, 400);

  const std::string tables = everyTable(scanned);
  EXPECT_EQ(everyTable(cached), tables);
  EXPECT_GE(scanned.townNames().size(), 3);

  // An edit through another connection moves the generation on: the cache is not used, and the
  // edit is counted.
  BuildingRecord edited = *store->buildingById(cached.buildings().front().id);
  edited.surveyStatus = edited.isSurveyed() ? SurveyStatus::NotSurveyed : SurveyStatus::Surveyed;
  edited.grid = "新网格";
  openSpatialiteProject(path)->updateBuilding(edited, "test");
  const LayoutData afterEdit = LayoutData::load(*store, map);
  EXPECT_EQ(afterEdit.buildingsSource(), "scan");
  EXPECT_EQ(afterEdit.gridOf(afterEdit.buildings().front()), "新网格");
  EXPECT_EQ(afterEdit.buildings().front().facts, ledgerFacts(edited));
  EXPECT_NE(afterEdit.buildings().front().facts, cached.buildings().front().facts);
  EXPECT_NE(everyTable(afterEdit), tables);
}

}  // namespace
}  // namespace fangan
