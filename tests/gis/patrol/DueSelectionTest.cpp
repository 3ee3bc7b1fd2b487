// Which buildings are due and why (gis/patrol/DueSelection.h).

#include <gtest/gtest.h>

#include "PatrolFixtures.h"
#include "gis/patrol/DueSelection.h"

namespace fangan {
namespace {

using testing::patrolDay;
using testing::quietRecord;

struct DueCase {
  const char* name;
  BuildingRecord record;
  bool spotCheck;
  std::vector<DueReasonKind> expected;
};

BuildingRecord make(void (*change)(BuildingRecord&)) {
  BuildingRecord r = quietRecord("B1", "G1");
  change(r);
  return r;
}

std::vector<DueCase> dueCases() {
  return {
      {"QuietRecordIsNotDue", quietRecord("B1", "G1"), false, {}},
      {"NeverSurveyed",
       make([](BuildingRecord& r) { r.surveyStatus = SurveyStatus::NotSurveyed; }),
       false,
       {DueReasonKind::NeverSurveyed}},
      {"UnknownSurveyStatusCountsAsNeverSurveyed",
       make([](BuildingRecord& r) { r.surveyStatus = SurveyStatus::Unknown; }),
       false,
       {DueReasonKind::NeverSurveyed}},
      {"InitialHazardAwaitingAppraisal",
       make([](BuildingRecord& r) {
         r.initialHazard = InitialHazard::Hazard;
         r.hazardFoundDate = patrolDay("2024-02-20");
       }),
       false,
       {DueReasonKind::AwaitingAppraisal}},
      {"RecheckedHazardIsNotDue",
       make([](BuildingRecord& r) {
         r.initialHazard = InitialHazard::Hazard;
         r.recheckNoHazard = true;
       }),
       false,
       {}},
      {"EndOfDesignLifeOverdue",
       make([](BuildingRecord& r) { r.yearBuilt = 1960; }),
       false,
       {DueReasonKind::OverdueRecheck}},
      {"FiveYearReappraisalOverdue",
       make([](BuildingRecord& r) {
         r.appraisalGrade = AppraisalGrade::B;
         r.appraisalDate = patrolDay("2018-06-01");
       }),
       false,
       {DueReasonKind::OverdueRecheck}},
      {"UnderControl",
       make([](BuildingRecord& r) {
         r.appraisalGrade = AppraisalGrade::D;
         r.appraisalDate = patrolDay("2024-01-05");
         r.control = ControlMeasure::EvacuatedSealed;
       }),
       false,
       {DueReasonKind::ControlToVerify}},
      {"GradeCDWithoutControl",
       make([](BuildingRecord& r) {
         r.appraisalGrade = AppraisalGrade::C;
         r.appraisalDate = patrolDay("2024-01-05");
       }),
       false,
       {DueReasonKind::ControlToVerify}},
      {"SpotCheckDrawn", quietRecord("B1", "G1"), true, {DueReasonKind::SpotCheck}},
      {"ManagementOnlyClosure",
       make([](BuildingRecord& r) {
         r.initialHazard = InitialHazard::Hazard;
         r.hazardFoundDate = patrolDay("2023-01-01");
         r.recheckNoHazard = true;
         r.closed = true;
         r.closureBasis = ClosureBasis::ManagementOnly;
       }),
       false,
       {DueReasonKind::ManagementOnlyClosure}},
      {"SeveralReasonsInKindOrder",
       make([](BuildingRecord& r) {
         r.surveyStatus = SurveyStatus::NotSurveyed;
         r.control = ControlMeasure::StopUse;
       }),
       true,
       {DueReasonKind::NeverSurveyed, DueReasonKind::ControlToVerify, DueReasonKind::SpotCheck}},
      {"DemolishedIsNeverDue",
       make([](BuildingRecord& r) {
         r.surveyStatus = SurveyStatus::NotSurveyed;
         r.rectification = Rectification::Demolition;
         r.rectificationDone = true;
       }),
       true,
       {}},
  };
}

class DueReasonsTest : public ::testing::TestWithParam<DueCase> {};

TEST_P(DueReasonsTest, ListsTheExpectedReasonsWithChineseTextAndWhatToCheck) {
  const DueCase& c = GetParam();
  const auto reasons = dueReasons(c.record, patrolDay("2024-03-10"), c.spotCheck);
  ASSERT_EQ(reasons.size(), c.expected.size());
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    EXPECT_EQ(reasons[i].kind, c.expected[i]) << dueReasonKey(reasons[i].kind);
    EXPECT_FALSE(reasons[i].text.empty());
    EXPECT_FALSE(reasons[i].whatToCheck.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, DueReasonsTest, ::testing::ValuesIn(dueCases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(DueSelectionTest, AwaitingAppraisalTextNamesTheOverdueFiveDayDeadline) {
  BuildingRecord r = quietRecord("B1", "G1");
  r.initialHazard = InitialHazard::Hazard;
  r.hazardFoundDate = patrolDay("2024-03-01");
  const auto reasons = dueReasons(r, patrolDay("2024-03-10"), false);
  ASSERT_EQ(reasons.size(), 1u);
  EXPECT_NE(reasons[0].text.find("2024-03-06"), std::string::npos) << reasons[0].text;
  EXPECT_NE(reasons[0].text.find("已逾期"), std::string::npos) << reasons[0].text;
}

TEST(DueSelectionTest, OrdersByPriorityScoreThenCode) {
  const PriorityRules rules = parsePriorityRules(
      "never_surveyed 50 未排查\ncommercial 20 经营性\nfloors_3plus 10 三层\n", "test.rules");
  std::vector<BuildingRecord> records = {
      testing::unsurveyedRecord("C", "G1"),            // 50
      testing::unsurveyedRecord("A", "G1", false, 4),  // 60
      quietRecord("Q", "G1"),                          // not due
      testing::unsurveyedRecord("B", "G1", true, 4),   // 80
      testing::unsurveyedRecord("D", "G1", false, 3),  // 60
  };
  DueOptions o;
  o.today = patrolDay("2024-03-10");
  o.rules = &rules;
  const auto due = selectDue(records, o);
  ASSERT_EQ(due.size(), 4u);
  EXPECT_EQ(due[0].record.code, "B");
  EXPECT_EQ(due[1].record.code, "A");
  EXPECT_EQ(due[2].record.code, "D");
  EXPECT_EQ(due[3].record.code, "C");
  EXPECT_EQ(due[0].priority.score, 80);
  EXPECT_EQ(records[due[0].input].code, "B");
  EXPECT_EQ(due[0].reasonText(), "从未排查（漏排）");
}

TEST(DueSelectionTest, SpotCheckCodesMakeQuietBuildingsDue) {
  const PriorityRules rules = parsePriorityRules("commercial 20 经营性\n", "test.rules");
  std::vector<BuildingRecord> records = {quietRecord("A", "G1"), quietRecord("B", "G1")};
  DueOptions o;
  o.today = patrolDay("2024-03-10");
  o.rules = &rules;
  o.spotCheckCodes = {"B"};
  const auto due = selectDue(records, o);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].record.code, "B");
  EXPECT_TRUE(due[0].hasReason(DueReasonKind::SpotCheck));
}

}  // namespace
}  // namespace fangan
