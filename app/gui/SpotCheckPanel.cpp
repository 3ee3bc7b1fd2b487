#include "app/gui/SpotCheckPanel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QVBoxLayout>

#include "app/gui/ResurveyCommand.h"
#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckEntry.h"
#include "gis/io/SheetTable.h"
#include "gis/patrol/SpotCheckSheet.h"

namespace fangan {
namespace gui {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QTableWidgetItem* item(const QString& text) {
  auto* i = new QTableWidgetItem(text);
  i->setFlags(i->flags() & ~Qt::ItemIsEditable);
  return i;
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
  auto* t = new QTableWidget(0, headers.size(), parent);
  t->setHorizontalHeaderLabels(headers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->verticalHeader()->setVisible(false);
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

Date fromQDate(const QDate& d) { return Date{d.year(), d.month(), d.day()}; }

}  // namespace

SpotCheckPanel::SpotCheckPanel(QWidget* parent) : QWidget(parent), today_(Date::today()) {
  confirm_ = [this](const QString& title, const QString& text) {
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
  };
  auto* layout = new QVBoxLayout(this);

  auto* drawRow = new QHBoxLayout;
  rate_ = new QDoubleSpinBox(this);
  rate_->setRange(10, 100);
  rate_->setDecimals(0);
  rate_->setSuffix(QStringLiteral(" %"));
  rate_->setValue(10);
  rate_->setToolTip(tr("抽查比例：不少于当地经营性自建房总量的10%"));
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 999999);
  seed_->setValue(1);
  seed_->setToolTip(tr("随机种子：相同种子和数据抽出相同样本"));
  drawButton_ = new QPushButton(tr("抽样"), this);
  exportButton_ = new QPushButton(tr("导出抽查表…"), this);
  drawRow->addWidget(new QLabel(tr("比例"), this));
  drawRow->addWidget(rate_);
  drawRow->addWidget(new QLabel(tr("种子"), this));
  drawRow->addWidget(seed_);
  drawRow->addWidget(drawButton_);
  drawRow->addWidget(exportButton_);
  drawRow->addStretch();
  layout->addLayout(drawRow);

  layout->addWidget(new QLabel(tr("各镇街抽查正确率"), this));
  towns_ = makeTable({tr("镇街"), tr("抽查数"), tr("已检查"), tr("正确"), tr("错排"), tr("漏排"),
                      tr("正确率"), tr("处理意见")},
                     this);
  layout->addWidget(towns_, 1);
  resurveyButton_ = new QPushButton(tr("责令重新排查…"), this);
  resurveyButton_->setEnabled(false);
  layout->addWidget(resurveyButton_);

  layout->addWidget(new QLabel(tr("抽查房屋"), this));
  buildings_ = makeTable({tr("镇街"), tr("房屋编码"), tr("地址"), tr("检查日期"), tr("检查人"),
                          tr("抽查结果"), tr("核实情况")},
                         this);
  layout->addWidget(buildings_, 2);

  auto* form = new QFormLayout;
  outcome_ = new QComboBox(this);
  outcome_->addItem(tr("正确"), static_cast<int>(SpotCheckOutcome::Correct));
  outcome_->addItem(tr("错排"), static_cast<int>(SpotCheckOutcome::WronglySurveyed));
  outcome_->addItem(tr("漏排"), static_cast<int>(SpotCheckOutcome::Missed));
  hazard_ = new QComboBox(this);
  hazard_->addItem(tr("（不变）"), QString());
  hazard_->addItem(tr("无隐患"), QStringLiteral("none"));
  hazard_->addItem(tr("有隐患"), QStringLiteral("hazard"));
  hazard_->addItem(tr("存疑"), QStringLiteral("suspect"));
  date_ = new QDateEdit(QDate::currentDate(), this);
  date_->setCalendarPopup(true);
  date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  inspector_ = new QLineEdit(this);
  note_ = new QLineEdit(this);
  recordButton_ = new QPushButton(tr("记录抽查结果"), this);
  form->addRow(tr("抽查结果"), outcome_);
  form->addRow(tr("核实初判隐患"), hazard_);
  form->addRow(tr("检查日期"), date_);
  form->addRow(tr("检查人"), inspector_);
  form->addRow(tr("备注"), note_);
  form->addRow(recordButton_);
  layout->addLayout(form);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);

  connect(drawButton_, &QPushButton::clicked, this, [this] { drawSample(); });
  connect(exportButton_, &QPushButton::clicked, this, &SpotCheckPanel::exportSheet);
  connect(recordButton_, &QPushButton::clicked, this, [this] { recordOutcome(); });
  connect(resurveyButton_, &QPushButton::clicked, this, [this] { orderResurvey(); });
  connect(towns_, &QTableWidget::itemSelectionChanged, this, &SpotCheckPanel::updateResurveyButton);
  connect(buildings_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (auto* i = buildings_->item(row, 1)) emit buildingActivated(i->text());
  });
  setProject(nullptr, nullptr);
}

void SpotCheckPanel::setProject(ProjectStore* store, QUndoStack* undoStack) {
  store_ = store;
  undoStack_ = undoStack;
  drawButton_->setEnabled(store_ != nullptr);
  refresh();
}

void SpotCheckPanel::setToday(const Date& day) {
  today_ = day;
  date_->setDate(QDate(day.year, day.month, day.day));
}

void SpotCheckPanel::setStatus(const QString& text) { status_->setText(text); }

void SpotCheckPanel::refresh() {
  const QString town = selectedTown();
  ledger_.reset();
  towns_->setRowCount(0);
  buildings_->setRowCount(0);
  if (store_) {
    try {
      ledger_ = loadSpotCheckLedger(*store_);
    } catch (const std::exception& e) {
      setStatus(q(e.what()));
    }
  }
  exportButton_->setEnabled(ledger_.has_value());
  recordButton_->setEnabled(ledger_.has_value());
  if (!ledger_) {
    if (store_) setStatus(tr("尚未抽样：选择比例和种子后点“抽样”"));
    updateResurveyButton();
    return;
  }
  // Show the saved sample's rate and seed: drawing again with them gives the same sample.
  rate_->setValue(ledger_->sample.sample.rate * 100);
  seed_->setValue(static_cast<int>(ledger_->sample.sample.seed % 1000000));
  for (const auto& t : ledger_->towns) {
    const int row = towns_->rowCount();
    towns_->insertRow(row);
    const QString accuracy = t.accuracy
                                 ? QString::number(*t.accuracy * 100, 'f', 1) + QStringLiteral("%")
                                 : QStringLiteral("—");
    const QStringList cells = {q(t.town),
                               QString::number(t.sampled),
                               QString::number(t.checked),
                               QString::number(t.correct),
                               QString::number(t.wronglySurveyed),
                               QString::number(t.missed),
                               accuracy,
                               t.resurvey ? tr("责令重新排查") : QString()};
    for (int c = 0; c < cells.size(); ++c) {
      auto* i = item(cells[c]);
      if (t.resurvey) i->setForeground(QColor(190, 20, 20));
      towns_->setItem(row, c, i);
    }
  }
  for (const auto& r : ledger_->rows) {
    const int row = buildings_->rowCount();
    buildings_->insertRow(row);
    const QStringList cells = {
        q(r.town),
        q(r.code),
        q(r.address),
        r.check ? q(r.check->date.toString()) : QString(),
        r.check ? q(r.check->inspector) : QString(),
        r.check ? q(spotCheckOutcomeChinese(r.check->outcome)) : tr("未检查"),
        r.check ? q(r.check->note) : QString()};
    for (int c = 0; c < cells.size(); ++c) buildings_->setItem(row, c, item(cells[c]));
  }
  towns_->resizeColumnsToContents();
  buildings_->resizeColumnsToContents();
  if (!town.isEmpty()) selectTown(town);
  setStatus(tr("样本：%1 抽样，比例 %2%，种子 %3，共 %4 栋")
                .arg(q(ledger_->sample.drawn.toString()))
                .arg(ledger_->sample.sample.rate * 100, 0, 'f', 0)
                .arg(ledger_->sample.sample.seed)
                .arg(ledger_->rows.size()));
  updateResurveyButton();
}

bool SpotCheckPanel::drawSample() {
  if (!store_) return false;
  try {
    std::vector<BuildingRecord> records;
    store_->forEachBuilding([&](const BuildingRecord& r, const Wkb&) {
      records.push_back(r);
      return true;
    });
    SpotCheckOptions o;
    o.rate = rate_->value() / 100.0;
    o.seed = static_cast<std::uint64_t>(seed_->value());
    SavedSpotCheckSample saved;
    saved.sample = drawSpotCheckSample(records, o);
    saved.drawn = today_;
    saveSpotCheckSample(*store_, saved, "app:spotcheck");
  } catch (const std::exception& e) {
    setStatus(tr("无法抽样：%1").arg(q(e.what())));
    return false;
  }
  refresh();
  return true;
}

void SpotCheckPanel::exportSheet() {
  if (!store_ || !ledger_) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("导出抽查表"), tr("抽查表.xlsx"),
                                                    tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"));
  if (path.isEmpty()) return;
  try {
    const SheetTable sheet = spotCheckSheet(*store_, ledger_->sample);
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
      writeSheetCsv(path.toStdString(), sheet);
    } else {
      writeSheetsXlsx(path.toStdString(), {sheet});
    }
    setStatus(tr("已导出抽查表：%1").arg(path));
  } catch (const std::exception& e) {
    setStatus(q(e.what()));
  }
}

QString SpotCheckPanel::selectedTown() const {
  const auto rows = towns_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return QString();
  auto* i = towns_->item(rows.front().row(), 0);
  return i ? i->text() : QString();
}

bool SpotCheckPanel::selectTown(const QString& town) {
  for (int r = 0; r < towns_->rowCount(); ++r) {
    if (towns_->item(r, 0)->text() == town) {
      towns_->selectRow(r);
      return true;
    }
  }
  return false;
}

bool SpotCheckPanel::selectBuilding(const QString& code) {
  for (int r = 0; r < buildings_->rowCount(); ++r) {
    if (buildings_->item(r, 1)->text() == code) {
      buildings_->selectRow(r);
      return true;
    }
  }
  return false;
}

void SpotCheckPanel::updateResurveyButton() {
  bool flagged = false;
  const QString town = selectedTown();
  if (ledger_) {
    for (const auto& t : ledger_->towns) flagged = flagged || (q(t.town) == town && t.resurvey);
  }
  resurveyButton_->setEnabled(flagged && undoStack_ != nullptr);
}

bool SpotCheckPanel::recordOutcome() {
  if (!store_ || !ledger_) return false;
  const auto rows = buildings_->selectionModel()->selectedRows();
  if (rows.isEmpty()) {
    setStatus(tr("请先在列表中选择一栋抽查房屋"));
    return false;
  }
  SpotCheckEntry entry;
  entry.code = buildings_->item(rows.front().row(), 1)->text().toStdString();
  entry.date = fromQDate(date_->date());
  entry.inspector = inspector_->text().trimmed().toStdString();
  entry.outcome = static_cast<SpotCheckOutcome>(outcome_->currentData().toInt());
  entry.note = note_->text().trimmed().toStdString();
  const QString hazard = hazard_->currentData().toString();
  if (!hazard.isEmpty()) entry.rightValues["initial_hazard"] = hazard.toStdString();
  std::string refusal;
  try {
    refusal = recordSpotCheckOutcome(*store_, entry, today_, "app:spotcheck");
  } catch (const std::exception& e) {
    refusal = e.what();
  }
  if (!refusal.empty()) {
    setStatus(tr("未记录：%1").arg(q(refusal)));
    return false;
  }
  const QString code = q(entry.code);
  if (const auto record = store_->buildingByCode(entry.code)) emit buildingChanged(*record);
  refresh();
  selectBuilding(code);
  setStatus(tr("已记录 %1 的抽查结果").arg(code));
  return true;
}

bool SpotCheckPanel::orderResurvey() {
  const QString town = selectedTown();
  if (!store_ || !ledger_ || !undoStack_ || town.isEmpty()) return false;
  const SpotCheckTownResult* result = nullptr;
  for (const auto& t : ledger_->towns) {
    if (q(t.town) == town) result = &t;
  }
  if (!result || !result->resurvey) {
    setStatus(tr("%1 的抽查正确率不低于90%，无需责令重新排查").arg(town));
    return false;
  }
  const QString accuracy = QString::number(result->accuracy.value_or(0) * 100, 'f', 1);
  const bool yes =
      confirm_(tr("责令重新排查"),
               tr("%1 的抽查正确率为 %2%，低于90%。\n将该镇街初判无隐患的房屋全部列入重新排查，"
                  "直到重新排查后才从巡查计划中移除。\n确定责令重新排查吗？（可撤销）")
                   .arg(town, accuracy));
  if (!yes) {
    setStatus(tr("已取消"));
    return false;
  }
  writeFailed_ = false;
  const QPointer<SpotCheckPanel> panel(this);
  auto* command = new ResurveyCommand(store_, town.toStdString(), ledger_->sample.scope, today_,
                                      "抽查正确率 " + accuracy.toStdString() + "%，低于90%",
                                      [panel](const QString& m) {
                                        if (!panel) return;
                                        panel->writeFailed_ = true;
                                        panel->setStatus(tr("无法写入：%1").arg(m));
                                      });
  undoStack_->push(command);  // runs redo()
  if (writeFailed_) return false;
  setStatus(
      tr("已责令 %1 重新排查：%2 栋列入巡查计划").arg(town).arg(command->buildingIds().size()));
  return true;
}

}  // namespace gui
}  // namespace fangan
