#pragma once
// What a grid manager may write in the `result` column of a patrol sheet, and what each result
// does to the building record (docs/rules.md#lifecycle). A result that the case cannot take is
// refused with a Refusal (a code and its values, Refusal.h) instead of being bent into the record:
//
//   no_hazard 无隐患          first survey: surveyed, survey_date, initial_hazard none.
//                             Refused while an initial hazard awaits appraisal or a C/D case is
//                             open — only a technical re-check or an appraisal ends those.
//   hazard 有隐患             surveyed, initial_hazard hazard, hazard_found_date (starts the
//                             5-day appraisal clock, docs/rules.md#order-5d); a closed case is
//                             reopened. On a case already open it only records the visit (suspect →
//                             hazard).
//   suspect 存疑              as hazard, but initial_hazard suspect.
//   recheck_no_hazard 复核无隐患  technicians found no hazard (②); needs an initial hazard and
//                             no appraisal grade.
//   appraisal_ordered 已责成鉴定  the owner was ordered to commission an appraisal (the 5-day
//                             rule, docs/rules.md#order-5d): appraisal_ordered_date, kept when
//                             already recorded; needs a hazard awaiting appraisal.
//   control_in_place 管控到位  control verified; needs a control measure on record.
//   stop_use 停止使用, evacuated_sealed 清人封房   sets the control measure.
//   control_lifted 解除管控    control = none; refused before rectification is complete
//                             (docs/rules.md#lifecycle), unless appraised A/B or re-checked no
//                             hazard (not C/D).
//   rectified 整治完成         rectification_done, rectification_date; needs a recorded measure.
//   closed 销号               closed with the basis the record supports: C/D only after
//                             engineering measures (docs/rules.md#lifecycle: management
//                             measures never close a C/D case), else A/B grade, engineering
//                             measures, or re-check no hazard; refused without a basis.
//   no_access 无法进入         the visit only.
// Results on a demolished building other than closed / no_access are refused.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/patrol/Refusal.h"

namespace fangan {

/// A result value of the sheet (see the file comment).
enum class FieldResult {
  NoHazard,
  Hazard,
  Suspect,
  RecheckNoHazard,
  AppraisalOrdered,
  ControlInPlace,
  StopUse,
  EvacuatedSealed,
  ControlLifted,
  Rectified,
  Closed,
  NoAccess
};

/// English key ("no_hazard").
std::string fieldResultKey(FieldResult result);
/// Chinese name ("无隐患"); also what the inspection event stores as its result.
std::string fieldResultChinese(FieldResult result);
/// Every result, in the order above.
const std::vector<FieldResult>& allFieldResults();

/// Parses a cell: key or Chinese name (a few common synonyms too), any case, trimmed.
std::optional<FieldResult> parseFieldResult(const std::string& text);

/// What a result does to a record.
struct FieldResultOutcome {
  bool accepted = false;
  Refusal refusal;        ///< why, when not accepted
  BuildingRecord record;  ///< the record after the result (equal to the input when unchanged)
  bool changed = false;   ///< some attribute differs from the input
};

/// Applies `result` found on `date` to `current`.
FieldResultOutcome applyFieldResult(const BuildingRecord& current, FieldResult result,
                                    const Date& date);

}  // namespace fangan
