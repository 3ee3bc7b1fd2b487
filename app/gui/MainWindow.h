#pragma once
// The main window: map canvas in the middle, layer tree, building archive, attribute table,
// priority list, patrol planner and dashboard docks, a theme selector for the buildings,
// coordinates in the status bar, and the Edit menu (record an inspection, undo, redo). It only
// wires widgets to the project store and the ProjectMap below it.

#include <QComboBox>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <memory>
#include <optional>

#include "app/gui/BackgroundScan.h"
#include "app/gui/CoverageView.h"
#include "app/gui/ProjectLoader.h"
#include "gis/crs/CrsTransform.h"
#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"

class QProgressBar;
class QTimer;
class QPushButton;

namespace fangan {
namespace gui {

class AttributeTablePanel;
class BasemapMenu;
class BuildingArchivePanel;
class DashboardPanel;
class InspectionEditor;
class KeyZonesPanel;
class LayerTreeWidget;
class LiveView;
class MapCacheWriter;
class ConnectionBanner;
class MapCanvas;
struct MapOverlay;
class PatrolPanel;
class PriorityPanel;
class SpotCheckPanel;
class ProblemRegisterPanel;
class ReferralPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  /// Pick radius around a click, in pixels, for buildings too small to hit exactly.
  static constexpr double kPickTolerancePixels = 3.0;
  /// Map units shown around a building selected by code (metres in the projected project CRS).
  static constexpr double kSelectionSurroundings = 150.0;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens a project file and shows it at full extent, waiting for it to load. On failure
  /// returns false and puts the reason in `error` (the current project stays open).
  bool openProject(const QString& path, QString* error = nullptr);
  /// Opens a project file on a worker thread while the window stays usable (a progress bar and
  /// a cancel button in the status bar); emits projectOpened or projectOpenFailed.
  void openProjectInBackground(const QString& path);
  /// True while a project is being opened in the background.
  bool isOpening() const { return opening_ != nullptr; }
  /// Stops waiting for the project being opened (the current project stays).
  void cancelOpening();
  /// Closes the open project (its connection is closed; the window shows nothing).
  void closeProject();

  MapCanvas* canvas() const { return canvas_; }
  LayerTreeWidget* layerTree() const { return layerTree_; }
  BuildingArchivePanel* archivePanel() const { return archive_; }
  QComboBox* themeSelector() const { return themeSelector_; }
  AttributeTablePanel* attributeTable() const { return table_; }
  PriorityPanel* priorityPanel() const { return priority_; }
  PatrolPanel* patrolPanel() const { return patrol_; }
  DashboardPanel* dashboard() const { return dashboard_; }
  KeyZonesPanel* keyZonesPanel() const { return keyZones_; }
  SpotCheckPanel* spotCheckPanel() const { return spotCheck_; }
  ProblemRegisterPanel* problemRegisterPanel() const { return problems_; }
  BasemapMenu* basemapMenu() const { return basemapMenu_; }
  /// 文件 → 生成进度报告.
  QAction* reportAction() const { return reportAction_; }
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
  /// Selects the buildings meeting a map area (project CRS), as the box and polygon tools do:
  /// the table selects their rows and the map outlines them; with Ctrl or Shift they are added
  /// to the current selection. Returns the number of buildings selected.
  int selectBuildingsIn(const QPolygonF& area, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
  /// Row ids of the buildings selected with the box or polygon tools (ascending).
  const std::vector<std::int64_t>& selectedBuildingIds() const { return selectedIds_; }
  /// Shows a grid (kind "grid", its id) or town (kind "town", its name) filling the view; false
  /// when the project has none such.
  bool zoomToArea(const QString& kind, const QString& area);
  /// Zooms to what the map outlines as selected (buildings, a zone, a grid).
  void zoomToSelection();
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
  /// Looks whether another process committed to the open project since it was read; if so
  /// shows the offer to refresh and returns true (also run every few seconds).
  bool checkExternalChanges();
  /// The status bar's list of who is connected to a server project in which role (hidden for
  /// a file project).
  QString connectedUsersText() const;

 signals:
  /// A project is open and shown.
  void projectOpened(const QString& path);
  /// A project could not be opened (the message says why; the current project stays).
  void projectOpenFailed(const QString& path, const QString& message);
  /// An opening in the background shows its first paint (towns, grids, building density).
  void previewShown();
  /// The map cache an opening left to write (MapCacheWriter) was written, or not.
  void mapCacheWriteFinished(bool written);
  /// The coverage view's layers were (re)computed.
  void coverageComputed();

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
  /// Opens the responsible-parties form (archive button) and shows the record saved.
  void editResponsibility(const QString& code);
  /// Opens the 一栋一策 dialog of a building (archive button).
  void editPlan(const QString& code);
  /// 下达隐患通知书…: issues the building's notice and writes its PDF (docs/rules.md#notice).
  void issueNotice(const QString& code);
  /// Makes the panels let go of the open store (before it is replaced or closed).
  void releaseProject();
  /// Shows a loaded project (on the window's thread). `mapFirst`: the priority and dashboard
  /// panels get it once the first map is drawn (givePanelsTheProject), so that their scans of
  /// the district do not take the cores while the map the user waits for is drawn.
  void showProject(LoadedProject& loaded, bool mapFirst = false);
  /// Gives the priority and dashboard panels the open project (their scans start then), once.
  void givePanelsTheProject();
  /// Shows a map preview while the buildings are loading (see ProjectMap::open).
  void showPreview(const MapPreview& preview);
  /// Re-colours the map after edits (the changed snapshot only) and redraws.
  void refreshMapAfterEdit();
  void showCoverageSummary();
  /// Recomputes the key-zone figures when they are out of date and the panel is shown.
  void updateKeyZones();
  /// Lists the coverage view's layers with their legends in the layer tree (none when off).
  void showCoverageLegend();
  /// What the canvas draws: the visible project layers plus the coverage layers when on.
  std::vector<RenderLayer> renderLayers() const;
  void fillRecentMenu();
  /// Recomputes the coverage layers from the store while the view is on (clears them when off).
  void refreshCoverage();
  void chooseProject();
  /// 连接服务器…: opens a project on a PostgreSQL/PostGIS server (ServerConnectDialog).
  void connectToServer();
  /// Asks for a grid or town and zooms to it.
  void chooseAreaToZoom();

  /// Opens the thematic map export dialog (templates, live preview, PDF/PNG/SVG).
  void exportMap();
  /// 文件 → 生成进度报告: the periodic report dialog (ReportDialog).
  void writeReport();
  void setLayerVisible(int entry, bool visible);
  void showArchive(const BuildingRecord& record, const MapFeature* feature);
  void showCursorPosition(const QPointF& map);
  void showRenderTime(double milliseconds);
  void showScale();

  using OpenWatcher = QFutureWatcher<std::shared_ptr<LoadedProject>>;

  std::unique_ptr<ProjectStore> store_;
  QString projectPath_;
  std::int64_t seenDataVersion_ = 0;  // PRAGMA data_version when the project was read
  QTimer* changeTimer_ = nullptr;     // polls for changes by other processes
  // After a background opening: the first map drawn, or this timer, gives the panels the project.
  QTimer* panelsTimer_ = nullptr;
  QMetaObject::Connection panelsAfterMap_;
  QPushButton* refreshButton_ = nullptr;  // offers to reread the project after them
  std::int64_t buildingCount_ = 0;
  // Live view of a server project (LiveView.h): others' edits redrawn as they commit.
  void startLiveView();
  void showServerChange(qint64 id);
  std::unique_ptr<LiveView> liveView_;
  // Over the map while a server connection is down (ConnectionBanner.h).
  ConnectionBanner* connectionBanner_ = nullptr;
  void serverConnectionLost(const QString& why);
  void serverReconnected();
  QLabel* onlineLabel_ = nullptr;
  OpenWatcher* opening_ = nullptr;
  bool previewShown_ = false;  // the canvas shows an opening's preview, no project yet
  std::shared_ptr<std::atomic<bool>> openCancel_;
  // The map cache written after the map is shown; its commit is not another program's change.
  MapCacheWriter* cacheWriter_ = nullptr;
  std::int64_t cacheGeneration_ = 0;
  void mapCacheWritten(bool written, bool othersWrote);
  LatestScan coverageScan_;
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
  KeyZonesPanel* keyZones_ = nullptr;
  SpotCheckPanel* spotCheck_ = nullptr;
  ProblemRegisterPanel* problems_ = nullptr;
  ReferralPanel* referrals_ = nullptr;
  bool keyZonesStale_ = false;  // the project or its records changed since the last figures
  BasemapMenu* basemapMenu_ = nullptr;
  std::vector<std::int64_t> selectedIds_;
  Extent selectionBounds_;  // of whatever the map outlines as selected
  InspectionEditor* editor_ = nullptr;
  QAction* inspectAction_ = nullptr;
  QAction* coverageAction_ = nullptr;
  QAction* reportAction_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  CoverageView coverage_;
  BuildingTheme themeBeforeCoverage_ = BuildingTheme::HazardGrade;
  QLabel* coordinateLabel_ = nullptr;
  QLabel* lonLatLabel_ = nullptr;
  QLabel* scaleLabel_ = nullptr;
  QLabel* renderLabel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
