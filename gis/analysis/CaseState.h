#pragma once
// Shared case-state predicates of the domain rules (Ledger, HealthCode, DueDates, AuditRules,
// PriorityRules, SpotCheck), so that every rule reads a record the same way. Definitions follow
// docs/rules.md#lifecycle; the rule each predicate serves is cited below.

#include <optional>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// Days allowed between discovering a hazard and the order to the owner to commission an
/// appraisal (docs/rules.md#order-5d: "自发现之日起五日内责成业主委托鉴定").
constexpr int kAppraisalOrderDays = 5;

/// Days Fangan allows between that order and the appraisal before it lists the appraisal as
/// overdue. An office default (docs/rules.md#order-5d): the campaign documents set no number.
constexpr int kAppraisalAfterOrderDays = 30;

/// Initial hazard recorded as "hazard" or "suspect" (存疑 counts: it must be resolved too).
bool hasInitialHazard(const BuildingRecord& r);

/// Appraised with grade A or B (no-hazard appraisal).
bool isGradeAB(const BuildingRecord& r);

/// Closed with a basis the seeds accept: recheck_no_hazard, grade_ab or engineering.
bool isClosedWithAcceptedBasis(const BuildingRecord& r);

/// Closed by management measures only (docs/rules.md#management-closure: such closures must be
/// re-checked).
bool isClosedManagementOnly(const BuildingRecord& r);

/// A closure counted in attachment 2's ⑦ (docs/rules.md#ledger-closed): closed on one of the
/// three grounds the form names (已销号数量，含经技术人员复核无隐患、鉴定为A、B级、工程措施销号):
/// closure_basis recheck_no_hazard, grade_ab or engineering; with an empty closure_basis, the
/// record itself shows the ground (recheck_no_hazard = yes, grade A/B, or engineering measures
/// done). Management-only closures and closures with no such ground are not counted.
bool isAttachment2Closure(const BuildingRecord& r);

/// A hazard (initial hazard or suspect) still waiting for an appraisal: no grade, not re-checked
/// as no hazard, not routed to direct engineering measures, and not closed on an accepted basis.
/// A closure by management measures only does not end the wait (docs/rules.md#management-closure).
bool isAwaitingAppraisal(const BuildingRecord& r);

/// hazard_found_date + 5 days, the last day for the order to commission an appraisal, when the
/// record is awaiting appraisal and the date is known.
std::optional<Date> appraisalOrderDeadline(const BuildingRecord& r);

/// The 5-day rule broken: awaiting appraisal, and either no order recorded and `today` is after
/// the deadline, or the order was recorded after the deadline. An order on or before the
/// deadline keeps the rule however long the appraisal then takes (that has its own follow-up,
/// appraisalAfterOrderDue).
bool isAppraisalOrderOverdue(const BuildingRecord& r, const Date& today);

/// appraisal_ordered_date + kAppraisalAfterOrderDays while the ordered record awaits its appraisal.
std::optional<Date> appraisalAfterOrderDue(const BuildingRecord& r);

/// Graded C or D and engineering measures not (yet) done.
bool isCDNotRectified(const BuildingRecord& r);

/// Under a control measure now: stop use, or evacuated and sealed.
bool isUnderControl(const BuildingRecord& r);

/// Demolished: rectification = demolition and done. The building no longer exists.
bool isDemolished(const BuildingRecord& r);

/// Public-building use (docs/rules.md#public-building: education, medical, culture, sports, elderly
/// care, transport stations, malls): use = public, or a use subtype naming one of these (English or
/// Chinese).
bool isPublicBuildingUse(const BuildingRecord& r);

}  // namespace fangan
