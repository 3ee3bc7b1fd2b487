#include "gis/cases/ReferralLifecycle.h"

#include "gis/cases/CaseVocabulary.h"

namespace fangan {

std::optional<CaseRefusal> refuseReferral(const Referral& r, const ReferralKinds& kinds) {
  if (!kinds.find(r.kind)) {
    return CaseRefusal{"unknown_kind", "移送类别 \"" + r.kind + "\" 不在移送类别清单中"};
  }
  if (r.code.empty() && r.problemId == 0) {
    return CaseRefusal{"missing_subject", "移送须指明房屋编码或问题台账中的问题"};
  }
  if (r.department.empty()) {
    return CaseRefusal{"missing_department", "移送须写明接收部门"};
  }
  if (r.referredDate == Date{}) return CaseRefusal{"missing_date", "缺少移送日期"};
  return std::nullopt;
}

std::optional<CaseRefusal> refuseReferralStep(const Referral& r, ReferralState to,
                                              const CaseStep& step) {
  const bool allowed = (r.state == ReferralState::Referred && to == ReferralState::Answered) ||
                       (r.state == ReferralState::Answered && to == ReferralState::Closed);
  if (r.state == ReferralState::Referred && to == ReferralState::Closed) {
    return CaseRefusal{"close_without_feedback", "接收部门尚未反馈，不能办结"};
  }
  if (!allowed) {
    return CaseRefusal{"transition_not_allowed",
                       "不能从“" + toChinese(r.state) + "”改为“" + toChinese(to) + "”"};
  }
  if (to == ReferralState::Answered && step.note.empty()) {
    return CaseRefusal{"feedback_needs_text", "已反馈须填写反馈意见"};
  }
  if (step.date < r.referredDate) {
    return CaseRefusal{
        "feedback_before_referral",
        "日期 " + step.date.toString() + " 早于移送日期 " + r.referredDate.toString()};
  }
  if (r.stateDate && step.date < *r.stateDate) {
    return CaseRefusal{
        "date_before_last_change",
        "日期 " + step.date.toString() + " 早于上次状态变更 " + r.stateDate->toString()};
  }
  return std::nullopt;
}

bool isReferralOpen(ReferralState state) { return state != ReferralState::Closed; }

}  // namespace fangan
