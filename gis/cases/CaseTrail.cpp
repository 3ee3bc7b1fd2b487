#include "gis/cases/CaseTrail.h"

#include <utility>

namespace fangan {

CaseTrail::CaseTrail(ProjectStore& store, CaseSubject subject, std::string table, std::int64_t id)
    : store_(store),
      subject_(subject),
      target_(std::move(table) + ":" + std::to_string(id)),
      id_(id) {}

void CaseTrail::event(const Date& date, const std::string& from, const std::string& to,
                      const std::string& who, const std::string& note,
                      const std::string& evidence) const {
  CaseEvent e;
  e.subject = subject_;
  e.subjectId = id_;
  e.date = date;
  e.fromState = from;
  e.toState = to;
  e.who = who;
  e.note = note;
  e.evidence = evidence;
  store_.appendCaseEvent(e);
}

void CaseTrail::audit(const std::string& who, const std::string& action, const std::string& field,
                      const std::string& before, const std::string& after) const {
  if (action == "update" && before == after) return;
  AuditEntry a;
  a.who = who;
  a.action = action;
  a.target = target_;
  a.field = field;
  a.oldValue = before;
  a.newValue = after;
  store_.appendAudit(a);
}

void CaseTrail::stateStep(const CaseStep& step, const std::string& from,
                          const std::string& to) const {
  event(step.date, from, to, step.who, step.note, step.evidence);
  audit(step.who, "update", "state", from, to);
}

}  // namespace fangan
