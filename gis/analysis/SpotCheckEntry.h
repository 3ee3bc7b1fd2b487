#pragma once
// One spot-check outcome as an inspector records it (docs/rules.md#spot-check), checked against
// the sample and the building's record, and what it does to the record. Shared by the returned
// sheet (`fangan spotcheck --from`) and the app's 抽查 panel.
//
//   正确     the town's "no hazard" verdict holds: the event only; right values that would change
//            the record are refused (the outcome would contradict them).
//   错排     the verdict was wrong: the right values are required, at least initial_hazard
//            (初判隐患); they replace the record's values. A hazard or suspect without a
//            hazard_found_date gets the check date (it starts the 5-day appraisal clock,
//            docs/rules.md#order-5d).
//   漏排     the building was never actually surveyed or its hazard was missed: as 错排, and the
//            check is the survey: survey_status surveyed and survey_date the check date unless
//            the right values give them.
// Right values are interchange keys of the `buildings` layer (docs/rules.md#interchange) with their
// text; empty text means "not given". Identity columns (code, address, town, community, grid) are
// never changed here.
// The event: kind spot_check, result the outcome in Chinese, note = the inspector's note plus
// "核实值：…" listing the right values as given. The record change goes through the store, which
// audit-logs every changed field; the history itself is never rewritten.

#include <map>
#include <optional>
#include <string>

#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckOutcome.h"
#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/model/InspectionEvent.h"

namespace fangan {

/// What the inspector wrote.
struct SpotCheckEntry {
  std::string code;
  Date date;
  std::string inspector;
  SpotCheckOutcome outcome = SpotCheckOutcome::Correct;
  std::string note;
  std::map<std::string, std::string> rightValues;  ///< interchange key → text
};

/// The result of checking an entry.
struct SpotCheckApplied {
  bool accepted = false;
  std::string rejection;  ///< Chinese reason when not accepted
  BuildingRecord record;  ///< the record after the entry
  bool changed = false;
  InspectionEvent event;  ///< the event to append
};

/// Interchange keys an entry may correct (every buildings key but the identity columns).
const std::vector<std::string>& spotCheckCorrectableKeys();

/// Checks `entry` against the sample, `today` and `current` (the building's record).
SpotCheckApplied applySpotCheckEntry(const SavedSpotCheckSample& sample,
                                     const BuildingRecord& current, const SpotCheckEntry& entry,
                                     const Date& today);

/// Records one entry: the event and the corrected record in one transaction (the store
/// audit-logs the change as `who`). Returns the rejection reason, or "" when written.
std::string recordSpotCheckOutcome(ProjectStore& store, const SpotCheckEntry& entry,
                                   const Date& today, const std::string& who);

}  // namespace fangan
