#include "gis/cases/PlanRegister.h"

#include "gis/cases/CaseTrail.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/PlanLifecycle.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

CaseTrail trail(ProjectStore& store, std::int64_t id) {
  return CaseTrail(store, CaseSubject::Plan, "plans", id);
}

RectificationPlan stored(const ProjectStore& store, std::int64_t id) {
  auto p = planById(store, id);
  if (!p) throw CaseRefused({"unknown_plan", "整治方案 " + std::to_string(id) + " 不存在"});
  return *p;
}

}  // namespace

std::int64_t draftPlan(ProjectStore& store, RectificationPlan plan, const Date& day,
                       const std::string& who) {
  const auto building = store.buildingByCode(plan.code);
  if (!building) {
    throw CaseRefused({"unknown_building", "房屋编码 " + plan.code + " 不在项目中"});
  }
  plan.buildingId = building->id;
  if (auto refusal = refusePlan(plan, *building, store.plans())) throw CaseRefused(*refusal);
  plan.state = PlanState::Drafted;
  plan.stateDate = day;
  plan.id = store.insertPlan(plan);
  const CaseTrail t = trail(store, plan.id);
  t.event(day, "", toKey(PlanState::Drafted), who, "制定一栋一策：" + toChinese(plan.measure));
  t.audit(who, "insert", "", "", plan.code + " " + toKey(plan.measure));
  return plan.id;
}

std::optional<RectificationPlan> planById(const ProjectStore& store, std::int64_t id) {
  for (RectificationPlan& p : store.plans()) {
    if (p.id == id) return std::move(p);
  }
  return std::nullopt;
}

RectificationPlan movePlan(ProjectStore& store, std::int64_t id, PlanState to,
                           const CaseStep& step) {
  RectificationPlan p = stored(store, id);
  if (auto refusal = refusePlanStep(p, to, step)) throw CaseRefused(*refusal);
  const PlanState from = p.state;
  p.state = to;
  p.stateDate = step.date;
  store.updatePlan(p);
  trail(store, id).stateStep(step, toKey(from), toKey(to));
  return p;
}

RectificationPlan completeMilestone(ProjectStore& store, std::int64_t id, std::size_t index,
                                    const Date& day, const std::string& who) {
  RectificationPlan p = stored(store, id);
  if (index >= p.milestones.size()) {
    throw CaseRefused({"unknown_milestone", "整治方案 " + std::to_string(id) + " 没有第 " +
                                                std::to_string(index + 1) + " 个节点"});
  }
  if (!isPlanActive(p.state)) {
    throw CaseRefused({"transition_not_allowed", "整治方案 " + std::to_string(id) + " 已" +
                                                     toChinese(p.state) + "，节点不能再改"});
  }
  p.milestones[index].done = day;
  store.updatePlan(p);
  trail(store, id).audit(who, "update", "milestone", p.milestones[index].text,
                         p.milestones[index].text + " 完成于 " + day.toString());
  return p;
}

std::set<std::string> overduePlanCodes(const std::vector<RectificationPlan>& plans,
                                       const Date& day) {
  std::set<std::string> codes;
  for (const RectificationPlan& p : plans) {
    if (isPlanOverdue(p, day)) codes.insert(p.code);
  }
  return codes;
}

}  // namespace fangan
