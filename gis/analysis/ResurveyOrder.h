#pragma once
// 责令重新排查: a town whose spot-check accuracy is below 90 % re-surveys its buildings first
// judged no hazard (docs/rules.md#spot-check). The order is kept as append-only
// inspection events, one per building:
//   resurvey_order   责令重新排查    the building must be surveyed again
//   resurvey_cancel  撤销重新排查    withdraws the building's open order (what undo appends)
// A building's order is open from its latest resurvey_order until a later resurvey_cancel, or
// until a survey event (kind "survey") that comes after the order: dated after the order's day,
// or on the same day and recorded after it. Nothing is ever deleted or rewritten: undoing an
// order appends cancellations, redoing it appends new orders, and the history shows all of it.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gis/analysis/SpotCheck.h"
#include "gis/model/Date.h"
#include "gis/model/InspectionEvent.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

inline constexpr const char* kResurveyOrderKind = "resurvey_order";
inline constexpr const char* kResurveyCancelKind = "resurvey_cancel";

/// An open order on one building.
struct ResurveyMark {
  std::int64_t buildingId = 0;
  std::string code;
  Date ordered;
  std::int64_t eventId = 0;  ///< the resurvey_order event
};

/// The open order of one building from its history (any order of events; ids break date ties);
/// std::nullopt when none is open.
std::optional<ResurveyMark> openResurveyMark(const std::vector<InspectionEvent>& history);

/// Codes of every building with an open order, from the store.
std::set<std::string> openResurveyCodes(const ProjectStore& store);

/// Which buildings of a town an order covers: the self-built houses of the spot-check scope
/// that the town first judged no hazard (SpotCheck.h isSpotCheckEligible).
bool isResurveyTarget(const BuildingRecord& record, SpotCheckScope scope);

/// What an order or its cancellation wrote.
struct ResurveyWrite {
  std::vector<std::int64_t> buildingIds;  ///< buildings that got an event
  std::vector<std::int64_t> eventIds;
};

/// Orders the town's targets to be re-surveyed on `day`: a resurvey_order event each (skipping
/// buildings whose order is already open) and an audit row, in one transaction. Throws
/// StoreError when the town has no building (nothing written).
ResurveyWrite orderResurvey(ProjectStore& store, const std::string& town, SpotCheckScope scope,
                            const Date& day, const std::string& who, const std::string& note);

/// Withdraws the open orders of `buildingIds` (a resurvey_cancel event each, audit row), in one
/// transaction; buildings without an open order are skipped.
ResurveyWrite cancelResurvey(ProjectStore& store, const std::vector<std::int64_t>& buildingIds,
                             const Date& day, const std::string& who, const std::string& note);

}  // namespace fangan
