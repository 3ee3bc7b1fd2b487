#pragma once
// Appraisal deadlines (docs/rules.md#order-5d, docs/rules.md#reappraisal), per record:
//  appraisal_5d        hazard found → within 5 days the owner must be ordered (责成) to commission
//                      an appraisal: due = hazard_found_date + 5 days; listed until the order is
//                      recorded (appraisal_ordered_date), while the record is awaiting appraisal
//                      (CaseState.h isAwaitingAppraisal: hazard/suspect, no grade, not re-checked
//                      no hazard, not routed to direct engineering, not closed on an accepted
//                      basis) and hazard_found_date is known.
//  appraisal_after_order  the order recorded, the appraisal follows: due = appraisal_ordered_date +
//                      30 days (CaseState.h kAppraisalAfterOrderDays, an office default), while
//                      the record is still awaiting appraisal.
//  reappraisal_two_thirds  public buildings (CaseState.h isPublicBuildingUse) when the actual age
//                      reaches 2/3 of the design life, appraisal "in that year": year Y =
//                      year_built + ceil(2 × life / 3) (50 y → +34), due 31 Dec of Y.
//  reappraisal_end_of_life end of the design life, appraisal in that year: Y = year_built + life,
//                      due 31 Dec of Y.
//  reappraisal_5y      after a no-hazard (A/B) appraisal, every 5 years: due = appraisal_date +
//                      5 years (needs appraisal_date).
// The two year-based items need year_built; they are left out when an appraisal is recorded with
// an appraisal_date in year Y or later (that appraisal satisfied them). Items are listed whether
// they are in the past or the future; `overdue` = today is after the due date (the due day itself
// is not overdue). A demolished building (rectification = demolition, done) has no items.
// Items are sorted by due date, then kind.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// One deadline of a building.
struct DueItem {
  std::string kind;  ///< appraisal_5d, appraisal_after_order, reappraisal_two_thirds,
                     ///< reappraisal_end_of_life, reappraisal_5y
  Date due;
  bool overdue = false;  ///< today > due
  std::string
      description;  ///< Chinese, e.g. "发现隐患（2024-03-01）后5日内应委托鉴定（截止2024-03-06）"
};

/// The year in which a public building reaches 2/3 of its design life, or empty without year_built.
std::optional<int> twoThirdsLifeYear(const BuildingRecord& r);

/// The year in which the design life ends, or empty without year_built.
std::optional<int> endOfLifeYear(const BuildingRecord& r);

/// All pending deadlines of one record as of `today`, sorted by due date then kind.
std::vector<DueItem> dueItems(const BuildingRecord& r, const Date& today);

}  // namespace fangan
