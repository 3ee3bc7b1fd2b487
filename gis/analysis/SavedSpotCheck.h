#pragma once
// The drawn spot-check sample kept in the project (docs/rules.md#spot-check), so that outcomes,
// accuracy and the ledger refer to the sample that was handed out, even after 错排 corrections
// move buildings out of the "first judged no hazard" pool.
//
// Stored as the setting `spot_check.sample` (one draw at a time; a new draw replaces it) in a
// line format: "seed\t<n>", "rate\t<r>", "scope\tcommercial|all", "drawn\tYYYY-MM-DD", then one
// line per town "town\t<name>\t<base>\t<eligible>\t<code>\t<code>…". Every draw also appends a
// `spot_check_drawn` audit row (seed, rate, size), so earlier draws stay on record.

#include <optional>
#include <string>
#include <vector>

#include "gis/analysis/SpotCheck.h"
#include "gis/analysis/SpotCheckOutcome.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Settings key of the saved sample.
inline constexpr const char* kSpotCheckSampleSetting = "spot_check.sample";

/// A sample as drawn and handed out.
struct SavedSpotCheckSample {
  SpotCheckSample sample;
  SpotCheckScope scope = SpotCheckScope::CommercialOnly;
  Date drawn;  ///< outcomes dated before it belong to an earlier sample

  /// Every drawn code.
  std::vector<std::string> codes() const;
  /// The town of a drawn code ("" when not drawn).
  std::string townOf(const std::string& code) const;
};

/// The setting text of a sample (see the file comment).
std::string formatSpotCheckSample(const SavedSpotCheckSample& saved);
/// Parses the setting text; std::nullopt when it is malformed.
std::optional<SavedSpotCheckSample> parseSpotCheckSample(const std::string& text);

/// Saves the sample and appends the `spot_check_drawn` audit row, in one transaction.
void saveSpotCheckSample(ProjectStore& store, const SavedSpotCheckSample& saved,
                         const std::string& who);
/// The saved sample, or std::nullopt when none was drawn (or the setting is unreadable).
std::optional<SavedSpotCheckSample> loadSpotCheckSample(const ProjectStore& store);

/// The spot_check events of the sampled buildings (their histories, by building).
std::vector<InspectionEvent> spotCheckEvents(const ProjectStore& store,
                                             const SavedSpotCheckSample& saved);
/// Accuracy per town of the saved sample from the stored outcomes (empty without a sample).
std::vector<SpotCheckTownResult> storedSpotCheckResults(const ProjectStore& store);
/// Towns whose stored spot check is below 90 %: ordered to re-survey (责令重新排查). For the
/// periodic report and the dashboard.
std::vector<std::string> townsOrderedToResurvey(const ProjectStore& store);

}  // namespace fangan
