#pragma once
// 一栋一策 (docs/rules.md#plan): one rectification plan per hazardous building.
// States 已制定 → 实施中 → 已完成, and 已制定/实施中 → 已撤销. Refusal codes when a plan is
// drafted:
//   building_not_hazardous   the building has no initial hazard (有/存疑) and no grade C/D
//   plan_exists              the building already has a plan that is 已制定 or 实施中
//   measure_missing          no measure (none / unknown)
//   cd_needs_engineering     grade C/D and the measure is not an engineering measure (repair is
//                            not one; docs/rules.md#lifecycle)
//   missing_responsible      neither responsible unit nor person
//   due_before_start         the due date is before the start date
// and when it changes state:
//   transition_not_allowed   not one of the steps above (已完成 / 已撤销 are final)
//   milestones_open          completing while a milestone is not done
//   cancel_needs_note        cancelling needs a note saying why
//   date_before_last_change  dated before the plan's last state change

#include <optional>
#include <vector>

#include "gis/cases/CaseRefusal.h"
#include "gis/model/CaseRecords.h"
#include "gis/patrol/Lifecycle.h"  // isEngineeringMeasure

namespace fangan {

/// True while a plan is in force (已制定, 实施中).
bool isPlanActive(PlanState state);

/// Why `plan` may not be drafted for `building` while `existing` plans are stored, or
/// std::nullopt when it may.
std::optional<CaseRefusal> refusePlan(const RectificationPlan& plan, const BuildingRecord& building,
                                      const std::vector<RectificationPlan>& existing);

/// The states a plan may move to from `from`.
std::vector<PlanState> allowedPlanSteps(PlanState from);

/// Why `plan` may not move to `to` by `step`, or std::nullopt when it may.
std::optional<CaseRefusal> refusePlanStep(const RectificationPlan& plan, PlanState to,
                                          const CaseStep& step);

/// Overdue on `day`: still in force and its due date before `day`.
bool isPlanOverdue(const RectificationPlan& plan, const Date& day);
/// Milestones not done whose due date is before `day`.
std::vector<PlanMilestone> overdueMilestones(const RectificationPlan& plan, const Date& day);

}  // namespace fangan
