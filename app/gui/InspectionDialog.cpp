#include "app/gui/InspectionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/gui/DisplayText.h"
#include "app/gui/InspectionEditor.h"
#include "gis/analysis/HealthCode.h"

namespace fangan {
namespace gui {
namespace {

// A form row whose label hides with its field.
QWidget* row(QWidget* field, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* layout = new QHBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(field, 1);
  return box;
}

}  // namespace

InspectionDialog::InspectionDialog(InspectionEditor* editor, const BuildingRecord& record,
                                   QWidget* parent)
    : QDialog(parent), editor_(editor), record_(record) {
  setWindowTitle(tr("登记检查 — %1").arg(QString::fromStdString(record.code)));
  auto* layout = new QVBoxLayout(this);

  state_ = new QLabel(this);
  state_->setWordWrap(true);
  layout->addWidget(state_);
  showState();

  auto* form = new QFormLayout;
  kind_ = new QComboBox(this);
  for (InspectionKind kind : lifecycleSteps()) {
    kind_->addItem(inspectionKindTitle(kind), static_cast<int>(kind));
  }
  form->addRow(tr("类型"), kind_);

  result_ = new QComboBox(this);
  resultRow_ = row(result_, this);
  form->addRow(tr("结果"), resultRow_);

  grade_ = new QComboBox(this);
  for (AppraisalGrade g :
       {AppraisalGrade::A, AppraisalGrade::B, AppraisalGrade::C, AppraisalGrade::D}) {
    grade_->addItem(displayValue(g), static_cast<int>(g));
  }
  gradeRow_ = row(grade_, this);
  form->addRow(tr("鉴定等级"), gradeRow_);

  measure_ = new QComboBox(this);
  for (Rectification m : rectificationMeasures()) {
    measure_->addItem(displayValue(m), static_cast<int>(m));
  }
  measureDone_ = new QCheckBox(tr("整治完成"), this);
  measureRow_ = row(measure_, this);
  measureRow_->layout()->addWidget(measureDone_);
  form->addRow(tr("整治措施"), measureRow_);

  date_ = new QDateEdit(QDate::currentDate(), this);
  date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  date_->setCalendarPopup(true);
  form->addRow(tr("日期"), date_);
  inspector_ = new QLineEdit(this);
  form->addRow(tr("人员"), inspector_);
  note_ = new QPlainTextEdit(this);
  note_->setFixedHeight(note_->fontMetrics().height() * 4);
  form->addRow(tr("备注"), note_);
  layout->addLayout(form);

  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
  error_->hide();
  layout->addWidget(error_);
  // After a stale edit (docs/rules.md#row-versions): the fresh record, the form applied again.
  reload_ = new QPushButton(tr("重新载入并重新应用"), this);
  reload_->setObjectName(QStringLiteral("reloadAndReapply"));
  reload_->hide();
  connect(reload_, &QPushButton::clicked, this, [this] {
    if (reloadAndReapply()) QDialog::accept();
  });
  layout->addWidget(reload_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("登记"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
  connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  connect(kind_, &QComboBox::currentIndexChanged, this, &InspectionDialog::fillResults);
  fillResults();
}

void InspectionDialog::fillResults() {
  const auto kind = static_cast<InspectionKind>(kind_->currentData().toInt());
  result_->clear();
  for (FieldResult r : lifecycleStepResults(kind)) {
    result_->addItem(vocabularyText(fieldResultChinese(r)), static_cast<int>(r));
  }
  const bool shown[] = {result_->count() > 0, kind == InspectionKind::Appraisal,
                        kind == InspectionKind::Rectification};
  QWidget* const rows[] = {resultRow_, gradeRow_, measureRow_};
  auto* form = findChild<QFormLayout*>();
  for (int i = 0; i < 3; ++i) {
    rows[i]->setVisible(shown[i]);
    // The form's label follows its row.
    if (QWidget* label = form ? form->labelForField(rows[i]) : nullptr) label->setVisible(shown[i]);
  }
  error_->hide();
}

void InspectionDialog::setKind(InspectionKind kind) {
  kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));
}

bool InspectionDialog::setResult(FieldResult result) {
  const int index = result_->findData(static_cast<int>(result));
  if (index < 0) return false;
  result_->setCurrentIndex(index);
  return true;
}

void InspectionDialog::setGrade(AppraisalGrade grade) {
  grade_->setCurrentIndex(grade_->findData(static_cast<int>(grade)));
}

void InspectionDialog::setMeasure(Rectification measure, bool done) {
  measure_->setCurrentIndex(measure_->findData(static_cast<int>(measure)));
  measureDone_->setChecked(done);
}

void InspectionDialog::setDate(const QDate& date) { date_->setDate(date); }
void InspectionDialog::setInspector(const QString& name) { inspector_->setText(name); }
void InspectionDialog::setNote(const QString& note) { note_->setPlainText(note); }

InspectionInput InspectionDialog::input() const {
  InspectionInput in;
  in.step = static_cast<InspectionKind>(kind_->currentData().toInt());
  if (result_->count() > 0) in.result = static_cast<FieldResult>(result_->currentData().toInt());
  if (in.step == InspectionKind::Appraisal) {
    in.grade = static_cast<AppraisalGrade>(grade_->currentData().toInt());
  }
  if (in.step == InspectionKind::Rectification) {
    in.measure = static_cast<Rectification>(measure_->currentData().toInt());
    in.measureDone = measureDone_->isChecked();
  }
  const QDate d = date_->date();
  in.date = Date{d.year(), d.month(), d.day()};
  in.inspector = inspector_->text().trimmed().toStdString();
  in.note = note_->toPlainText().trimmed().toStdString();
  return in;
}

void InspectionDialog::showState() {
  const BuildingRecord& record = record_;
  const HealthCodeResult health = healthCode(record);
  state_->setText(tr("排查：%1　初判：%2　鉴定：%3　管控：%4　整治：%5　销号：%6\n健康码：%7（%8）")
                      .arg(displayValue(record.surveyStatus), displayValue(record.initialHazard),
                           displayValue(record.appraisalGrade), displayValue(record.control),
                           displayValue(record.rectification), displayYesNo(record.closed),
                           vocabularyText(healthCodeChinese(health.code)),
                           vocabularyText(health.reason)));
}

bool InspectionDialog::submit() {
  QString error;
  if (editor_->record(record_.id, input(), &error, record_.rowVersion)) {
    error_->hide();
    error_->clear();
    reload_->hide();
    return true;
  }
  error_->setText(tr("不能登记：%1").arg(error));
  error_->show();
  reload_->setVisible(editor_->lastRefusalStale());
  return false;
}

bool InspectionDialog::reloadAndReapply() {
  const std::optional<BuildingRecord> fresh = editor_->current(record_.id);
  if (!fresh) {
    error_->setText(tr("不能登记：%1").arg(tr("房屋不存在")));
    error_->show();
    return false;
  }
  record_ = *fresh;  // the form keeps what the user entered
  showState();
  return submit();
}

bool InspectionDialog::reloadVisible() const { return !reload_->isHidden(); }

QString InspectionDialog::errorText() const { return error_->text(); }

void InspectionDialog::accept() {
  if (submit()) QDialog::accept();
}

}  // namespace gui
}  // namespace fangan
