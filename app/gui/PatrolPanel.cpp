#include "app/gui/PatrolPanel.h"

#include <QCheckBox>
#include <QDate>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

#include "gis/patrol/DayPlanner.h"
#include "gis/patrol/PatrolExport.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/PatrolSheetPdf.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

QPointF point(const RoutePoint& p) { return QPointF(p.x, p.y); }

// Restores the cursor when a slow step ends, also by an exception.
class WaitCursor {
 public:
  WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
  ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
  WaitCursor(const WaitCursor&) = delete;
  WaitCursor& operator=(const WaitCursor&) = delete;
};

}  // namespace

PatrolPanel::PatrolPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);

  auto* form = new QFormLayout();
  grid_ = new QComboBox(this);
  form->addRow(tr("网格"), grid_);
  manager_ = new QLineEdit(this);
  form->addRow(tr("网格员"), manager_);
  phone_ = new QLineEdit(this);
  form->addRow(tr("电话"), phone_);
  capacity_ = new QSpinBox(this);
  capacity_->setRange(0, 500);
  capacity_->setSuffix(tr(" 栋/天"));
  capacity_->setSpecialValueText(tr("默认（%1 栋/天）").arg(kDefaultCapacityPerDay));
  form->addRow(tr("每日容量"), capacity_);
  save_ = new QPushButton(tr("保存网格员"), this);
  save_->setToolTip(tr("把网格员、电话和每日容量保存到网格图层"));
  form->addRow(QString(), save_);
  days_ = new QSpinBox(this);
  days_->setRange(1, 366);
  days_->setValue(5);
  days_->setSuffix(tr(" 天"));
  form->addRow(tr("巡查天数"), days_);
  start_ = new QDateEdit(QDate::currentDate(), this);
  start_->setCalendarPopup(true);
  start_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  form->addRow(tr("开始日期"), start_);
  layout->addLayout(form);

  auto* buttons = new QHBoxLayout();
  generate_ = new QPushButton(tr("生成计划"), this);
  export_ = new QPushButton(tr("导出…"), this);
  export_->setToolTip(tr("把巡查清单导出为 CSV、XLSX、GeoPackage、GeoJSON 和 PDF 巡查单"));
  buttons->addWidget(generate_);
  buttons->addWidget(export_);
  showPersonal_ = new QCheckBox(tr("导出完整个人信息"), this);
  showPersonal_->setToolTip(tr("不勾选时，导出的产权人电话隐去中间数字"));
  buttons->addWidget(showPersonal_);
  buttons->addStretch(1);
  layout->addLayout(buttons);

  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);

  tree_ = new QTreeWidget(this);
  tree_->setColumnCount(4);
  tree_->setHeaderLabels({tr("顺序"), tr("房屋编码"), tr("地址"), tr("原因")});
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setAlternatingRowColors(true);
  tree_->setUniformRowHeights(true);
  tree_->header()->setStretchLastSection(true);
  layout->addWidget(tree_, 1);

  connect(grid_, &QComboBox::currentIndexChanged, this, [this]() {
    plan_.reset();
    showManager();
    showPlan();
  });
  connect(save_, &QPushButton::clicked, this, &PatrolPanel::saveManager);
  connect(generate_, &QPushButton::clicked, this, &PatrolPanel::generate);
  connect(export_, &QPushButton::clicked, this, &PatrolPanel::chooseExportFolder);
  connect(tree_, &QTreeWidget::currentItemChanged, this, &PatrolPanel::previewSelection);
  connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
    if (item && item->parent()) emit buildingActivated(item->text(1));
  });

  try {
    rules_ = loadPriorityRules(defaultPriorityRulesPath());
    rulesLoaded_ = true;
  } catch (const std::exception& e) {
    status_->setText(tr("无法读取优先级规则：%1").arg(text(e.what())));
  }
  updateButtons();
}

void PatrolPanel::setProject(ProjectStore* store, const ProjectMap* map) {
  store_ = store;
  map_ = map;
  plan_.reset();
  loadGrids();
  showPlan();
}

void PatrolPanel::loadGrids() {
  const QString chosen = grid_->currentData().toString();
  grids_.clear();
  if (store_) {
    store_->forEachGrid([this](const GridRecord& g, const Wkb& wkb) {
      grids_.push_back({g, wkb});
      return true;
    });
  }
  std::sort(grids_.begin(), grids_.end(),
            [](const StoredGrid& a, const StoredGrid& b) { return a.record.grid < b.record.grid; });
  {
    const QSignalBlocker blocker(grid_);
    grid_->clear();
    for (const StoredGrid& g : grids_) {
      const QString id = text(g.record.grid);
      grid_->addItem(g.record.name.empty() ? id : tr("%1 %2").arg(id, text(g.record.name)), id);
    }
    const int index = grid_->findData(chosen);
    grid_->setCurrentIndex(index >= 0 ? index : (grid_->count() > 0 ? 0 : -1));
  }
  showManager();
}

const PatrolPanel::StoredGrid* PatrolPanel::chosenGrid() const {
  const std::string id = grid_->currentData().toString().toStdString();
  for (const StoredGrid& g : grids_) {
    if (g.record.grid == id) return &g;
  }
  return nullptr;
}

std::optional<GridRecord> PatrolPanel::chosenGridRecord() const {
  const StoredGrid* g = chosenGrid();
  return g ? std::optional<GridRecord>(g->record) : std::nullopt;
}

bool PatrolPanel::chooseGrid(const QString& grid) {
  const int index = grid_->findData(grid);
  if (index < 0) return false;
  grid_->setCurrentIndex(index);
  return true;
}

void PatrolPanel::showManager() {
  const StoredGrid* g = chosenGrid();
  manager_->setText(g ? text(g->record.manager) : QString());
  phone_->setText(g ? text(g->record.phone) : QString());
  capacity_->setValue(g && g->record.capacityPerDay ? *g->record.capacityPerDay : 0);
  updateButtons();
}

void PatrolPanel::updateButtons() {
  const bool haveGrid = store_ && chosenGrid();
  for (QWidget* w : {static_cast<QWidget*>(manager_), static_cast<QWidget*>(phone_),
                     static_cast<QWidget*>(capacity_), static_cast<QWidget*>(save_)}) {
    w->setEnabled(haveGrid);
  }
  generate_->setEnabled(haveGrid && rulesLoaded_);
  export_->setEnabled(plan_.has_value());
}

bool PatrolPanel::saveManager() {
  const StoredGrid* chosen = chosenGrid();
  if (!store_ || !chosen) return false;
  GridRecord record = chosen->record;
  record.manager = manager_->text().trimmed().toStdString();
  record.phone = phone_->text().trimmed().toStdString();
  record.capacityPerDay =
      capacity_->value() > 0 ? std::optional<int>(capacity_->value()) : std::nullopt;
  try {
    auto transaction = store_->begin();
    store_->upsertGrid(record, chosen->geometry);
    transaction->commit();
  } catch (const std::exception& e) {
    status_->setText(tr("保存网格员失败：%1").arg(text(e.what())));
    return false;
  }
  const bool replan = plan_.has_value();
  loadGrids();  // the stored record as it now reads
  status_->setText(tr("已保存网格 %1 的网格员信息").arg(text(record.grid)));
  if (replan) generate();  // the shown plan follows the saved capacity
  return true;
}

bool PatrolPanel::generate() {
  const StoredGrid* chosen = chosenGrid();
  if (!store_ || !chosen || !rulesLoaded_) return false;
  PatrolPlanOptions options;
  options.grid = chosen->record.grid;
  options.days = days_->value();
  const QDate day = start_->date();
  options.start = Date{day.year(), day.month(), day.day()};
  options.rules = &rules_;
  try {
    WaitCursor wait;
    plan_ = planPatrols(*store_, options);
  } catch (const std::exception& e) {
    plan_.reset();
    showPlan();
    status_->setText(tr("无法生成巡查计划：%1").arg(text(e.what())));
    return false;
  }
  showPlan();
  return true;
}

void PatrolPanel::showPlan() {
  tree_->clear();
  emit routePreviewed(MapOverlay(), Extent());
  updateButtons();
  if (!plan_ || plan_->grids.empty()) {
    status_->clear();
    return;
  }
  const GridPlan& grid = plan_->grids.front();
  for (std::size_t d = 0; d < grid.days.size(); ++d) {
    const DayRoute& day = grid.days[d];
    const double saving = day.saving();
    const QString percent = day.priorityOrderLength > 0
                                ? QString::number(100.0 * saving / day.priorityOrderLength, 'f', 1)
                                : QStringLiteral("—");
    auto* dayItem = new QTreeWidgetItem(tree_);
    dayItem->setText(0, tr("第 %1 天 %2：%3 栋，路线 %4 米，按优先级顺序 %5 米，节省 %6 米（%7%）")
                            .arg(day.day)
                            .arg(text(day.date.toString()))
                            .arg(day.stops.size())
                            .arg(day.length, 0, 'f', 0)
                            .arg(day.priorityOrderLength, 0, 'f', 0)
                            .arg(saving, 0, 'f', 0)
                            .arg(percent));
    dayItem->setToolTip(0, dayItem->text(0));  // the dock is often narrower than the line
    dayItem->setData(0, kDayRole, static_cast<int>(d));
    dayItem->setFirstColumnSpanned(true);
    QFont bold = dayItem->font(0);
    bold.setBold(true);
    dayItem->setFont(0, bold);
    for (std::size_t k = 0; k < day.stops.size(); ++k) {
      const DueBuilding& due = grid.due[day.stops[k]];
      auto* stop = new QTreeWidgetItem(dayItem);
      stop->setText(0, QString::number(k + 1));
      stop->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
      stop->setText(1, text(due.record.code));
      stop->setText(2, text(due.record.address));
      stop->setText(3, text(due.reasonText()));
      stop->setToolTip(3, text(due.whatToCheckText()));
      stop->setData(0, kStopRole, static_cast<int>(day.stops[k]));
    }
  }
  tree_->expandAll();
  for (int c = 0; c < 3; ++c) tree_->resizeColumnToContents(c);

  QString summary = tr("应巡查 %1 栋，已排 %2 栋，未排 %3 栋（每日 %4 栋）；路线共 %5 米，"
                       "按优先级顺序 %6 米；距离按%7计算")
                        .arg(grid.due.size())
                        .arg(grid.scheduledCount())
                        .arg(grid.unscheduled.size())
                        .arg(grid.capacity)
                        .arg(grid.totalLength(), 0, 'f', 0)
                        .arg(grid.totalPriorityOrderLength(), 0, 'f', 0)
                        .arg(plan_->onRoads ? tr("道路") : tr("直线"));
  const StoredGrid* stored = chosenGrid();
  if (stored && capacity_->value() != stored->record.capacityPerDay.value_or(0)) {
    summary += tr("。每日容量的修改尚未保存，计划按已保存的容量");
  }
  status_->setText(summary);
}

void PatrolPanel::previewSelection() {
  QTreeWidgetItem* item = tree_->currentItem();
  if (item && item->parent()) item = item->parent();
  if (!plan_ || plan_->grids.empty() || !item) {
    emit routePreviewed(MapOverlay(), Extent());
    return;
  }
  const GridPlan& grid = plan_->grids.front();
  const int d = item->data(0, kDayRole).toInt();
  if (d < 0 || static_cast<std::size_t>(d) >= grid.days.size()) return;
  const DayRoute& day = grid.days[static_cast<std::size_t>(d)];
  MapOverlay overlay;
  Extent bounds;
  if (day.line.size() >= 2) {
    QPolygonF line;
    for (const RoutePoint& p : day.line) {
      line << point(p);
      bounds.include(p.x, p.y);
    }
    overlay.polylines << line;
  }
  for (std::size_t index : day.stops) {
    const RoutePoint& p = grid.locations[index];
    overlay.points << point(p);
    bounds.include(p.x, p.y);
  }
  emit routePreviewed(overlay, bounds);
}

bool PatrolPanel::exportTo(const QString& dir, QString* error) {
  if (!plan_ || !store_) {
    if (error) *error = tr("尚未生成巡查计划");
    return false;
  }
  try {
    WaitCursor wait;
    const LayoutData data = map_ ? LayoutData::load(*store_, *map_) : LayoutData::load(*store_);
    const PatrolSheetPdfWriter sheetWriter(data);
    PatrolExportOptions options;
    options.outDir = dir.toStdString();
    options.sheetWriter = &sheetWriter;
    options.showPersonal = showPersonal_->isChecked();  // docs/rules.md#personal-data
    const std::vector<ExportedSheet> sheets = exportPatrols(*plan_, options);
    int files = 0;
    for (const ExportedSheet& s : sheets) files += static_cast<int>(s.files.size());
    status_->setText(tr("已导出 %1 个文件到 %2").arg(QString::number(files), dir));
  } catch (const std::exception& e) {
    if (error) *error = text(e.what());
    status_->setText(tr("导出失败：%1").arg(text(e.what())));
    return false;
  }
  return true;
}

void PatrolPanel::chooseExportFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("导出巡查清单到文件夹"));
  if (!dir.isEmpty()) exportTo(dir);
}

}  // namespace gui
}  // namespace fangan
