#pragma once
// Data-quality audit (数据准不准、信息真不真、录入全不全, docs/rules.md#audit; closure rules
// docs/rules.md#lifecycle and #management-closure, the 5-day rule docs/rules.md#order-5d, the
// control rule docs/rules.md#lifecycle).
//
// Rules (id, severity, what breaks it):
//  closed_without_basis        error   closed = yes, closure_basis empty
//  closed_basis_unsupported    error   closure_basis not backed by the record: grade_ab without an
//                                      A/B grade, recheck_no_hazard without recheck_no_hazard =
//                                      yes, engineering without engineering measures done
//  closed_management_only      warning closed by management measures only: must be re-checked
//                                      by technicians (docs/rules.md#ledger-recheck)
//  cd_closed_without_engineering error grade C/D, closed, engineering measures not done
//  missing_code                error   empty code
//  duplicate_code              error   a code occurring more than once (see AuditInputs::codes)
//  missing_floors              warning floors empty
//  missing_structure           warning structure empty
//  missing_year_built          warning year_built empty
//  invalid_floors              error   floors < 1
//  floors_structure_mismatch   warning floors above what the structure allows: earth, timber,
//                                      brick-wood > 3 floors; masonry > 7 floors
//  survey_before_build_year    error   year of survey_date < year_built
//  missing_hazard_found_date   warning initial hazard/suspect without hazard_found_date (the
//                                      5-day rule cannot be checked)
//  appraisal_overdue           error   awaiting appraisal and no order to commission one within 5
//                                      days of hazard_found_date: none recorded and today is
//                                      past the deadline, or recorded late (CaseState.h
//                                      isAppraisalOrderOverdue)
//  control_lifted_before_rectification error  control = none (explicitly) while the hazard is
//                                      not rectified, and a control is known to have been
//                                      needed or recorded. From the record alone: grade C/D
//                                      without engineering measures (a C/D building must stay
//                                      under control until rectified). With history
//                                      (AuditInputs::controlRecorded): any initial hazard/suspect
//                                      still unresolved (not A/B, not re-checked no hazard, no
//                                      engineering measures done). A control value left empty
//                                      (unknown) is not flagged.
//  outside_every_grid          warning from AuditInputs::outsideEveryGrid
//  invalid_geometry            error   from AuditInputs::invalidGeometry
//  duplicate_footprint         warning both codes of each AuditInputs::duplicateFootprints pair
//  orphan_survey_point         warning AuditInputs::orphanSurveyPoints (survey point ids, not
//                                      building codes)
//  spot_check_resurvey         error   town-level: AuditInputs::spotCheckResurveyTowns, the towns
//                                      whose spot-check accuracy is below 90 % (town names, not
//                                      codes; docs/rules.md#spot-check)
//  plan_overdue                warning AuditInputs::overduePlans: buildings whose 一栋一策 plan is
//                                      past its due date and not completed (docs/rules.md#plan)
//
// A record is named by its code; a record without a code by "id:<id>" when it has a store id,
// else "#<n>" (1-based position in the input vector). Codes in a finding are sorted and unique.

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// How serious a broken rule is.
enum class AuditSeverity { Error, Warning };

/// A rule of the catalogue.
struct AuditRuleInfo {
  std::string id;  ///< stable id, e.g. "closed_without_basis"
  AuditSeverity severity = AuditSeverity::Error;
  std::string message;   ///< Chinese
  bool spatial = false;  ///< needs precomputed spatial input (AuditInputs)
};

/// The result of one rule: its catalogue entry and who breaks it (empty = passed).
struct AuditFinding {
  std::string id;
  AuditSeverity severity = AuditSeverity::Error;
  std::string message;
  std::vector<std::string> codes;
};

/// Precomputed inputs for rules the records cannot answer alone; filled by the spatial side.
struct AuditInputs {
  std::set<std::string> outsideEveryGrid;  ///< building codes outside every grid polygon
  std::set<std::string> invalidGeometry;   ///< building codes with invalid or empty geometry
  std::vector<std::pair<std::string, std::string>> duplicateFootprints;  ///< overlapping pairs
  std::vector<std::string> orphanSurveyPoints;  ///< survey point ids outside every footprint
  /// Codes to check for duplicates (e.g. every code of an import file); when empty, the codes of
  /// the audited records are checked.
  std::vector<std::string> codes;
  /// Codes whose inspection history holds a control event (kind "control").
  std::set<std::string> controlRecorded;
  /// Towns whose stored spot check is below 90 % (SavedSpotCheck.h townsOrderedToResurvey).
  std::set<std::string> spotCheckResurveyTowns;
  /// Codes whose 一栋一策 plan is overdue (gis/cases/PlanRegister.h overduePlanCodes).
  std::set<std::string> overduePlans;
};

/// The catalogue of every rule, in report order.
const std::vector<AuditRuleInfo>& auditRuleCatalog();

/// "error" or "warning".
std::string auditSeverityKey(AuditSeverity severity);

/// Runs every rule; one finding per catalogue rule in catalogue order, passed rules included.
std::vector<AuditFinding> runAudit(const std::vector<BuildingRecord>& records,
                                   const AuditInputs& inputs, const Date& today);

/// Highest floor count the structure allows, or empty when the audit sets no limit.
std::optional<int> maxFloorsForStructure(Structure structure);

}  // namespace fangan
