#include "app/gui/InspectionEditor.h"

#include <QDate>
#include <QUndoCommand>

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
  InspectionCommand(InspectionEditor* editor, BuildingRecord before, BuildingRecord after,
                    InspectionEvent event)
      : editor_(editor),
        before_(std::move(before)),
        after_(std::move(after)),
        event_(std::move(event)),
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
    if (!editor_->write(before_, after_, event, &error)) {
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

bool InspectionEditor::record(std::int64_t buildingId, const InspectionInput& input,
                              QString* error) {
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
  undoStack_.push(new InspectionCommand(this, *current, outcome.record, outcome.event));
  if (undoStack_.count() == before) {  // the write failed and the command went away
    if (error) *error = lastWriteError_;
    return false;
  }
  return true;
}

bool InspectionEditor::write(const BuildingRecord& expected, const BuildingRecord& target,
                             const InspectionEvent& event, QString* error) {
  lastWriteError_.clear();
  QString ignored;
  if (!error) error = &ignored;
  const bool written = writeTransaction(expected, target, event, error);
  if (!written) {
    lastWriteError_ = *error;
    return false;
  }
  emit buildingChanged(target);
  return true;
}

bool InspectionEditor::writeTransaction(const BuildingRecord& expected,
                                        const BuildingRecord& target, const InspectionEvent& event,
                                        QString* error) {
  if (!store_) {
    *error = tr("没有打开的项目");
    return false;
  }
  try {
    auto transaction = store_->begin();
    const std::optional<BuildingRecord> stored = store_->buildingById(expected.id);
    if (!stored || recordStamp(*stored) != recordStamp(expected)) {
      *error =
          tr("房屋 %1 的档案已被修改，无法撤销或重做").arg(QString::fromStdString(expected.code));
      return false;  // the transaction rolls back
    }
    store_->appendEvent(event);
    const ChangeDateScope day(*store_,
                              event.date);  // effective on the event's day (rules.md#as-of)
    store_->updateBuilding(target, who(event));
    transaction->commit();
  } catch (const std::exception& e) {
    *error = tr("写入项目失败：%1").arg(QString::fromStdString(e.what()));
    return false;
  }
  return true;
}

}  // namespace gui
}  // namespace fangan
