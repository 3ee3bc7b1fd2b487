#include "gis/patrol/Lifecycle.h"

#include <algorithm>

#include "gis/analysis/CaseState.h"
#include "gis/model/Vocabulary.h"

namespace fangan {
namespace {

LifecycleOutcome refuse(const BuildingRecord& current, Refusal why) {
  LifecycleOutcome o;
  o.refusal = why;
  o.record = current;
  return o;
}

LifecycleOutcome refuse(const BuildingRecord& current, RefusalCode code,
                        AppraisalGrade grade = AppraisalGrade::None) {
  return refuse(current, Refusal{code, grade, std::nullopt});
}

LifecycleOutcome accept(BuildingRecord record, std::string eventResult) {
  LifecycleOutcome o;
  o.accepted = true;
  o.record = std::move(record);
  o.eventResult = std::move(eventResult);
  return o;
}

}  // namespace

const std::vector<LifecycleStep>& lifecycleSteps() {
  static const std::vector<LifecycleStep> steps = {
      LifecycleStep::Survey,    LifecycleStep::Recheck, LifecycleStep::AppraisalOrder,
      LifecycleStep::Appraisal, LifecycleStep::Control, LifecycleStep::Rectification,
      LifecycleStep::Closure};
  return steps;
}

std::string lifecycleStepKey(LifecycleStep step) {
  switch (step) {
    case LifecycleStep::Survey:
      return "survey";
    case LifecycleStep::Recheck:
      return "verification";
    case LifecycleStep::AppraisalOrder:
      return "appraisal_order";
    case LifecycleStep::Appraisal:
      return "appraisal";
    case LifecycleStep::Control:
      return "control";
    case LifecycleStep::Rectification:
      return "rectification";
    case LifecycleStep::Closure:
      return "closure";
  }
  return "survey";
}

std::vector<FieldResult> lifecycleStepResults(LifecycleStep step) {
  switch (step) {
    case LifecycleStep::Survey:
      return {FieldResult::NoHazard, FieldResult::Hazard, FieldResult::Suspect,
              FieldResult::NoAccess};
    case LifecycleStep::Recheck:
      return {FieldResult::RecheckNoHazard};
    case LifecycleStep::AppraisalOrder:
      return {FieldResult::AppraisalOrdered};
    case LifecycleStep::Control:
      return {FieldResult::StopUse, FieldResult::EvacuatedSealed, FieldResult::ControlInPlace,
              FieldResult::ControlLifted};
    case LifecycleStep::Closure:
      return {FieldResult::Closed};
    case LifecycleStep::Appraisal:
    case LifecycleStep::Rectification:
      break;
  }
  return {};
}

bool isEngineeringMeasure(Rectification m) {
  BuildingRecord done;
  done.rectification = m;
  done.rectificationDone = true;
  return done.engineeringDone();
}

const std::vector<Rectification>& rectificationMeasures() {
  static const std::vector<Rectification> measures = [] {
    // The vocabulary's measures run from Repair to Relocate (gis/model/Building.h).
    std::vector<Rectification> out = {Rectification::Repair};
    for (int v = static_cast<int>(Rectification::Repair) + 1;
         v <= static_cast<int>(Rectification::Relocate); ++v) {
      const auto m = static_cast<Rectification>(v);
      if (isEngineeringMeasure(m)) out.push_back(m);
    }
    return out;
  }();
  return measures;
}

// docs/rules.md#lifecycle-appraisal: a C/D grade reopens a closed case (its closure no longer has
// a basis); a C/D case cannot be graded A/B before engineering measures are done, or the ban on
// closing C/D cases by management measures could be side-stepped by a second appraisal.
LifecycleOutcome appraiseRecord(const BuildingRecord& current, AppraisalGrade grade,
                                const Date& date) {
  if (isDemolished(current)) return refuse(current, RefusalCode::Demolished);
  if (grade == AppraisalGrade::None) return refuse(current, RefusalCode::NoGradeChosen);
  if (!current.isSurveyed()) return refuse(current, RefusalCode::NotSurveyed);
  const bool toAB = grade == AppraisalGrade::A || grade == AppraisalGrade::B;
  if (toAB && isCDNotRectified(current)) {
    return refuse(current, RefusalCode::CDGradedAway, current.appraisalGrade);
  }
  BuildingRecord r = current;
  r.appraisalGrade = grade;
  r.appraisalDate = date;
  if (!toAB && r.isClosed()) {
    r.closed = false;
    r.closedDate.reset();
    r.closureBasis = ClosureBasis::Unknown;
  }
  return accept(std::move(r), "鉴定为" + toChinese(grade));
}

// docs/rules.md#lifecycle-rectify: engineering measures without an appraisal are the ledger's
// route ③ (direct engineering); completing the works goes through the field result `rectified`.
LifecycleOutcome rectifyRecord(const BuildingRecord& current, Rectification measure, bool done,
                               const Date& date) {
  if (isDemolished(current)) return refuse(current, RefusalCode::Demolished);
  if (measure == Rectification::Unknown || measure == Rectification::None) {
    return refuse(current, RefusalCode::NoMeasureChosen);
  }
  if (!hasInitialHazard(current) && current.appraisalGrade == AppraisalGrade::None) {
    return refuse(current, RefusalCode::NothingToRectify);
  }
  if (isClosedWithAcceptedBasis(current)) return refuse(current, RefusalCode::AlreadyClosed);
  BuildingRecord r = current;
  if (r.rectification != measure) {
    r.rectification = measure;
    r.rectificationDone = false;
    r.rectificationDate.reset();
  }
  if (r.appraisalGrade == AppraisalGrade::None && isEngineeringMeasure(measure)) {
    r.directEngineering = true;
  }
  if (done) {
    const FieldResultOutcome completed = applyFieldResult(r, FieldResult::Rectified, date);
    if (!completed.accepted) return refuse(current, completed.refusal);
    r = completed.record;
  }
  return accept(std::move(r), toChinese(measure) + (done ? "（完成）" : "（实施中）"));
}

LifecycleOutcome applyLifecycleEntry(const BuildingRecord& current, const LifecycleEntry& entry) {
  switch (entry.step) {
    case LifecycleStep::Appraisal:
      return appraiseRecord(current, entry.grade, entry.date);
    case LifecycleStep::Rectification:
      return rectifyRecord(current, entry.measure, entry.measureDone, entry.date);
    default:
      break;
  }
  const std::vector<FieldResult> offered = lifecycleStepResults(entry.step);
  if (std::find(offered.begin(), offered.end(), entry.result) == offered.end()) {
    return refuse(current,
                  Refusal{RefusalCode::ResultNotOffered, AppraisalGrade::None, entry.result});
  }
  const FieldResultOutcome applied = applyFieldResult(current, entry.result, entry.date);
  if (!applied.accepted) return refuse(current, applied.refusal);
  return accept(applied.record, fieldResultChinese(entry.result));
}

}  // namespace fangan
