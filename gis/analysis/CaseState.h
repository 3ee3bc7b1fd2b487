#pragma once
// Shared case-state predicates of the domain rules (Ledger, HealthCode, DueDates, AuditRules,
// PriorityRules, SpotCheck), so that every rule reads a record the same way. Definitions follow
// ../shared/DOMAIN.md "Case lifecycle"; the seed each rule comes from is named below.

#include <optional>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// Days allowed between discovering a hazard and the appraisal (seed 000: "自发现之日起五日内").
constexpr int kAppraisalDeadlineDays = 5;

/// Initial hazard recorded as "hazard" or "suspect" (存疑 counts: it must be resolved too).
bool hasInitialHazard(const BuildingRecord& r);

/// Appraised with grade A or B (no-hazard appraisal).
bool isGradeAB(const BuildingRecord& r);

/// Closed with a basis the seeds accept: recheck_no_hazard, grade_ab or engineering.
bool isClosedWithAcceptedBasis(const BuildingRecord& r);

/// Closed by management measures only (seed 002: such closures must be re-checked).
bool isClosedManagementOnly(const BuildingRecord& r);

/// A hazard (initial hazard or suspect) still waiting for an appraisal: no grade, not re-checked
/// as no hazard, not routed to direct engineering measures, and not closed on an accepted basis.
/// A closure by management measures only does not end the wait (seed 002).
bool isAwaitingAppraisal(const BuildingRecord& r);

/// hazard_found_date + 5 days when the record is awaiting appraisal and the date is known.
std::optional<Date> appraisalDeadline(const BuildingRecord& r);

/// Awaiting appraisal and `today` is after the 5-day deadline.
bool isAppraisalOverdue(const BuildingRecord& r, const Date& today);

/// Graded C or D and engineering measures not (yet) done.
bool isCDNotRectified(const BuildingRecord& r);

/// Under a control measure now: stop use, or evacuated and sealed.
bool isUnderControl(const BuildingRecord& r);

/// Demolished: rectification = demolition and done. The building no longer exists.
bool isDemolished(const BuildingRecord& r);

/// Public-building use of seed 000 (education, medical, culture, sports, elderly care, transport
/// stations, malls): use = public, or a use subtype naming one of these (English or Chinese).
bool isPublicBuildingUse(const BuildingRecord& r);

}  // namespace fangan
