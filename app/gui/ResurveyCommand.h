#pragma once
// 责令重新排查 as an undoable step of the app's undo stack (docs/rules.md#spot-check). The
// history stays append-only: redo appends a resurvey_order event to each of the town's buildings
// first judged no hazard (gis/analysis/ResurveyOrder.h); undo appends a resurvey_cancel event to
// each of them, which withdraws the order without deleting or rewriting anything. Redoing after
// an undo orders them again with new events, so the history shows order, withdrawal and the
// order again — what happened, in the order it happened.

#include <QString>
#include <QUndoCommand>
#include <cstdint>
#include <functional>
#include <vector>

#include "gis/analysis/SpotCheck.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class ResurveyCommand : public QUndoCommand {
 public:
  /// Reports a failed write (the message is for the user).
  using FailureHandler = std::function<void(const QString&)>;

  ResurveyCommand(ProjectStore* store, std::string town, SpotCheckScope scope, Date day,
                  std::string note, FailureHandler onFailure);

  void redo() override;
  void undo() override;

  /// Buildings the last redo ordered.
  const std::vector<std::int64_t>& buildingIds() const { return buildingIds_; }

 private:
  ProjectStore* store_;
  std::string town_;
  SpotCheckScope scope_;
  Date day_;
  std::string note_;
  FailureHandler onFailure_;
  std::vector<std::int64_t> buildingIds_;
};

}  // namespace gui
}  // namespace fangan
