#include "app/gui/PlanDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/gui/DisplayText.h"
#include "gis/cases/CaseImport.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/PlanLifecycle.h"
#include "gis/cases/PlanRegister.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
Date toDate(const QDate& d) { return Date{d.year(), d.month(), d.day()}; }

}  // namespace

PlanDialog::PlanDialog(ProjectStore& store, const BuildingRecord& record, const QString& who,
                       QWidget* parent)
    : QDialog(parent), store_(store), record_(record), who_(who) {
  setWindowTitle(tr("一栋一策：%1").arg(text(record.code)));
  auto* layout = new QVBoxLayout(this);
  plans_ = new QTreeWidget(this);
  plans_->setHeaderLabels(
      {tr("编号"), tr("整治措施"), tr("责任单位"), tr("完成期限"), tr("状态"), tr("节点")});
  plans_->setRootIsDecorated(false);
  layout->addWidget(plans_);

  auto* draftBox = new QGroupBox(tr("制定整治方案"), this);
  auto* form = new QFormLayout(draftBox);
  measure_ = new QComboBox(draftBox);
  for (Rectification m :
       {Rectification::Reinforce, Rectification::PartialDemolition, Rectification::Demolition,
        Rectification::Rebuild, Rectification::Relocate, Rectification::Repair}) {
    measure_->addItem(displayValue(m), static_cast<int>(m));
  }
  route_ = new QLineEdit(draftBox);
  unit_ = new QLineEdit(draftBox);
  unit_->setText(text(record.town));
  person_ = new QLineEdit(draftBox);
  start_ = new QDateEdit(QDate::currentDate(), draftBox);
  start_->setCalendarPopup(true);
  due_ = new QDateEdit(QDate::currentDate().addMonths(3), draftBox);
  due_->setCalendarPopup(true);
  milestones_ = new QPlainTextEdit(draftBox);
  milestones_->setPlaceholderText(tr("每行一个节点：YYYY-MM-DD 内容"));
  milestones_->setMaximumHeight(80);
  form->addRow(tr("整治措施"), measure_);
  form->addRow(tr("技术路线"), route_);
  form->addRow(tr("责任单位"), unit_);
  form->addRow(tr("责任人"), person_);
  form->addRow(tr("开始日期"), start_);
  form->addRow(tr("完成期限"), due_);
  form->addRow(tr("节点"), milestones_);
  draftButton_ = new QPushButton(tr("制定"), draftBox);
  form->addRow(QString(), draftButton_);
  layout->addWidget(draftBox);

  auto* actionBox = new QGroupBox(tr("方案进展"), this);
  auto* actions = new QFormLayout(actionBox);
  actionDate_ = new QDateEdit(QDate::currentDate(), actionBox);
  actionDate_->setCalendarPopup(true);
  note_ = new QLineEdit(actionBox);
  actions->addRow(tr("日期"), actionDate_);
  actions->addRow(tr("说明"), note_);
  auto* buttons = new QHBoxLayout;
  startButton_ = new QPushButton(tr("开始实施"), actionBox);
  milestoneButton_ = new QPushButton(tr("下一节点完成"), actionBox);
  completeButton_ = new QPushButton(tr("完成"), actionBox);
  cancelButton_ = new QPushButton(tr("撤销"), actionBox);
  for (QPushButton* b : {startButton_, milestoneButton_, completeButton_, cancelButton_}) {
    buttons->addWidget(b);
  }
  actions->addRow(buttons);
  layout->addWidget(actionBox);

  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(error_);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(close);

  connect(draftButton_, &QPushButton::clicked, this, [this] { draft(); });
  connect(startButton_, &QPushButton::clicked, this, [this] { move(PlanState::Implementing); });
  connect(completeButton_, &QPushButton::clicked, this, [this] { move(PlanState::Completed); });
  connect(cancelButton_, &QPushButton::clicked, this, [this] { move(PlanState::Cancelled); });
  connect(milestoneButton_, &QPushButton::clicked, this, [this] {
    const auto plan = activePlan();
    if (!plan) return;
    for (std::size_t i = 0; i < plan->milestones.size(); ++i) {
      if (!plan->milestones[i].done) {
        completeMilestone(static_cast<int>(i));
        return;
      }
    }
  });
  refresh();
}

std::optional<RectificationPlan> PlanDialog::activePlan() const {
  for (const RectificationPlan& p : store_.plans()) {
    if (p.buildingId == record_.id && isPlanActive(p.state)) return p;
  }
  return std::nullopt;
}

void PlanDialog::refresh() {
  plans_->clear();
  const Date today = Date::today();
  for (const RectificationPlan& p : store_.plans()) {
    if (p.buildingId != record_.id) continue;
    auto* item = new QTreeWidgetItem(plans_);
    int done = 0;
    for (const auto& m : p.milestones) done += m.done ? 1 : 0;
    item->setText(0, QString::number(p.id));
    item->setText(1, displayValue(p.measure));
    item->setText(2, text(p.responsibleUnit));
    item->setText(3, text(p.due.toString()));
    item->setText(4, isPlanOverdue(p, today) ? tr("%1（逾期）").arg(text(toChinese(p.state)))
                                             : text(toChinese(p.state)));
    item->setText(5, tr("%1/%2").arg(done).arg(p.milestones.size()));
    if (isPlanOverdue(p, today)) item->setForeground(4, QColor(0xb0, 0x00, 0x20));
  }
  const auto active = activePlan();
  draftButton_->setEnabled(!active);
  startButton_->setEnabled(active && active->state == PlanState::Drafted);
  completeButton_->setEnabled(active && active->state == PlanState::Implementing);
  cancelButton_->setEnabled(active.has_value());
  bool openMilestone = false;
  if (active) {
    for (const auto& m : active->milestones) openMilestone = openMilestone || !m.done;
  }
  milestoneButton_->setEnabled(openMilestone);
}

bool PlanDialog::run(const std::function<void()>& action) {
  error_->clear();
  try {
    auto tx = store_.begin();
    action();
    tx->commit();
  } catch (const std::exception& e) {
    error_->setText(QString::fromStdString(e.what()));
    return false;
  }
  refresh();
  emit planChanged();
  return true;
}

bool PlanDialog::draft() {
  RectificationPlan p;
  p.code = record_.code;
  p.measure = static_cast<Rectification>(measure_->currentData().toInt());
  p.route = route_->text().trimmed().toStdString();
  p.responsibleUnit = unit_->text().trimmed().toStdString();
  p.responsiblePerson = person_->text().trimmed().toStdString();
  p.start = toDate(start_->date());
  p.due = toDate(due_->date());
  std::string bad;
  if (!parseMilestoneCell(milestones_->toPlainText().toStdString(), p.milestones, bad)) {
    error_->setText(tr("节点“%1”应以日期开头 (YYYY-MM-DD 内容)").arg(text(bad)));
    return false;
  }
  return run([&] { draftPlan(store_, p, toDate(actionDate_->date()), who_.toStdString()); });
}

bool PlanDialog::move(PlanState to) {
  const auto plan = activePlan();
  if (!plan) return false;
  const CaseStep step{toDate(actionDate_->date()), who_.toStdString(),
                      note_->text().trimmed().toStdString(), ""};
  return run([&] { movePlan(store_, plan->id, to, step); });
}

bool PlanDialog::completeMilestone(int index) {
  const auto plan = activePlan();
  if (!plan) return false;
  return run([&] {
    fangan::completeMilestone(store_, plan->id, static_cast<std::size_t>(index),
                              toDate(actionDate_->date()), who_.toStdString());
  });
}

}  // namespace gui
}  // namespace fangan
