#pragma once
// Which buildings a grid manager must visit, and why (issue 6; docs/rules.md#grids,
// #lifecycle, #spot-check). A building is due for any of:
//   NeverSurveyed          survey_status is not "surveyed" (不漏一栋、不落一户)
//   AwaitingAppraisal      CaseState isAwaitingAppraisal; the text names the 5-day deadline
//                          (docs/rules.md#order-5d) when the hazard date is known
//   OverdueRecheck         a DueDates re-appraisal item (2/3 of life, end of life, every 5 years)
//                          that is overdue; the text is the DueDates description
//   ControlToVerify        under control (stop use / evacuated and sealed) — is it still in
//                          force? — or graded C/D, not rectified and not controlled at all
//   SpotCheck              drawn in the district's spot-check sample (codes given by the caller)
//   ManagementOnlyClosure  closed by management measures only (docs/rules.md#management-closure)
//   Resurvey               its town was ordered to re-survey after a spot check below 90 % and
//                          no survey has followed the order yet (ResurveyOrder.h,
//                          docs/rules.md#spot-check; codes given by the caller)
// A demolished building (rectification = demolition, done) is never due. Each reason carries a
// Chinese text for the sheet and what to check on site. The list is ordered by priority score
// (PriorityRules), ties by code, so that the sheet and the ranking of `fangan priority` agree.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "gis/analysis/PriorityRules.h"
#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// Why a building is due (see the file comment).
enum class DueReasonKind {
  NeverSurveyed,
  AwaitingAppraisal,
  OverdueRecheck,
  ControlToVerify,
  SpotCheck,
  ManagementOnlyClosure,
  Resurvey
};

/// One reason, as printed on the sheet.
struct DueReason {
  DueReasonKind kind = DueReasonKind::NeverSurveyed;
  std::string text;         ///< Chinese, e.g. "从未排查（漏排）"
  std::string whatToCheck;  ///< Chinese instruction for the visit
};

/// A due building with its reasons and priority.
struct DueBuilding {
  std::size_t input = 0;  ///< index of the record in the selectDue input
  BuildingRecord record;
  PriorityResult priority;
  std::vector<DueReason> reasons;  ///< in DueReasonKind order

  /// The reasons' texts joined with "；".
  std::string reasonText() const;
  /// The what-to-check texts joined with "；" (repeated instructions once).
  std::string whatToCheckText() const;
  /// True when one of the reasons has this kind.
  bool hasReason(DueReasonKind kind) const;
};

/// What the selection needs besides the records.
struct DueOptions {
  Date today;                            ///< for deadlines and overdue re-appraisals
  std::set<std::string> spotCheckCodes;  ///< codes drawn for a spot check
  std::set<std::string> resurveyCodes;   ///< codes under an open 责令重新排查 order
  const PriorityRules* rules = nullptr;  ///< required by selectDue
  ZoneTypesFn zoneTypesOf;               ///< key-zone types of a record; none when empty
};

/// English key of a reason kind ("never_surveyed", "spot_check", ...), for files and tests.
std::string dueReasonKey(DueReasonKind kind);

/// The reasons a record is due for, in kind order; empty when it is not due.
std::vector<DueReason> dueReasons(const BuildingRecord& record, const Date& today,
                                  bool spotCheckDrawn, bool resurveyOrdered = false);

/// The due records among `records`, by priority score descending, then code.
/// Throws std::invalid_argument when options.rules is null.
std::vector<DueBuilding> selectDue(const std::vector<BuildingRecord>& records,
                                   const DueOptions& options);

}  // namespace fangan
