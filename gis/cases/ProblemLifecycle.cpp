#include "gis/cases/ProblemLifecycle.h"

#include <algorithm>

#include "gis/cases/CaseVocabulary.h"

namespace fangan {

std::vector<ProblemState> allowedProblemSteps(ProblemState from) {
  switch (from) {
    case ProblemState::Pending:
      return {ProblemState::Confirmed, ProblemState::Unfounded};
    case ProblemState::Confirmed:
      return {ProblemState::Rectifying};
    case ProblemState::Rectifying:
      return {ProblemState::Rectified};
    case ProblemState::Rectified:
      return {ProblemState::Closed, ProblemState::Rectifying};
    case ProblemState::Unfounded:
    case ProblemState::Closed:
      return {};
  }
  return {};
}

std::optional<CaseRefusal> refuseProblemStep(const Problem& p, ProblemState to,
                                             const CaseStep& step,
                                             const std::vector<CaseEvent>& history) {
  const auto allowed = allowedProblemSteps(p.state);
  if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
    return CaseRefusal{"transition_not_allowed", "问题 " + std::to_string(p.id) + " 处于“" +
                                                     toChinese(p.state) + "”，不能改为“" +
                                                     toChinese(to) + "”"};
  }
  if (step.date < p.foundDate) {
    return CaseRefusal{"date_before_found", "日期 " + step.date.toString() + " 早于问题发现日期 " +
                                                p.foundDate.toString()};
  }
  if (p.stateDate && step.date < *p.stateDate) {
    return CaseRefusal{
        "date_before_last_change",
        "日期 " + step.date.toString() + " 早于上一次状态变更 " + p.stateDate->toString()};
  }
  switch (to) {
    case ProblemState::Confirmed:
      if (p.responsibleUnit.empty() && p.responsiblePerson.empty()) {
        return CaseRefusal{"confirm_needs_responsible", "确认问题须明确责任单位或责任人"};
      }
      if (!p.deadline) return CaseRefusal{"confirm_needs_deadline", "确认问题须明确整改期限"};
      break;
    case ProblemState::Unfounded:
      if (step.note.empty()) return CaseRefusal{"unfounded_needs_note", "认定不属实须说明理由"};
      break;
    case ProblemState::Rectified:
      if (step.evidence.empty()) {
        return CaseRefusal{"rectified_needs_evidence", "已整改须附整改佐证材料"};
      }
      break;
    case ProblemState::Closed: {
      bool evidence = !step.evidence.empty();
      for (const CaseEvent& e : history) {
        if (e.toState == toKey(ProblemState::Rectified) && !e.evidence.empty()) evidence = true;
      }
      if (!evidence) return CaseRefusal{"close_needs_evidence", "销号须有整改佐证材料"};
      break;
    }
    default:
      break;
  }
  return std::nullopt;
}

bool isProblemOpen(ProblemState s) {
  return s == ProblemState::Pending || s == ProblemState::Confirmed ||
         s == ProblemState::Rectifying;
}

bool isProblemConfirmed(ProblemState s) {
  return s == ProblemState::Confirmed || s == ProblemState::Rectifying ||
         s == ProblemState::Rectified || s == ProblemState::Closed;
}

bool isProblemRectified(ProblemState s) {
  return s == ProblemState::Rectified || s == ProblemState::Closed;
}

bool isProblemOverdue(const Problem& p, const Date& day) {
  return isProblemOpen(p.state) && p.deadline && *p.deadline < day;
}

}  // namespace fangan
