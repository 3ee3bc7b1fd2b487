#pragma once
// The form for a building's responsible parties and approvals (docs/rules.md#responsibility):
// owner, occupant and their phones, the industry department, and for each of 立项、用地、规划、
// 施工、消防 有 / 无 / 未知 with its document number. Saving writes the record in one transaction
// (the store audit-logs each changed field); a failure is shown and nothing is written.

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <array>

#include "gis/model/Building.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class ResponsibilityDialog : public QDialog {
  Q_OBJECT

 public:
  ResponsibilityDialog(ProjectStore& store, const BuildingRecord& record, const QString& who,
                       QWidget* parent = nullptr);

  /// The responsibility as filled in.
  Responsibility responsibility() const;
  /// Fills the form (tests, and the constructor from the record).
  void setResponsibility(const Responsibility& r);
  /// Writes the record; on failure shows why and returns false.
  bool save();
  /// The record as saved (valid after save() returned true).
  const BuildingRecord& saved() const { return record_; }
  QString errorText() const { return error_->text(); }
  /// Whether the form offers 重新载入并重新应用 (after a stale edit).
  bool reloadVisible() const;
  /// Reads the building again and saves the form's responsibility onto the fresh record
  /// (docs/rules.md#row-versions); the form keeps what the user entered.
  bool reloadAndReapply();

 public slots:
  void accept() override;

 private:
  struct ApprovalRow {
    QComboBox* present = nullptr;
    QLineEdit* number = nullptr;
  };

  ProjectStore& store_;
  BuildingRecord record_;
  QString who_;
  QLineEdit* owner_ = nullptr;
  QLineEdit* ownerPhone_ = nullptr;
  QLineEdit* occupant_ = nullptr;
  QLineEdit* occupantPhone_ = nullptr;
  QLineEdit* department_ = nullptr;
  std::array<ApprovalRow, 5> approvals_;
  QLabel* error_ = nullptr;
  QPushButton* reload_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
