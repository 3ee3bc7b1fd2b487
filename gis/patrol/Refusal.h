#pragma once
// Why a lifecycle rule refused an entry: a code and the values its message names, never text.
// gis/ states the rule; the callers word it — the app through tr(), the command line in Chinese
// (app/cli/RefusalText.h). The rules are in docs/rules.md#lifecycle and #lifecycle-refusals.

#include <optional>

#include "gis/model/Building.h"

namespace fangan {

enum class FieldResult;

enum class RefusalCode {
  None,
  /// The building is demolished: only closure or no access is recorded (`result`, when the
  /// refused entry was a field result).
  Demolished,
  /// The step does not take this field result (`result`).
  ResultNotOffered,
  /// No hazard on a building whose initial hazard awaits appraisal.
  AwaitingAppraisal,
  /// No hazard on a C/D building (`grade`) without engineering measures done.
  CDNotRectified,
  /// A technical re-check without an initial hazard.
  NoInitialHazard,
  /// A technical re-check on a building appraised already (`grade`).
  AlreadyAppraised,
  /// An appraisal order without a hazard awaiting appraisal.
  NothingAwaitingAppraisal,
  /// Control verified without a control measure on record.
  NoControlMeasure,
  /// Control lifted on a building not under control.
  NotUnderControl,
  /// Control lifted before rectification is complete (docs/rules.md#lifecycle).
  ControlBeforeRectification,
  /// Rectification completed without a measure on record.
  NoMeasureRecorded,
  /// Closing a C/D case (`grade`) without engineering measures done (docs/rules.md#lifecycle).
  CDClosureWithoutEngineering,
  /// Closing without a basis (re-check no hazard, grade A/B, engineering measures done).
  NoClosureBasis,
  /// An appraisal entry without a grade.
  NoGradeChosen,
  /// An appraisal of a building not surveyed.
  NotSurveyed,
  /// A C/D building (`grade`) re-graded A/B without engineering measures done.
  CDGradedAway,
  /// A rectification entry without a measure.
  NoMeasureChosen,
  /// Rectification of a building with neither an initial hazard nor an appraisal.
  NothingToRectify,
  /// Rectification of a case closed on an accepted basis.
  AlreadyClosed,
};

/// A refusal: what rule, and the values its message names.
struct Refusal {
  Refusal() = default;
  Refusal(RefusalCode code, AppraisalGrade grade = AppraisalGrade::None,
          std::optional<FieldResult> result = std::nullopt)
      : code(code), grade(grade), result(result) {}

  RefusalCode code = RefusalCode::None;
  AppraisalGrade grade = AppraisalGrade::None;  ///< CDNotRectified, AlreadyAppraised, CD…
  std::optional<FieldResult> result;            ///< Demolished, ResultNotOffered

  bool operator==(const Refusal& o) const {
    return code == o.code && grade == o.grade && result == o.result;
  }
};

}  // namespace fangan
