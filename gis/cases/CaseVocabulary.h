#pragma once
// Keys and Chinese labels of the case vocabularies (problem sources and states, plan states),
// parsed like the interchange vocabulary: key or Chinese label, any case, spaces ignored.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/CaseRecords.h"

namespace fangan {

std::string toKey(ProblemSource v);
std::string toKey(ProblemState v);
std::string toKey(PlanState v);
std::string toKey(CaseSubject v);
std::string toChinese(ProblemSource v);
std::string toChinese(ProblemState v);
std::string toChinese(PlanState v);
std::string toKey(ReferralState v);
std::string toChinese(ReferralState v);
std::optional<ReferralState> parseReferralState(const std::string& text);

/// std::nullopt for an empty or unrecognised cell.
std::optional<ProblemSource> parseProblemSource(const std::string& text);
std::optional<ProblemState> parseProblemState(const std::string& text);
std::optional<PlanState> parsePlanState(const std::string& text);
std::optional<CaseSubject> parseCaseSubject(const std::string& text);

/// Every source, state, in declaration order (for filters and menus).
const std::vector<ProblemSource>& problemSources();
const std::vector<ProblemState>& problemStates();
const std::vector<PlanState>& planStates();

/// Milestones as stored: one line each, "due|done|text" (done empty when not done).
std::string milestonesText(const std::vector<PlanMilestone>& milestones);
/// Reads milestonesText() back; malformed lines are skipped.
std::vector<PlanMilestone> parseMilestones(const std::string& text);

}  // namespace fangan
