#include "gis/cases/CaseAsOf.h"

#include <map>

#include "gis/cases/CaseVocabulary.h"

namespace fangan {

namespace {

/// Per subject id: the last event on or before the day (events come by date then id), and
/// whether any event at all exists for it.
struct LastEvents {
  std::map<std::int64_t, const CaseEvent*> last;
  std::map<std::int64_t, bool> any;
};

LastEvents lastEvents(const std::vector<CaseEvent>& events, const Date& day) {
  LastEvents l;
  for (const CaseEvent& e : events) {
    l.any[e.subjectId] = true;
    if (e.date <= day) l.last[e.subjectId] = &e;
  }
  return l;
}

}  // namespace

std::vector<Problem> problemsAsOf(std::vector<Problem> problems,
                                  const std::vector<CaseEvent>& events, const Date& day) {
  const LastEvents l = lastEvents(events, day);
  std::vector<Problem> out;
  for (Problem& p : problems) {
    if (p.foundDate > day) continue;
    const auto it = l.last.find(p.id);
    if (it != l.last.end()) {
      p.state = parseProblemState(it->second->toState).value_or(ProblemState::Pending);
      p.stateDate = it->second->date;
    } else {
      p.state = ProblemState::Pending;
      p.stateDate.reset();
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<RectificationPlan> plansAsOf(std::vector<RectificationPlan> plans,
                                         const std::vector<CaseEvent>& events, const Date& day) {
  const LastEvents l = lastEvents(events, day);
  std::vector<RectificationPlan> out;
  for (RectificationPlan& p : plans) {
    const auto it = l.last.find(p.id);
    if (it == l.last.end()) {
      // Not yet registered then; a plan without any event (should not happen) counts always.
      if (l.any.count(p.id)) continue;
      out.push_back(std::move(p));
      continue;
    }
    p.state = parsePlanState(it->second->toState).value_or(PlanState::Drafted);
    p.stateDate = it->second->date;
    for (PlanMilestone& m : p.milestones) {
      if (m.done && *m.done > day) m.done.reset();
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace fangan
