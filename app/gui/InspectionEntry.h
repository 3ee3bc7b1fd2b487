#pragma once
// What one inspection form entry does to a building record: the event to append and the record
// after it, or a refusal with a Chinese reason. Survey, re-check, control and closure results go
// through gis/patrol/FieldResult (applyFieldResult), so the form and the patrol sheets enforce the
// same lifecycle (DOMAIN.md "Case lifecycle"); appraisal grades and rectification measures, which
// a patrol sheet cannot carry, are checked here.
// TODO(gis): the appraisal and rectification rules below belong beside applyFieldResult in
// gis/patrol; they live here until that module grows them.

#include <QString>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/model/InspectionEvent.h"
#include "gis/patrol/FieldResult.h"

namespace fangan {
namespace gui {

/// The kinds of entry the form offers, each stored as an event kind (InspectionEvent::kind).
enum class InspectionKind {
  Survey,
  Recheck,
  AppraisalOrder,
  Appraisal,
  Control,
  Rectification,
  Closure
};

/// What the user filled in.
struct InspectionInput {
  InspectionKind kind = InspectionKind::Survey;
  FieldResult result = FieldResult::NoHazard;      ///< survey, re-check, control, closure
  AppraisalGrade grade = AppraisalGrade::None;     ///< appraisal
  Rectification measure = Rectification::Unknown;  ///< rectification
  bool measureDone = false;                        ///< rectification: works completed
  Date date;
  std::string inspector;
  std::string note;
};

/// The outcome of an entry: accepted with the new record and the event, or refused.
struct InspectionOutcome {
  bool accepted = false;
  QString rejection;      ///< Chinese reason when refused
  BuildingRecord record;  ///< the record after the entry
  InspectionEvent event;  ///< the event to append (building id and code filled in)
};

/// Every kind, in lifecycle order.
const std::vector<InspectionKind>& inspectionKinds();
/// Stored event kind key ("survey", "verification", "appraisal", ...).
std::string inspectionKindKey(InspectionKind kind);
/// Translated name of a kind ("排查").
QString inspectionKindTitle(InspectionKind kind);
/// The field results a kind offers (empty for appraisal and rectification).
std::vector<FieldResult> inspectionResults(InspectionKind kind);
/// Measures a rectification entry may record (repair, reinforce, …, relocate).
const std::vector<Rectification>& rectificationMeasures();

/// Applies an entry to `current` (the stored record). Nothing is written.
InspectionOutcome prepareInspection(const BuildingRecord& current, const InspectionInput& input);

/// One-line description of an event for the undo history and correction notes, in Chinese like
/// the rest of the stored history ("排查：无隐患（2024-05-01，张三）").
QString describeEvent(const InspectionEvent& event);

}  // namespace gui
}  // namespace fangan
