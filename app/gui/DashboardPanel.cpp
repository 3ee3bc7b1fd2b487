#include "app/gui/DashboardPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QValueAxis>
#include <unordered_map>

#include "app/gui/DisplayText.h"
#include "gis/analysis/spatial/SurveyCheck.h"
#include "gis/geos/GeosContext.h"
#include "gis/history/AsOfStore.h"
#include "gis/store/BuildingColumns.h"
#include "layers/BuildingClass.h"
#include "layers/LayerLoader.h"
#include "layers/PresetStyles.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

QChartView* newChartView(QWidget* parent) {
  auto* view = new QChartView(new QChart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(260);  // shorter, the axis labels collapse into "…"
  view->chart()->legend()->setAlignment(Qt::AlignBottom);
  return view;
}

// A new chart for a view (the view owns and deletes the old one).
QChart* freshChart(QChartView* view, const QString& title) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setAnimationOptions(QChart::NoAnimation);
  QChart* old = view->chart();
  view->setChart(chart);
  delete old;
  return chart;
}

}  // namespace

namespace {

// The columns the figures read besides survey points: the ledger's counts and scope (Ledger.cpp,
// CaseState.cpp), the hazard class (BuildingClass.cpp) and coverage by status. A test gives
// every column random values and requires the same figures as the scan, so a column missing
// here fails it.
const std::vector<std::string>& dashboardColumns() {
  static const std::vector<std::string> names = {"town",
                                                 "self_built",
                                                 "use",
                                                 "use_subtype",
                                                 "survey_status",
                                                 "initial_hazard",
                                                 "recheck_no_hazard",
                                                 "direct_engineering",
                                                 "appraisal_grade",
                                                 "appraisal_date",
                                                 "rectification",
                                                 "rectification_done",
                                                 "closed",
                                                 "closed_date",
                                                 "closure_basis"};
  return names;
}

// The hazard classes and both ledgers (self-built, all) of the dashboard, counted by either path.
class RecordTallies {
 public:
  RecordTallies()
      : selfBuilt_(ledgerAreaByTown, scoped(LedgerScope::SelfBuiltOnly)),
        all_(ledgerAreaByTown, scoped(LedgerScope::AllBuildings)) {}
  void add(const BuildingRecord& r, int times = 1) {
    byClass_[hazardClass(r)] += times;
    selfBuilt_.add(r, times);
    all_.add(r, times);
  }
  /// Puts the counts into `figures` (the ledgers' "all" category rows per town).
  void finish(DashboardFigures& figures) const {
    figures.buildingsByHazardClass = byClass_;
    for (const LedgerRow& row : selfBuilt_.ledger()) {
      if (row.category == LedgerCategory::All) figures.ledgerSelfBuilt.push_back(row);
    }
    for (const LedgerRow& row : all_.ledger()) {
      if (row.category == LedgerCategory::All) figures.ledgerAll.push_back(row);
    }
  }

 private:
  static LedgerOptions scoped(LedgerScope scope) {
    LedgerOptions options;
    options.scope = scope;
    return options;
  }
  std::map<QString, int> byClass_;
  LedgerTally selfBuilt_;
  LedgerTally all_;
};

// The buildings a survey point checks (SurveyCheck.h): a point inside or on the footprint, or a
// point with the building's code. The points' neighbours come from the store's spatial index;
// the codes from the code column.
std::vector<char> checkedByPoints(const ProjectStore& store, const SurveyEvidence& evidence,
                                  const AttributeColumn& codes) {
  const std::vector<std::int64_t>& ids = *codes.ids;
  std::vector<char> checked(ids.size(), 0);
  std::vector<char> codeChecks(codes.values.size(), 0);
  for (std::size_t k = 0; k < codes.values.size(); ++k) {
    codeChecks[k] = codes.values[k] && evidence.hasCode(*codes.values[k]) ? 1 : 0;
  }
  for (std::size_t i = 0; i < ids.size(); ++i) checked[i] = codeChecks[codes.rows[i]];
  GeosContext context;
  const SurveyChecker checker(context, evidence);
  const auto h = context.handle();
  for (const Wkb& point : evidence.points()) {
    Extent box;
    try {
      const GeosGeometry g = context.read(point);
      double x = 0, y = 0;
      if (GEOSGeomGetX_r(h, g.get(), &x) != 1 || GEOSGeomGetY_r(h, g.get(), &y) != 1) continue;
      box.include(x, y);
    } catch (const GeosError&) {
      continue;  // an unreadable point lies in no footprint
    }
    store.forEachBuilding(
        [&](const BuildingRecord& r, const Wkb& footprint) {
          if (checker.check(r, footprint) == CheckedBy::None) return true;
          const auto at = std::lower_bound(ids.begin(), ids.end(), r.id);
          if (at != ids.end() && *at == r.id)
            checked[static_cast<std::size_t>(at - ids.begin())] = 1;
          return true;
        },
        &box);
  }
  return checked;
}

// The figures from the attribute cache: buildings alike in every column the figures read (and
// in whether a survey point checks them) are counted once as a group, from one record made of
// those values. std::nullopt when the cache cannot answer (a store without a generation).
std::optional<DashboardFigures> figuresFromColumns(const ProjectStore& store,
                                                   AttributeColumnCache& cache) {
  std::vector<std::shared_ptr<const AttributeColumn>> columns;
  for (const std::string& name : dashboardColumns()) {
    auto column = cache.get(store, name);
    if (!column) return std::nullopt;
    if (!columns.empty() && (column->generation != columns.front()->generation ||
                             !sameBuildings(*column, *columns.front()))) {
      return std::nullopt;
    }
    columns.push_back(std::move(column));
  }
  // Read once the columns are there (a server project has none: its points are not fetched).
  const SurveyEvidence evidence = SurveyEvidence::load(store);
  std::vector<char> pointChecked;
  if (evidence.pointCount() > 0) {
    const auto codes = cache.get(store, "code");
    if (!codes || !sameBuildings(*codes, *columns.front())) return std::nullopt;
    pointChecked = checkedByPoints(store, evidence, *codes);
  }
  // Buildings alike in every column and in whether a point checks them count as one group.
  std::vector<const AttributeColumn*> grouped;
  for (const auto& column : columns) grouped.push_back(column.get());
  const AlikeGroups groups = groupAlikeBuildings(
      grouped, std::vector<std::uint32_t>(pointChecked.begin(), pointChecked.end()));

  DashboardFigures figures;
  RecordTallies tallies;
  // Coverage per town as computeCoverage() lists it: every town polygon, the towns of the
  // buildings, "" last; checked = surveyed, or a survey point checks it.
  std::map<std::string, CoverageRow> towns;
  store.forEachTown([&towns](const TownRecord& t, const Wkb&) {
    towns[t.town].area = t.town;
    return true;
  });
  for (std::size_t g = 0; g < groups.counts.size(); ++g) {
    const BuildingRecord r = groups.record(g, grouped);
    const bool checkedByPoint =
        !pointChecked.empty() && groups.tuples[g * groups.width + grouped.size()] != 0;
    const int times = groups.counts[g];
    tallies.add(r, times);
    CoverageRow& row = towns[r.town];
    row.area = r.town;
    row.total += times;
    if (r.isSurveyed() || checkedByPoint) row.checked += times;
  }
  for (const auto& [area, row] : towns) {
    if (!area.empty()) figures.coverageByTown.push_back(row);
  }
  if (const auto empty = towns.find(""); empty != towns.end()) {
    figures.coverageByTown.push_back(empty->second);
  }
  tallies.finish(figures);
  return figures;
}

}  // namespace

DashboardFigures computeDashboardFigures(const ProjectStore& store, AttributeColumnCache* columns) {
  if (columns) {
    if (std::optional<DashboardFigures> figures = figuresFromColumns(store, *columns)) {
      return std::move(*figures);
    }
  }
  DashboardFigures figures;
  CoverageOptions options;
  options.hexSize = 0;  // no hexagons: only the per-area rows are charted
  options.largestGaps = 0;
  options.byZoneType = false;  // charted per town only
  figures.coverageByTown = computeCoverage(store, options).byTown;
  RecordTallies tallies;
  BuildingScan scan;
  scan.footprints = false;
  store.scanBuildings(scan, [&tallies](const BuildingRecord& r, const Wkb&) {
    tallies.add(r);
    return true;
  });
  tallies.finish(figures);
  return figures;
}

DashboardPanel::DashboardPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* asOfRow = new QHBoxLayout;
  asOfCheck_ = new QCheckBox(tr("按日期查看"), this);
  asOfCheck_->setToolTip(tr("显示项目在所选日期当天结束时的统计数字"));
  asOfEdit_ = new QDateEdit(QDate::currentDate(), this);
  asOfEdit_->setCalendarPopup(true);
  asOfEdit_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  asOfEdit_->setMaximumDate(QDate::currentDate());
  asOfEdit_->setEnabled(false);
  asOfRow->addWidget(asOfCheck_);
  asOfRow->addWidget(asOfEdit_);
  asOfRow->addStretch(1);
  layout->addLayout(asOfRow);
  tabs_ = new QTabWidget(this);
  coverageView_ = newChartView(tabs_);
  hazardView_ = newChartView(tabs_);
  auto* ledgerPage = new QWidget(tabs_);
  auto* ledgerLayout = new QVBoxLayout(ledgerPage);
  ledgerLayout->setContentsMargins(0, 0, 0, 0);
  auto* ledgerRow = new QHBoxLayout;
  selfBuiltOnly_ = new QCheckBox(tr("仅统计自建房（台账口径）"), ledgerPage);
  selfBuiltOnly_->setChecked(true);
  ledgerView_ = newChartView(ledgerPage);
  ledgerTable_ = new QTableWidget(0, 4, ledgerPage);
  ledgerTable_->setHorizontalHeaderLabels({tr("镇街"), tr("鉴定率"), tr("整治率"), tr("销号率")});
  ledgerTable_->verticalHeader()->setVisible(false);
  ledgerTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  ledgerTable_->horizontalHeader()->setStretchLastSection(true);
  ledgerTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  ledgerLayout->addWidget(selfBuiltOnly_);
  ledgerRow->addWidget(ledgerView_, 3);
  ledgerRow->addWidget(ledgerTable_, 2);
  ledgerLayout->addLayout(ledgerRow, 1);
  tabs_->addTab(coverageView_, tr("排查覆盖率"));
  tabs_->addTab(hazardView_, tr("隐患等级分布"));
  tabs_->addTab(ledgerPage, tr("台账比率"));
  layout->addWidget(tabs_);
  status_ = new QLabel(this);
  status_->hide();
  layout->addWidget(status_);
  connect(selfBuiltOnly_, &QCheckBox::toggled, this, &DashboardPanel::showLedger);
  connect(asOfCheck_, &QCheckBox::toggled, this, &DashboardPanel::readAsOfControls);
  connect(asOfEdit_, &QDateEdit::dateChanged, this, &DashboardPanel::readAsOfControls);
}

void DashboardPanel::readAsOfControls() {
  asOfEdit_->setEnabled(asOfCheck_->isChecked());
  std::optional<Date> day;
  if (asOfCheck_->isChecked()) {
    const QDate d = asOfEdit_->date();
    day = Date{d.year(), d.month(), d.day()};
  }
  if (day == asOf_) return;
  asOf_ = day;
  invalidate();
}

void DashboardPanel::setAsOfDate(const std::optional<Date>& day) {
  {
    const QSignalBlocker checkBlock(asOfCheck_);
    const QSignalBlocker editBlock(asOfEdit_);
    asOfCheck_->setChecked(day.has_value());
    if (day) asOfEdit_->setDate(QDate(day->year, day->month, day->day));
    asOfEdit_->setEnabled(day.has_value());
  }
  asOf_ = day;
  invalidate();
}

void DashboardPanel::setProject(const ProjectStore* store, std::int64_t buildings) {
  scan_.drop();  // its figures belong to the previous project
  columns_ = std::make_shared<AttributeColumnCache>();
  store_ = store;
  buildings_ = buildings;
  invalidate();
}

void DashboardPanel::invalidate() {
  stale_ = true;
  if (isVisible()) recompute();
}

void DashboardPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) recompute();
}

void DashboardPanel::recompute() {
  stale_ = false;
  if (!store_) {
    scan_.drop();
    showFigures(ScanResult<DashboardFigures>());
    return;
  }
  std::function<DashboardFigures(const ProjectStore&)> compute =
      [columns = columns_](const ProjectStore& store) {
        return computeDashboardFigures(store, columns.get());
      };
  if (asOf_) {
    const Date day = *asOf_;
    compute = [day](const ProjectStore& store) {
      const AsOfStore then(store, day);
      return computeDashboardFigures(then);
    };
  }
  if (scan_.run<DashboardFigures>(
          this, *store_, buildings_, compute,
          [this](const ScanResult<DashboardFigures>& result) { showFigures(result); })) {
    status_->setText(tr("正在统计…"));
    status_->show();
  }
}

void DashboardPanel::showFigures(const ScanResult<DashboardFigures>& result) {
  figures_ = result.value;
  // On an error the charts are left empty and say why; the map and table still work.
  status_->setText(result.error.empty() ? QString() : tr("无法统计：%1").arg(text(result.error)));
  status_->setVisible(!result.error.empty());
  showCoverage();
  showHazards();
  showLedger();
  emit computed();
}

void DashboardPanel::showCoverage() {
  coverage_ = figures_.coverageByTown;
  QChart* chart = freshChart(coverageView_,
                             asOf_ ? tr("各镇街排查覆盖率（截至 %1）").arg(text(asOf_->toString()))
                                   : tr("各镇街排查覆盖率"));
  auto* checked = new QBarSet(tr("已排查"));
  auto* unchecked = new QBarSet(tr("未排查"));
  checked->setColor(QColor(77, 172, 38));
  unchecked->setColor(QColor(202, 72, 52));
  QStringList towns;
  for (const CoverageRow& row : coverage_) {
    if (row.total == 0) continue;
    const QString rate = row.rate() ? QStringLiteral("%1%").arg(*row.rate() * 100, 0, 'f', 1)
                                    : text(formatCoverageRate(row));
    towns << tr("%1 %2").arg(row.area.empty() ? tr("（无镇街）") : text(row.area), rate);
    checked->append(static_cast<double>(row.checked));
    unchecked->append(static_cast<double>(row.unchecked()));
  }
  auto* series = new QBarSeries;
  series->append(checked);
  series->append(unchecked);
  chart->addSeries(series);
  auto* axisX = new QBarCategoryAxis;
  axisX->append(towns);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis;
  axisY->setLabelFormat(QStringLiteral("%d"));
  axisY->setTitleText(tr("栋数"));
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
}

void DashboardPanel::showHazards() {
  hazardCounts_.clear();
  const std::map<QString, int>& byClass = figures_.buildingsByHazardClass;
  // Slices in the order, labels and colours of the map's hazard-grade style (PresetStyles), so
  // the chart and the map legend read the same.
  QChart* chart = freshChart(hazardView_, tr("隐患等级分布"));
  auto* series = new QPieSeries;
  for (const StyleRule& rule : buildingStyle(BuildingTheme::HazardGrade).rules) {
    if (rule.field != layer_field::kHazard) continue;
    int count = 0;
    for (const QString& value : rule.values) {
      const auto it = byClass.find(value);
      if (it != byClass.end()) count += it->second;
    }
    const QString label = styleText(rule.label);
    hazardCounts_[label] = count;
    if (count == 0) continue;
    QPieSlice* slice = series->append(tr("%1 %2").arg(label).arg(count), count);
    slice->setColor(rule.symbolizer.fill);
  }
  chart->addSeries(series);
  chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardPanel::showLedger() {
  ledger_ = selfBuiltOnly_->isChecked() ? figures_.ledgerSelfBuilt : figures_.ledgerAll;
  QChart* chart = freshChart(ledgerView_, tr("各镇街台账比率（分母为0的比率不画，表中为“—”）"));
  auto* appraisal = new QBarSet(tr("鉴定率"));
  auto* rectification = new QBarSet(tr("整治率"));
  auto* closure = new QBarSet(tr("销号率"));
  QStringList towns;
  ledgerTable_->setRowCount(static_cast<int>(ledger_.size()));
  int row = 0;
  for (const LedgerRow& r : ledger_) {
    const QString town = r.area.empty() ? tr("（无镇街）") : text(r.area);
    towns << town;
    // A bar for an undefined rate would read as 0 %: docs/rules.md#ledger wants "—", so no bar (0
    // height) and the table below says "—".
    appraisal->append(r.appraisalRate.value_or(0) * 100);
    rectification->append(r.rectificationRate.value_or(0) * 100);
    closure->append(r.closureRate.value_or(0) * 100);
    ledgerTable_->setItem(row, 0, new QTableWidgetItem(town));
    ledgerTable_->setItem(row, 1, new QTableWidgetItem(text(formatLedgerRate(r.appraisalRate))));
    ledgerTable_->setItem(row, 2,
                          new QTableWidgetItem(text(formatLedgerRate(r.rectificationRate))));
    ledgerTable_->setItem(row, 3, new QTableWidgetItem(text(formatLedgerRate(r.closureRate))));
    ++row;
  }
  auto* series = new QBarSeries;
  series->append(appraisal);
  series->append(rectification);
  series->append(closure);
  chart->addSeries(series);
  auto* axisX = new QBarCategoryAxis;
  axisX->append(towns);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis;
  axisY->setRange(0, 100);
  axisY->setLabelFormat(QStringLiteral("%d%%"));
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
}

}  // namespace gui
}  // namespace fangan
