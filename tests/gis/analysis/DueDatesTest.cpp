#include <gtest/gtest.h>

#include "gis/analysis/DueDates.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

/// A record with no year_built, so only the item under test can appear.
BuildingRecord undated(const std::string& code) {
  BuildingRecord r = cleanRecord(code);
  r.yearBuilt.reset();
  return r;
}

TEST(DueDates, AppraisalWithinFiveDaysOfHazard) {
  const BuildingRecord r = withHazard(undated("H1"), "2024-03-01");
  std::vector<DueItem> items = dueItems(r, day("2024-03-06"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, "appraisal_5d");
  EXPECT_EQ(items[0].due, day("2024-03-06"));
  EXPECT_FALSE(items[0].overdue);  // the due day itself is in time
  EXPECT_EQ(items[0].description,
            "发现隐患（2024-03-01）后5日内应责成业主委托鉴定（截止2024-03-06）");

  items = dueItems(r, day("2024-03-07"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[0].description,
            "发现隐患（2024-03-01）后5日内应责成业主委托鉴定（截止2024-03-06，已逾期）");
}

// Once the order is recorded, the 5-day item goes and the appraisal has its own follow-up:
// order date + 30 days (CaseState.h kAppraisalAfterOrderDays).
TEST(DueDates, OrderRecordedThenTheAppraisalFollowsUp) {
  BuildingRecord r = withHazard(undated("H7"), "2024-03-01");
  r.appraisalOrderedDate = day("2024-03-04");
  std::vector<DueItem> items = dueItems(r, day("2024-04-01"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, "appraisal_after_order");
  EXPECT_EQ(items[0].due, day("2024-04-03"));
  EXPECT_FALSE(items[0].overdue);
  EXPECT_TRUE(dueItems(r, day("2024-04-04"))[0].overdue);
  // Appraised: nothing left to follow.
  EXPECT_TRUE(dueItems(appraised(r, AppraisalGrade::B, "2024-03-20"), day("2024-04-04")).size() ==
              1u);  // only the 5-year re-appraisal of an A/B grade remains
  EXPECT_EQ(dueItems(appraised(r, AppraisalGrade::B, "2024-03-20"), day("2024-04-04"))[0].kind,
            "reappraisal_5y");
}

TEST(DueDates, NoAppraisalDeadlineOnceResolved) {
  const Date today = day("2024-06-01");
  BuildingRecord rechecked = withHazard(undated("H2"));
  rechecked.recheckNoHazard = true;
  BuildingRecord direct = withHazard(undated("H3"));
  direct.directEngineering = true;
  EXPECT_TRUE(dueItems(rechecked, today).empty());
  EXPECT_TRUE(dueItems(direct, today).empty());
  EXPECT_TRUE(dueItems(appraised(withHazard(undated("H4")), AppraisalGrade::C), today).empty());
  // A management-only closure does not end the wait (seed 002).
  const BuildingRecord managed = closedOn(withHazard(undated("H5")), ClosureBasis::ManagementOnly);
  ASSERT_EQ(dueItems(managed, today).size(), 1u);
  EXPECT_TRUE(dueItems(managed, today)[0].overdue);
  // Without hazard_found_date there is no deadline to compute.
  BuildingRecord noDate = withHazard(undated("H6"));
  noDate.hazardFoundDate.reset();
  EXPECT_TRUE(dueItems(noDate, today).empty());
}

TEST(DueDates, PublicBuildingAtTwoThirdsAndEndOfDesignLife) {
  BuildingRecord school = cleanRecord("P1");
  school.useSubtype = "school";
  school.yearBuilt = 1990;  // life 50: 2/3 reached in 1990 + 34 = 2024; end of life 2040
  const std::vector<DueItem> items = dueItems(school, day("2025-01-05"));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].kind, "reappraisal_two_thirds");
  EXPECT_EQ(items[0].due, day("2024-12-31"));
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[0].description,
            "公共建筑使用年限达到设计使用年限三分之二，当年应鉴定（截止2024-12-31，已逾期）");
  EXPECT_EQ(items[1].kind, "reappraisal_end_of_life");
  EXPECT_EQ(items[1].due, day("2040-12-31"));
  EXPECT_FALSE(items[1].overdue);

  BuildingRecord home = school;
  home.useSubtype.clear();
  ASSERT_EQ(dueItems(home, day("2025-01-05")).size(), 1u);
  EXPECT_EQ(dueItems(home, day("2025-01-05"))[0].kind, "reappraisal_end_of_life");

  BuildingRecord hospital = school;
  hospital.useSubtype = "医院";
  hospital.designLife = 60;  // 2/3 of 60 = 40 → 2030; end 2050
  const std::vector<DueItem> h = dueItems(hospital, day("2025-01-05"));
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].due, day("2030-12-31"));
  EXPECT_FALSE(h[0].overdue);
  EXPECT_EQ(h[1].due, day("2050-12-31"));
}

TEST(DueDates, YearHelpersRoundTwoThirdsUp) {
  BuildingRecord r = cleanRecord("Y");
  r.yearBuilt = 2000;
  EXPECT_EQ(twoThirdsLifeYear(r), 2034);  // 50 × 2/3 = 33.3 → 34
  r.designLife = 30;
  EXPECT_EQ(twoThirdsLifeYear(r), 2020);  // exactly 20
  r.designLife = 70;
  EXPECT_EQ(twoThirdsLifeYear(r), 2047);  // 46.7 → 47
  EXPECT_EQ(endOfLifeYear(r), 2070);
  r.yearBuilt.reset();
  EXPECT_FALSE(twoThirdsLifeYear(r));
  EXPECT_FALSE(endOfLifeYear(r));
}

TEST(DueDates, EndOfDesignLifeOverdueUntilAppraisedThatYear) {
  BuildingRecord old = cleanRecord("O1");
  old.yearBuilt = 1970;  // end of life 2020
  std::vector<DueItem> items = dueItems(old, day("2024-01-01"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, "reappraisal_end_of_life");
  EXPECT_EQ(items[0].due, day("2020-12-31"));
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[0].description, "达到设计使用年限，继续使用应当年鉴定（截止2020-12-31，已逾期）");

  // Appraised C in 2020: end-of-life satisfied; a C grade starts no 5-year cycle.
  EXPECT_TRUE(dueItems(appraised(old, AppraisalGrade::C, "2020-06-01"), day("2024-01-01")).empty());
  // Appraised in 2019 (before the year): still due.
  EXPECT_EQ(dueItems(appraised(old, AppraisalGrade::C, "2019-06-01"), day("2024-01-01")).size(),
            1u);
}

TEST(DueDates, FiveYearCycleAfterNoHazardAppraisal) {
  const BuildingRecord r = appraised(undated("A1"), AppraisalGrade::A, "2019-06-15");
  std::vector<DueItem> items = dueItems(r, day("2024-06-15"));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, "reappraisal_5y");
  EXPECT_EQ(items[0].due, day("2024-06-15"));
  EXPECT_FALSE(items[0].overdue);
  EXPECT_EQ(items[0].description, "鉴定未发现隐患（2019-06-15），每5年定期鉴定（截止2024-06-15）");
  EXPECT_TRUE(dueItems(r, day("2024-06-16"))[0].overdue);
}

TEST(DueDates, CombinedItemsSortedByDueDate) {
  BuildingRecord r = appraised(cleanRecord("M1"), AppraisalGrade::B, "2024-05-01");
  r.use = BuildingUse::Public;
  r.yearBuilt = 1990;  // 2/3 in 2024, satisfied by the 2024 appraisal
  const std::vector<DueItem> items = dueItems(r, day("2024-06-01"));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].kind, "reappraisal_5y");
  EXPECT_EQ(items[0].due, day("2029-05-01"));
  EXPECT_EQ(items[1].kind, "reappraisal_end_of_life");
  EXPECT_EQ(items[1].due, day("2040-12-31"));
}

TEST(DueDates, DemolishedBuildingHasNoItems) {
  BuildingRecord r = withHazard(cleanRecord("X1"), "2024-03-01");
  r.yearBuilt = 1960;
  r.rectification = Rectification::Demolition;
  r.rectificationDone = true;
  EXPECT_TRUE(dueItems(r, day("2024-06-01")).empty());
}

}  // namespace
}  // namespace fangan
