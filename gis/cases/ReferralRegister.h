#pragma once
// Writing referrals (docs/rules.md#referral): registration and state changes, each with a dated
// case event (subject "referral") and audit rows `referrals:<id>`. The caller holds the
// transaction; a refusal (CaseRefused) is thrown before anything is written.

#include <optional>
#include <string>

#include "gis/cases/CaseRefusal.h"
#include "gis/cases/ReferralKinds.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Registers a referral (state 已移送 on its referral date). With a problem id the building
/// comes from the problem; with a code it must be in the project (unknown_building,
/// unknown_problem). `kind` may be given as key or Chinese name; the key is stored. Returns its id.
std::int64_t referProblem(ProjectStore& store, Referral referral, const ReferralKinds& kinds,
                          const std::string& who);

/// The stored referral with this id, or nothing.
std::optional<Referral> referralById(const ProjectStore& store, std::int64_t id);

/// Moves a referral: to 已反馈 (step.note is the feedback) or 已办结. Returns it as stored.
Referral moveReferral(ProjectStore& store, std::int64_t id, ReferralState to, const CaseStep& step);

}  // namespace fangan
