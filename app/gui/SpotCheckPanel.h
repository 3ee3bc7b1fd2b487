#pragma once
// The 抽查 panel (docs/rules.md#spot-check): draw and save the district's spot-check sample
// (rate, seed), export the sheet to hand out, list the sampled buildings with their outcomes,
// record an outcome with its right values (正确 / 错排 / 漏排 and 初判隐患, check date,
// inspector, note), show the accuracy per town with the 责令重新排查 flag, and order a flagged
// town to re-survey — after a confirmation, as a step of the app's undo stack
// (ResurveyCommand: undo appends cancellations, the history stays append-only).

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QWidget>
#include <functional>

#include "gis/analysis/SpotCheckLedger.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class SpotCheckPanel : public QWidget {
  Q_OBJECT

 public:
  /// Asks the user a yes/no question; the default shows a QMessageBox.
  using Confirmation = std::function<bool(const QString& title, const QString& text)>;

  explicit SpotCheckPanel(QWidget* parent = nullptr);

  /// Takes a project (or none) and the undo stack re-survey orders go on.
  void setProject(ProjectStore* store, QUndoStack* undoStack);
  /// Replaces the confirmation dialog (tests).
  void setConfirmation(Confirmation confirm) { confirm_ = std::move(confirm); }
  /// The day draws, outcomes and orders are dated (today by default).
  void setToday(const Date& day);

  /// Re-reads the saved sample and its outcomes.
  void refresh();
  /// Draws the sample with the rate and seed shown and saves it; false (reason in the status
  /// line) when it cannot.
  bool drawSample();
  /// Selects a town in the accuracy table; false when it is not listed.
  bool selectTown(const QString& town);
  /// Selects a sampled building; false when it is not listed.
  bool selectBuilding(const QString& code);
  /// Records the outcome in the form for the selected building; false (reason in the status
  /// line) when it is refused.
  bool recordOutcome();
  /// Orders the selected town to re-survey after confirmation; false when it is not flagged,
  /// the user declines, or the write fails.
  bool orderResurvey();

  QDoubleSpinBox* rateBox() const { return rate_; }
  QSpinBox* seedBox() const { return seed_; }
  QTableWidget* townTable() const { return towns_; }
  QTableWidget* buildingTable() const { return buildings_; }
  QComboBox* outcomeBox() const { return outcome_; }
  QComboBox* hazardBox() const { return hazard_; }
  QLineEdit* inspectorEdit() const { return inspector_; }
  QLineEdit* noteEdit() const { return note_; }
  QPushButton* resurveyButton() const { return resurveyButton_; }
  QLabel* statusLabel() const { return status_; }
  const std::optional<SpotCheckLedger>& ledger() const { return ledger_; }

 signals:
  /// A building record was corrected by an outcome (to redraw it).
  void buildingChanged(const fangan::BuildingRecord& record);
  /// Double-click on a sampled building.
  void buildingActivated(const QString& code);

 private:
  void exportSheet();
  void updateResurveyButton();
  QString selectedTown() const;
  void setStatus(const QString& text);

  ProjectStore* store_ = nullptr;
  QUndoStack* undoStack_ = nullptr;
  Confirmation confirm_;
  Date today_;
  std::optional<SpotCheckLedger> ledger_;
  bool writeFailed_ = false;  // set by the re-survey command's failure handler

  QDoubleSpinBox* rate_ = nullptr;
  QSpinBox* seed_ = nullptr;
  QPushButton* drawButton_ = nullptr;
  QPushButton* exportButton_ = nullptr;
  QTableWidget* towns_ = nullptr;
  QTableWidget* buildings_ = nullptr;
  QComboBox* outcome_ = nullptr;
  QComboBox* hazard_ = nullptr;
  QDateEdit* date_ = nullptr;
  QLineEdit* inspector_ = nullptr;
  QLineEdit* note_ = nullptr;
  QPushButton* recordButton_ = nullptr;
  QPushButton* resurveyButton_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
