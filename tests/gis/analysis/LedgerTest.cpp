#include <gtest/gtest.h>

#include "gis/analysis/Ledger.h"
#include "gis/io/Csv.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

// 东城 (commercial D1–D7, non-commercial D8–D11) and "西城, 新区" (one non-commercial case).
std::vector<BuildingRecord> ledgerFixture() {
  std::vector<BuildingRecord> v;
  const std::string east = "东城";
  v.push_back(cleanRecord("D1", east, true));  // surveyed, no hazard
  BuildingRecord d2 = withHazard(cleanRecord("D2", east, true));
  d2.recheckNoHazard = true;
  v.push_back(closedOn(d2, ClosureBasis::RecheckNoHazard));  // ① ② ⑦
  v.push_back(
      closedOn(reinforced(appraised(withHazard(cleanRecord("D3", east, true)), AppraisalGrade::C)),
               ClosureBasis::Engineering));  // ① ④ ⑤ ⑥ ⑦
  v.push_back(appraised(withHazard(cleanRecord("D4", east, true)), AppraisalGrade::D));  // ① ④ ⑤
  v.push_back(closedOn(appraised(withHazard(cleanRecord("D5", east, true)), AppraisalGrade::B),
                       ClosureBasis::GradeAB));  // ① ④ ⑦
  BuildingRecord d6 = withHazard(cleanRecord("D6", east, true));
  d6.directEngineering = true;
  v.push_back(closedOn(reinforced(d6), ClosureBasis::Engineering));  // ① ③ ⑦
  v.push_back(withHazard(cleanRecord("D7", east, true)));            // ① awaiting appraisal
  v.push_back(cleanRecord("D8", east));                              // surveyed, no hazard
  BuildingRecord d9 = cleanRecord("D9", east);
  d9.surveyStatus = SurveyStatus::NotSurveyed;
  d9.initialHazard = InitialHazard::Unknown;
  v.push_back(d9);
  BuildingRecord d10 = withHazard(cleanRecord("D10", east));
  d10.selfBuilt = false;  // out of the default scope
  v.push_back(d10);
  BuildingRecord d11 = cleanRecord("D11", east);
  d11.selfBuilt.reset();  // unknown: out of the default scope
  v.push_back(d11);
  v.push_back(closedOn(appraised(withHazard(cleanRecord("X1", "西城, 新区")), AppraisalGrade::A),
                       ClosureBasis::GradeAB));  // ① ④ ⑦
  return v;
}

const char* const kHeader =
    "area,category,surveyed,initial_hazard,recheck_no_hazard,direct_engineering,appraised,"
    "grade_cd,cd_engineered,closed,appraisal_rate,rectification_rate,closure_rate\n";

// ⑦ counts closures on attachment 2's three grounds only (INTERCHANGE.md "closed ⑦"). Hand
// count for 南城 (all commercial, all ① with a hazard):
//   S1 basis recheck_no_hazard                  → ⑦
//   S2 basis management_only (recheck not done) → not ⑦
//   S3 basis management_only although graded B  → not ⑦ (the recorded basis decides)
//   S4 basis empty, recheck_no_hazard = yes     → ⑦ (the record shows the ground)
//   S5 basis empty, grade A                     → ⑦
//   S6 basis empty, reinforced and done         → ⑦
//   S7 basis empty, nothing backs it            → not ⑦
//   S8 basis empty, only repaired (not engineering) → not ⑦
//   S9 not closed                               → not ⑦
// ⑦ = 4 of ① = 9: closure rate 4/9.
TEST(Ledger, ClosedCountsOnlyTheThreeGrounds) {
  const std::string south = "南城";
  std::vector<BuildingRecord> v;
  BuildingRecord s1 = withHazard(cleanRecord("S1", south, true));
  s1.recheckNoHazard = true;
  v.push_back(closedOn(s1, ClosureBasis::RecheckNoHazard));
  v.push_back(closedOn(withHazard(cleanRecord("S2", south, true)), ClosureBasis::ManagementOnly));
  v.push_back(closedOn(appraised(withHazard(cleanRecord("S3", south, true)), AppraisalGrade::B),
                       ClosureBasis::ManagementOnly));
  BuildingRecord s4 = withHazard(cleanRecord("S4", south, true));
  s4.recheckNoHazard = true;
  v.push_back(closedOn(s4, ClosureBasis::Unknown));
  v.push_back(closedOn(appraised(withHazard(cleanRecord("S5", south, true)), AppraisalGrade::A),
                       ClosureBasis::Unknown));
  v.push_back(
      closedOn(reinforced(withHazard(cleanRecord("S6", south, true))), ClosureBasis::Unknown));
  v.push_back(closedOn(withHazard(cleanRecord("S7", south, true)), ClosureBasis::Unknown));
  BuildingRecord s8 = withHazard(cleanRecord("S8", south, true));
  s8.rectification = Rectification::Repair;
  s8.rectificationDone = true;
  v.push_back(closedOn(s8, ClosureBasis::Unknown));
  v.push_back(withHazard(cleanRecord("S9", south, true)));

  const std::vector<LedgerRow> rows = buildLedger(v, ledgerAreaByTown);
  ASSERT_EQ(rows.size(), 3u);
  const LedgerRow& all = rows[2];
  EXPECT_EQ(all.initialHazard, 9);
  EXPECT_EQ(all.closed, 4);
  ASSERT_TRUE(all.closureRate);
  EXPECT_DOUBLE_EQ(*all.closureRate, 4.0 / 9.0);
  // The management-only closures (S2, S3) are attachment 1's business.
  const std::vector<RecheckLedgerRow> recheck = buildRecheckLedger(v, ledgerAreaByTown);
  EXPECT_EQ(recheck[2].managementClosures, 2);
}

TEST(Ledger, CountsSelfBuiltByAreaAndCategory) {
  const std::vector<LedgerRow> rows = buildLedger(ledgerFixture(), ledgerAreaByTown);
  ASSERT_EQ(rows.size(), 6u);
  const LedgerRow& c = rows[0];
  EXPECT_EQ(c.area, "东城");
  EXPECT_EQ(c.category, LedgerCategory::Commercial);
  EXPECT_EQ(c.surveyed, 7);
  EXPECT_EQ(c.initialHazard, 6);
  EXPECT_EQ(c.recheckNoHazard, 1);
  EXPECT_EQ(c.directEngineering, 1);
  EXPECT_EQ(c.appraised, 3);
  EXPECT_EQ(c.gradeCD, 2);
  EXPECT_EQ(c.cdEngineered, 1);
  EXPECT_EQ(c.closed, 4);
  ASSERT_TRUE(c.appraisalRate && c.rectificationRate && c.closureRate);
  EXPECT_DOUBLE_EQ(*c.appraisalRate, 0.75);           // 3 / (6 − 1 − 1)
  EXPECT_DOUBLE_EQ(*c.rectificationRate, 2.0 / 3.0);  // (1 + 1) / (2 + 1)
  EXPECT_DOUBLE_EQ(*c.closureRate, 4.0 / 6.0);        // 4 / 6

  const LedgerRow& n = rows[1];
  EXPECT_EQ(n.category, LedgerCategory::NonCommercial);
  EXPECT_EQ(n.surveyed, 1);  // D8; D9 not surveyed; D10, D11 out of scope
  EXPECT_EQ(n.initialHazard, 0);
  EXPECT_FALSE(n.appraisalRate);
  EXPECT_FALSE(n.rectificationRate);
  EXPECT_FALSE(n.closureRate);

  EXPECT_EQ(rows[2].category, LedgerCategory::All);
  EXPECT_EQ(rows[2].surveyed, 8);
  EXPECT_EQ(rows[2].initialHazard, 6);
  EXPECT_EQ(rows[3].area, "西城, 新区");
  EXPECT_EQ(rows[3].surveyed, 0);
}

TEST(Ledger, WritesExactCsvWithDashForZeroDenominators) {
  const std::string expected = std::string(kHeader) +
                               "东城,commercial,7,6,1,1,3,2,1,4,0.7500,0.6667,0.6667\n"
                               "东城,non_commercial,1,0,0,0,0,0,0,0,—,—,—\n"
                               "东城,all,8,6,1,1,3,2,1,4,0.7500,0.6667,0.6667\n"
                               "\"西城, 新区\",commercial,0,0,0,0,0,0,0,0,—,—,—\n"
                               "\"西城, 新区\",non_commercial,1,1,0,0,1,0,0,1,1.0000,—,1.0000\n"
                               "\"西城, 新区\",all,1,1,0,0,1,0,0,1,1.0000,—,1.0000\n";
  EXPECT_EQ(ledgerToCsv(buildLedger(ledgerFixture(), ledgerAreaByTown)), expected);
}

TEST(Ledger, AllBuildingsScopeIncludesNonSelfBuiltAndShowsZeroRateAsZero) {
  LedgerOptions options;
  options.scope = LedgerScope::AllBuildings;
  const std::vector<LedgerRow> rows = buildLedger(ledgerFixture(), ledgerAreaByTown, options);
  ASSERT_EQ(rows.size(), 6u);
  const LedgerRow& n = rows[1];  // 东城 non-commercial: D8, D9, D10 (hazard), D11
  EXPECT_EQ(n.surveyed, 3);
  EXPECT_EQ(n.initialHazard, 1);
  EXPECT_EQ(formatLedgerRate(n.appraisalRate), "0.0000");  // 0 / 1, not a zero denominator
  EXPECT_EQ(formatLedgerRate(n.rectificationRate), "—");   // (0 + 0) / (0 + 0)
  EXPECT_EQ(formatLedgerRate(n.closureRate), "0.0000");
  EXPECT_EQ(rows[2].surveyed, 10);
}

TEST(Ledger, GroupsByGridAndSortsAreasByName) {
  std::vector<BuildingRecord> v = {cleanRecord("G1"), cleanRecord("G2"), cleanRecord("G3")};
  v[0].grid = "网格B";
  v[1].grid = "网格A";
  v[2].grid = "Alpha";
  const std::vector<LedgerRow> rows = buildLedger(v, ledgerAreaByGrid);
  ASSERT_EQ(rows.size(), 9u);
  EXPECT_EQ(rows[0].area, "Alpha");
  EXPECT_EQ(rows[3].area, "网格A");
  EXPECT_EQ(rows[6].area, "网格B");
  EXPECT_EQ(rows[8].surveyed, 1);
  // A caller-defined area function works the same way.
  const std::vector<LedgerRow> one =
      buildLedger(v, [](const BuildingRecord&) { return std::string("全区"); });
  ASSERT_EQ(one.size(), 3u);
  EXPECT_EQ(one[2].surveyed, 3);
}

TEST(Ledger, NegativeAppraisalDenominatorGivesNoRate) {
  BuildingRecord r = withHazard(cleanRecord("N1"));
  r.recheckNoHazard = true;  // inconsistent: both ② and ③
  r.directEngineering = true;
  const std::vector<LedgerRow> rows = buildLedger({r}, ledgerAreaByTown);
  EXPECT_FALSE(rows[2].appraisalRate);                               // 0 / (1 − 1 − 1)
  EXPECT_EQ(formatLedgerRate(rows[2].rectificationRate), "1.0000");  // (0 + 1) / (0 + 1)
}

TEST(Ledger, FormatsRatesAndQuotesFields) {
  EXPECT_EQ(formatLedgerRate(13.0 / 16.0), "0.8125");
  EXPECT_EQ(formatLedgerRate(1.0), "1.0000");
  EXPECT_EQ(formatLedgerRate(std::nullopt), "\xE2\x80\x94");
  EXPECT_EQ(csvField("东城"), "东城");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(ledgerCategoryKey(LedgerCategory::NonCommercial), "non_commercial");
}

TEST(Ledger, EmptyInputGivesHeaderOnly) {
  EXPECT_TRUE(buildLedger({}, ledgerAreaByTown).empty());
  EXPECT_EQ(ledgerToCsv({}), kHeader);
}

// Attachment 1: management-only closures.
std::vector<BuildingRecord> recheckFixture() {
  std::vector<BuildingRecord> v;
  BuildingRecord m1 = closedOn(withHazard(cleanRecord("M1", "东城", true)),
                               ClosureBasis::ManagementOnly, "2024-01-10");
  m1.recheckNoHazard = true;  // re-checked
  v.push_back(m1);
  // C after the closure: re-checked and still hazardous.
  v.push_back(appraised(closedOn(withHazard(cleanRecord("M2", "东城", true)),
                                 ClosureBasis::ManagementOnly, "2024-01-10"),
                        AppraisalGrade::C, "2024-02-01"));
  // D on the closure day (not a re-check), later reinforced: engineered.
  v.push_back(reinforced(
      appraised(closedOn(withHazard(cleanRecord("M3")), ClosureBasis::ManagementOnly, "2024-01-10"),
                AppraisalGrade::D, "2024-01-10")));
  v.push_back(closedOn(withHazard(cleanRecord("M4")), ClosureBasis::ManagementOnly));
  // Not a management closure.
  v.push_back(closedOn(appraised(withHazard(cleanRecord("M5", "东城", true)), AppraisalGrade::B),
                       ClosureBasis::GradeAB));
  return v;
}

TEST(Ledger, RecheckLedgerCountsManagementOnlyClosures) {
  const std::vector<RecheckLedgerRow> rows = buildRecheckLedger(recheckFixture(), ledgerAreaByTown);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].managementClosures, 2);
  EXPECT_EQ(rows[0].rechecked, 2);
  EXPECT_EQ(rows[0].stillHazardous, 1);
  EXPECT_EQ(rows[0].engineered, 0);
  EXPECT_EQ(rows[1].managementClosures, 2);
  EXPECT_EQ(rows[1].rechecked, 0);
  EXPECT_EQ(rows[1].stillHazardous, 0);
  EXPECT_EQ(rows[1].engineered, 1);
  EXPECT_EQ(recheckLedgerToCsv(rows),
            "area,category,management_closures,rechecked,still_hazardous,engineered\n"
            "东城,commercial,2,2,1,0\n"
            "东城,non_commercial,2,0,0,1\n"
            "东城,all,4,2,1,1\n");
}

}  // namespace
}  // namespace fangan
