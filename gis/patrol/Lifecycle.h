#pragma once
// The steps of a building's safety case as an inspection form records them
// (docs/rules.md#lifecycle): survey, technical re-check, appraisal order (责成鉴定,
// docs/rules.md#order-5d), appraisal, control, rectification and closure. Field results (survey,
// re-check, order, control, closure) go through applyFieldResult, so the form, the patrol sheets
// (`fangan results`) and any other caller enforce one set of rules; appraisal grades and
// rectification measures, which a patrol sheet cannot carry, are checked here. A refused entry
// comes back as a Refusal (a code and its values), which each caller words in its own language.

#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/patrol/FieldResult.h"
#include "gis/patrol/Refusal.h"

namespace fangan {

/// The steps, each stored as an event kind (lifecycleStepKey).
enum class LifecycleStep {
  Survey,
  Recheck,
  AppraisalOrder,
  Appraisal,
  Control,
  Rectification,
  Closure
};

/// Every step, in lifecycle order.
const std::vector<LifecycleStep>& lifecycleSteps();
/// Stored event kind key ("survey", "verification", "appraisal_order", "appraisal", ...).
std::string lifecycleStepKey(LifecycleStep step);
/// The field results a step takes (empty for appraisal and rectification).
std::vector<FieldResult> lifecycleStepResults(LifecycleStep step);
/// `m` is an engineering measure: what BuildingRecord::engineeringDone counts, the one list
/// (docs/rules.md#lifecycle: reinforcement, partial or full demolition, rebuilding, relocation).
bool isEngineeringMeasure(Rectification m);
/// Measures a rectification entry may record: repair and the engineering measures, in the
/// vocabulary's order.
const std::vector<Rectification>& rectificationMeasures();

/// One entry of the form.
struct LifecycleEntry {
  LifecycleStep step = LifecycleStep::Survey;
  FieldResult result = FieldResult::NoHazard;      ///< survey, re-check, order, control, closure
  AppraisalGrade grade = AppraisalGrade::None;     ///< appraisal
  Rectification measure = Rectification::Unknown;  ///< rectification
  bool measureDone = false;                        ///< rectification: works completed
  Date date;
};

/// What an entry does to a record: accepted with the record after it, or refused.
struct LifecycleOutcome {
  bool accepted = false;
  Refusal refusal;        ///< why, when not accepted
  BuildingRecord record;  ///< the record after the entry (the input when refused)
  /// The event's result as the history stores it, in the stored vocabulary whatever the
  /// interface language ("鉴定为C级", "加固（完成）", "无隐患"); empty when refused.
  std::string eventResult;
};

/// An appraisal grade recorded on `date` (docs/rules.md#lifecycle-appraisal).
LifecycleOutcome appraiseRecord(const BuildingRecord& current, AppraisalGrade grade,
                                const Date& date);

/// A rectification measure decided, and completed when `done` (docs/rules.md#lifecycle-rectify).
LifecycleOutcome rectifyRecord(const BuildingRecord& current, Rectification measure, bool done,
                               const Date& date);

/// Applies an entry to `current`; nothing is written.
LifecycleOutcome applyLifecycleEntry(const BuildingRecord& current, const LifecycleEntry& entry);

}  // namespace fangan
