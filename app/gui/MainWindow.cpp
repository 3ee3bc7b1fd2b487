#include "app/gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>
#include <cmath>

#include "app/gui/AttributeTablePanel.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/InspectionDialog.h"
#include "app/gui/InspectionEditor.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/MapCanvas.h"
#include "app/gui/PatrolPanel.h"
#include "app/gui/PriorityPanel.h"
#include "app/gui/RecentProjects.h"

namespace fangan {
namespace gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("房安"));
  canvas_ = new MapCanvas(this);
  setCentralWidget(canvas_);

  layerTree_ = new LayerTreeWidget(this);
  auto* layerDock = new QDockWidget(tr("图层"), this);
  layerDock->setObjectName(QStringLiteral("layerDock"));
  layerDock->setWidget(layerTree_);
  addDockWidget(Qt::LeftDockWidgetArea, layerDock);

  archive_ = new BuildingArchivePanel(this);
  auto* archiveDock = new QDockWidget(tr("房屋档案"), this);
  archiveDock->setObjectName(QStringLiteral("archiveDock"));
  archiveDock->setWidget(archive_);
  addDockWidget(Qt::RightDockWidgetArea, archiveDock);
  resizeDocks({layerDock, archiveDock}, {250, 340}, Qt::Horizontal);

  themeSelector_ = new QComboBox(this);
  for (BuildingTheme theme : buildingThemes()) {
    themeSelector_->addItem(styleText(buildingStyle(theme).name), static_cast<int>(theme));
  }
  themeSelector_->setCurrentIndex(
      themeSelector_->findData(static_cast<int>(BuildingTheme::HazardGrade)));
  connect(themeSelector_, &QComboBox::currentIndexChanged, this, [this](int index) {
    setBuildingTheme(static_cast<BuildingTheme>(themeSelector_->itemData(index).toInt()));
  });

  coordinateLabel_ = new QLabel(this);
  lonLatLabel_ = new QLabel(this);
  scaleLabel_ = new QLabel(this);
  renderLabel_ = new QLabel(this);
  statusBar()->addPermanentWidget(coordinateLabel_);
  statusBar()->addPermanentWidget(lonLatLabel_);
  statusBar()->addPermanentWidget(scaleLabel_);
  statusBar()->addPermanentWidget(renderLabel_);

  editor_ = new InspectionEditor(this);
  createActions();
  auto* viewMenu = menuBar()->addMenu(tr("视图(&V)"));
  viewMenu->setObjectName(QStringLiteral("viewMenu"));
  viewMenu->addAction(layerDock->toggleViewAction());
  viewMenu->addAction(archiveDock->toggleViewAction());
  createDocks();
  viewMenu->addSeparator();
  coverageAction_ = viewMenu->addAction(tr("覆盖缺口视图"));
  coverageAction_->setObjectName(QStringLiteral("coverageViewAction"));
  coverageAction_->setCheckable(true);
  coverageAction_->setToolTip(
      tr("按排查覆盖率为网格着色，以六边形显示未排查房屋的密度，房屋按排查状态着色"));
  connect(coverageAction_, &QAction::toggled, this, &MainWindow::setCoverageViewEnabled);

  connect(canvas_, &MapCanvas::mapClicked, this, &MainWindow::selectBuildingAt);
  connect(canvas_, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
  connect(canvas_, &MapCanvas::renderFinished, this, &MainWindow::showRenderTime);
  connect(canvas_, &MapCanvas::viewportChanged, this, &MainWindow::showScale);
  connect(canvas_, &MapCanvas::viewportChanged, this, [this]() {
    // Until the pointer is over the map the coordinates describe the centre of the view.
    if (!canvas_->underMouse()) showCursorPosition(canvas_->viewport().center());
  });
  connect(layerTree_, &LayerTreeWidget::visibilityChanged, this, &MainWindow::setLayerVisible);
  connect(editor_, &InspectionEditor::buildingChanged, this, &MainWindow::showEditedBuilding);
  connect(editor_, &InspectionEditor::failed, this,
          [this](const QString& message) { QMessageBox::warning(this, tr("撤销失败"), message); });
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& title, const QString& name,
                                      Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(name);
  dock->setWidget(panel);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::createDocks() {
  table_ = new AttributeTablePanel(this);
  priority_ = new PriorityPanel(this);
  dashboard_ = new DashboardPanel(this);
  patrol_ = new PatrolPanel(this);
  auto* tableDock =
      addPanelDock(table_, tr("属性表"), QStringLiteral("attributeDock"), Qt::BottomDockWidgetArea);
  auto* dashboardDock = addPanelDock(dashboard_, tr("统计图表"), QStringLiteral("dashboardDock"),
                                     Qt::BottomDockWidgetArea);
  tabifyDockWidget(tableDock, dashboardDock);
  tableDock->raise();
  auto* priorityDock = addPanelDock(priority_, tr("优先排查"), QStringLiteral("priorityDock"),
                                    Qt::RightDockWidgetArea);
  tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("archiveDock")), priorityDock);
  auto* patrolDock =
      addPanelDock(patrol_, tr("巡查计划"), QStringLiteral("patrolDock"), Qt::RightDockWidgetArea);
  tabifyDockWidget(priorityDock, patrolDock);
  findChild<QDockWidget*>(QStringLiteral("archiveDock"))->raise();
  resizeDocks({tableDock}, {220}, Qt::Vertical);

  auto* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
  for (QDockWidget* dock : {tableDock, priorityDock, patrolDock, dashboardDock}) {
    viewMenu->addAction(dock->toggleViewAction());
  }
  connect(table_, &AttributeTablePanel::selectionChanged, this, &MainWindow::highlightBuildings);
  connect(table_, &AttributeTablePanel::buildingRequested, this, &MainWindow::selectBuilding);
  connect(priority_, &PriorityPanel::buildingActivated, this, &MainWindow::selectBuilding);
  connect(patrol_, &PatrolPanel::buildingActivated, this, &MainWindow::selectBuilding);
  connect(patrol_, &PatrolPanel::routePreviewed, this, &MainWindow::previewRoute);
}

void MainWindow::previewRoute(const MapOverlay& overlay, const Extent& bounds) {
  canvas_->setOverlay(overlay);
  if (bounds.isEmpty()) return;
  // Zoom only when the route is out of view or too small in it to tell the stops apart.
  const Extent view = canvas_->viewport().extent();
  const bool inView = bounds.minX >= view.minX && bounds.maxX <= view.maxX &&
                      bounds.minY >= view.minY && bounds.maxY <= view.maxY;
  if (inView && std::max(bounds.width(), bounds.height()) >= 0.2 * view.width()) return;
  Extent around = bounds;
  const double margin =
      std::max(kSelectionSurroundings, 0.1 * std::max(bounds.width(), bounds.height()));
  around.include(bounds.minX - margin, bounds.minY - margin);
  around.include(bounds.maxX + margin, bounds.maxY + margin);
  canvas_->zoomToExtent(around);
}

void MainWindow::createActions() {
  auto* fileMenu = menuBar()->addMenu(tr("文件(&F)"));
  auto* open = fileMenu->addAction(tr("打开项目(&O)…"), this, &MainWindow::chooseProject);
  open->setShortcut(QKeySequence::Open);
  auto* exportMap = fileMenu->addAction(tr("导出专题图(&E)…"), this, &MainWindow::exportMap);
  exportMap->setShortcut(Qt::CTRL | Qt::Key_P);
  recentMenu_ = fileMenu->addMenu(tr("最近打开"));
  recentMenu_->setObjectName(QStringLiteral("recentMenu"));
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  fillRecentMenu();
  fileMenu->addSeparator();
  auto* quit = fileMenu->addAction(tr("退出(&Q)"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  auto* editMenu = menuBar()->addMenu(tr("编辑(&E)"));
  QAction* undo = editor_->undoStack()->createUndoAction(this, tr("撤销"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = editor_->undoStack()->createRedoAction(this, tr("重做"));
  redo->setShortcut(QKeySequence::Redo);
  editMenu->addAction(undo);
  editMenu->addAction(redo);
  editMenu->addSeparator();
  inspectAction_ = editMenu->addAction(tr("登记检查(&I)…"), this, &MainWindow::recordInspection);
  inspectAction_->setShortcut(Qt::CTRL | Qt::Key_I);
  inspectAction_->setEnabled(false);

  auto* toolBar = addToolBar(tr("地图"));
  toolBar->setObjectName(QStringLiteral("mapToolBar"));
  toolBar->setMovable(false);
  toolBar->addAction(open);
  auto* full = toolBar->addAction(tr("全图"), canvas_, &MapCanvas::zoomToFullExtent);
  full->setShortcut(Qt::Key_Home);
  full->setToolTip(tr("显示项目全部范围（Home）"));
  toolBar->addAction(inspectAction_);
  toolBar->addSeparator();
  toolBar->addWidget(new QLabel(tr("房屋着色："), this));
  toolBar->addWidget(themeSelector_);
}

void MainWindow::exportMap() {
  if (!store_) return;
  ExportDialog dialog(*store_, map_, QString::fromStdString(store_->location()),
                      canvas_->viewport().extent(), this);
  dialog.exec();
}

bool MainWindow::openProject(const QString& path, QString* error) {
  QElapsedTimer timer;
  timer.start();
  std::unique_ptr<ProjectStore> store;
  try {
    store = openSpatialiteProject(path.toStdString());
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  const auto theme = static_cast<BuildingTheme>(themeSelector_->currentData().toInt());
  map_ = ProjectMap::load(*store, theme);
  store_ = std::move(store);
  toLonLat_.reset();
  try {
    if (store_->srid() > 0) {
      toLonLat_ =
          std::make_unique<CrsTransform>("EPSG:" + std::to_string(store_->srid()), "EPSG:4326");
    }
  } catch (const std::exception&) {
    toLonLat_.reset();  // the status bar then shows project coordinates only
  }

  setWindowTitle(tr("房安 — %1").arg(QFileInfo(path).fileName()));
  app_settings::addRecentProject(path);
  fillRecentMenu();
  refreshCoverage();
  editor_->setStore(store_.get());
  table_->model()->load(*store_);
  priority_->setProject(*store_, &table_->model()->records());
  dashboard_->setProject(store_.get(), &table_->model()->records());
  patrol_->setProject(store_.get(), &map_);
  inspectAction_->setEnabled(false);
  archive_->clear();
  canvas_->setHighlight({});
  layerTree_->setProjectMap(map_);
  canvas_->setLayers(renderLayers());
  canvas_->setFullExtent(map_.extent());
  const Extent extent = map_.extent();
  if (!extent.isEmpty()) {
    showCursorPosition(
        QPointF((extent.minX + extent.maxX) * 0.5, (extent.minY + extent.maxY) * 0.5));
  }
  const int buildings = map_.indexOf(MapLayerKind::Buildings);
  const auto count =
      buildings >= 0 ? map_.entries()[static_cast<std::size_t>(buildings)].layer.features().size()
                     : 0;
  statusBar()->showMessage(tr("已打开 %1：%2 栋房屋，加载用时 %3 毫秒")
                               .arg(QFileInfo(path).fileName())
                               .arg(count)
                               .arg(timer.elapsed()));
  return true;
}

void MainWindow::chooseProject() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("打开项目"), QString(), tr("房安项目 (*.sqlite *.fangan *.db);;所有文件 (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!openProject(path, &error)) QMessageBox::warning(this, tr("无法打开项目"), error);
}

void MainWindow::setBuildingTheme(BuildingTheme theme) {
  const int index = themeSelector_->findData(static_cast<int>(theme));
  if (index != themeSelector_->currentIndex()) {
    themeSelector_->setCurrentIndex(index);  // comes back here through the signal
    return;
  }
  map_.setBuildingTheme(theme);
  layerTree_->updateLegend(map_, map_.indexOf(MapLayerKind::Buildings));
  canvas_->setLayers(renderLayers());
}

void MainWindow::showExtent(const Extent& extent) { canvas_->zoomToExtent(extent); }

void MainWindow::setLayerVisible(int entry, bool visible) {
  map_.setVisible(entry, visible);
  canvas_->setLayers(renderLayers());
}

void MainWindow::selectBuildingAt(const QPointF& point) {
  const double tolerance = kPickTolerancePixels * canvas_->viewport().mapUnitsPerPixel();
  const int buildings = map_.indexOf(MapLayerKind::Buildings);
  const MapFeature* feature =
      buildings >= 0 && map_.entries()[static_cast<std::size_t>(buildings)].visible
          ? map_.buildingAt(point, tolerance)
          : nullptr;
  std::optional<BuildingRecord> record;
  if (feature && store_) {
    try {
      record = store_->buildingById(feature->id);
    } catch (const std::exception& e) {
      statusBar()->showMessage(tr("读取房屋档案失败：%1").arg(QString::fromStdString(e.what())));
    }
  }
  if (!record) {
    archive_->clear();
    canvas_->setHighlight({});
    table_->showSelection(QString());
    inspectAction_->setEnabled(false);
    return;
  }
  showArchive(*record, feature);
}

bool MainWindow::selectBuilding(const QString& code) {
  if (!store_) return false;
  const std::optional<BuildingRecord> record = store_->buildingByCode(code.toStdString());
  if (!record) return false;
  const MapFeature* feature = map_.featureById(MapLayerKind::Buildings, record->id);
  showArchive(*record, feature);
  if (feature) {
    // The building with its neighbourhood: a street block or two around it.
    Extent around = feature->bounds;
    const double margin =
        std::max(kSelectionSurroundings, 2 * std::max(around.width(), around.height()));
    around.include(around.minX - margin, around.minY - margin);
    around.include(around.maxX + margin, around.maxY + margin);
    canvas_->zoomToExtent(around);
  }
  return true;
}

void MainWindow::showArchive(const BuildingRecord& record, const MapFeature* feature) {
  QStringList zones;
  for (std::int64_t zoneId : store_->zonesOfBuilding(record.id)) {
    const MapFeature* zone = map_.featureById(MapLayerKind::Zones, zoneId);
    if (!zone || zone->values.size() < 2) continue;
    const QString& name = zone->values[1];
    const QString type = styleText(zoneTypeLabel(zone->values[0]));
    zones << (name.isEmpty() ? type : tr("%1（%2）").arg(name, type));
  }
  archive_->showBuilding(record, zones, store_->events(record.id));
  canvas_->setHighlight(feature ? feature->paths : QVector<QPolygonF>());
  table_->showSelection(QString::fromStdString(record.code));
  inspectAction_->setEnabled(true);
}

void MainWindow::highlightBuildings(const QStringList& codes) {
  if (!store_) return;
  if (codes.size() == 1) {
    const std::optional<BuildingRecord> record =
        store_->buildingByCode(codes.first().toStdString());
    if (record) showArchive(*record, map_.featureById(MapLayerKind::Buildings, record->id));
    return;
  }
  QVector<QPolygonF> paths;
  for (const QString& code : codes) {
    const BuildingRecord* record = table_->model()->recordOfCode(code);
    const MapFeature* feature =
        record ? map_.featureById(MapLayerKind::Buildings, record->id) : nullptr;
    if (feature) paths += feature->paths;
  }
  canvas_->setHighlight(paths);
}

void MainWindow::recordInspection() {
  if (!store_ || archive_->shownCode().isEmpty()) return;
  const std::optional<BuildingRecord> record =
      store_->buildingByCode(archive_->shownCode().toStdString());
  if (!record) return;
  InspectionDialog dialog(editor_, *record, this);
  dialog.exec();
}

void MainWindow::showEditedBuilding(const BuildingRecord& record) {
  table_->model()->updateRecord(record);
  reloadMap();
  priority_->refresh();
  dashboard_->invalidate();
  if (archive_->shownCode() == QString::fromStdString(record.code)) {
    showArchive(record, map_.featureById(MapLayerKind::Buildings, record.id));
  }
}

void MainWindow::reloadMap() {
  // The snapshots are immutable: an edited record means a new buildings snapshot. The layers'
  // visibility is carried over.
  // TODO(layers): ProjectMap could replace one feature's attributes without reloading the
  // project (matters from ~10^5 buildings on).
  ProjectMap reloaded = ProjectMap::load(*store_, map_.buildingTheme());
  for (const MapLayerEntry& old : map_.entries()) {
    const int entry = reloaded.indexOf(old.kind);
    if (entry >= 0) reloaded.setVisible(entry, old.visible);
  }
  map_ = std::move(reloaded);
  refreshCoverage();  // the edit may have closed a gap
  layerTree_->updateLegend(map_, map_.indexOf(MapLayerKind::Buildings));  // counts changed
  canvas_->setLayers(renderLayers());
}

std::vector<RenderLayer> MainWindow::renderLayers() const {
  std::vector<RenderLayer> layers = map_.visibleLayers();
  if (!coverageViewEnabled()) return layers;
  // The choropleth and hexagons go over the zones and base lines and under the buildings (by
  // survey status), grid outlines and labels, which stay readable over the translucent fills.
  auto under = layers.begin();
  while (under != layers.end() && (under->layer.kind() == MapLayerKind::Zones ||
                                   under->layer.kind() == MapLayerKind::Lines)) {
    ++under;
  }
  std::vector<RenderLayer> coverage = coverage_.renderLayers();
  layers.insert(under, coverage.begin(), coverage.end());
  return layers;
}

void MainWindow::refreshCoverage() {
  coverage_.clear();
  if (!store_ || !coverageViewEnabled()) return;
  // TODO(views): compute on a worker thread for large districts (the store read and the
  // hexagon binning take seconds from ~10^6 buildings on).
  try {
    coverage_.compute(*store_);
  } catch (const std::exception& e) {
    coverage_.clear();
    statusBar()->showMessage(tr("无法计算覆盖率：%1").arg(QString::fromStdString(e.what())));
  }
}

void MainWindow::setCoverageViewEnabled(bool on) {
  if (coverageAction_->isChecked() != on) {
    coverageAction_->setChecked(on);  // comes back here through the signal
    return;
  }
  if (on) {
    themeBeforeCoverage_ = map_.buildingTheme();
    refreshCoverage();
    setBuildingTheme(BuildingTheme::SurveyStatus);
    if (store_) {
      const CoverageRow& all = coverage_.report().overall;
      statusBar()->showMessage(
          tr("排查覆盖率 %1（%2 / %3），未排查 %4 栋")
              .arg(all.rate() ? QStringLiteral("%1%").arg(*all.rate() * 100, 0, 'f', 1)
                              : QStringLiteral("—"))
              .arg(all.checked)
              .arg(all.total)
              .arg(all.unchecked()));
    }
  } else {
    coverage_.clear();
    setBuildingTheme(themeBeforeCoverage_);
  }
  canvas_->setLayers(renderLayers());
}

void MainWindow::fillRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = app_settings::recentProjects();
  for (int i = 0; i < recent.size(); ++i) {
    const QString path = recent[i];
    QAction* action = recentMenu_->addAction(
        QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path]() {
          QString error;
          if (!openProject(path, &error)) {
            QMessageBox::warning(this, tr("无法打开项目"), error);
            app_settings::removeRecentProject(path);
            fillRecentMenu();
          }
        });
    action->setData(path);
    action->setToolTip(path);
    action->setStatusTip(path);
  }
  recentMenu_->setEnabled(!recent.isEmpty());
}

bool MainWindow::restoreWindowSettings() {
  const QByteArray geometry = app_settings::windowGeometry();
  if (geometry.isEmpty() || !restoreGeometry(geometry)) return false;
  restoreState(app_settings::windowState());
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  app_settings::saveWindow(saveGeometry(), saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::showCursorPosition(const QPointF& map) {
  coordinateLabel_->setText(tr("X %1  Y %2").arg(map.x(), 0, 'f', 1).arg(map.y(), 0, 'f', 1));
  if (!toLonLat_) {
    lonLatLabel_->clear();
    return;
  }
  double x = map.x();
  double y = map.y();
  if (toLonLat_->transform(&x, &y, 1) != 0) {
    lonLatLabel_->clear();
    return;
  }
  lonLatLabel_->setText(tr("经度 %1°  纬度 %2°").arg(x, 0, 'f', 6).arg(y, 0, 'f', 6));
}

void MainWindow::showRenderTime(double milliseconds) {
  renderLabel_->setText(tr("渲染 %1 毫秒").arg(milliseconds, 0, 'f', 0));
}

void MainWindow::showScale() {
  const double scale = canvas_->viewport().scaleDenominator();
  scaleLabel_->setText(tr("比例尺 1:%1").arg(QLocale().toString(std::round(scale), 'f', 0)));
}

}  // namespace gui
}  // namespace fangan
