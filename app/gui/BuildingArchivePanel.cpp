#include "app/gui/BuildingArchivePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QVBoxLayout>

#include "app/gui/DisplayText.h"
#include "gis/analysis/HealthCode.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/PlanLifecycle.h"
#include "gis/cases/ProblemLifecycle.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
QString number(const std::optional<int>& v) { return v ? QString::number(*v) : QString(); }
QString date(const std::optional<Date>& d) { return d ? text(d->toString()) : QString(); }

}  // namespace

BuildingArchivePanel::BuildingArchivePanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont titleFont = title_->font();
  titleFont.setBold(true);
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
  title_->setFont(titleFont);
  layout->addWidget(title_);
  auto* buttons = new QHBoxLayout;
  editPeople_ = new QPushButton(tr("编辑责任人与手续…"), this);
  editPlan_ = new QPushButton(tr("一栋一策…"), this);
  buttons->addWidget(editPeople_);
  buttons->addWidget(editPlan_);
  issueNotice_ = new QPushButton(tr("下达隐患通知书…"), this);
  buttons->addWidget(issueNotice_);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  auto* archiveButtons = new QHBoxLayout;
  attach_ = new QPushButton(tr("添加照片/文件…"), this);
  export_ = new QPushButton(tr("导出档案 PDF…"), this);
  archiveButtons->addWidget(attach_);
  archiveButtons->addWidget(export_);
  archiveButtons->addStretch(1);
  layout->addLayout(archiveButtons);
  connect(attach_, &QPushButton::clicked, this, [this] {
    if (!code_.isEmpty()) emit attachRequested(code_);
  });
  connect(export_, &QPushButton::clicked, this, [this] {
    if (!code_.isEmpty()) emit exportRequested(code_);
  });
  connect(editPeople_, &QPushButton::clicked, this, [this] {
    if (!code_.isEmpty()) emit responsibilityRequested(code_);
  });
  connect(editPlan_, &QPushButton::clicked, this, [this] {
    if (!code_.isEmpty()) emit planRequested(code_);
  });
  connect(issueNotice_, &QPushButton::clicked, this, [this] {
    if (!code_.isEmpty()) emit noticeRequested(code_);
  });

  auto* splitter = new QSplitter(Qt::Vertical, this);
  table_ = new QTableWidget(0, 2, splitter);
  table_->setHorizontalHeaderLabels({tr("项目"), tr("内容")});
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);

  history_ = new QTreeWidget(splitter);
  history_->setHeaderLabels({tr("日期"), tr("类型"), tr("人员"), tr("结果"), tr("备注")});
  history_->setRootIsDecorated(false);
  history_->setAlternatingRowColors(true);
  gallery_ = new AttachmentGallery(splitter);
  connect(gallery_, &AttachmentGallery::attachmentOpened, this,
          &BuildingArchivePanel::attachmentOpened);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);
  splitter->setStretchFactor(2, 1);
  layout->addWidget(splitter, 1);
  clear();
}

void BuildingArchivePanel::clear() {
  code_.clear();
  title_->setText(tr("在地图上点击一栋房屋查看档案"));
  table_->setRowCount(0);
  history_->clear();
  gallery_->clear();
  editPeople_->setEnabled(false);
  editPlan_->setEnabled(false);
  attach_->setEnabled(false);
  export_->setEnabled(false);
  issueNotice_->setEnabled(false);
}

void BuildingArchivePanel::showAttachments(const std::vector<Attachment>& attachments,
                                           bool supported) {
  gallery_->setAttachments(attachments);
  attach_->setEnabled(supported && !code_.isEmpty());
  attach_->setToolTip(supported ? QString() : tr("服务器项目暂不支持附件"));
}

void BuildingArchivePanel::addRow(const QString& label, const QString& value) {
  const int row = table_->rowCount();
  table_->insertRow(row);
  auto* labelItem = new QTableWidgetItem(label);
  labelItem->setForeground(palette().color(QPalette::PlaceholderText));
  table_->setItem(row, 0, labelItem);
  auto* valueItem = new QTableWidgetItem(value);
  valueItem->setToolTip(value);
  table_->setItem(row, 1, valueItem);
}

void BuildingArchivePanel::showCases(const std::vector<RectificationPlan>& plans,
                                     const std::vector<Problem>& problems, const Date& today) {
  for (const RectificationPlan& plan : plans) {
    QString value = tr("%1，%2，期限 %3")
                        .arg(displayValue(plan.measure), text(toChinese(plan.state)),
                             text(plan.due.toString()));
    if (isPlanOverdue(plan, today)) value += tr("（逾期）");
    addRow(tr("一栋一策"), value);
  }
  int open = 0;
  int overdue = 0;
  for (const Problem& problem : problems) {
    open += isProblemOpen(problem.state) ? 1 : 0;
    overdue += isProblemOverdue(problem, today) ? 1 : 0;
  }
  if (!problems.empty()) {
    addRow(tr("问题台账"),
           tr("%1 个，未办结 %2 个，逾期 %3 个").arg(problems.size()).arg(open).arg(overdue));
  }
}

void BuildingArchivePanel::showNotices(const std::vector<HazardNotice>& notices,
                                       const std::vector<CaseEvent>& events) {
  for (const HazardNotice& n : notices) {
    QString value = tr("%1，%2 下达").arg(text(n.number), text(n.issued.toString()));
    if (n.deadline) value += tr("，整改期限 %1").arg(text(n.deadline->toString()));
    addRow(tr("隐患通知书"), value);
  }
  for (const CaseEvent& e : events) {
    auto* item = new QTreeWidgetItem(history_);
    item->setText(0, text(e.date.toString()));
    item->setText(1, e.toState == "reissued" ? tr("再次下达隐患通知书") : tr("下达隐患通知书"));
    item->setText(2, text(e.who));
    item->setText(3, text(e.note));
    item->setText(4, text(e.evidence));
  }
  if (!events.empty()) {
    history_->sortItems(0, Qt::AscendingOrder);
    for (int c = 0; c < history_->columnCount(); ++c) history_->resizeColumnToContents(c);
  }
}

QString BuildingArchivePanel::historyText(int row, int column) const {
  const QTreeWidgetItem* item = history_->topLevelItem(row);
  return item ? item->text(column) : QString();
}

QString BuildingArchivePanel::valueOf(const QString& label) const {
  for (int row = 0; row < table_->rowCount(); ++row) {
    if (table_->item(row, 0)->text() == label) return table_->item(row, 1)->text();
  }
  return QString();
}

void BuildingArchivePanel::showBuilding(const BuildingRecord& r, const QStringList& zones,
                                        const std::vector<InspectionEvent>& events) {
  code_ = text(r.code);
  title_->setText(tr("房屋档案：%1").arg(code_));
  table_->setRowCount(0);

  const HealthCodeResult health = healthCode(r);
  // Rows follow the order of the interchange layer `buildings` (docs/rules.md#interchange):
  // identity, physical facts, case state.
  addRow(tr("房屋编码"), code_);
  addRow(tr("地址"), text(r.address));
  addRow(tr("镇街"), text(r.town));
  addRow(tr("社区村"), text(r.community));
  addRow(tr("网格"), text(r.grid));
  addRow(tr("健康码"),
         tr("%1（%2）")
             .arg(vocabularyText(healthCodeChinese(health.code)), vocabularyText(health.reason)));
  addRow(tr("重点区域"), zones.join(QStringLiteral("、")));
  addRow(tr("自建房"), displayYesNo(r.selfBuilt));
  addRow(tr("层数"), number(r.floors));
  addRow(tr("结构"), displayValue(r.structure));
  addRow(tr("建成年份"), number(r.yearBuilt));
  addRow(tr("设计使用年限"), r.designLife ? QString::number(*r.designLife)
                                          : tr("%1（默认）").arg(r.effectiveDesignLife()));
  addRow(tr("用途"), displayValue(r.use));
  addRow(tr("经营类型"), text(r.useSubtype));
  addRow(tr("人员密集"), displayYesNo(r.peopleDense));
  addRow(tr("正规设计施工"), displayYesNo(r.proDesigned));
  addRow(tr("加层"), displayYesNo(r.altAddedFloors));
  addRow(tr("改变结构"), displayYesNo(r.altStructure));
  addRow(tr("改变用途"), displayYesNo(r.altUse));
  addRow(tr("开挖地下"), displayYesNo(r.altBasement));
  addRow(tr("沉降开裂变形"), displayYesNo(r.distress));
  addRow(tr("排查状态"), displayValue(r.surveyStatus));
  addRow(tr("排查日期"), date(r.surveyDate));
  addRow(tr("初判隐患"), displayValue(r.initialHazard));
  addRow(tr("隐患发现日期"), date(r.hazardFoundDate));
  addRow(tr("责成鉴定日期"), date(r.appraisalOrderedDate));
  addRow(tr("复核无隐患"), displayYesNo(r.recheckNoHazard));
  addRow(tr("直接工程措施"), displayYesNo(r.directEngineering));
  addRow(tr("鉴定等级"), displayValue(r.appraisalGrade));
  addRow(tr("鉴定日期"), date(r.appraisalDate));
  addRow(tr("管控措施"), displayValue(r.control));
  addRow(tr("整治措施"), displayValue(r.rectification));
  addRow(tr("整治完成"), displayYesNo(r.rectificationDone));
  addRow(tr("整治日期"), date(r.rectificationDate));
  addRow(tr("销号"), displayYesNo(r.closed));
  addRow(tr("销号日期"), date(r.closedDate));
  addRow(tr("销号依据"), displayValue(r.closureBasis));
  // Responsible parties and approvals (docs/rules.md#responsibility). The app shows phones in
  // full: masking is for exports (docs/rules.md#personal-data).
  const Responsibility& p = r.responsibility;
  addRow(tr("产权人"), text(p.owner));
  addRow(tr("产权人电话"), text(p.ownerPhone));
  addRow(tr("使用人"), text(p.occupant));
  addRow(tr("使用人电话"), text(p.occupantPhone));
  addRow(tr("行业主管部门"), text(p.department));
  const std::pair<QString, const Approval*> approvals[] = {{tr("立项手续"), &p.project},
                                                           {tr("用地手续"), &p.land},
                                                           {tr("规划手续"), &p.planning},
                                                           {tr("施工手续"), &p.construction},
                                                           {tr("消防手续"), &p.fire}};
  for (const auto& [label, a] : approvals) {
    QString value = !a->present ? QString() : (*a->present ? tr("有") : tr("无"));
    if (!a->number.empty())
      value += (value.isEmpty() ? QString() : QStringLiteral("　")) + text(a->number);
    addRow(label, value);
  }
  editPeople_->setEnabled(true);
  editPlan_->setEnabled(true);
  attach_->setEnabled(true);
  export_->setEnabled(true);
  gallery_->clear();
  issueNotice_->setEnabled(true);

  history_->clear();
  for (const InspectionEvent& e : events) {
    auto* item = new QTreeWidgetItem(history_);
    item->setText(0, text(e.date.toString()));
    item->setText(1, eventKindTitle(text(e.kind)));
    item->setText(2, text(e.inspector));
    item->setText(3, text(e.result));
    item->setText(4, text(e.note));
  }
  for (int c = 0; c < history_->columnCount(); ++c) history_->resizeColumnToContents(c);
}

}  // namespace gui
}  // namespace fangan
