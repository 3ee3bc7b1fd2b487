#include "gis/patrol/FieldResult.h"

#include "gis/analysis/CaseState.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

struct ResultTerm {
  FieldResult result;
  const char* key;
  const char* chinese;
  std::vector<std::string> synonyms;
};

const std::vector<ResultTerm>& terms() {
  static const std::vector<ResultTerm> t = {
      {FieldResult::NoHazard, "no_hazard", "无隐患", {"未发现隐患", "无", "none"}},
      {FieldResult::Hazard, "hazard", "有隐患", {"发现隐患", "有"}},
      {FieldResult::Suspect, "suspect", "存疑", {"疑似隐患"}},
      {FieldResult::RecheckNoHazard, "recheck_no_hazard", "复核无隐患", {"技术复核无隐患"}},
      {FieldResult::AppraisalOrdered,
       "appraisal_ordered",
       "已责成鉴定",
       {"责成鉴定", "责成委托鉴定"}},
      {FieldResult::ControlInPlace, "control_in_place", "管控到位", {"管控落实"}},
      {FieldResult::StopUse, "stop_use", "停止使用", {"停用"}},
      {FieldResult::EvacuatedSealed, "evacuated_sealed", "清人封房", {"封房"}},
      {FieldResult::ControlLifted, "control_lifted", "解除管控", {}},
      {FieldResult::Rectified, "rectified", "整治完成", {"已整治"}},
      {FieldResult::Closed, "closed", "销号", {"已销号"}},
      {FieldResult::NoAccess, "no_access", "无法进入", {"未入户", "无人"}},
  };
  return t;
}

const ResultTerm& termOf(FieldResult r) {
  for (const auto& t : terms()) {
    if (t.result == r) return t;
  }
  return terms().front();
}

FieldResultOutcome refuse(const BuildingRecord& r, RefusalCode code,
                          AppraisalGrade grade = AppraisalGrade::None,
                          std::optional<FieldResult> result = std::nullopt) {
  FieldResultOutcome o;
  o.accepted = false;
  o.refusal = Refusal{code, grade, result};
  o.record = r;
  return o;
}

// Marks a building surveyed on `date` unless it already was: the ledger counts the first
// survey, later visits are events in the history.
void markSurveyed(BuildingRecord& r, const Date& date) {
  if (r.isSurveyed()) return;
  r.surveyStatus = SurveyStatus::Surveyed;
  r.surveyDate = date;
}

// A new hazard on a building whose case was not open: restart the case.
void openHazard(BuildingRecord& r, InitialHazard level, const Date& date) {
  markSurveyed(r, date);
  r.initialHazard = level;
  r.hazardFoundDate = date;
  if (r.recheckNoHazard.value_or(false)) r.recheckNoHazard = false;
  if (r.isClosed()) {
    r.closed = false;
    r.closedDate.reset();
    r.closureBasis = ClosureBasis::Unknown;
  }
}

bool sameRecordFields(const BuildingRecord& a, const BuildingRecord& b) {
  return a.surveyStatus == b.surveyStatus && a.surveyDate == b.surveyDate &&
         a.initialHazard == b.initialHazard && a.hazardFoundDate == b.hazardFoundDate &&
         a.recheckNoHazard == b.recheckNoHazard && a.control == b.control &&
         a.appraisalOrderedDate == b.appraisalOrderedDate &&
         a.rectificationDone == b.rectificationDone && a.rectificationDate == b.rectificationDate &&
         a.closed == b.closed && a.closedDate == b.closedDate && a.closureBasis == b.closureBasis;
}

}  // namespace

std::string fieldResultKey(FieldResult result) { return termOf(result).key; }

std::string fieldResultChinese(FieldResult result) { return termOf(result).chinese; }

const std::vector<FieldResult>& allFieldResults() {
  static const std::vector<FieldResult> all = [] {
    std::vector<FieldResult> out;
    for (const auto& t : terms()) out.push_back(t.result);
    return out;
  }();
  return all;
}

std::optional<FieldResult> parseFieldResult(const std::string& text) {
  const std::string cell = normalizeCell(text);
  if (cell.empty()) return std::nullopt;
  for (const auto& t : terms()) {
    if (cell == t.key || cell == t.chinese) return t.result;
    for (const auto& s : t.synonyms) {
      if (cell == s) return t.result;
    }
  }
  return std::nullopt;
}

FieldResultOutcome applyFieldResult(const BuildingRecord& current, FieldResult result,
                                    const Date& date) {
  BuildingRecord r = current;
  if (isDemolished(current) && result != FieldResult::Closed && result != FieldResult::NoAccess) {
    return refuse(current, RefusalCode::Demolished, AppraisalGrade::None, result);
  }
  switch (result) {
    case FieldResult::NoHazard:
      if (isAwaitingAppraisal(current)) {
        return refuse(current, RefusalCode::AwaitingAppraisal);
      }
      if (isCDNotRectified(current)) {
        return refuse(current, RefusalCode::CDNotRectified, current.appraisalGrade);
      }
      markSurveyed(r, date);
      if (r.initialHazard == InitialHazard::Unknown) r.initialHazard = InitialHazard::None;
      break;
    case FieldResult::Hazard:
    case FieldResult::Suspect: {
      const InitialHazard level =
          result == FieldResult::Hazard ? InitialHazard::Hazard : InitialHazard::Suspect;
      if (isAwaitingAppraisal(current) || isCDNotRectified(current)) {
        // The case is open already; a firmer finding upgrades a suspect.
        if (level == InitialHazard::Hazard && r.initialHazard == InitialHazard::Suspect) {
          r.initialHazard = InitialHazard::Hazard;
        }
      } else {
        openHazard(r, level, date);
      }
      break;
    }
    case FieldResult::RecheckNoHazard:
      if (!hasInitialHazard(current)) return refuse(current, RefusalCode::NoInitialHazard);
      if (current.appraisalGrade != AppraisalGrade::None) {
        return refuse(current, RefusalCode::AlreadyAppraised, current.appraisalGrade);
      }
      r.recheckNoHazard = true;
      break;
    case FieldResult::AppraisalOrdered:
      if (!isAwaitingAppraisal(current))
        return refuse(current, RefusalCode::NothingAwaitingAppraisal);
      if (!current.appraisalOrderedDate) r.appraisalOrderedDate = date;
      break;
    case FieldResult::ControlInPlace:
      if (!isUnderControl(current)) return refuse(current, RefusalCode::NoControlMeasure);
      break;
    case FieldResult::StopUse:
      r.control = ControlMeasure::StopUse;
      break;
    case FieldResult::EvacuatedSealed:
      r.control = ControlMeasure::EvacuatedSealed;
      break;
    case FieldResult::ControlLifted: {
      if (!isUnderControl(current)) return refuse(current, RefusalCode::NotUnderControl);
      const bool safe = current.engineeringDone() || isGradeAB(current) ||
                        (!current.isGradeCD() && current.recheckNoHazard.value_or(false));
      // docs/rules.md#lifecycle: control stays until rectification is complete.
      if (!safe) return refuse(current, RefusalCode::ControlBeforeRectification);
      r.control = ControlMeasure::None;
      break;
    }
    case FieldResult::Rectified:
      if (current.rectification == Rectification::Unknown ||
          current.rectification == Rectification::None) {
        return refuse(current, RefusalCode::NoMeasureRecorded);
      }
      if (!current.rectificationDone.value_or(false)) {
        r.rectificationDone = true;
        r.rectificationDate = date;
      }
      break;
    case FieldResult::Closed: {
      if (isClosedWithAcceptedBasis(current)) break;  // closed already: the visit only
      ClosureBasis basis = ClosureBasis::Unknown;
      if (current.isGradeCD()) {
        if (!current.engineeringDone()) {
          // docs/rules.md#lifecycle: management measures never close a C/D case.
          return refuse(current, RefusalCode::CDClosureWithoutEngineering, current.appraisalGrade);
        }
        basis = ClosureBasis::Engineering;
      } else if (isGradeAB(current)) {
        basis = ClosureBasis::GradeAB;
      } else if (current.engineeringDone()) {
        basis = ClosureBasis::Engineering;
      } else if (hasInitialHazard(current) && current.recheckNoHazard.value_or(false)) {
        basis = ClosureBasis::RecheckNoHazard;
      } else {
        return refuse(current, RefusalCode::NoClosureBasis);
      }
      r.closed = true;
      r.closedDate = date;
      r.closureBasis = basis;
      break;
    }
    case FieldResult::NoAccess:
      break;
  }
  FieldResultOutcome o;
  o.accepted = true;
  o.changed = !sameRecordFields(current, r);
  o.record = r;
  return o;
}

}  // namespace fangan
