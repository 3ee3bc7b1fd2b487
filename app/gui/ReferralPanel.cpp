#include "app/gui/ReferralPanel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>

#include "app/cli/RefusalText.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ReferralLifecycle.h"
#include "gis/cases/ReferralRegister.h"

namespace fangan {
namespace gui {

namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
QString date(const std::optional<Date>& d) { return d ? text(d->toString()) : QString(); }

Date fromQDate(const QDate& d) { return Date{d.year(), d.month(), d.day()}; }

}  // namespace

ReferralPanel::ReferralPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  summary_ = new QLabel(this);
  layout->addWidget(summary_);
  table_ = new QTableWidget(0, 8, this);
  table_->setHorizontalHeaderLabels({tr("编号"), tr("房屋编码"), tr("移送类别"), tr("接收部门"),
                                     tr("移送日期"), tr("状态"), tr("反馈意见"), tr("办结日期")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->setVisible(false);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  layout->addWidget(table_, 1);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (row < 0 || row >= static_cast<int>(referrals_.size())) return;
    const Referral& r = referrals_[static_cast<std::size_t>(row)];
    if (!r.code.empty()) emit buildingRequested(text(r.code));
  });

  auto* form = new QHBoxLayout;
  step_ = new QComboBox(this);
  step_->addItem(tr("已反馈"), static_cast<int>(ReferralState::Answered));
  step_->addItem(tr("已办结"), static_cast<int>(ReferralState::Closed));
  stepDate_ = new QDateEdit(QDate::currentDate(), this);
  stepDate_->setCalendarPopup(true);
  stepDate_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  feedback_ = new QLineEdit(this);
  feedback_->setPlaceholderText(tr("反馈意见（已反馈时必填）"));
  stepButton_ = new QPushButton(tr("改为该状态"), this);
  form->addWidget(step_);
  form->addWidget(stepDate_);
  form->addWidget(feedback_, 1);
  form->addWidget(stepButton_);
  layout->addLayout(form);
  connect(stepButton_, &QPushButton::clicked, this,
          [this] { moveSelected(static_cast<ReferralState>(step_->currentData().toInt())); });
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  setProject(nullptr, QString());
}

void ReferralPanel::setProject(ProjectStore* store, const QString& projectPath) {
  store_ = store;
  try {
    kinds_ = ReferralKinds::load(ReferralKinds::pathFor(projectPath.toStdString()));
  } catch (const ReferralKindsError& e) {
    kinds_ = ReferralKinds();
    status_->setText(tr("移送类别清单有误：%1").arg(text(e.what())));
  }
  refresh();
}

void ReferralPanel::refresh() {
  referrals_ = store_ ? store_->referrals() : std::vector<Referral>{};
  table_->setRowCount(static_cast<int>(referrals_.size()));
  int open = 0;
  for (int row = 0; row < static_cast<int>(referrals_.size()); ++row) {
    const Referral& r = referrals_[static_cast<std::size_t>(row)];
    open += isReferralOpen(r.state) ? 1 : 0;
    const QStringList cells = {QString::number(r.id),
                               text(r.code),
                               text(kinds_.nameOf(r.kind)),
                               text(r.department),
                               text(r.referredDate.toString()),
                               tr(toChinese(r.state).c_str()),
                               text(r.feedback),
                               date(r.closedDate)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setToolTip(cells[c]);
      table_->setItem(row, c, item);
    }
  }
  table_->resizeColumnsToContents();
  summary_->setText(tr("移送 %1 件，未办结 %2 件").arg(referrals_.size()).arg(open));
  stepButton_->setEnabled(store_ != nullptr);
}

bool ReferralPanel::moveSelected(ReferralState to) {
  const int row = table_->currentRow();
  if (!store_ || row < 0 || row >= static_cast<int>(referrals_.size())) {
    status_->setText(tr("请先选择一条移送记录"));
    return false;
  }
  const std::int64_t id = referrals_[static_cast<std::size_t>(row)].id;
  try {
    auto tx = store_->begin();
    moveReferral(*store_, id, to,
                 {fromQDate(stepDate_->date()), "app", feedback_->text().toStdString(), ""});
    tx->commit();
  } catch (const CaseRefused& e) {
    status_->setText(tr("未改动：%1").arg(referralRefusalText(e.refusal())));
    return false;
  } catch (const std::exception& e) {
    status_->setText(tr("未改动：%1").arg(text(e.what())));
    return false;
  }
  status_->setText(tr("移送 %1 已改为“%2”").arg(id).arg(tr(toChinese(to).c_str())));
  feedback_->clear();
  refresh();
  selectReferral(id);
  return true;
}

bool ReferralPanel::selectReferral(std::int64_t id) {
  for (int row = 0; row < static_cast<int>(referrals_.size()); ++row) {
    if (referrals_[static_cast<std::size_t>(row)].id == id) {
      table_->selectRow(row);
      table_->setCurrentCell(row, 0);
      return true;
    }
  }
  return false;
}

}  // namespace gui
}  // namespace fangan
