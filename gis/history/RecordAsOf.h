#pragma once
// What a building record said on a past day (docs/rules.md#as-of), from its dated history: the
// record's own dates and the audit log's field changes with the business day each took effect.
//
// The record's fields fall into groups that change together. A group's versions are its values
// on entry (the current values with every later change undone) and after each audited change.
// Each version starts on a day:
//   - a dated state starts on its own date: surveyed on survey_date; a hazard / suspect on
//     hazard_found_date, a no-hazard verdict on survey_date; a grade on appraisal_date; the
//     order on appraisal_ordered_date; rectification done on rectification_date; closed (with
//     its basis) on closed_date; a rectification measure done, and direct engineering measures
//     done, on rectification_date; a technician re-check that closed the case on closed_date
//     (undated states a later dated one implies);
//   - anything else (an undated state, a state whose date is empty, a state that was unset)
//     starts on the day it entered the project: the change's effective day, or for the values
//     on entry the building's entered_date (always, for records stored before it was kept).
// On day D a group shows its latest version that had started by D. When none had, a dated
// group shows its state before it happened (not surveyed, no hazard verdict, no grade, no
// order, not done, not closed), the undated case fields (recheck_no_hazard, direct_engineering,
// control, rectification) show unknown, and the building's identity and physical facts show
// their values on entry.
// A building exists on D when it had entered the project by D (or its entry day is unknown), or
// it was surveyed by D according to its own dates (a ledger imported later with past dates).

#include <optional>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// The record as of `day`, or std::nullopt when the building did not exist yet. `changes` are
/// the record's audited field changes, oldest first (all of them; later ones are undone).
std::optional<BuildingRecord> recordAsOf(const BuildingRecord& current,
                                         const std::vector<BuildingChange>& changes,
                                         const Date& day);

}  // namespace fangan
