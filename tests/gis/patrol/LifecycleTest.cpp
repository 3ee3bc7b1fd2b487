// The lifecycle rules of an inspection entry (gis/patrol/Lifecycle.h, docs/rules.md#lifecycle):
// every refusal code, and each step's successful transition, on records stored in and read back
// from a real SpatiaLite project.

#include <gtest/gtest.h>

#include <memory>

#include "../support/TempDir.h"
#include "PatrolFixtures.h"
#include "gis/patrol/Lifecycle.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::appraisedRecord;
using testing::patrolDay;
using testing::quietRecord;
using testing::unsurveyedRecord;

BuildingRecord hazardCase(const std::string& code) {
  BuildingRecord r = quietRecord(code, "G1");
  r.initialHazard = InitialHazard::Hazard;
  r.hazardFoundDate = patrolDay("2024-03-01");
  return r;
}

class LifecycleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    addBuilding(*store_, unsurveyedRecord("NEW", "G1"), 0, 0);
    addBuilding(*store_, quietRecord("QUIET", "G1"), 20, 0);
    addBuilding(*store_, hazardCase("HAZ"), 40, 0);
    addBuilding(*store_, appraisedRecord("D", AppraisalGrade::D, ControlMeasure::StopUse, false),
                60, 0);
    addBuilding(*store_, appraisedRecord("DENG", AppraisalGrade::D, ControlMeasure::StopUse, true),
                80, 0);
    BuildingRecord closed = hazardCase("CLOSED");
    closed.recheckNoHazard = true;
    closed.closed = true;
    closed.closedDate = patrolDay("2024-03-05");
    closed.closureBasis = ClosureBasis::RecheckNoHazard;
    addBuilding(*store_, closed, 100, 0);
    BuildingRecord gone = hazardCase("GONE");
    gone.rectification = Rectification::Demolition;
    gone.rectificationDone = true;
    addBuilding(*store_, gone, 120, 0);
  }

  BuildingRecord stored(const std::string& code) const { return *store_->buildingByCode(code); }

  LifecycleOutcome apply(const std::string& code, LifecycleStep step,
                         FieldResult result = FieldResult::NoHazard) const {
    LifecycleEntry e;
    e.step = step;
    e.result = result;
    e.date = patrolDay("2024-03-09");
    return applyLifecycleEntry(stored(code), e);
  }

  LifecycleOutcome appraise(const std::string& code, AppraisalGrade grade) const {
    return appraiseRecord(stored(code), grade, patrolDay("2024-03-09"));
  }

  LifecycleOutcome rectify(const std::string& code, Rectification m, bool done) const {
    return rectifyRecord(stored(code), m, done, patrolDay("2024-03-09"));
  }

  // A refused entry leaves the record as stored and says nothing for the history.
  void expectRefused(const LifecycleOutcome& o, const std::string& code, const Refusal& why) {
    EXPECT_FALSE(o.accepted);
    EXPECT_EQ(o.refusal, why) << "got code " << static_cast<int>(o.refusal.code);
    EXPECT_EQ(o.record.code, code);
    EXPECT_EQ(o.record.appraisalGrade, stored(code).appraisalGrade);
    EXPECT_EQ(o.record.closed, stored(code).closed);
    EXPECT_EQ(o.record.rectification, stored(code).rectification);
    EXPECT_EQ(o.eventResult, "");
  }

  // Writes an accepted record back and reads it again, as the app and `fangan results` do.
  BuildingRecord writeBack(const LifecycleOutcome& o) {
    EXPECT_TRUE(o.accepted) << "refused with code " << static_cast<int>(o.refusal.code);
    store_->updateBuilding(o.record, "test");
    return stored(o.record.code);
  }

  ::fangan::testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

// --- every refusal code ---

TEST_F(LifecycleTest, DemolishedBuildingTakesNoAppraisalRectificationOrHazard) {
  expectRefused(appraise("GONE", AppraisalGrade::C), "GONE", {RefusalCode::Demolished});
  expectRefused(rectify("GONE", Rectification::Repair, false), "GONE", {RefusalCode::Demolished});
  expectRefused(apply("GONE", LifecycleStep::Survey, FieldResult::Hazard), "GONE",
                {RefusalCode::Demolished, AppraisalGrade::None, FieldResult::Hazard});
}

TEST_F(LifecycleTest, StepRefusesAResultItDoesNotTake) {
  expectRefused(apply("HAZ", LifecycleStep::Survey, FieldResult::Closed), "HAZ",
                {RefusalCode::ResultNotOffered, AppraisalGrade::None, FieldResult::Closed});
  expectRefused(apply("HAZ", LifecycleStep::Control, FieldResult::Rectified), "HAZ",
                {RefusalCode::ResultNotOffered, AppraisalGrade::None, FieldResult::Rectified});
}

TEST_F(LifecycleTest, SurveyCannotClearAHazardAwaitingAppraisal) {
  expectRefused(apply("HAZ", LifecycleStep::Survey, FieldResult::NoHazard), "HAZ",
                {RefusalCode::AwaitingAppraisal});
}

TEST_F(LifecycleTest, SurveyCannotClearAnUnrectifiedD) {
  expectRefused(apply("D", LifecycleStep::Survey, FieldResult::NoHazard), "D",
                {RefusalCode::CDNotRectified, AppraisalGrade::D});
}

TEST_F(LifecycleTest, RecheckNeedsAnInitialHazardAndNoGrade) {
  expectRefused(apply("QUIET", LifecycleStep::Recheck, FieldResult::RecheckNoHazard), "QUIET",
                {RefusalCode::NoInitialHazard});
  expectRefused(apply("D", LifecycleStep::Recheck, FieldResult::RecheckNoHazard), "D",
                {RefusalCode::AlreadyAppraised, AppraisalGrade::D});
}

TEST_F(LifecycleTest, AppraisalOrderNeedsAHazardAwaitingAppraisal) {
  expectRefused(apply("QUIET", LifecycleStep::AppraisalOrder, FieldResult::AppraisalOrdered),
                "QUIET", {RefusalCode::NothingAwaitingAppraisal});
  expectRefused(apply("D", LifecycleStep::AppraisalOrder, FieldResult::AppraisalOrdered), "D",
                {RefusalCode::NothingAwaitingAppraisal});
}

TEST_F(LifecycleTest, ControlRefusals) {
  expectRefused(apply("QUIET", LifecycleStep::Control, FieldResult::ControlInPlace), "QUIET",
                {RefusalCode::NoControlMeasure});
  expectRefused(apply("QUIET", LifecycleStep::Control, FieldResult::ControlLifted), "QUIET",
                {RefusalCode::NotUnderControl});
  expectRefused(apply("D", LifecycleStep::Control, FieldResult::ControlLifted), "D",
                {RefusalCode::ControlBeforeRectification});
}

TEST_F(LifecycleTest, RectifiedNeedsAMeasureOnRecord) {
  // No form step offers `rectified` (a rectification entry names its measure); a patrol sheet
  // does, and is refused without a measure on record.
  const FieldResultOutcome o =
      applyFieldResult(stored("HAZ"), FieldResult::Rectified, patrolDay("2024-03-09"));
  EXPECT_FALSE(o.accepted);
  EXPECT_EQ(o.refusal, Refusal(RefusalCode::NoMeasureRecorded));
}

TEST_F(LifecycleTest, ClosureRefusals) {
  expectRefused(apply("D", LifecycleStep::Closure, FieldResult::Closed), "D",
                {RefusalCode::CDClosureWithoutEngineering, AppraisalGrade::D});
  expectRefused(apply("HAZ", LifecycleStep::Closure, FieldResult::Closed), "HAZ",
                {RefusalCode::NoClosureBasis});
}

TEST_F(LifecycleTest, AppraisalRefusals) {
  expectRefused(appraise("HAZ", AppraisalGrade::None), "HAZ", {RefusalCode::NoGradeChosen});
  expectRefused(appraise("NEW", AppraisalGrade::B), "NEW", {RefusalCode::NotSurveyed});
  expectRefused(appraise("D", AppraisalGrade::A), "D",
                {RefusalCode::CDGradedAway, AppraisalGrade::D});
  expectRefused(appraise("D", AppraisalGrade::B), "D",
                {RefusalCode::CDGradedAway, AppraisalGrade::D});
}

TEST_F(LifecycleTest, RectificationRefusals) {
  expectRefused(rectify("HAZ", Rectification::Unknown, false), "HAZ",
                {RefusalCode::NoMeasureChosen});
  expectRefused(rectify("HAZ", Rectification::None, true), "HAZ", {RefusalCode::NoMeasureChosen});
  expectRefused(rectify("QUIET", Rectification::Repair, false), "QUIET",
                {RefusalCode::NothingToRectify});
  expectRefused(rectify("CLOSED", Rectification::Reinforce, false), "CLOSED",
                {RefusalCode::AlreadyClosed});
}

// --- each step's successful transition ---

TEST_F(LifecycleTest, SurveyFindsNoHazardOrAHazard) {
  const LifecycleOutcome none = apply("NEW", LifecycleStep::Survey, FieldResult::NoHazard);
  EXPECT_EQ(none.eventResult, "无隐患");
  const BuildingRecord r = writeBack(none);
  EXPECT_EQ(r.surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(r.surveyDate, patrolDay("2024-03-09"));
  EXPECT_EQ(r.initialHazard, InitialHazard::None);

  const LifecycleOutcome hazard = apply("NEW", LifecycleStep::Survey, FieldResult::Hazard);
  EXPECT_EQ(hazard.eventResult, "有隐患");
  const BuildingRecord h = writeBack(hazard);
  EXPECT_EQ(h.initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(h.hazardFoundDate, patrolDay("2024-03-09"));
}

TEST_F(LifecycleTest, RecheckAndAppraisalOrderOnAHazardCase) {
  const BuildingRecord ordered =
      writeBack(apply("HAZ", LifecycleStep::AppraisalOrder, FieldResult::AppraisalOrdered));
  EXPECT_EQ(ordered.appraisalOrderedDate, patrolDay("2024-03-09"));
  const LifecycleOutcome recheck =
      apply("HAZ", LifecycleStep::Recheck, FieldResult::RecheckNoHazard);
  EXPECT_EQ(recheck.eventResult, "复核无隐患");
  EXPECT_EQ(writeBack(recheck).recheckNoHazard, std::optional<bool>(true));
}

TEST_F(LifecycleTest, AppraisalGradesAndReopensAClosedCase) {
  const LifecycleOutcome c = appraise("HAZ", AppraisalGrade::C);
  EXPECT_EQ(c.eventResult, "鉴定为C级");
  const BuildingRecord r = writeBack(c);
  EXPECT_EQ(r.appraisalGrade, AppraisalGrade::C);
  EXPECT_EQ(r.appraisalDate, patrolDay("2024-03-09"));

  const BuildingRecord reopened = writeBack(appraise("CLOSED", AppraisalGrade::D));
  EXPECT_EQ(reopened.appraisalGrade, AppraisalGrade::D);
  EXPECT_FALSE(reopened.isClosed());
  EXPECT_EQ(reopened.closedDate, std::nullopt);

  // With engineering measures done, a D building may be re-graded A.
  EXPECT_EQ(writeBack(appraise("DENG", AppraisalGrade::A)).appraisalGrade, AppraisalGrade::A);
}

TEST_F(LifecycleTest, ControlIsSetAndLiftedAfterEngineering) {
  const LifecycleOutcome sealed = apply("D", LifecycleStep::Control, FieldResult::EvacuatedSealed);
  EXPECT_EQ(sealed.eventResult, "清人封房");
  EXPECT_EQ(writeBack(sealed).control, ControlMeasure::EvacuatedSealed);
  const BuildingRecord lifted =
      writeBack(apply("DENG", LifecycleStep::Control, FieldResult::ControlLifted));
  EXPECT_EQ(lifted.control, ControlMeasure::None);
}

TEST_F(LifecycleTest, RectificationWithoutAppraisalIsDirectEngineering) {
  const LifecycleOutcome started = rectify("HAZ", Rectification::Reinforce, false);
  EXPECT_EQ(started.eventResult, "加固（实施中）");
  const BuildingRecord r = writeBack(started);
  EXPECT_EQ(r.rectification, Rectification::Reinforce);
  EXPECT_EQ(r.directEngineering, std::optional<bool>(true));
  EXPECT_EQ(r.rectificationDone, std::optional<bool>(false));

  const LifecycleOutcome done = rectify("HAZ", Rectification::Reinforce, true);
  EXPECT_EQ(done.eventResult, "加固（完成）");
  const BuildingRecord d = writeBack(done);
  EXPECT_TRUE(d.engineeringDone());
  EXPECT_EQ(d.rectificationDate, patrolDay("2024-03-09"));
}

TEST_F(LifecycleTest, RepairOfAGradedBuildingIsNotDirectEngineering) {
  const BuildingRecord r = writeBack(rectify("D", Rectification::Repair, true));
  EXPECT_EQ(r.rectification, Rectification::Repair);
  EXPECT_EQ(r.rectificationDone, std::optional<bool>(true));
  EXPECT_FALSE(r.directEngineering.value_or(false));
  EXPECT_FALSE(r.engineeringDone());  // repair is not an engineering measure
}

TEST_F(LifecycleTest, ClosureOfAnEngineeredDAndOfADemolishedBuilding) {
  const LifecycleOutcome closed = apply("DENG", LifecycleStep::Closure, FieldResult::Closed);
  EXPECT_EQ(closed.eventResult, "销号");
  const BuildingRecord r = writeBack(closed);
  EXPECT_TRUE(r.isClosed());
  EXPECT_EQ(r.closureBasis, ClosureBasis::Engineering);
  EXPECT_EQ(r.closedDate, patrolDay("2024-03-09"));
  EXPECT_TRUE(writeBack(apply("GONE", LifecycleStep::Closure, FieldResult::Closed)).isClosed());
}

TEST(LifecycleLists, EngineeringMeasuresAreOneListAndTheFormOffersRepairFirst) {
  EXPECT_EQ(rectificationMeasures(),
            (std::vector<Rectification>{Rectification::Repair, Rectification::Reinforce,
                                        Rectification::PartialDemolition, Rectification::Demolition,
                                        Rectification::Rebuild, Rectification::Relocate}));
  EXPECT_FALSE(isEngineeringMeasure(Rectification::Repair));
  EXPECT_FALSE(isEngineeringMeasure(Rectification::None));
  EXPECT_TRUE(isEngineeringMeasure(Rectification::PartialDemolition));
  EXPECT_EQ(lifecycleStepKey(LifecycleStep::AppraisalOrder), "appraisal_order");
  EXPECT_EQ(lifecycleStepResults(LifecycleStep::AppraisalOrder),
            std::vector<FieldResult>{FieldResult::AppraisalOrdered});
  EXPECT_EQ(lifecycleSteps().size(), 7u);
}

}  // namespace
}  // namespace fangan
