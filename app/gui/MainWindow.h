#pragma once
// The main window: map canvas in the middle, layer tree, building archive, attribute table,
// priority list, patrol planner and dashboard docks, a theme selector for the buildings,
// coordinates in the status bar, and the Edit menu (record an inspection, undo, redo). It only
// wires widgets to the project store and the ProjectMap below it.

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <memory>
#include <optional>

#include "app/gui/CoverageView.h"
#include "gis/crs/CrsTransform.h"
#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"

namespace fangan {
namespace gui {

class AttributeTablePanel;
class BuildingArchivePanel;
class DashboardPanel;
class InspectionEditor;
class LayerTreeWidget;
class MapCanvas;
struct MapOverlay;
class PatrolPanel;
class PriorityPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  /// Pick radius around a click, in pixels, for buildings too small to hit exactly.
  static constexpr double kPickTolerancePixels = 3.0;
  /// Map units shown around a building selected by code (metres in the projected project CRS).
  static constexpr double kSelectionSurroundings = 150.0;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens a project file and shows it at full extent. On failure returns false and puts the
  /// reason in `error` (the current project stays open).
  bool openProject(const QString& path, QString* error = nullptr);

  MapCanvas* canvas() const { return canvas_; }
  LayerTreeWidget* layerTree() const { return layerTree_; }
  BuildingArchivePanel* archivePanel() const { return archive_; }
  QComboBox* themeSelector() const { return themeSelector_; }
  AttributeTablePanel* attributeTable() const { return table_; }
  PriorityPanel* priorityPanel() const { return priority_; }
  PatrolPanel* patrolPanel() const { return patrol_; }
  DashboardPanel* dashboard() const { return dashboard_; }
  InspectionEditor* inspectionEditor() const { return editor_; }
  const ProjectMap& projectMap() const { return map_; }
  /// The open project's store, or null.
  ProjectStore* store() const { return store_.get(); }

  /// Colours buildings by `theme` (as choosing it in the selector does).
  void setBuildingTheme(BuildingTheme theme);
  /// Shows a map extent (project CRS) instead of the full extent, now or once the canvas has
  /// its size.
  void showExtent(const Extent& extent);
  /// Shows the archive of the building at a map coordinate (or clears it when there is none).
  void selectBuildingAt(const QPointF& map);
  /// Shows the archive of the building with `code` and centres the map on it; false when the
  /// project has no such building.
  bool selectBuilding(const QString& code);
  /// Opens the inspection form for the building shown in the archive.
  void recordInspection();

  /// Turns the coverage-gaps view on or off (as its View menu action does): grids coloured by
  /// coverage, hexagons of unchecked buildings, buildings by survey status.
  void setCoverageViewEnabled(bool on);
  bool coverageViewEnabled() const { return coverageAction_ && coverageAction_->isChecked(); }
  /// The coverage layers (empty while the view is off).
  const CoverageView& coverageView() const { return coverage_; }
  /// The File menu's recent projects, newest first.
  QMenu* recentMenu() const { return recentMenu_; }
  /// Restores the geometry and dock layout saved when the window last closed; false when
  /// nothing was saved.
  bool restoreWindowSettings();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createDocks();
  QDockWidget* addPanelDock(QWidget* panel, const QString& title, const QString& name,
                            Qt::DockWidgetArea area);
  void highlightBuildings(const QStringList& codes);
  /// Draws a patrol route over the map, bringing it into view when it is not.
  void previewRoute(const MapOverlay& overlay, const Extent& bounds);
  void showEditedBuilding(const BuildingRecord& record);
  void reloadMap();
  /// What the canvas draws: the visible project layers plus the coverage layers when on.
  std::vector<RenderLayer> renderLayers() const;
  void fillRecentMenu();
  /// Recomputes the coverage layers from the store while the view is on (clears them when off).
  void refreshCoverage();
  void chooseProject();
  /// Opens the thematic map export dialog (templates, live preview, PDF/PNG/SVG).
  void exportMap();
  void setLayerVisible(int entry, bool visible);
  void showArchive(const BuildingRecord& record, const MapFeature* feature);
  void showCursorPosition(const QPointF& map);
  void showRenderTime(double milliseconds);
  void showScale();

  std::unique_ptr<ProjectStore> store_;
  ProjectMap map_;
  std::unique_ptr<CrsTransform> toLonLat_;  // project CRS → WGS 84, GUI thread only

  MapCanvas* canvas_ = nullptr;
  LayerTreeWidget* layerTree_ = nullptr;
  BuildingArchivePanel* archive_ = nullptr;
  QComboBox* themeSelector_ = nullptr;
  AttributeTablePanel* table_ = nullptr;
  PriorityPanel* priority_ = nullptr;
  PatrolPanel* patrol_ = nullptr;
  DashboardPanel* dashboard_ = nullptr;
  InspectionEditor* editor_ = nullptr;
  QAction* inspectAction_ = nullptr;
  QAction* coverageAction_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  CoverageView coverage_;
  BuildingTheme themeBeforeCoverage_ = BuildingTheme::HazardGrade;
  QLabel* coordinateLabel_ = nullptr;
  QLabel* lonLatLabel_ = nullptr;
  QLabel* scaleLabel_ = nullptr;
  QLabel* renderLabel_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
