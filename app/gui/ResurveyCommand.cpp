#include "app/gui/ResurveyCommand.h"

#include <QCoreApplication>

#include "gis/analysis/ResurveyOrder.h"

namespace fangan {
namespace gui {

namespace {

const char* const kWho = "app:spotcheck";

}  // namespace

ResurveyCommand::ResurveyCommand(ProjectStore* store, std::string town, SpotCheckScope scope,
                                 Date day, std::string note, FailureHandler onFailure)
    : store_(store),
      town_(std::move(town)),
      scope_(scope),
      day_(day),
      note_(std::move(note)),
      onFailure_(std::move(onFailure)) {
  setText(QCoreApplication::translate("ResurveyCommand", "责令 %1 重新排查")
              .arg(QString::fromStdString(town_)));
}

void ResurveyCommand::redo() {
  if (!store_) return;
  try {
    buildingIds_ = orderResurvey(*store_, town_, scope_, day_, kWho, note_).buildingIds;
  } catch (const std::exception& e) {
    buildingIds_.clear();
    if (onFailure_) onFailure_(QString::fromStdString(e.what()));
  }
}

void ResurveyCommand::undo() {
  if (!store_ || buildingIds_.empty()) return;
  try {
    cancelResurvey(*store_, buildingIds_, day_, kWho, "");
  } catch (const std::exception& e) {
    if (onFailure_) onFailure_(QString::fromStdString(e.what()));
  }
}

}  // namespace gui
}  // namespace fangan
