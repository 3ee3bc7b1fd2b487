#pragma once
// The problem register's lifecycle (docs/rules.md#problem): 待确认 → 已确认 / 不属实,
// 已确认 → 整改中 → 已整改 → 销号, and 已整改 → 整改中 when a re-check finds the rectification
// insufficient. Refusal codes:
//   transition_not_allowed     the step is not one of the above (also from 不属实 / 销号: final)
//   confirm_needs_responsible  confirming needs a responsible unit or person (挂号制: 明确责任)
//   confirm_needs_deadline     confirming needs a rectification deadline
//   unfounded_needs_note       不属实 needs a note saying why
//   rectified_needs_evidence   已整改 needs evidence (佐证)
//   close_needs_evidence       销号 needs evidence (佐证) on this or the 已整改 step
//   date_before_found          the step is dated before the problem was found
//   date_before_last_change    the step is dated before the problem's last state change

#include <optional>
#include <vector>

#include "gis/cases/CaseRefusal.h"
#include "gis/model/CaseRecords.h"

namespace fangan {

/// The states a problem may move to from `from`.
std::vector<ProblemState> allowedProblemSteps(ProblemState from);

/// Why `problem` may not move to `to` by `step`, or std::nullopt when it may. `history` holds
/// the problem's earlier case events (for evidence given on the 已整改 step).
std::optional<CaseRefusal> refuseProblemStep(const Problem& problem, ProblemState to,
                                             const CaseStep& step,
                                             const std::vector<CaseEvent>& history = {});

/// True while the problem is still to be handled: 待确认, 已确认, 整改中.
bool isProblemOpen(ProblemState state);
/// True once the problem was confirmed (已确认 and every later state except 不属实).
bool isProblemConfirmed(ProblemState state);
/// True once the problem is rectified (已整改 or 销号).
bool isProblemRectified(ProblemState state);

/// Overdue on `day`: open, with a deadline before `day` (docs/rules.md#problem-overdue).
bool isProblemOverdue(const Problem& problem, const Date& day);

}  // namespace fangan
