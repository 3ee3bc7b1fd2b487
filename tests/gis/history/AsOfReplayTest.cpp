// Figures as of a date (docs/rules.md#as-of) against saved copies: the sample district (4,906
// real footprints, data/sample) is imported on 2024-12-31, then a month of generated field work
// is replayed day by day (CampaignReplay.h). After each day a copy of the project file is saved
// (SQLite's VACUUM INTO, no code of ours). At the end, the figures of the final project viewed
// as of each day (AsOfStore) must equal the figures of that day's copy: attachment 2 and 1
// ledgers by town and by grid, coverage by town, the spot-check sample, and the audit's
// appraisal-order findings.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <iostream>
#include <map>
#include <sstream>

#include "../support/TempDir.h"
#include "gis/analysis/AuditRules.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/SpotCheck.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/history/AsOfStore.h"
#include "gis/io/Importer.h"
#include "gis/synth/CampaignReplay.h"

namespace fangan {
namespace {

const Date kImportDay{2024, 12, 31};
const Date kFirstDay{2025, 1, 1};
constexpr int kDays = 30;

void snapshot(const std::string& from, const std::string& to) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(from.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  const std::string sql = "VACUUM INTO '" + to + "'";
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

/// Every figure a report takes from a project on `day`, as text.
std::string figures(const ProjectStore& store, const Date& day) {
  std::vector<BuildingRecord> records;
  store.scanBuildings({"", "", false, {}}, [&](const BuildingRecord& r, const Wkb&) {
    records.push_back(r);
    return true;
  });
  std::ostringstream out;
  out << "buildings " << records.size() << "\n";
  out << ledgerToCsv(buildLedger(records, ledgerAreaByTown));
  out << ledgerToCsv(buildLedger(records, ledgerAreaByGrid));
  out << recheckLedgerToCsv(buildRecheckLedger(records, ledgerAreaByTown));
  CoverageOptions co;
  co.hexSize = 0;
  co.threads = 1;
  co.byZoneType = false;
  const CoverageReport coverage = computeCoverage(store, co);
  for (const CoverageRow& row : coverage.byTown) {
    out << "coverage " << row.area << " " << row.total << " " << row.checked << "\n";
  }
  SpotCheckOptions so;
  so.seed = 7;
  for (const SpotCheckStratum& t : drawSpotCheckSample(records, so).towns) {
    out << "sample " << t.town << " " << t.base << " " << t.eligible;
    for (const std::string& code : t.codes) out << " " << code;
    out << "\n";
  }
  for (const AuditFinding& f : runAudit(records, {}, day)) {
    if (f.id != "appraisal_overdue" && f.id != "closed_without_basis") continue;
    out << f.id << " " << f.codes.size() << "\n";
  }
  return out.str();
}

class AsOfReplayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("p.sqlite");
    store_ = createSpatialiteProject(path_, 0);
    store_->setChangeDate(kImportDay);
    ImportOptions o;
    o.layer = ImportLayer::Buildings;
    o.path = std::string(FANGAN_DATA_DIR) + "/sample/buildings.gpkg";
    const ImportReport r = importFile(*store_, o);
    ASSERT_EQ(r.imported, 4906);
    store_->setChangeDate(std::nullopt);
  }

  testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(AsOfReplayTest, EveryDayOfAReplayedMonthEqualsThatDaysCopy) {
  synth::ReplayOptions o;
  o.start = kFirstDay;
  o.days = kDays;
  o.seed = 11;
  o.visitShare = 0.06;
  std::map<std::string, std::string> copies;  // day → saved copy
  o.afterDay = [&](const Date& day) {
    const std::string copy = dir_.file("copy-" + day.toString() + ".sqlite");
    snapshot(path_, copy);
    copies[day.toString()] = copy;
    return true;
  };
  const synth::ReplaySummary s = synth::replayCampaign(*store_, o);
  ASSERT_EQ(s.days, kDays);
  std::cout << "replay: visits " << s.visits << " changes " << s.changes << " surveyed "
            << s.surveyed << " hazards " << s.hazards << " orders " << s.orders << " appraisals "
            << s.appraisals << " rectified " << s.rectified << " closed " << s.closed << "\n";
  // The month must exercise every step, or the comparison proves little.
  EXPECT_GT(s.surveyed, 100);
  EXPECT_GT(s.hazards, 10);
  EXPECT_GT(s.orders, 5);
  EXPECT_GT(s.appraisals, 3);
  EXPECT_GT(s.closed, 3);

  std::string previous;
  int changedDays = 0;
  for (const auto& [name, copy] : copies) {
    const Date day = *Date::parse(name);
    const auto saved = openSpatialiteProject(copy);
    const std::string expected = figures(*saved, day);
    const AsOfStore view(*store_, day);
    EXPECT_EQ(figures(view, day), expected) << "as of " << name;
    if (expected != previous) ++changedDays;
    previous = expected;
  }
  EXPECT_GE(changedDays, kDays - 1);  // the figures move day after day
}

TEST_F(AsOfReplayTest, TodayEqualsTheProjectAndTheDayBeforeImportShowsOnlyDatedSurveys) {
  synth::ReplayOptions o;
  o.start = kFirstDay;
  o.days = 5;
  synth::replayCampaign(*store_, o);
  const Date today = Date::today();
  EXPECT_EQ(figures(AsOfStore(*store_, today), today), figures(*store_, today));

  // On 2024-06-30, before the import, only buildings whose own survey date had come exist, and
  // they are exactly the surveyed ones then.
  const Date mid{2024, 6, 30};
  std::int64_t surveyedByThen = 0;
  std::int64_t seen = 0;
  AsOfStore(*store_, mid)
      .scanBuildings({"", "", false, {}}, [&](const BuildingRecord& r, const Wkb&) {
        ++seen;
        if (r.isSurveyed()) ++surveyedByThen;
        EXPECT_TRUE(r.surveyDate && *r.surveyDate <= mid) << r.code;
        return true;
      });
  EXPECT_GT(seen, 0);
  EXPECT_EQ(seen, surveyedByThen);
}

TEST_F(AsOfReplayTest, TheViewIsReadOnly) {
  AsOfStore view(*store_, kFirstDay);
  EXPECT_THROW(view.begin(), StoreError);
  BuildingRecord r;
  r.code = "X";
  EXPECT_THROW(view.updateBuilding(r, "me"), StoreError);
}

}  // namespace
}  // namespace fangan
