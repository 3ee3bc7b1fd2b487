// The progress report's figures on a small dated project: hand-computed per-town changes and
// rates, and the one-scan figures against LedgerTally over an AsOfStore of the same day.

#include <gtest/gtest.h>

#include "../analysis/spatial/SpatialFixtures.h"
#include "../support/TempDir.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/history/AsOfStore.h"
#include "gis/patrol/FieldResult.h"
#include "gis/report/ProgressReport.h"
#include "gis/report/ReportSummary.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

Date d(const char* text) { return *Date::parse(text); }

class ProgressReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::newProject(dir_.file("p.sqlite"));
    // 2024-11-25 (Monday): the register enters; A1 is found hazardous, A4 has none.
    store_->setChangeDate(d("2024-11-25"));
    int n = 0;
    for (const char* code : {"A1", "A2", "A3", "A4", "B1", "B2", "B3"}) {
      add(code, code[0] == 'A' ? "甲镇" : "乙镇", true, n++);
    }
    add("A5", "甲镇", false, n++);  // not self-built: coverage only
    apply("A1", FieldResult::Hazard, "2024-11-25");
    apply("A4", FieldResult::NoHazard, "2024-11-25");
    // 11-26: A1 appraised C. 11-27: B2 found hazardous (no order: overdue after 12-02).
    store_->setChangeDate(d("2024-11-26"));
    edit("A1", [](BuildingRecord& r) {
      r.appraisalGrade = AppraisalGrade::C;
      r.appraisalDate = d("2024-11-26");
    });
    apply("B2", FieldResult::Hazard, "2024-11-27");
    // 12-02: a survey point inside A5's footprint.
    SurveyPoint p;
    p.date = d("2024-12-02");
    {
      auto tx = store_->begin();
      store_->insertSurveyPoint(p, testing::point(kX0 + 7 * 30 + 5, kY0 + 5));
      // 12-05: a point outside every footprint that carries B3's code.
      SurveyPoint byCode;
      byCode.code = "B3";
      byCode.date = d("2024-12-05");
      store_->insertSurveyPoint(byCode, testing::point(kX0 - 100, kY0 - 100));
      tx->commit();
    }
    // 12-03: A2 no hazard, A3 and B1 hazards; A1 reinforced and closed.
    apply("A2", FieldResult::NoHazard, "2024-12-03");
    apply("A3", FieldResult::Hazard, "2024-12-03");
    apply("B1", FieldResult::Hazard, "2024-12-03");
    store_->setChangeDate(d("2024-12-03"));
    edit("A1", [](BuildingRecord& r) { r.rectification = Rectification::Reinforce; });
    apply("A1", FieldResult::Rectified, "2024-12-03");
    apply("A1", FieldResult::Closed, "2024-12-03");
    // 12-10, after the report day: B2's order and B3's survey must not show on 12-04.
    apply("B2", FieldResult::AppraisalOrdered, "2024-12-10");
    apply("B3", FieldResult::NoHazard, "2024-12-10");
  }

  void add(const std::string& code, const std::string& town, bool selfBuilt, int slot) {
    BuildingRecord r;
    r.code = code;
    r.town = town;
    r.grid = town == "甲镇" ? "G1" : "G2";
    r.selfBuilt = selfBuilt;
    r.surveyStatus = SurveyStatus::NotSurveyed;
    auto tx = store_->begin();
    store_->upsertBuilding(
        r, testing::rectangle(kX0 + slot * 30, kY0, kX0 + slot * 30 + 10, kY0 + 10), "test");
    tx->commit();
  }

  template <typename Change>
  void edit(const std::string& code, Change change) {
    BuildingRecord r = *store_->buildingByCode(code);
    change(r);
    auto tx = store_->begin();
    store_->updateBuilding(r, "test");
    tx->commit();
  }

  void apply(const std::string& code, FieldResult result, const char* day) {
    store_->setChangeDate(d(day));
    const FieldResultOutcome out = applyFieldResult(*store_->buildingByCode(code), result, d(day));
    ASSERT_TRUE(out.accepted) << code << ": refusal " << static_cast<int>(out.refusal.code);
    auto tx = store_->begin();
    store_->updateBuilding(out.record, "test");
    tx->commit();
  }

  ProgressReport weekly(const char* made) {
    ReportRequest request;
    request.kind = PeriodKind::Week;
    request.made = d(made);
    auto report = computeProgressReport(*store_, request);
    EXPECT_TRUE(report.has_value());
    return *report;
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

const ReportRow& rowOf(const ProgressReport& report, const std::string& area) {
  for (const ReportRow& r : report.rows) {
    if (r.now.area == area) return r;
  }
  throw std::runtime_error("no row " + area);
}

TEST_F(ProgressReportTest, WeekFiguresAndChangesPerTown) {
  const ProgressReport report = weekly("2024-12-04");
  EXPECT_EQ(report.asOf, d("2024-12-04"));
  EXPECT_EQ(report.previousAsOf, d("2024-12-01"));
  ASSERT_EQ(report.rows.size(), 2u);

  const ReportRow& a = rowOf(report, "甲镇");
  EXPECT_EQ(a.now.ledger.surveyed, 4);
  EXPECT_EQ(a.now.ledger.initialHazard, 2);
  EXPECT_EQ(a.now.ledger.appraised, 1);
  EXPECT_EQ(a.now.ledger.cdEngineered, 1);
  EXPECT_EQ(a.now.ledger.closed, 1);
  EXPECT_EQ(a.before.ledger.surveyed, 2);
  EXPECT_EQ(a.change.newlySurveyed, 2);
  EXPECT_EQ(a.change.newHazards, 1);
  EXPECT_EQ(a.change.appraised, 0);
  EXPECT_EQ(a.change.rectified, 1);
  EXPECT_EQ(a.change.closed, 1);
  EXPECT_DOUBLE_EQ(*a.now.ledger.appraisalRate, 0.5);
  EXPECT_DOUBLE_EQ(*a.now.ledger.rectificationRate, 1.0);
  EXPECT_DOUBLE_EQ(*a.now.ledger.closureRate, 0.5);
  EXPECT_NEAR(*a.change.appraisalPoints, -50.0, 1e-9);
  EXPECT_NEAR(*a.change.rectificationPoints, 100.0, 1e-9);
  EXPECT_NEAR(*a.change.closurePoints, 50.0, 1e-9);
  // Coverage over all 5 buildings: A5 counts from the point of 12-02.
  EXPECT_EQ(a.now.buildings, 5);
  EXPECT_EQ(a.now.checked, 5);
  EXPECT_EQ(a.before.checked, 2);
  EXPECT_NEAR(*a.change.coveragePoints, 60.0, 1e-9);
  EXPECT_EQ(a.now.overdueOrders, 0);

  const ReportRow& b = rowOf(report, "乙镇");
  EXPECT_EQ(b.now.ledger.surveyed, 2);  // B3's survey of 12-10 is not yet there
  EXPECT_EQ(b.now.ledger.initialHazard, 2);
  EXPECT_EQ(b.change.newlySurveyed, 1);
  EXPECT_EQ(b.change.newHazards, 1);
  EXPECT_DOUBLE_EQ(*b.now.ledger.appraisalRate, 0.0);
  EXPECT_FALSE(b.now.ledger.rectificationRate.has_value());
  EXPECT_EQ(b.now.overdueOrders, 1);     // B2: found 11-27, no order by 12-02
  EXPECT_EQ(b.before.overdueOrders, 0);  // on 12-01 the deadline had not passed
  EXPECT_EQ(b.now.buildings, 3);
  EXPECT_EQ(b.now.checked, 2);

  EXPECT_EQ(report.total.now.checked, 7);
  EXPECT_EQ(report.total.now.buildings, 8);
  EXPECT_EQ(report.total.change.newlySurveyed, 3);
  EXPECT_EQ(a.rank, 1);
  EXPECT_EQ(b.rank, 2);
  EXPECT_EQ(report.lowCoverageAreas(), std::vector<std::string>{"乙镇"});
  EXPECT_EQ(report.overdueAreas(), std::vector<std::string>{"乙镇"});
  EXPECT_TRUE(report.lowRectificationAreas().empty());

  ASSERT_EQ(report.trend.size(), 8u);
  EXPECT_EQ(report.trend.back().asOf, d("2024-12-04"));
  EXPECT_EQ(report.trend[6].asOf, d("2024-12-01"));
  EXPECT_EQ(report.trend[5].total.buildings, 0);  // 11-24: nothing had entered yet

  const std::string summary = reportSummary(report);
  EXPECT_NE(summary.find("新增排查 3 栋"), std::string::npos) << summary;
  EXPECT_NE(summary.find("截至12月4日"), std::string::npos) << summary;
  EXPECT_NE(summary.find("排查覆盖率 87.5%（较上周 +50.0 个百分点）"), std::string::npos)
      << summary;
  EXPECT_NE(summary.find("覆盖率低于全区的镇街：乙镇"), std::string::npos) << summary;
}

TEST_F(ProgressReportTest, LaterReportSeesLaterWork) {
  const ProgressReport report = weekly("2024-12-12");
  const ReportRow& b = rowOf(report, "乙镇");
  EXPECT_EQ(report.previousAsOf, d("2024-12-08"));
  EXPECT_EQ(b.change.newlySurveyed, 1);  // B3 on 12-10
  // B2's order of 12-10 came after its deadline of 12-02; B1 (found 12-03) has none by 12-08.
  EXPECT_EQ(b.now.overdueOrders, 2);
}

TEST_F(ProgressReportTest, OneScanEqualsLedgerOverAsOfStore) {
  const std::vector<Date> days = {d("2024-11-24"), d("2024-11-25"), d("2024-11-30"),
                                  d("2024-12-03"), d("2024-12-04"), d("2024-12-05"),
                                  d("2024-12-31")};
  for (const ReportArea by : {ReportArea::Town, ReportArea::Grid}) {
    FiguresScope scope;
    scope.by = by;
    const std::vector<DayFigures> figures = figuresAsOf(*store_, days, scope);
    ASSERT_EQ(figures.size(), days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
      const AsOfStore then(*store_, days[i]);
      LedgerTally tally(by == ReportArea::Town ? LedgerAreaFn(ledgerAreaByTown)
                                               : LedgerAreaFn(ledgerAreaByGrid));
      then.forEachBuilding(
          [&](const BuildingRecord& r, const Wkb&) {
            tally.add(r);
            return true;
          },
          nullptr);
      std::size_t compared = 0;
      for (const LedgerRow& row : tally.ledger()) {
        if (row.category != LedgerCategory::All) continue;
        const AreaFigures got = figures[i].area(row.area);
        SCOPED_TRACE(days[i].toString() + " " + row.area);
        EXPECT_EQ(got.ledger.surveyed, row.surveyed);
        EXPECT_EQ(got.ledger.initialHazard, row.initialHazard);
        EXPECT_EQ(got.ledger.appraised, row.appraised);
        EXPECT_EQ(got.ledger.cdEngineered, row.cdEngineered);
        EXPECT_EQ(got.ledger.closed, row.closed);
        EXPECT_EQ(got.ledger.appraisalRate, row.appraisalRate);
        EXPECT_EQ(got.ledger.closureRate, row.closureRate);
        ++compared;
      }
      EXPECT_EQ(compared, figures[i].areas.size()) << days[i].toString();
      if (by != ReportArea::Town) continue;
      // Coverage as computeCoverage gives it over the same view of the day.
      CoverageOptions options;
      options.hexSize = 0;
      options.byZoneType = false;
      for (const CoverageRow& row : computeCoverage(then, options).byTown) {
        const AreaFigures got = figures[i].area(row.area);
        SCOPED_TRACE(days[i].toString() + " coverage " + row.area);
        EXPECT_EQ(got.buildings, row.total);
        EXPECT_EQ(got.checked, row.checked);
      }
    }
  }
}

TEST_F(ProgressReportTest, OneTownByGridAndOneGrid) {
  ReportRequest request;
  request.kind = PeriodKind::Month;
  request.made = d("2024-12-04");
  request.town = "乙镇";
  const auto byGrid = computeProgressReport(*store_, request);
  ASSERT_TRUE(byGrid);
  ASSERT_EQ(byGrid->rows.size(), 1u);
  EXPECT_EQ(byGrid->rows[0].now.area, "G2");
  EXPECT_EQ(byGrid->previousAsOf, d("2024-11-30"));
  EXPECT_EQ(byGrid->rows[0].change.newlySurveyed, 1);  // B1 (B2 was surveyed in November)
  EXPECT_EQ(reportTitle(*byGrid, ""), "乙镇房屋安全隐患排查整治工作月报");
  request.town.clear();
  request.grid = "G1";
  const auto grid = computeProgressReport(*store_, request);
  ASSERT_TRUE(grid);
  EXPECT_EQ(grid->total.now.buildings, 5);
}

TEST(ReportSummaryText, NumbersAsAMeetingReadsThem) {
  EXPECT_EQ(groupDigits(1204), "1,204");
  EXPECT_EQ(groupDigits(1000000), "1,000,000");
  EXPECT_EQ(groupDigits(-37), "-37");
  EXPECT_EQ(groupDigits(999), "999");
  EXPECT_EQ(percentText(0.862), "86.2%");
  EXPECT_EQ(percentText(std::nullopt), "—");
  EXPECT_EQ(pointsText(3.14), "+3.1");
  EXPECT_EQ(pointsText(-0.04), "0.0");
  EXPECT_EQ(pointsText(-0.46), "-0.5");
}

}  // namespace
}  // namespace fangan
