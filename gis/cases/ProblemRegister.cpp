#include "gis/cases/ProblemRegister.h"

#include "gis/cases/CaseTrail.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemLifecycle.h"

namespace fangan {

namespace {

CaseTrail trail(ProjectStore& store, std::int64_t id) {
  return CaseTrail(store, CaseSubject::Problem, "problems", id);
}

Problem stored(const ProjectStore& store, std::int64_t id) {
  auto p = problemById(store, id);
  if (!p) throw CaseRefused({"unknown_problem", "问题 " + std::to_string(id) + " 不存在"});
  return *p;
}

}  // namespace

std::int64_t registerProblem(ProjectStore& store, Problem p, const std::string& who) {
  if (p.description.empty()) throw CaseRefused({"missing_description", "问题描述为空"});
  if (p.foundDate == Date{}) throw CaseRefused({"missing_found_date", "缺少发现日期"});
  if (!p.code.empty()) {
    const auto building = store.buildingByCode(p.code);
    if (!building) {
      throw CaseRefused({"unknown_building", "房屋编码 " + p.code + " 不在项目中"});
    }
    p.buildingId = building->id;
    if (p.town.empty()) p.town = building->town;
  } else if (p.location.empty()) {
    throw CaseRefused({"missing_location", "问题须有房屋编码或位置"});
  }
  p.state = ProblemState::Pending;
  p.stateDate = p.foundDate;
  p.id = store.insertProblem(p);
  const CaseTrail t = trail(store, p.id);
  t.event(p.foundDate, "", toKey(ProblemState::Pending), who, "登记：" + toChinese(p.source));
  t.audit(who, "insert", "", "", p.description);
  return p.id;
}

std::optional<Problem> problemById(const ProjectStore& store, std::int64_t id) {
  for (Problem& p : store.problems()) {
    if (p.id == id) return std::move(p);
  }
  return std::nullopt;
}

Problem moveProblem(ProjectStore& store, std::int64_t id, ProblemState to, const CaseStep& step) {
  Problem p = stored(store, id);
  const auto history = store.caseEvents(CaseSubject::Problem, id);
  if (auto refusal = refuseProblemStep(p, to, step, history)) throw CaseRefused(*refusal);
  const ProblemState from = p.state;
  p.state = to;
  p.stateDate = step.date;
  store.updateProblem(p);
  trail(store, id).stateStep(step, toKey(from), toKey(to));
  return p;
}

Problem assignProblem(ProjectStore& store, std::int64_t id, const std::string& unit,
                      const std::string& person, const std::optional<Date>& deadline,
                      const std::string& who) {
  Problem p = stored(store, id);
  const Problem before = p;
  if (!unit.empty()) p.responsibleUnit = unit;
  if (!person.empty()) p.responsiblePerson = person;
  if (deadline) p.deadline = deadline;
  store.updateProblem(p);
  const CaseTrail t = trail(store, id);
  t.audit(who, "update", "responsible_unit", before.responsibleUnit, p.responsibleUnit);
  t.audit(who, "update", "responsible_person", before.responsiblePerson, p.responsiblePerson);
  t.audit(who, "update", "deadline", before.deadline ? before.deadline->toString() : "",
          p.deadline ? p.deadline->toString() : "");
  return p;
}

}  // namespace fangan
