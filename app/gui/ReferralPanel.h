#pragma once
// The 移送 panel (docs/rules.md#referral): the project's referrals (building, kind, receiving
// department, date, state, feedback), and moving the selected one a step — 已反馈 with the
// department's feedback, or 已办结 — on a date; a refused step shows its reason (RefusalText)
// and writes nothing. Referrals are added with `fangan referrals PROJECT add`. Double-clicking a
// referral with a building asks the window to show that building.

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>
#include <vector>

#include "gis/cases/ReferralKinds.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class ReferralPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ReferralPanel(QWidget* parent = nullptr);

  /// Takes a project (or none) and the path whose kind list applies.
  void setProject(ProjectStore* store, const QString& projectPath);
  /// Re-reads the referrals.
  void refresh();
  /// Moves the selected referral to `to` with the date and feedback of the form.
  bool moveSelected(ReferralState to);
  /// Selects the row of a referral id; false when it is not shown.
  bool selectReferral(std::int64_t id);

  QTableWidget* table() const { return table_; }
  QLabel* statusLabel() const { return status_; }
  QDateEdit* stepDateEdit() const { return stepDate_; }
  QLineEdit* feedbackEdit() const { return feedback_; }

 signals:
  void buildingRequested(const QString& code);

 private:
  ProjectStore* store_ = nullptr;
  ReferralKinds kinds_;
  std::vector<Referral> referrals_;
  QTableWidget* table_ = nullptr;
  QComboBox* step_ = nullptr;
  QDateEdit* stepDate_ = nullptr;
  QLineEdit* feedback_ = nullptr;
  QPushButton* stepButton_ = nullptr;
  QLabel* summary_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
