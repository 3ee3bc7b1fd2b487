#pragma once
// Problems and plans as they stood at the end of a day (docs/rules.md#as-of): a problem counts
// from its found date, a plan from its registration event; each is in the state of its last
// state change dated on or before the day.

#include <vector>

#include "gis/model/CaseRecords.h"

namespace fangan {

/// The problems found by `day`, each in its state then. `events`: every problem case event.
std::vector<Problem> problemsAsOf(std::vector<Problem> problems,
                                  const std::vector<CaseEvent>& events, const Date& day);
/// The plans registered by `day`, each in its state then. `events`: every plan case event.
std::vector<RectificationPlan> plansAsOf(std::vector<RectificationPlan> plans,
                                         const std::vector<CaseEvent>& events, const Date& day);

}  // namespace fangan
