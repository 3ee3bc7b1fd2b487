#pragma once
// The dashboard: Qt Charts of survey coverage per town (gis/analysis/spatial/Coverage), the
// distribution of hazard classes and appraisal grades, and the ledger rates per town
// (gis/analysis/Ledger). Coverage reads the store (survey points count as checks), so the charts
// are recomputed only when the panel is visible and something changed. With 按日期查看 the
// figures are those of a past day (docs/rules.md#as-of), computed through AsOfStore on the same
// worker.

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

#include "app/gui/BackgroundScan.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/ProjectStore.h"

class QChartView;

namespace fangan {
namespace gui {

/// What the charts show, computed in one pass over the project's buildings.
struct DashboardFigures {
  std::vector<CoverageRow> coverageByTown;
  std::map<QString, int> buildingsByHazardClass;  ///< hazardClass() value → buildings
  std::vector<LedgerRow> ledgerSelfBuilt;         ///< category "all" rows per town, self-built
  std::vector<LedgerRow> ledgerAll;               ///< the same over every building
};

/// Reads the figures from a project (coverage, then one scan of the records without footprints).
/// With `columns`, from the attribute cache (docs/rules.md#map-cache) when it can answer: the
/// same figures without reading the records.
DashboardFigures computeDashboardFigures(const ProjectStore& store,
                                         AttributeColumnCache* columns = nullptr);

class DashboardPanel : public QWidget {
  Q_OBJECT

 public:
  explicit DashboardPanel(QWidget* parent = nullptr);

  /// Takes a project of `buildings` buildings (the store must outlive its use here; null
  /// clears).
  void setProject(const ProjectStore* store, std::int64_t buildings);
  /// Marks the charts out of date; they are recomputed when next shown.
  void invalidate();
  /// Recomputes the charts: at once for a small project, else on a worker thread (computed()
  /// is emitted when the charts show the new figures).
  void recompute();
  /// True while figures are computed on a worker thread.
  bool isComputing() const { return scan_.isRunning(); }

  /// Shows the figures as of the end of `day` (std::nullopt: as they stand now) and recomputes.
  void setAsOfDate(const std::optional<Date>& day);
  /// The day the figures are shown as of, or std::nullopt for now.
  std::optional<Date> asOfDate() const { return asOf_; }
  QCheckBox* asOfCheck() const { return asOfCheck_; }
  QDateEdit* asOfEdit() const { return asOfEdit_; }

  /// Coverage rows per town of the last computation.
  const std::vector<CoverageRow>& coverageByTown() const { return coverage_; }
  /// Buildings per hazard class, by the map legend's label (未排查, 无隐患, 初判隐患, A级 … D级).
  const std::map<QString, int>& hazardCounts() const { return hazardCounts_; }
  /// Ledger rows (category "all") per town of the last computation.
  const std::vector<LedgerRow>& ledgerRows() const { return ledger_; }

 signals:
  /// The charts show newly computed figures.
  void computed();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void showFigures(const ScanResult<DashboardFigures>& result);
  void showCoverage();
  void showHazards();
  void showLedger();

  void readAsOfControls();

  const ProjectStore* store_ = nullptr;
  std::optional<Date> asOf_;
  QCheckBox* asOfCheck_ = nullptr;
  QDateEdit* asOfEdit_ = nullptr;
  std::int64_t buildings_ = 0;
  bool stale_ = true;
  LatestScan scan_{interactivePool()};
  // The columns the figures are counted from, shared with the worker computing them.
  std::shared_ptr<AttributeColumnCache> columns_ = std::make_shared<AttributeColumnCache>();
  DashboardFigures figures_;
  QLabel* status_ = nullptr;
  std::vector<CoverageRow> coverage_;
  std::map<QString, int> hazardCounts_;
  std::vector<LedgerRow> ledger_;

  QTabWidget* tabs_ = nullptr;
  QChartView* coverageView_ = nullptr;
  QChartView* hazardView_ = nullptr;
  QChartView* ledgerView_ = nullptr;
  QTableWidget* ledgerTable_ = nullptr;
  QCheckBox* selfBuiltOnly_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
