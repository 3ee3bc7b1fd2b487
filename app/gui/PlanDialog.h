#pragma once
// 一栋一策 for one building (docs/rules.md#plan): shows the building's plans and either drafts a
// new one (measure, technical route, responsible unit and person, start and due date,
// milestones one per line "YYYY-MM-DD 内容") or moves the plan in force (开始实施, 完成, 撤销,
// a milestone done). Every action is one transaction through gis/cases/PlanRegister.h; a refusal
// is shown in the dialog with its reason and nothing is written.

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <functional>
#include <optional>

#include "gis/model/CaseRecords.h"
#include "gis/store/ProjectStore.h"

class QPushButton;

namespace fangan {
namespace gui {

class PlanDialog : public QDialog {
  Q_OBJECT

 public:
  PlanDialog(ProjectStore& store, const BuildingRecord& record, const QString& who,
             QWidget* parent = nullptr);

  QComboBox* measureSelector() const { return measure_; }
  QLineEdit* routeEdit() const { return route_; }
  QLineEdit* unitEdit() const { return unit_; }
  QLineEdit* personEdit() const { return person_; }
  QDateEdit* startEdit() const { return start_; }
  QDateEdit* dueEdit() const { return due_; }
  QPlainTextEdit* milestonesEdit() const { return milestones_; }
  QDateEdit* actionDateEdit() const { return actionDate_; }
  QLineEdit* noteEdit() const { return note_; }

  /// Drafts a plan from the form; false with the reason shown when refused.
  bool draft();
  /// Moves the plan in force to `to` on the action date; false with the reason when refused.
  bool move(PlanState to);
  /// Marks milestone `index` (0-based) of the plan in force done on the action date.
  bool completeMilestone(int index);
  /// The plan in force (已制定/实施中), if any.
  std::optional<RectificationPlan> activePlan() const;
  QString errorText() const { return error_->text(); }

 signals:
  /// A plan was written.
  void planChanged();

 private:
  void refresh();
  bool run(const std::function<void()>& action);

  ProjectStore& store_;
  BuildingRecord record_;
  QString who_;
  QTreeWidget* plans_ = nullptr;
  QComboBox* measure_ = nullptr;
  QLineEdit* route_ = nullptr;
  QLineEdit* unit_ = nullptr;
  QLineEdit* person_ = nullptr;
  QDateEdit* start_ = nullptr;
  QDateEdit* due_ = nullptr;
  QPlainTextEdit* milestones_ = nullptr;
  QDateEdit* actionDate_ = nullptr;
  QLineEdit* note_ = nullptr;
  QPushButton* draftButton_ = nullptr;
  QPushButton* startButton_ = nullptr;
  QPushButton* completeButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QPushButton* milestoneButton_ = nullptr;
  QLabel* error_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
