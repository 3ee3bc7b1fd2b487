#pragma once
// The form for recording an inspection of one building: kind (survey, re-check, appraisal,
// control, rectification, closure), the result the kind allows, date, inspector and note. It
// shows where the case stands and, when the lifecycle refuses an entry, why (in the form, so
// the user can correct it); accepted entries go to the InspectionEditor as one undoable step.

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "app/gui/InspectionEntry.h"
#include "gis/model/Building.h"

namespace fangan {
namespace gui {

class InspectionEditor;

class InspectionDialog : public QDialog {
  Q_OBJECT

 public:
  InspectionDialog(InspectionEditor* editor, const BuildingRecord& record,
                   QWidget* parent = nullptr);

  /// Chooses the kind of entry (refills the result choices).
  void setKind(InspectionKind kind);
  /// Chooses a field result among those the kind offers; false when it offers none such.
  bool setResult(FieldResult result);
  /// Chooses the appraisal grade (appraisal entries).
  void setGrade(AppraisalGrade grade);
  /// Chooses the measure and whether it is complete (rectification entries).
  void setMeasure(Rectification measure, bool done);
  void setDate(const QDate& date);
  void setInspector(const QString& name);
  void setNote(const QString& note);

  /// The entry as filled in.
  InspectionInput input() const;
  /// Records the entry; on refusal shows the reason in the form and returns false.
  bool submit();
  /// The refusal shown, empty when none.
  QString errorText() const;
  /// Whether the form offers 重新载入并重新应用 (after a stale edit).
  bool reloadVisible() const;
  /// Reads the building again and records the form's entry against the fresh record
  /// (docs/rules.md#row-versions); the form keeps what the user entered.
  bool reloadAndReapply();

 public slots:
  /// Submits and closes the dialog when the entry was recorded.
  void accept() override;

 private:
  void fillResults();
  void showState();

  InspectionEditor* editor_;
  BuildingRecord record_;
  QComboBox* kind_ = nullptr;
  QComboBox* result_ = nullptr;
  QComboBox* grade_ = nullptr;
  QComboBox* measure_ = nullptr;
  QCheckBox* measureDone_ = nullptr;
  QDateEdit* date_ = nullptr;
  QLineEdit* inspector_ = nullptr;
  QPlainTextEdit* note_ = nullptr;
  QLabel* error_ = nullptr;
  QLabel* state_ = nullptr;
  QPushButton* reload_ = nullptr;
  QWidget* resultRow_ = nullptr;
  QWidget* gradeRow_ = nullptr;
  QWidget* measureRow_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
