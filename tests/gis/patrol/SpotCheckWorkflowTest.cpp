// The spot-check workflow on a real SpatiaLite project (docs/rules.md#spot-check): the saved
// sample, outcomes applied as corrections with append-only events, a returned CSV/XLSX sheet
// read back through GDAL, and 责令重新排查 marks that the patrol planner schedules.

#include <gtest/gtest.h>

#include <algorithm>

#include "../support/TempDir.h"
#include "PatrolFixtures.h"
#include "gis/analysis/ResurveyOrder.h"
#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckEntry.h"
#include "gis/analysis/SpotCheckLedger.h"
#include "gis/io/SheetTable.h"
#include "gis/io/SpotCheckLedgerSheets.h"
#include "gis/patrol/DueSelection.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/patrol/SpotCheckImport.h"
#include "gis/patrol/SpotCheckSheet.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::patrolDay;
using testing::quietRecord;

BuildingRecord shop(const std::string& code, const std::string& town) {
  BuildingRecord r = quietRecord(code, "G1", town);
  r.selfBuilt = true;
  r.use = BuildingUse::Commercial;
  r.useSubtype = "restaurant";
  return r;
}

class SpotCheckWorkflow : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    addGrid(*store_, "G1", 50, "张三", "甲镇");
    // 甲镇: 20 commercial self-built houses first judged no hazard; at 50 %, 10 are drawn.
    for (int i = 1; i <= 20; ++i) {
      const std::string code = (i < 10 ? "S0" : "S") + std::to_string(i);
      addBuilding(*store_, shop(code, "甲镇"), 10.0 * i, 10);
    }
    addBuilding(*store_, quietRecord("R01", "G1", "甲镇"), 300, 10);  // not self-built
    std::vector<BuildingRecord> all;
    store_->forEachBuilding([&](const BuildingRecord& r, const Wkb&) {
      all.push_back(r);
      return true;
    });
    SpotCheckOptions o;
    o.rate = 0.5;
    o.seed = 11;
    saved_.sample = drawSpotCheckSample(all, o);
    saved_.drawn = patrolDay("2024-04-01");
    saveSpotCheckSample(*store_, saved_, "test");
  }

  std::vector<std::string> drawn() const { return saved_.codes(); }
  std::vector<std::string> notDrawn() const {
    std::vector<std::string> out;
    for (int i = 1; i <= 20; ++i) {
      const std::string code = (i < 10 ? "S0" : "S") + std::to_string(i);
      const auto d = drawn();
      if (std::find(d.begin(), d.end(), code) == d.end()) out.push_back(code);
    }
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  SavedSpotCheckSample saved_;
};

TEST_F(SpotCheckWorkflow, SampleIsSavedWithAnAuditRow) {
  ASSERT_EQ(drawn().size(), 10u);
  const auto loaded = loadSpotCheckSample(*store_);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->codes(), drawn());
  EXPECT_EQ(loaded->sample.seed, 11u);
  const auto log = store_->auditLog(5);
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().action, "spot_check_drawn");
  EXPECT_NE(log.front().newValue.find("seed=11"), std::string::npos);
}

TEST_F(SpotCheckWorkflow, WronglySurveyedCorrectsTheRecordAndAppendsAnEvent) {
  const std::string code = drawn()[0];
  const BuildingRecord before = *store_->buildingByCode(code);
  const std::vector<InspectionEvent> historyBefore = store_->events(before.id);

  SpotCheckEntry entry;
  entry.code = code;
  entry.date = patrolDay("2024-04-03");
  entry.inspector = "区住建委李工";
  entry.outcome = SpotCheckOutcome::WronglySurveyed;
  entry.note = "擅自加层";
  entry.rightValues = {{"initial_hazard", "有"}, {"alt_added_floors", "是"}};
  EXPECT_EQ(recordSpotCheckOutcome(*store_, entry, patrolDay("2024-04-05"), "test"), "");

  const BuildingRecord after = *store_->buildingByCode(code);
  EXPECT_EQ(after.initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(after.altAddedFloors, std::optional<bool>(true));
  EXPECT_EQ(after.hazardFoundDate, patrolDay("2024-04-03"));  // starts the 5-day clock
  const std::vector<InspectionEvent> history = store_->events(before.id);
  ASSERT_EQ(history.size(), historyBefore.size() + 1);
  for (std::size_t i = 0; i < historyBefore.size(); ++i) {  // never rewritten
    EXPECT_EQ(history[i].id, historyBefore[i].id);
    EXPECT_EQ(history[i].result, historyBefore[i].result);
  }
  EXPECT_EQ(history.back().kind, "spot_check");
  EXPECT_EQ(history.back().result, "错排");
  EXPECT_NE(history.back().note.find("擅自加层"), std::string::npos);
  EXPECT_NE(history.back().note.find("核实值"), std::string::npos);
  // The correction is audit-logged field by field.
  bool logged = false;
  for (const auto& a : store_->auditLog(50)) {
    logged = logged || (a.field == "initial_hazard" && a.newValue == "hazard");
  }
  EXPECT_TRUE(logged);

  // A second outcome for the same building is a new event; the first stays.
  entry.outcome = SpotCheckOutcome::Correct;
  entry.rightValues.clear();
  entry.date = patrolDay("2024-04-04");
  EXPECT_EQ(recordSpotCheckOutcome(*store_, entry, patrolDay("2024-04-05"), "test"), "");
  EXPECT_EQ(store_->events(before.id).size(), historyBefore.size() + 2);
  EXPECT_EQ(store_->events(before.id)[historyBefore.size()].result, "错排");
}

TEST_F(SpotCheckWorkflow, RefusedOutcomesWriteNothing) {
  const std::string code = drawn()[1];
  const auto id = store_->buildingByCode(code)->id;
  SpotCheckEntry entry;
  entry.code = code;
  entry.date = patrolDay("2024-04-03");
  entry.outcome = SpotCheckOutcome::WronglySurveyed;  // without the right initial_hazard
  EXPECT_NE(recordSpotCheckOutcome(*store_, entry, patrolDay("2024-04-05"), "t").find("初判隐患"),
            std::string::npos);
  entry.code = notDrawn()[0];
  entry.rightValues = {{"initial_hazard", "有"}};
  EXPECT_NE(recordSpotCheckOutcome(*store_, entry, patrolDay("2024-04-05"), "t").find("样本"),
            std::string::npos);
  entry.code = code;
  entry.date = patrolDay("2024-03-01");  // before the draw
  EXPECT_NE(recordSpotCheckOutcome(*store_, entry, patrolDay("2024-04-05"), "t"), "");
  EXPECT_TRUE(store_->events(id).empty());
  EXPECT_EQ(store_->buildingByCode(code)->initialHazard, InitialHazard::None);
}

// The handed-out sheet, filled in as a checker would, read back through GDAL.
void fillSheet(SheetTable& sheet, const std::vector<std::string>& outcomes) {
  for (std::size_t i = 0; i < sheet.rows.size() && i < outcomes.size(); ++i) {
    if (outcomes[i].empty()) continue;
    sheet.rows[i][4] = std::string("2024-04-03");
    sheet.rows[i][5] = std::string("李工");
    sheet.rows[i][6] = outcomes[i];
    if (outcomes[i] != "正确") sheet.rows[i][7] = std::string("有");
  }
}

TEST_F(SpotCheckWorkflow, ReturnedSheetImportsInOneTransactionAndOnlyOnce) {
  for (const std::string ext : {".csv", ".xlsx"}) {
    SCOPED_TRACE(ext);
    testing::TempDir dir;
    SheetTable sheet = spotCheckSheet(*store_, saved_);
    ASSERT_EQ(sheet.rows.size(), 10u);
    // 7 正确, 1 错排, 1 漏排, 1 outcome no one can read.
    fillSheet(sheet,
              {"正确", "正确", "正确", "正确", "正确", "正确", "正确", "错排", "漏排", "对"});
    const std::string path = dir.file("returned" + ext);
    if (ext == ".csv") {
      writeSheetCsv(path, sheet);
    } else {
      writeSheetsXlsx(path, {sheet});
    }
    ResultsImportOptions o;
    o.path = path;
    o.today = patrolDay("2024-04-05");
    o.dryRun = true;
    SpotCheckImportReport r = importSpotCheckSheet(*store_, o);
    EXPECT_EQ(r.rows, 10);
    EXPECT_EQ(r.imported, 9);
    EXPECT_EQ(r.buildingsCorrected, 2);
    ASSERT_EQ(r.rejected.size(), 1u);
    EXPECT_EQ(r.rejected[0].row, 10);
    EXPECT_NE(r.rejected[0].reason.find("无法识别的抽查结果"), std::string::npos);
    EXPECT_TRUE(storedSpotCheckResults(*store_)[0].checked == 0);  // dry run wrote nothing

    o.dryRun = false;
    r = importSpotCheckSheet(*store_, o);
    EXPECT_EQ(r.imported, 9);
    const auto results = storedSpotCheckResults(*store_);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].checked, 9);
    EXPECT_EQ(results[0].correct, 7);
    EXPECT_EQ(results[0].wronglySurveyed, 1);
    EXPECT_EQ(results[0].missed, 1);
    EXPECT_TRUE(results[0].resurvey);  // 7/9 < 90 %
    EXPECT_EQ(townsOrderedToResurvey(*store_), std::vector<std::string>{"甲镇"});
    const auto wrong = *store_->buildingByCode(*sheet.rows[7][0]);
    EXPECT_EQ(wrong.initialHazard, InitialHazard::Hazard);

    r = importSpotCheckSheet(*store_, o);  // the same file again adds nothing
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.duplicates.size(), 9u);

    // The ledger as XLSX read back through GDAL.
    const auto ledger = loadSpotCheckLedger(*store_);
    ASSERT_TRUE(ledger.has_value());
    const std::string book = dir.file("ledger.xlsx");
    writeSheetsXlsx(book, {spotCheckLedgerRowsTable(*ledger), spotCheckLedgerTownsTable(*ledger)});
    const ReadSheet towns = readSheet(book, {"处理意见"});
    ASSERT_EQ(towns.rows.size(), 1u);
    EXPECT_EQ(towns.rows[0][0], "甲镇");
    EXPECT_EQ(towns.rows[0][1], "20");  // base: the town's commercial self-built houses
    EXPECT_EQ(towns.rows[0][8], "责令重新排查");

    // Fresh project state for the other format.
    store_.reset();
    std::filesystem::remove(dir_.file("p.sqlite"));
    std::filesystem::remove(dir_.file("p.sqlite-wal"));
    std::filesystem::remove(dir_.file("p.sqlite-shm"));
    SetUp();
  }
}

TEST_F(SpotCheckWorkflow, ResurveyMarksAreDueUntilASurveyFollows) {
  const auto events0 = store_->eventsOfKinds({"resurvey_order"});
  EXPECT_TRUE(events0.empty());
  const ResurveyWrite w = orderResurvey(*store_, "甲镇", SpotCheckScope::CommercialOnly,
                                        patrolDay("2024-04-10"), "test", "正确率 0.7778");
  EXPECT_EQ(w.buildingIds.size(), 20u);  // the 20 shops, not the non-self-built R01
  std::set<std::string> open = openResurveyCodes(*store_);
  EXPECT_EQ(open.size(), 20u);
  EXPECT_FALSE(open.count("R01"));

  // The planner schedules them as due with the 责令重新排查 reason.
  const PriorityRules rules = parsePriorityRules("never_surveyed 50 未排查\n", "t.rules");
  PatrolPlanOptions p;
  p.grid = "G1";
  p.days = 1;
  p.start = patrolDay("2024-04-11");
  p.rules = &rules;
  PatrolPlan plan = planPatrols(*store_, p);
  ASSERT_EQ(plan.grids.size(), 1u);
  EXPECT_EQ(plan.grids[0].due.size(), 20u);
  EXPECT_TRUE(plan.grids[0].due[0].hasReason(DueReasonKind::Resurvey));
  EXPECT_NE(plan.grids[0].due[0].reasonText().find("责令重新排查"), std::string::npos);

  // A survey dated before the order does not end it; one after does.
  const auto s01 = *store_->buildingByCode("S01");
  InspectionEvent survey;
  survey.buildingId = s01.id;
  survey.code = "S01";
  survey.kind = "survey";
  survey.result = "无隐患";
  survey.date = patrolDay("2024-04-09");
  store_->appendEvent(survey);
  EXPECT_TRUE(openResurveyCodes(*store_).count("S01"));
  survey.date = patrolDay("2024-04-12");
  store_->appendEvent(survey);
  EXPECT_FALSE(openResurveyCodes(*store_).count("S01"));
  plan = planPatrols(*store_, p);
  EXPECT_EQ(plan.grids[0].due.size(), 19u);

  // Ordering again skips open orders; cancelling appends, never deletes.
  const auto s02 = *store_->buildingByCode("S02");
  const std::size_t before = store_->events(s02.id).size();
  const ResurveyWrite again = orderResurvey(*store_, "甲镇", SpotCheckScope::CommercialOnly,
                                            patrolDay("2024-04-13"), "test", "");
  EXPECT_EQ(again.buildingIds.size(), 1u);  // only S01, whose order the survey ended
  const ResurveyWrite cancelled =
      cancelResurvey(*store_, {s02.id}, patrolDay("2024-04-13"), "test", "");
  EXPECT_EQ(cancelled.buildingIds.size(), 1u);
  const auto history = store_->events(s02.id);
  ASSERT_EQ(history.size(), before + 1);
  EXPECT_EQ(history.back().kind, "resurvey_cancel");
  EXPECT_EQ(history.front().kind, "resurvey_order");
  EXPECT_FALSE(openResurveyCodes(*store_).count("S02"));
  EXPECT_THROW(orderResurvey(*store_, "无此镇", SpotCheckScope::CommercialOnly,
                             patrolDay("2024-04-13"), "t", ""),
               StoreError);
}

TEST(ResurveyMark, PureHistory) {
  auto ev = [](std::int64_t id, const char* kind, const char* date) {
    InspectionEvent e;
    e.id = id;
    e.kind = kind;
    e.date = *Date::parse(date);
    return e;
  };
  EXPECT_FALSE(openResurveyMark({}).has_value());
  EXPECT_TRUE(openResurveyMark({ev(1, "resurvey_order", "2024-04-10")}).has_value());
  // Same day: a survey recorded after the order ends it, one recorded before does not.
  EXPECT_TRUE(
      openResurveyMark({ev(1, "survey", "2024-04-10"), ev(2, "resurvey_order", "2024-04-10")})
          .has_value());
  EXPECT_FALSE(
      openResurveyMark({ev(2, "survey", "2024-04-10"), ev(1, "resurvey_order", "2024-04-10")})
          .has_value());
  // Cancelled, then ordered again (redo): open.
  EXPECT_TRUE(openResurveyMark({ev(1, "resurvey_order", "2024-04-10"),
                                ev(2, "resurvey_cancel", "2024-04-10"),
                                ev(3, "resurvey_order", "2024-04-10")})
                  .has_value());
  // Patrol visits do not count as a survey.
  EXPECT_TRUE(
      openResurveyMark({ev(1, "resurvey_order", "2024-04-10"), ev(2, "patrol", "2024-04-11")})
          .has_value());
}

}  // namespace
}  // namespace fangan
