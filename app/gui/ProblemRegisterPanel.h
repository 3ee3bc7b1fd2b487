#pragma once
// The 问题台账 panel (docs/rules.md#problem): the registered problems with filters (overdue, by
// town, by source), the figures of what is shown (问题确认率, 问题整改率, overdue), importing a
// problem list (XLSX/CSV) and moving the selected problem a step (date, note, evidence; a refused
// step shows its reason and writes nothing). Double-clicking a problem with a building asks the
// window to show that building.

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>
#include <vector>

#include "gis/model/CaseRecords.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class ProblemRegisterPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ProblemRegisterPanel(QWidget* parent = nullptr);

  /// Takes a project (or none).
  void setProject(ProjectStore* store);
  /// The day overdue is judged on and steps are dated by default (today unless set).
  void setToday(const Date& day);
  /// Re-reads the problems and applies the filters.
  void refresh();

  /// Imports a problem list; false with the reasons in the status line.
  bool importFile(const QString& path);
  /// Moves the selected problem to `to` with the date, note and evidence of the form.
  bool moveSelected(ProblemState to);
  /// Selects the row of a problem id; false when it is not shown.
  bool selectProblem(std::int64_t id);

  QCheckBox* overdueFilter() const { return overdue_; }
  QComboBox* townFilter() const { return town_; }
  QComboBox* sourceFilter() const { return source_; }
  QTableWidget* table() const { return table_; }
  QLabel* figuresLabel() const { return figures_; }
  QLabel* statusLabel() const { return status_; }
  QDateEdit* stepDateEdit() const { return stepDate_; }
  QLineEdit* noteEdit() const { return note_; }
  QLineEdit* evidenceEdit() const { return evidence_; }
  /// Ids of the problems shown, in table order.
  std::vector<std::int64_t> shownIds() const;

 signals:
  /// The user asked to see a building of a problem.
  void buildingRequested(const QString& code);
  /// Problems were imported or a step was written (the map's markers follow).
  void problemsChanged();

 private:
  void fill();
  void chooseAndImport();
  void stepSelected();

  ProjectStore* store_ = nullptr;
  Date today_;
  bool todaySet_ = false;
  std::vector<Problem> problems_;
  QCheckBox* overdue_ = nullptr;
  QComboBox* town_ = nullptr;
  QComboBox* source_ = nullptr;
  QTableWidget* table_ = nullptr;
  QLabel* figures_ = nullptr;
  QComboBox* step_ = nullptr;
  QDateEdit* stepDate_ = nullptr;
  QLineEdit* note_ = nullptr;
  QLineEdit* evidence_ = nullptr;
  QPushButton* stepButton_ = nullptr;
  QPushButton* importButton_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
