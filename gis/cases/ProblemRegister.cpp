#include "gis/cases/ProblemRegister.h"

#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemLifecycle.h"

namespace fangan {

namespace {

std::string target(std::int64_t id) { return "problems:" + std::to_string(id); }

void auditField(ProjectStore& store, const std::string& who, std::int64_t id,
                const std::string& field, const std::string& before, const std::string& after) {
  if (before == after) return;
  AuditEntry a;
  a.who = who;
  a.action = "update";
  a.target = target(id);
  a.field = field;
  a.oldValue = before;
  a.newValue = after;
  store.appendAudit(a);
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
  CaseEvent e;
  e.subject = CaseSubject::Problem;
  e.subjectId = p.id;
  e.date = p.foundDate;
  e.toState = toKey(ProblemState::Pending);
  e.who = who;
  e.note = "登记：" + toChinese(p.source);
  store.appendCaseEvent(e);
  AuditEntry a;
  a.who = who;
  a.action = "insert";
  a.target = target(p.id);
  a.newValue = p.description;
  store.appendAudit(a);
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
  CaseEvent e;
  e.subject = CaseSubject::Problem;
  e.subjectId = id;
  e.date = step.date;
  e.fromState = toKey(from);
  e.toState = toKey(to);
  e.who = step.who;
  e.note = step.note;
  e.evidence = step.evidence;
  store.appendCaseEvent(e);
  auditField(store, step.who, id, "state", toKey(from), toKey(to));
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
  auditField(store, who, id, "responsible_unit", before.responsibleUnit, p.responsibleUnit);
  auditField(store, who, id, "responsible_person", before.responsiblePerson, p.responsiblePerson);
  auditField(store, who, id, "deadline", before.deadline ? before.deadline->toString() : "",
             p.deadline ? p.deadline->toString() : "");
  return p;
}

}  // namespace fangan
