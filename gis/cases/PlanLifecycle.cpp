#include "gis/cases/PlanLifecycle.h"

#include <algorithm>

#include "gis/cases/CaseVocabulary.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

bool isPlanActive(PlanState s) { return s == PlanState::Drafted || s == PlanState::Implementing; }

std::optional<CaseRefusal> refusePlan(const RectificationPlan& plan, const BuildingRecord& b,
                                      const std::vector<RectificationPlan>& existing) {
  const bool hazardous = b.initialHazard == InitialHazard::Hazard ||
                         b.initialHazard == InitialHazard::Suspect || b.isGradeCD();
  if (!hazardous) {
    return CaseRefusal{"building_not_hazardous",
                       "房屋 " + b.code + " 未初判有隐患，也未鉴定为C/D级，无需一栋一策"};
  }
  for (const RectificationPlan& p : existing) {
    if (p.buildingId == b.id && p.id != plan.id && isPlanActive(p.state)) {
      return CaseRefusal{"plan_exists",
                         "房屋 " + b.code + " 已有在执行的整治方案 (" + std::to_string(p.id) + ")"};
    }
  }
  if (plan.measure == Rectification::None || plan.measure == Rectification::Unknown) {
    return CaseRefusal{"measure_missing", "整治措施为空"};
  }
  if (b.isGradeCD() && !isEngineeringMeasure(plan.measure)) {
    return CaseRefusal{"cd_needs_engineering", "房屋 " + b.code + " 为C/D级，整治措施“" +
                                                   toChinese(plan.measure) +
                                                   "”不是工程措施 (加固、拆除、重建、搬迁)"};
  }
  if (plan.responsibleUnit.empty() && plan.responsiblePerson.empty()) {
    return CaseRefusal{"missing_responsible", "整治方案须明确责任单位或责任人"};
  }
  if (plan.start && plan.due < *plan.start) {
    return CaseRefusal{"due_before_start", "完成期限 " + plan.due.toString() + " 早于开始日期 " +
                                               plan.start->toString()};
  }
  return std::nullopt;
}

std::vector<PlanState> allowedPlanSteps(PlanState from) {
  switch (from) {
    case PlanState::Drafted:
      return {PlanState::Implementing, PlanState::Cancelled};
    case PlanState::Implementing:
      return {PlanState::Completed, PlanState::Cancelled};
    case PlanState::Completed:
    case PlanState::Cancelled:
      return {};
  }
  return {};
}

std::optional<CaseRefusal> refusePlanStep(const RectificationPlan& plan, PlanState to,
                                          const CaseStep& step) {
  const auto allowed = allowedPlanSteps(plan.state);
  if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
    return CaseRefusal{"transition_not_allowed", "整治方案 " + std::to_string(plan.id) + " 处于“" +
                                                     toChinese(plan.state) + "”，不能改为“" +
                                                     toChinese(to) + "”"};
  }
  if (plan.stateDate && step.date < *plan.stateDate) {
    return CaseRefusal{
        "date_before_last_change",
        "日期 " + step.date.toString() + " 早于上一次状态变更 " + plan.stateDate->toString()};
  }
  if (to == PlanState::Completed) {
    for (const PlanMilestone& m : plan.milestones) {
      if (!m.done) {
        return CaseRefusal{"milestones_open",
                           "节点“" + m.text + "”(" + m.due.toString() + ") 尚未完成"};
      }
    }
  }
  if (to == PlanState::Cancelled && step.note.empty()) {
    return CaseRefusal{"cancel_needs_note", "撤销整治方案须说明理由"};
  }
  return std::nullopt;
}

bool isPlanOverdue(const RectificationPlan& plan, const Date& day) {
  return isPlanActive(plan.state) && plan.due < day;
}

std::vector<PlanMilestone> overdueMilestones(const RectificationPlan& plan, const Date& day) {
  std::vector<PlanMilestone> out;
  if (!isPlanActive(plan.state)) return out;
  for (const PlanMilestone& m : plan.milestones) {
    if (!m.done && m.due < day) out.push_back(m);
  }
  return out;
}

}  // namespace fangan
