#pragma once
// The referral lifecycle (docs/rules.md#referral): 已移送 → 已反馈 → 已办结, each step dated.
// Refusal codes:
//   unknown_kind              the kind is not in the referral kind list
//   missing_department        no receiving department (精准移送)
//   missing_subject           neither a building code nor a registered problem
//   missing_date              no referral date
//   transition_not_allowed    not one of the steps above (已办结 is final)
//   feedback_needs_text       已反馈 needs the department's feedback text
//   feedback_before_referral  the feedback is dated before the referral
//   close_without_feedback    已办结 straight from 已移送, without the department's feedback
//   date_before_last_change   the step is dated before the referral's last state change
// Registration also refuses unknown_building and unknown_problem (gis/cases/ReferralRegister.h).

#include <optional>

#include "gis/cases/CaseRefusal.h"
#include "gis/cases/ReferralKinds.h"
#include "gis/model/CaseRecords.h"

namespace fangan {

/// Why a new referral may not be registered as it is, or std::nullopt when it may.
std::optional<CaseRefusal> refuseReferral(const Referral& referral, const ReferralKinds& kinds);

/// Why `referral` may not move to `to` by `step` (step.note carries the feedback text of the
/// 已反馈 step), or std::nullopt when it may.
std::optional<CaseRefusal> refuseReferralStep(const Referral& referral, ReferralState to,
                                              const CaseStep& step);

/// True while the department has not closed it (已移送, 已反馈).
bool isReferralOpen(ReferralState state);

}  // namespace fangan
