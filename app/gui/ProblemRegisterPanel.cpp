#include "app/gui/ProblemRegisterPanel.h"

#include <QColor>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>
#include <set>

#include "gis/analysis/Ledger.h"
#include "gis/cases/CaseImport.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemFigures.h"
#include "gis/cases/ProblemLifecycle.h"
#include "gis/cases/ProblemRegister.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }
Date toDate(const QDate& d) { return Date{d.year(), d.month(), d.day()}; }
QString rateText(const std::optional<double>& r) {
  return r ? QString::number(*r * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

}  // namespace

ProblemRegisterPanel::ProblemRegisterPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* filters = new QHBoxLayout;
  overdue_ = new QCheckBox(tr("仅逾期"), this);
  town_ = new QComboBox(this);
  source_ = new QComboBox(this);
  source_->addItem(tr("全部来源"), QString());
  for (ProblemSource s : problemSources()) {
    source_->addItem(text(toChinese(s)), text(toKey(s)));
  }
  importButton_ = new QPushButton(tr("导入问题清单…"), this);
  filters->addWidget(overdue_);
  filters->addWidget(town_, 1);
  filters->addWidget(source_, 1);
  filters->addWidget(importButton_);
  layout->addLayout(filters);

  figures_ = new QLabel(this);
  figures_->setWordWrap(true);
  layout->addWidget(figures_);

  table_ = new QTableWidget(0, 8, this);
  table_->setHorizontalHeaderLabels({tr("编号"), tr("来源"), tr("发现日期"), tr("房屋/位置"),
                                     tr("镇街"), tr("问题描述"), tr("整改期限"), tr("状态")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->setVisible(false);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  layout->addWidget(table_, 1);

  auto* form = new QFormLayout;
  step_ = new QComboBox(this);
  for (ProblemState s : problemStates()) {
    if (s != ProblemState::Pending) step_->addItem(text(toChinese(s)), static_cast<int>(s));
  }
  stepDate_ = new QDateEdit(QDate::currentDate(), this);
  stepDate_->setCalendarPopup(true);
  note_ = new QLineEdit(this);
  evidence_ = new QLineEdit(this);
  evidence_->setPlaceholderText(tr("佐证材料：文号、照片路径"));
  stepButton_ = new QPushButton(tr("变更状态"), this);
  auto* stepRow = new QHBoxLayout;
  stepRow->addWidget(step_, 1);
  stepRow->addWidget(stepDate_);
  stepRow->addWidget(stepButton_);
  form->addRow(tr("改为"), stepRow);
  form->addRow(tr("说明"), note_);
  form->addRow(tr("佐证"), evidence_);
  layout->addLayout(form);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);

  connect(overdue_, &QCheckBox::toggled, this, [this] { fill(); });
  connect(town_, &QComboBox::currentIndexChanged, this, [this] { fill(); });
  connect(source_, &QComboBox::currentIndexChanged, this, [this] { fill(); });
  connect(importButton_, &QPushButton::clicked, this, &ProblemRegisterPanel::chooseAndImport);
  connect(stepButton_, &QPushButton::clicked, this, &ProblemRegisterPanel::stepSelected);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    const QString code = table_->item(row, 3)->data(Qt::UserRole).toString();
    if (!code.isEmpty()) emit buildingRequested(code);
  });
  setProject(nullptr);
}

void ProblemRegisterPanel::setProject(ProjectStore* store) {
  store_ = store;
  setEnabled(store != nullptr);
  refresh();
}

void ProblemRegisterPanel::setToday(const Date& day) {
  today_ = day;
  todaySet_ = true;
  stepDate_->setDate(QDate(day.year, day.month, day.day));
  fill();
}

void ProblemRegisterPanel::refresh() {
  problems_.clear();
  if (store_) {
    try {
      problems_ = store_->problems();
    } catch (const std::exception& e) {
      status_->setText(QString::fromStdString(e.what()));
    }
  }
  const QString chosen = town_->currentData().toString();
  std::set<std::string> towns;
  for (const Problem& p : problems_) towns.insert(p.town);
  town_->blockSignals(true);
  town_->clear();
  town_->addItem(tr("全部镇街"), QString());
  for (const std::string& t : towns) {
    if (!t.empty()) town_->addItem(text(t), text(t));
  }
  const int index = town_->findData(chosen);
  town_->setCurrentIndex(index < 0 ? 0 : index);
  town_->blockSignals(false);
  fill();
}

void ProblemRegisterPanel::fill() {
  const Date day = todaySet_ ? today_ : Date::today();
  ProblemFilter filter;
  filter.town = town_->currentData().toString().toStdString();
  filter.overdueOnly = overdue_->isChecked();
  const std::string source = source_->currentData().toString().toStdString();
  if (!source.empty()) filter.source = parseProblemSource(source);
  table_->setRowCount(0);
  std::vector<Problem> shown;
  for (const Problem& p : problems_) {
    if (!problemMatches(p, filter, day)) continue;
    shown.push_back(p);
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto set = [&](int col, const QString& value) {
      auto* item = new QTableWidgetItem(value);
      item->setToolTip(value);
      table_->setItem(row, col, item);
    };
    set(0, QString::number(p.id));
    table_->item(row, 0)->setData(Qt::UserRole, static_cast<qlonglong>(p.id));
    set(1, text(toChinese(p.source)));
    set(2, text(p.foundDate.toString()));
    set(3, p.code.empty() ? text(p.location) : text(p.code));
    table_->item(row, 3)->setData(Qt::UserRole, text(p.code));
    set(4, text(p.town));
    set(5, text(p.description));
    set(6, p.deadline ? text(p.deadline->toString()) : QString());
    const bool late = isProblemOverdue(p, day);
    set(7, late ? tr("%1（逾期）").arg(text(toChinese(p.state))) : text(toChinese(p.state)));
    if (late) table_->item(row, 7)->setForeground(QColor(0xb0, 0x00, 0x20));
  }
  ProblemFilter counted = filter;
  counted.overdueOnly = false;
  const ProblemTally t = tallyProblems(problems_, counted, day).back();
  figures_->setText(tr("登记 %1，已确认 %2（问题确认率 %3），已整改 %4（问题整改率 %5），逾期 %6")
                        .arg(t.registered)
                        .arg(t.confirmed)
                        .arg(rateText(t.confirmationRate))
                        .arg(t.rectified)
                        .arg(rateText(t.rectificationRate))
                        .arg(t.overdue));
}

std::vector<std::int64_t> ProblemRegisterPanel::shownIds() const {
  std::vector<std::int64_t> ids;
  for (int row = 0; row < table_->rowCount(); ++row) {
    ids.push_back(table_->item(row, 0)->data(Qt::UserRole).toLongLong());
  }
  return ids;
}

bool ProblemRegisterPanel::selectProblem(std::int64_t id) {
  const auto ids = shownIds();
  for (std::size_t row = 0; row < ids.size(); ++row) {
    if (ids[row] == id) {
      table_->selectRow(static_cast<int>(row));
      return true;
    }
  }
  return false;
}

bool ProblemRegisterPanel::importFile(const QString& path) {
  if (!store_) return false;
  try {
    const CaseImportReport r = importProblems(*store_, path.toStdString(), "app");
    if (!r.errors.empty()) {
      QStringList lines;
      for (const auto& e : r.errors) lines << text(e);
      status_->setText(tr("未导入：\n%1").arg(lines.join(QLatin1Char('\n'))));
      return false;
    }
    status_->setText(tr("导入问题 %1 条，已登记跳过 %2 条").arg(r.imported).arg(r.skipped));
  } catch (const std::exception& e) {
    status_->setText(QString::fromStdString(e.what()));
    return false;
  }
  refresh();
  emit problemsChanged();
  return true;
}

bool ProblemRegisterPanel::moveSelected(ProblemState to) {
  const auto rows = table_->selectionModel()->selectedRows();
  if (!store_ || rows.isEmpty()) {
    status_->setText(tr("请先选择一个问题"));
    return false;
  }
  const std::int64_t id = table_->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
  try {
    auto tx = store_->begin();
    moveProblem(*store_, id, to,
                {toDate(stepDate_->date()), "app", note_->text().trimmed().toStdString(),
                 evidence_->text().trimmed().toStdString()});
    tx->commit();
  } catch (const std::exception& e) {
    status_->setText(QString::fromStdString(e.what()));
    return false;
  }
  status_->setText(tr("问题 %1 已改为“%2”").arg(id).arg(text(toChinese(to))));
  refresh();
  selectProblem(id);
  emit problemsChanged();
  return true;
}

void ProblemRegisterPanel::chooseAndImport() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("导入问题清单"), QString(), tr("表格 (*.xlsx *.csv)"));
  if (!path.isEmpty()) importFile(path);
}

void ProblemRegisterPanel::stepSelected() {
  moveSelected(static_cast<ProblemState>(step_->currentData().toInt()));
}

}  // namespace gui
}  // namespace fangan
