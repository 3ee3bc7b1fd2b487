#pragma once
// Outcomes of the district's spot check of "no hazard" verdicts and the accuracy per town
// (docs/rules.md#spot-check).
//
// Each checked building gets an append-only inspection event of kind "spot_check" whose result
// is the outcome in Chinese: 正确 (the town's verdict holds), 错排 (wrongly surveyed: the
// verdict was wrong, e.g. the building has a hazard), 漏排 (missed: never actually surveyed, or
// the hazard was missed). A later outcome for the same building supersedes an earlier one (a
// correction is a new event). Only events dated on or after the draw count, so the outcomes of
// an earlier sample never leak into a new one.
//
// Accuracy of a town = correct / checked over its sampled buildings with an outcome; a town is
// ordered to re-survey (责令重新排查) when accuracy < 90 % (9 of 10 correct is 90 %: not flagged).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gis/analysis/SpotCheck.h"
#include "gis/model/Date.h"
#include "gis/model/InspectionEvent.h"

namespace fangan {

/// Event kind of a spot-check outcome.
inline constexpr const char* kSpotCheckEventKind = "spot_check";
/// Accuracy below which a town must re-survey (docs/rules.md#spot-check).
inline constexpr double kSpotCheckAccuracyThreshold = 0.90;

enum class SpotCheckOutcome { Correct, WronglySurveyed, Missed };

/// "正确" / "错排" / "漏排" (also what the event stores as its result).
std::string spotCheckOutcomeChinese(SpotCheckOutcome outcome);
/// "correct" / "wrongly_surveyed" / "missed".
std::string spotCheckOutcomeKey(SpotCheckOutcome outcome);
/// Every outcome, in the order above.
const std::vector<SpotCheckOutcome>& allSpotCheckOutcomes();
/// A cell: Chinese name or key, any case, trimmed; std::nullopt when it names none.
std::optional<SpotCheckOutcome> parseSpotCheckOutcome(const std::string& text);

/// The outcome a spot_check event's result stands for: an outcome name, or a patrol sheet's
/// field result (无隐患 → 正确; 有隐患 / 存疑 → 错排); std::nullopt otherwise.
std::optional<SpotCheckOutcome> spotCheckOutcomeOfResult(const std::string& result);

/// One building's latest outcome.
struct RecordedSpotCheck {
  std::string code;
  Date date;
  std::string inspector;
  SpotCheckOutcome outcome = SpotCheckOutcome::Correct;
  std::string note;
  std::int64_t eventId = 0;
};

/// The latest outcome (by date, then event id) of each code in `sampled`, from spot_check
/// events dated on or after `since` (all when empty). Other events are ignored.
std::map<std::string, RecordedSpotCheck> latestSpotCheckOutcomes(
    const std::vector<InspectionEvent>& events, const std::set<std::string>& sampled,
    const std::optional<Date>& since = std::nullopt);

/// The spot check of one town.
struct SpotCheckTownResult {
  std::string town;
  int base = 0;     ///< the town's commercial self-built houses (sample size base)
  int sampled = 0;  ///< buildings drawn
  int checked = 0;  ///< of those, with an outcome
  int correct = 0;
  int wronglySurveyed = 0;         ///< 错排
  int missed = 0;                  ///< 漏排
  std::optional<double> accuracy;  ///< correct / checked; empty while nothing is checked
  bool resurvey = false;           ///< accuracy < threshold: 责令重新排查
};

/// Per town of the sample (same order), from the latest outcomes.
std::vector<SpotCheckTownResult> spotCheckTownResults(
    const SpotCheckSample& sample, const std::map<std::string, RecordedSpotCheck>& outcomes,
    double threshold = kSpotCheckAccuracyThreshold);

/// The same from the events directly (latestSpotCheckOutcomes over the sample's codes).
std::vector<SpotCheckTownResult> spotCheckTownResults(
    const SpotCheckSample& sample, const std::vector<InspectionEvent>& events,
    const std::optional<Date>& since, double threshold = kSpotCheckAccuracyThreshold);

/// Names of the towns flagged 责令重新排查, in the results' order.
std::vector<std::string> townsOrderedToResurvey(const std::vector<SpotCheckTownResult>& results);

}  // namespace fangan
