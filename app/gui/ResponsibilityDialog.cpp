#include "app/gui/ResponsibilityDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/cli/RefusalText.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
std::string str(const QLineEdit* e) { return e->text().trimmed().toStdString(); }

std::array<Approval*, 5> approvalsOf(Responsibility& r) {
  return {&r.project, &r.land, &r.planning, &r.construction, &r.fire};
}

}  // namespace

ResponsibilityDialog::ResponsibilityDialog(ProjectStore& store, const BuildingRecord& record,
                                           const QString& who, QWidget* parent)
    : QDialog(parent), store_(store), record_(record), who_(who) {
  setWindowTitle(tr("责任人与手续：%1").arg(text(record.code)));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  owner_ = new QLineEdit(this);
  ownerPhone_ = new QLineEdit(this);
  occupant_ = new QLineEdit(this);
  occupantPhone_ = new QLineEdit(this);
  department_ = new QLineEdit(this);
  form->addRow(tr("产权人"), owner_);
  form->addRow(tr("产权人电话"), ownerPhone_);
  form->addRow(tr("使用人"), occupant_);
  form->addRow(tr("使用人电话"), occupantPhone_);
  form->addRow(tr("行业主管部门"), department_);
  const QStringList names = {tr("立项"), tr("用地"), tr("规划"), tr("施工"), tr("消防")};
  for (std::size_t i = 0; i < approvals_.size(); ++i) {
    auto* row = new QHBoxLayout;
    approvals_[i].present = new QComboBox(this);
    approvals_[i].present->addItems({tr("未知"), tr("有"), tr("无")});
    approvals_[i].number = new QLineEdit(this);
    approvals_[i].number->setPlaceholderText(tr("文号"));
    row->addWidget(approvals_[i].present);
    row->addWidget(approvals_[i].number, 1);
    form->addRow(tr("%1手续").arg(names[static_cast<int>(i)]), row);
  }
  layout->addLayout(form);
  error_ = new QLabel(this);
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(error_);
  // After a stale edit (docs/rules.md#row-versions): the fresh record, the form applied again.
  reload_ = new QPushButton(tr("重新载入并重新应用"), this);
  reload_->setObjectName(QStringLiteral("reloadAndReapply"));
  reload_->hide();
  connect(reload_, &QPushButton::clicked, this, [this] {
    if (reloadAndReapply()) QDialog::accept();
  });
  layout->addWidget(reload_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &ResponsibilityDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  setResponsibility(record.responsibility);
}

void ResponsibilityDialog::setResponsibility(const Responsibility& r) {
  owner_->setText(text(r.owner));
  ownerPhone_->setText(text(r.ownerPhone));
  occupant_->setText(text(r.occupant));
  occupantPhone_->setText(text(r.occupantPhone));
  department_->setText(text(r.department));
  Responsibility copy = r;
  const auto list = approvalsOf(copy);
  for (std::size_t i = 0; i < approvals_.size(); ++i) {
    const Approval& a = *list[i];
    approvals_[i].present->setCurrentIndex(!a.present ? 0 : (*a.present ? 1 : 2));
    approvals_[i].number->setText(text(a.number));
  }
}

Responsibility ResponsibilityDialog::responsibility() const {
  Responsibility r;
  r.owner = str(owner_);
  r.ownerPhone = str(ownerPhone_);
  r.occupant = str(occupant_);
  r.occupantPhone = str(occupantPhone_);
  r.department = str(department_);
  const auto list = approvalsOf(r);
  for (std::size_t i = 0; i < approvals_.size(); ++i) {
    const int index = approvals_[i].present->currentIndex();
    if (index > 0) list[i]->present = index == 1;
    list[i]->number = str(approvals_[i].number);
  }
  return r;
}

bool ResponsibilityDialog::save() {
  BuildingRecord updated = record_;
  updated.responsibility = responsibility();
  try {
    auto tx = store_.begin();
    // Versioned: refused when someone changed the building since it was read
    // (docs/rules.md#row-versions), so their change is never overwritten by this form's copy.
    updated.rowVersion = store_.editBuilding(updated, record_.rowVersion, who_.toStdString());
    tx->commit();
  } catch (const StaleEditError& e) {
    error_->setText(tr("未能保存：%1").arg(staleEditText(e.stale())));
    reload_->show();
    return false;
  } catch (const std::exception& e) {
    error_->setText(tr("未能保存：%1").arg(QString::fromStdString(e.what())));
    return false;
  }
  reload_->hide();
  record_ = updated;
  return true;
}

bool ResponsibilityDialog::reloadAndReapply() {
  std::optional<BuildingRecord> fresh;
  try {
    fresh = store_.buildingById(record_.id);
  } catch (const std::exception& e) {
    error_->setText(tr("未能保存：%1").arg(QString::fromStdString(e.what())));
    return false;
  }
  if (!fresh) {
    error_->setText(tr("未能保存：%1").arg(tr("房屋不存在")));
    return false;
  }
  record_ = *fresh;  // the form keeps what the user entered; save() applies it to this
  return save();
}

bool ResponsibilityDialog::reloadVisible() const { return !reload_->isHidden(); }

void ResponsibilityDialog::accept() {
  if (save()) QDialog::accept();
}

}  // namespace gui
}  // namespace fangan
