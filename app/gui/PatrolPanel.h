#pragma once
// The patrol planner (issue 6): choose a grid, the number of days and the first day, edit the
// grid's manager (name, phone, daily capacity; saved to the grids layer), plan the patrols
// (gis/patrol/PatrolPlan) and see them as a tree: day → stops in visiting order, with each
// day's route length against visiting in priority order. Selecting a day (or one of its stops)
// asks for its route to be previewed on the map; double-clicking a stop asks for the building.
// The plan can be exported as the managers' lists (gis/patrol/PatrolExport) with the printed
// sheets (layers/layout/PatrolSheetPdf).
//
// The plan uses the capacity stored with the grid: an edited capacity counts once it is saved.

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "app/gui/MapCanvas.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/model/Geometry.h"
#include "gis/model/Grid.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"

class QCheckBox;

namespace fangan {
namespace gui {

class PatrolPanel : public QWidget {
  Q_OBJECT

 public:
  /// Item data role of day items (day index) and stop items (due index) in the tree.
  static constexpr int kDayRole = Qt::UserRole;
  static constexpr int kStopRole = Qt::UserRole + 1;

  explicit PatrolPanel(QWidget* parent = nullptr);

  /// Takes a project (or none): its grids become the choices. The store, and the map the PDF
  /// sheets draw (read from the store when not given), must outlive the panel's use of them.
  /// Clears the plan.
  void setProject(ProjectStore* store, const ProjectMap* map = nullptr);

  /// Chooses a grid by id; false when it is not offered.
  bool chooseGrid(const QString& grid);
  /// Plans the chosen grid with the days and start date shown; false (reason in the status
  /// line) when it cannot.
  bool generate();
  /// Saves the manager name, phone and capacity shown into the chosen grid's record; false
  /// (reason in the status line) when it cannot.
  bool saveManager();
  /// Writes the plan's lists (CSV, XLSX, GeoPackage, GeoJSON) and PDF sheets into `dir`; false
  /// and the reason in `error` when there is no plan or writing fails.
  bool exportTo(const QString& dir, QString* error = nullptr);

  /// The last plan, if any.
  const std::optional<PatrolPlan>& plan() const { return plan_; }
  /// The stored record of the chosen grid, if it has one.
  std::optional<GridRecord> chosenGridRecord() const;

  QComboBox* gridSelector() const { return grid_; }
  QSpinBox* daysSpin() const { return days_; }
  QDateEdit* startDateEdit() const { return start_; }
  QSpinBox* capacitySpin() const { return capacity_; }
  /// 导出完整个人信息: owner phones in full in the export (masked when off, the default).
  QCheckBox* showPersonalCheck() const { return showPersonal_; }
  QLineEdit* managerEdit() const { return manager_; }
  QLineEdit* phoneEdit() const { return phone_; }
  QTreeWidget* tree() const { return tree_; }
  QLabel* statusLabel() const { return status_; }

 signals:
  /// Show this route (map coordinates) on the map; an empty overlay removes it. `bounds` is the
  /// extent of the route and its stops.
  void routePreviewed(const MapOverlay& overlay, const Extent& bounds);
  /// The user double-clicked a stop: show the building.
  void buildingActivated(const QString& code);

 private:
  struct StoredGrid {
    GridRecord record;
    Wkb geometry;  // passed back unchanged when the manager is saved
  };

  void loadGrids();
  void showManager();
  void showPlan();
  void previewSelection();
  void chooseExportFolder();
  void updateButtons();
  const StoredGrid* chosenGrid() const;

  ProjectStore* store_ = nullptr;
  const ProjectMap* map_ = nullptr;
  PriorityRules rules_;
  bool rulesLoaded_ = false;
  std::vector<StoredGrid> grids_;  // grids with a polygon, by grid id
  std::optional<PatrolPlan> plan_;

  QComboBox* grid_ = nullptr;
  QSpinBox* days_ = nullptr;
  QDateEdit* start_ = nullptr;
  QLineEdit* manager_ = nullptr;
  QLineEdit* phone_ = nullptr;
  QSpinBox* capacity_ = nullptr;
  QPushButton* save_ = nullptr;
  QPushButton* generate_ = nullptr;
  QPushButton* export_ = nullptr;
  QCheckBox* showPersonal_ = nullptr;
  QLabel* status_ = nullptr;
  QTreeWidget* tree_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
