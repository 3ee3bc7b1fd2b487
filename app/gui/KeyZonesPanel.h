#pragma once
// The key-zones view (重点区域): survey coverage of every key zone (school surroundings, road
// and rail corridors, slope clusters, geohazard areas…) as a tree, zone type → zones, each with
// its buildings, checked, unchecked and rate, the biggest gaps first; a combo shows one type.
// Double-clicking a zone asks for it on the map.
//
// The figures come from gis/analysis/spatial/ZoneCoverage, which reads every building: on a
// large project that takes seconds, so it runs on a worker thread with a store connection of its
// own (a SQLite connection must not cross threads; WAL lets it read while the window writes).
// A newer request (another project, an edit) cancels the one running and its result is dropped.

#include <QComboBox>
#include <QLabel>
#include <QString>
#include <QTreeWidget>
#include <QWidget>
#include <atomic>
#include <memory>

#include "gis/analysis/spatial/ZoneCoverage.h"

namespace fangan {
namespace gui {

class KeyZonesPanel : public QWidget {
  Q_OBJECT

 public:
  /// Columns of the tree.
  enum Column { kNameColumn, kTotalColumn, kCheckedColumn, kUncheckedColumn, kRateColumn };
  /// Item data (column 0): a zone item's zone id (qint64); a type item's type key (QString).
  static constexpr int kZoneIdRole = Qt::UserRole;
  static constexpr int kTypeRole = Qt::UserRole + 1;

  explicit KeyZonesPanel(QWidget* parent = nullptr);
  /// Cancels a computation still running (its worker ends on its own soon after).
  ~KeyZonesPanel() override;

  /// Takes the project at `projectPath` (empty: none) and computes its zone coverage.
  void setProject(const QString& projectPath);
  /// The project taken by setProject (empty: none).
  const QString& projectPath() const { return projectPath_; }
  /// Computes again (after an edit changed survey states), replacing a computation running.
  void refresh();

  /// True from a request until its result (or failure) is shown.
  bool isComputing() const { return computing_; }
  /// The last computed coverage (empty before the first result, or after a failure).
  const ZoneCoverageReport& report() const { return report_; }
  /// Why the last computation failed, or empty.
  const QString& errorText() const { return error_; }

  /// Shows only the zones of type `typeKey` ("" = every type); false when it is not offered.
  bool chooseType(const QString& typeKey);
  QTreeWidget* tree() const { return tree_; }
  QComboBox* typeFilter() const { return typeFilter_; }
  QLabel* statusLabel() const { return status_; }

 signals:
  /// The user double-clicked a zone: show it on the map.
  void zoneActivated(qint64 zoneId);
  /// A computation's result (or failure) is shown.
  void computed();

 private:
  struct Outcome;
  void start();
  void showOutcome(const Outcome& outcome);
  void fillTree();
  void applyFilter();

  QString projectPath_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  quint64 generation_ = 0;  ///< of the latest request; older results are dropped
  bool computing_ = false;
  ZoneCoverageReport report_;
  QString error_;
  QComboBox* typeFilter_ = nullptr;
  QLabel* status_ = nullptr;
  QTreeWidget* tree_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
