#pragma once
// What one inspection form entry does to a building record: the event to append and the record
// after it, or a refusal worded for the interface. The rules are gis/'s (gis/patrol/Lifecycle.h,
// docs/rules.md#lifecycle), shared with the patrol sheets and `fangan results`; this file only
// fills in the event and words the refusal (app/cli/RefusalText.h).

#include <QString>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/model/InspectionEvent.h"
#include "gis/patrol/FieldResult.h"
#include "gis/patrol/Lifecycle.h"

namespace fangan {
namespace gui {

/// The kinds of entry the form offers: the lifecycle steps, each stored as an event kind
/// (lifecycleStepKey; lifecycleSteps() in order, lifecycleStepResults() the results each takes).
using InspectionKind = LifecycleStep;

/// What the user filled in: the lifecycle entry, and who and why for the event.
struct InspectionInput : LifecycleEntry {
  std::string inspector;
  std::string note;
};

/// The outcome of an entry: accepted with the new record and the event, or refused.
struct InspectionOutcome {
  bool accepted = false;
  QString rejection;      ///< the refusal, worded in the interface language
  BuildingRecord record;  ///< the record after the entry
  InspectionEvent event;  ///< the event to append (building id and code filled in)
};

/// Translated name of a kind ("排查").
QString inspectionKindTitle(InspectionKind kind);
/// Applies an entry to `current` (the stored record). Nothing is written.
InspectionOutcome prepareInspection(const BuildingRecord& current, const InspectionInput& input);

/// One-line description of an event for the undo history and correction notes, in Chinese like
/// the rest of the stored history ("排查：无隐患（2024-05-01，张三）").
QString describeEvent(const InspectionEvent& event);

}  // namespace gui
}  // namespace fangan
