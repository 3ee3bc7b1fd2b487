#pragma once
// Writes 一栋一策 plans (docs/rules.md#plan) through a ProjectStore: checked by PlanLifecycle.h,
// each state change a dated case event, audit-logged (target "plans:<id>"). Call inside a
// Transaction; a refusal throws CaseRefused before anything is written (unknown_building,
// unknown_plan besides the lifecycle's codes).

#include <optional>
#include <set>
#include <string>

#include "gis/cases/CaseRefusal.h"
#include "gis/model/CaseRecords.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Drafts `plan` for the building of its code, registered on `day`. Returns the new id.
std::int64_t draftPlan(ProjectStore& store, RectificationPlan plan, const Date& day,
                       const std::string& who);

/// The stored plan of an id, or std::nullopt.
std::optional<RectificationPlan> planById(const ProjectStore& store, std::int64_t id);

/// Moves plan `id` to `to`. Returns the plan as stored after.
RectificationPlan movePlan(ProjectStore& store, std::int64_t id, PlanState to,
                           const CaseStep& step);

/// Marks milestone `index` (0-based) of plan `id` done on `day`. Returns the plan after.
RectificationPlan completeMilestone(ProjectStore& store, std::int64_t id, std::size_t index,
                                    const Date& day, const std::string& who);

/// Codes of the buildings whose plan is overdue on `day` (PlanLifecycle.h isPlanOverdue).
std::set<std::string> overduePlanCodes(const std::vector<RectificationPlan>& plans,
                                       const Date& day);

}  // namespace fangan
