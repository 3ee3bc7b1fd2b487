#include "app/gui/InspectionEditor.h"

#include <QDate>
#include <QUndoCommand>

#include "app/cli/RefusalText.h"
#include "gis/patrol/RecordStamp.h"

namespace fangan {
namespace gui {
namespace {

Date today() {
  const QDate d = QDate::currentDate();
  return Date{d.year(), d.month(), d.day()};
}

// One recorded entry. The first redo() is the entry itself (QUndoStack::push runs it).
class InspectionCommand : public QUndoCommand {
 public:
  // `readVersion`: the version the user's form showed, required of the first write only.
  InspectionCommand(InspectionEditor* editor, BuildingRecord before, BuildingRecord after,
                    InspectionEvent event, std::int64_t readVersion)
      : editor_(editor),
        before_(std::move(before)),
        after_(std::move(after)),
        event_(std::move(event)),
        readVersion_(readVersion),
        description_(describeEvent(event_)) {
    setText(QStringLiteral("%1 %2").arg(QString::fromStdString(after_.code), description_));
  }

  void redo() override {
    InspectionEvent event = event_;
    const bool again = done_once_;
    if (again) {
      event.note = "重做: " + description_.toStdString();  // stored text stays Chinese
    }
    done_once_ = true;
    QString error;
    if (!editor_->write(before_, after_, event, &error, again ? 0 : readVersion_)) {
      setObsolete(true);  // nothing was written: the step must not stay on the stack
      if (again) emit editor_->failed(error);  // a first write reports through record()
    }
  }

  void undo() override {
    InspectionEvent correction;
    correction.buildingId = before_.id;
    correction.code = before_.code;
    correction.date = today();
    correction.kind = InspectionEditor::kCorrectionKind;
    correction.inspector = event_.inspector;
    correction.result = "撤销";
    correction.note = "撤销: " + description_.toStdString();
    QString error;
    if (!editor_->write(after_, before_, correction, &error)) emit editor_->failed(error);
  }

 private:
  InspectionEditor* editor_;
  BuildingRecord before_;
  BuildingRecord after_;
  InspectionEvent event_;
  std::int64_t readVersion_;
  QString description_;
  bool done_once_ = false;
};

std::string who(const InspectionEvent& event) {
  return event.inspector.empty() ? std::string("fangan-app") : event.inspector;
}

}  // namespace

InspectionEditor::InspectionEditor(QObject* parent) : QObject(parent) {}

void InspectionEditor::setStore(ProjectStore* store) {
  undoStack_.clear();
  store_ = store;
}

std::optional<BuildingRecord> InspectionEditor::current(std::int64_t buildingId) const {
  if (!store_) return std::nullopt;
  return store_->buildingById(buildingId);
}

bool InspectionEditor::record(std::int64_t buildingId, const InspectionInput& input, QString* error,
                              std::int64_t readVersion) {
  lastStale_ = false;
  if (!store_) {
    if (error) *error = tr("没有打开的项目");
    return false;
  }
  std::optional<BuildingRecord> current;
  try {
    current = store_->buildingById(buildingId);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  if (!current) {
    if (error) *error = tr("房屋不存在");
    return false;
  }
  const InspectionOutcome outcome = prepareInspection(*current, input);
  if (!outcome.accepted) {
    if (error) *error = outcome.rejection;
    return false;
  }
  const int before = undoStack_.count();
  undoStack_.push(
      new InspectionCommand(this, *current, outcome.record, outcome.event, readVersion));
  if (undoStack_.count() == before) {  // the write failed and the command went away
    if (error) *error = lastWriteError_;
    return false;
  }
  return true;
}

bool InspectionEditor::write(const BuildingRecord& expected, const BuildingRecord& target,
                             const InspectionEvent& event, QString* error,
                             std::int64_t requireVersion) {
  lastWriteError_.clear();
  lastStale_ = false;
  QString ignored;
  if (!error) error = &ignored;
  const bool written = writeTransaction(expected, target, event, error, requireVersion);
  if (!written) {
    lastWriteError_ = *error;
    return false;
  }
  emit buildingChanged(target);
  return true;
}

bool InspectionEditor::writeTransaction(const BuildingRecord& expected,
                                        const BuildingRecord& target, const InspectionEvent& event,
                                        QString* error, std::int64_t requireVersion) {
  if (!store_) {
    *error = tr("没有打开的项目");
    return false;
  }
  try {
    auto transaction = store_->begin();
    const std::optional<BuildingRecord> stored = store_->buildingById(expected.id);
    if (!stored || (requireVersion == 0 && recordStamp(*stored) != recordStamp(expected))) {
      *error =
          tr("房屋 %1 的档案已被修改，无法撤销或重做").arg(QString::fromStdString(expected.code));
      return false;  // the transaction rolls back
    }
    store_->appendEvent(event);
    const ChangeDateScope day(*store_,
                              event.date);  // effective on the event's day (rules.md#as-of)
    // Versioned: the row must still be the one just checked (or the one the form showed), or
    // the edit is refused and the transaction, event included, rolls back
    // (docs/rules.md#row-versions).
    store_->editBuilding(target, requireVersion != 0 ? requireVersion : stored->rowVersion,
                         who(event));
    transaction->commit();
  } catch (const StaleEditError& e) {
    *error = staleEditText(e.stale());
    lastStale_ = true;
    return false;
  } catch (const ConnectionLostError& e) {
    *error = tr("写入项目失败：%1").arg(QString::fromStdString(e.what()));
    emit connectionLost(QString::fromStdString(e.what()));
    return false;
  } catch (const std::exception& e) {
    *error = tr("写入项目失败：%1").arg(QString::fromStdString(e.what()));
    return false;
  }
  return true;
}

}  // namespace gui
}  // namespace fangan
