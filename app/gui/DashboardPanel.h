#pragma once
// The dashboard: Qt Charts of survey coverage per town (gis/analysis/spatial/Coverage), the
// distribution of hazard classes and appraisal grades, and the ledger rates per town
// (gis/analysis/Ledger). Coverage reads the store (survey points count as checks), so the charts
// are recomputed only when the panel is visible and something changed.

#include <QCheckBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QWidget>
#include <map>
#include <vector>

#include "gis/analysis/Ledger.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/store/ProjectStore.h"

class QChartView;

namespace fangan {
namespace gui {

class DashboardPanel : public QWidget {
  Q_OBJECT

 public:
  explicit DashboardPanel(QWidget* parent = nullptr);

  /// Takes a project (the store and the records; both must outlive their use here).
  void setProject(const ProjectStore* store, const std::vector<BuildingRecord>* records);
  /// Marks the charts out of date; they are recomputed when next shown.
  void invalidate();
  /// Recomputes the charts now.
  void recompute();

  /// Coverage rows per town of the last computation.
  const std::vector<CoverageRow>& coverageByTown() const { return coverage_; }
  /// Buildings per hazard class, by the map legend's label (未排查, 无隐患, 初判隐患, A级 … D级).
  const std::map<QString, int>& hazardCounts() const { return hazardCounts_; }
  /// Ledger rows (category "all") per town of the last computation.
  const std::vector<LedgerRow>& ledgerRows() const { return ledger_; }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void showCoverage();
  void showHazards();
  void showLedger();

  const ProjectStore* store_ = nullptr;
  const std::vector<BuildingRecord>* records_ = nullptr;
  bool stale_ = true;
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
