// What a field result does to a building record (gis/patrol/FieldResult.h).

#include <gtest/gtest.h>

#include "PatrolFixtures.h"
#include "gis/patrol/FieldResult.h"

namespace fangan {
namespace {

using testing::patrolDay;
using testing::quietRecord;

BuildingRecord hazardCase() {
  BuildingRecord r = quietRecord("B1", "G1");
  r.initialHazard = InitialHazard::Hazard;
  r.hazardFoundDate = patrolDay("2024-03-01");
  return r;
}

BuildingRecord gradeD(bool engineered, ControlMeasure control) {
  BuildingRecord r = hazardCase();
  r.appraisalGrade = AppraisalGrade::D;
  r.appraisalDate = patrolDay("2024-03-04");
  r.control = control;
  if (engineered) {
    r.rectification = Rectification::Reinforce;
    r.rectificationDone = true;
  }
  return r;
}

struct TransitionCase {
  const char* name;
  BuildingRecord before;
  FieldResult result;
  bool accepted;
  Refusal refusal;  // expected when refused
};

std::vector<TransitionCase> refusals() {
  BuildingRecord demolished = quietRecord("B1", "G1");
  demolished.rectification = Rectification::Demolition;
  demolished.rectificationDone = true;
  return {
      {"NoHazardOnOpenHazardCase",
       hazardCase(),
       FieldResult::NoHazard,
       false,
       {RefusalCode::AwaitingAppraisal}},
      {"NoHazardOnUnrectifiedD",
       gradeD(false, ControlMeasure::None),
       FieldResult::NoHazard,
       false,
       {RefusalCode::CDNotRectified, AppraisalGrade::D}},
      {"ClosingDWithoutEngineering",
       gradeD(false, ControlMeasure::StopUse),
       FieldResult::Closed,
       false,
       {RefusalCode::CDClosureWithoutEngineering, AppraisalGrade::D}},
      {"ClosingWithoutBasis",
       hazardCase(),
       FieldResult::Closed,
       false,
       {RefusalCode::NoClosureBasis}},
      {"LiftingControlBeforeRectification",
       gradeD(false, ControlMeasure::EvacuatedSealed),
       FieldResult::ControlLifted,
       false,
       {RefusalCode::ControlBeforeRectification}},
      {"LiftingControlThatIsNotThere",
       quietRecord("B1", "G1"),
       FieldResult::ControlLifted,
       false,
       {RefusalCode::NotUnderControl}},
      {"RecheckWithoutHazard",
       quietRecord("B1", "G1"),
       FieldResult::RecheckNoHazard,
       false,
       {RefusalCode::NoInitialHazard}},
      {"RecheckAfterAppraisal",
       gradeD(false, ControlMeasure::None),
       FieldResult::RecheckNoHazard,
       false,
       {RefusalCode::AlreadyAppraised, AppraisalGrade::D}},
      {"RectifiedWithoutMeasure",
       hazardCase(),
       FieldResult::Rectified,
       false,
       {RefusalCode::NoMeasureRecorded}},
      {"VerifyingMissingControl",
       quietRecord("B1", "G1"),
       FieldResult::ControlInPlace,
       false,
       {RefusalCode::NoControlMeasure}},
      {"HazardOnDemolished",
       demolished,
       FieldResult::Hazard,
       false,
       {RefusalCode::Demolished, AppraisalGrade::None, FieldResult::Hazard}},
      {"ClosingEngineeredD", gradeD(true, ControlMeasure::None), FieldResult::Closed, true, {}},
      {"LiftingControlAfterEngineering",
       gradeD(true, ControlMeasure::StopUse),
       FieldResult::ControlLifted,
       true,
       {}},
      {"NoAccessAlwaysRecords", hazardCase(), FieldResult::NoAccess, true, {}},
      {"OrderWithoutHazard",
       quietRecord("B1", "G1"),
       FieldResult::AppraisalOrdered,
       false,
       {RefusalCode::NothingAwaitingAppraisal}},
      {"OrderAfterAppraisal",
       gradeD(false, ControlMeasure::None),
       FieldResult::AppraisalOrdered,
       false,
       {RefusalCode::NothingAwaitingAppraisal}},
      {"OrderOnAwaitingCase", hazardCase(), FieldResult::AppraisalOrdered, true, {}},
  };
}

class FieldResultTransitionTest : public ::testing::TestWithParam<TransitionCase> {};

TEST_P(FieldResultTransitionTest, AcceptsOrRefusesWithTheRightReason) {
  const TransitionCase& c = GetParam();
  const auto o = applyFieldResult(c.before, c.result, patrolDay("2024-03-09"));
  EXPECT_EQ(o.accepted, c.accepted);
  EXPECT_EQ(o.refusal, c.refusal) << static_cast<int>(o.refusal.code);
  if (!c.accepted) {
    EXPECT_FALSE(o.changed);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, FieldResultTransitionTest, ::testing::ValuesIn(refusals()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FieldResultTest, NoHazardOnANeverSurveyedBuildingRecordsTheSurvey) {
  BuildingRecord r = testing::unsurveyedRecord("B1", "G1");
  const auto o = applyFieldResult(r, FieldResult::NoHazard, patrolDay("2024-03-09"));
  ASSERT_TRUE(o.accepted);
  EXPECT_TRUE(o.changed);
  EXPECT_EQ(o.record.surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(o.record.surveyDate, patrolDay("2024-03-09"));
  EXPECT_EQ(o.record.initialHazard, InitialHazard::None);
}

TEST(FieldResultTest, NoHazardOnASurveyedBuildingKeepsTheFirstSurveyDate) {
  const auto o =
      applyFieldResult(quietRecord("B1", "G1"), FieldResult::NoHazard, patrolDay("2024-03-09"));
  ASSERT_TRUE(o.accepted);
  EXPECT_FALSE(o.changed);
  EXPECT_EQ(o.record.surveyDate, patrolDay("2023-05-01"));
}

TEST(FieldResultTest, HazardStartsTheAppraisalClockAndReopensAClosedCase) {
  BuildingRecord r = hazardCase();
  r.hazardFoundDate = patrolDay("2023-01-01");
  r.recheckNoHazard = true;
  r.closed = true;
  r.closedDate = patrolDay("2023-02-01");
  r.closureBasis = ClosureBasis::ManagementOnly;
  const auto o = applyFieldResult(r, FieldResult::Hazard, patrolDay("2024-03-09"));
  ASSERT_TRUE(o.accepted);
  EXPECT_EQ(o.record.initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(o.record.hazardFoundDate, patrolDay("2024-03-09"));
  EXPECT_FALSE(o.record.isClosed());
  EXPECT_FALSE(o.record.recheckNoHazard.value_or(false));
}

TEST(FieldResultTest, HazardOnAnOpenCaseKeepsItsDate) {
  const auto o = applyFieldResult(hazardCase(), FieldResult::Hazard, patrolDay("2024-03-09"));
  ASSERT_TRUE(o.accepted);
  EXPECT_FALSE(o.changed);
  EXPECT_EQ(o.record.hazardFoundDate, patrolDay("2024-03-01"));
}

TEST(FieldResultTest, ClosingPicksTheBasisTheRecordSupports) {
  BuildingRecord rechecked = hazardCase();
  rechecked.recheckNoHazard = true;
  auto o = applyFieldResult(rechecked, FieldResult::Closed, patrolDay("2024-03-09"));
  ASSERT_TRUE(o.accepted);
  EXPECT_EQ(o.record.closureBasis, ClosureBasis::RecheckNoHazard);
  EXPECT_EQ(o.record.closedDate, patrolDay("2024-03-09"));
  o = applyFieldResult(gradeD(true, ControlMeasure::None), FieldResult::Closed,
                       patrolDay("2024-03-09"));
  EXPECT_EQ(o.record.closureBasis, ClosureBasis::Engineering);
}

TEST(FieldResultTest, AppraisalOrderKeepsTheFirstOrderDate) {
  const FieldResultOutcome first =
      applyFieldResult(hazardCase(), FieldResult::AppraisalOrdered, patrolDay("2024-03-04"));
  ASSERT_TRUE(first.accepted);
  EXPECT_TRUE(first.changed);
  EXPECT_EQ(first.record.appraisalOrderedDate, patrolDay("2024-03-04"));
  const FieldResultOutcome again =
      applyFieldResult(first.record, FieldResult::AppraisalOrdered, patrolDay("2024-03-09"));
  ASSERT_TRUE(again.accepted);
  EXPECT_FALSE(again.changed);
  EXPECT_EQ(again.record.appraisalOrderedDate, patrolDay("2024-03-04"));
  EXPECT_EQ(parseFieldResult("责成鉴定"), FieldResult::AppraisalOrdered);
}

TEST(FieldResultTest, ParsesKeysChineseAndSynonyms) {
  EXPECT_EQ(parseFieldResult("无隐患"), FieldResult::NoHazard);
  EXPECT_EQ(parseFieldResult(" NO_HAZARD "), FieldResult::NoHazard);
  EXPECT_EQ(parseFieldResult("发现隐患"), FieldResult::Hazard);
  EXPECT_EQ(parseFieldResult("解除管控"), FieldResult::ControlLifted);
  EXPECT_FALSE(parseFieldResult("还行"));
  EXPECT_FALSE(parseFieldResult(""));
  for (const FieldResult r : allFieldResults()) {
    EXPECT_EQ(parseFieldResult(fieldResultKey(r)), r);
    EXPECT_EQ(parseFieldResult(fieldResultChinese(r)), r);
  }
}

}  // namespace
}  // namespace fangan
