#include "app/gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "app/gui/ArchiveActions.h"
#include "app/gui/AttributeTablePanel.h"
#include "app/gui/BasemapMenu.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/ConnectionBanner.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/DisplayText.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/InspectionDialog.h"
#include "app/gui/InspectionEditor.h"
#include "app/gui/KeyZonesPanel.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/LiveView.h"
#include "app/gui/MapCacheWriter.h"
#include "app/gui/MapCanvas.h"
#include "app/gui/MapTools.h"
#include "app/gui/PatrolPanel.h"
#include "app/gui/PlanDialog.h"
#include "app/gui/PriorityPanel.h"
#include "app/gui/ProblemRegisterPanel.h"
#include "app/gui/ProjectTitle.h"
#include "app/gui/RecentProjects.h"
#include "app/gui/ReferralPanel.h"
#include "app/gui/ReportDialog.h"
#include "app/gui/ResponsibilityDialog.h"
#include "app/gui/ServerConnectDialog.h"
#include "app/gui/SpotCheckPanel.h"
#include "gis/cases/NoticeRegister.h"
#include "gis/store/DataVersion.h"
#include "gis/store/MapCacheStore.h"
#include "layers/AreaQuery.h"
#include "layers/LayerLoader.h"
#include "layers/ProblemMarkers.h"
#include "layers/StyleEvaluator.h"
#include "layers/layout/HazardNoticeIssue.h"

namespace fangan {
namespace gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("房安"));
  canvas_ = new MapCanvas(this);
  connectionBanner_ = new ConnectionBanner([this]() {
    if (store_) store_->reconnect();
  });
  connect(connectionBanner_, &ConnectionBanner::reconnected, this, &MainWindow::serverReconnected);
  auto* centre = new QWidget(this);
  auto* centreLayout = new QVBoxLayout(centre);
  centreLayout->setContentsMargins(0, 0, 0, 0);
  centreLayout->setSpacing(0);
  centreLayout->addWidget(connectionBanner_);
  centreLayout->addWidget(canvas_, 1);
  setCentralWidget(centre);

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
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 0);  // busy: a project load reports no steps
  progress_->setMaximumWidth(160);
  progress_->hide();
  cancelButton_ = new QPushButton(tr("取消"), this);
  cancelButton_->setObjectName(QStringLiteral("cancelOpeningButton"));
  cancelButton_->hide();
  connect(cancelButton_, &QPushButton::clicked, this, &MainWindow::cancelOpening);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancelButton_);
  // Another process (a colleague's import, the command line) may change the open project:
  // offer to reread it (docs/rules.md#concurrency).
  refreshButton_ = new QPushButton(tr("项目已被其他程序修改，点击刷新"), this);
  refreshButton_->setObjectName(QStringLiteral("refreshProjectButton"));
  refreshButton_->hide();
  connect(refreshButton_, &QPushButton::clicked, this, [this]() {
    refreshButton_->hide();
    if (!projectPath_.isEmpty()) openProjectInBackground(projectPath_);
  });
  statusBar()->addPermanentWidget(refreshButton_);
  onlineLabel_ = new QLabel(this);
  onlineLabel_->setObjectName(QStringLiteral("onlineUsersLabel"));
  onlineLabel_->hide();
  statusBar()->addPermanentWidget(onlineLabel_);
  changeTimer_ = new QTimer(this);
  changeTimer_->setInterval(3000);
  connect(changeTimer_, &QTimer::timeout, this, &MainWindow::checkExternalChanges);

  panelsTimer_ = new QTimer(this);
  panelsTimer_->setSingleShot(true);
  panelsTimer_->setInterval(2000);  // a map that takes longer does not hold the panels back
  connect(panelsTimer_, &QTimer::timeout, this, &MainWindow::givePanelsTheProject);

  cacheWriter_ = new MapCacheWriter(this);
  connect(cacheWriter_, &MapCacheWriter::finished, this, &MainWindow::mapCacheWritten);

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
  connect(canvas_, &MapCanvas::areaSelected, this,
          [this](const QPolygonF& area, Qt::KeyboardModifiers modifiers) {
            selectBuildingsIn(area, modifiers);
          });
  connect(canvas_, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
  connect(canvas_, &MapCanvas::renderFinished, this, &MainWindow::showRenderTime);
  connect(canvas_, &MapCanvas::viewportChanged, this, &MainWindow::showScale);
  connect(canvas_, &MapCanvas::viewportChanged, this, [this]() {
    // Until the pointer is over the map the coordinates describe the centre of the view.
    if (!canvas_->underMouse()) showCursorPosition(canvas_->viewport().center());
  });
  connect(layerTree_, &LayerTreeWidget::visibilityChanged, this, &MainWindow::setLayerVisible);
  // The tree applies order, opacity and style changes to its own copy and re-fills itself; the
  // window's map follows so that entry numbers keep matching.
  connect(layerTree_, &LayerTreeWidget::orderChanged, this, [this](int from, int to) {
    map_.moveEntry(from, to);
    canvas_->setLayers(renderLayers());
  });
  connect(layerTree_, &LayerTreeWidget::opacityChanged, this, [this](int entry, double opacity) {
    map_.setOpacity(entry, opacity);  // live while the slider moves
    canvas_->setLayers(renderLayers());
  });
  connect(layerTree_, &LayerTreeWidget::styleChosen, this, [this](int entry, const Style& style) {
    map_.setStyle(entry, style);
    canvas_->setLayers(renderLayers());
  });
  connect(layerTree_, &LayerTreeWidget::buildingThemeChosen, this, [this](BuildingTheme theme) {
    const QSignalBlocker block(themeSelector_);  // the toolbar's selector shows the same theme
    themeSelector_->setCurrentIndex(themeSelector_->findData(static_cast<int>(theme)));
    map_.setBuildingTheme(theme);
  });
  connect(editor_, &InspectionEditor::buildingChanged, this, &MainWindow::showEditedBuilding);
  connect(editor_, &InspectionEditor::connectionLost, this, &MainWindow::serverConnectionLost);
  connect(editor_, &InspectionEditor::failed, this,
          [this](const QString& message) { QMessageBox::warning(this, tr("撤销失败"), message); });
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const QString& title, const QString& name,
                                      Qt::DockWidgetArea area) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(name);
  if (panel == table_) {
    dock->setWidget(panel);  // a table scrolls by itself
  } else {
    // A panel taller than the room its dock gets scrolls, rather than holding the whole window
    // at its height: the tabbed panels' heights add up to more than an office laptop's 768-pixel
    // screen (the window's least height was 1,010 pixels), and a window that must grow as a
    // panel fills in resizes the map under a render that then starts again.
    auto* scroll = new QScrollArea(dock);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
  }
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
  keyZones_ = new KeyZonesPanel(this);
  auto* keyZonesDock = addPanelDock(keyZones_, tr("重点区域"), QStringLiteral("keyZonesDock"),
                                    Qt::RightDockWidgetArea);
  tabifyDockWidget(patrolDock, keyZonesDock);
  spotCheck_ = new SpotCheckPanel(this);
  auto* spotCheckDock = addPanelDock(spotCheck_, tr("抽查"), QStringLiteral("spotCheckDock"),
                                     Qt::RightDockWidgetArea);
  tabifyDockWidget(keyZonesDock, spotCheckDock);
  connect(spotCheck_, &SpotCheckPanel::buildingActivated, this, &MainWindow::selectBuilding);
  connect(spotCheck_, &SpotCheckPanel::buildingChanged, this, &MainWindow::showEditedBuilding);
  problems_ = new ProblemRegisterPanel(this);
  auto* problemsDock = addPanelDock(problems_, tr("问题台账"), QStringLiteral("problemsDock"),
                                    Qt::RightDockWidgetArea);
  tabifyDockWidget(spotCheckDock, problemsDock);
  connect(problems_, &ProblemRegisterPanel::buildingRequested, this, &MainWindow::selectBuilding);
  connect(problems_, &ProblemRegisterPanel::problemsChanged, this,
          [this] { canvas_->setLayers(renderLayers()); });
  referrals_ = new ReferralPanel(this);
  auto* referralsDock = addPanelDock(referrals_, tr("移送"), QStringLiteral("referralsDock"),
                                     Qt::RightDockWidgetArea);
  tabifyDockWidget(problemsDock, referralsDock);
  connect(referrals_, &ReferralPanel::buildingRequested, this, &MainWindow::selectBuilding);
  connect(archive_, &BuildingArchivePanel::responsibilityRequested, this,
          &MainWindow::editResponsibility);
  connect(archive_, &BuildingArchivePanel::planRequested, this, &MainWindow::editPlan);
  connect(archive_, &BuildingArchivePanel::attachRequested, this, [this](const QString& code) {
    if (!store_ || !attachFilesInteractively(this, *store_, code)) return;
    const auto record = store_->buildingByCode(code.toStdString());
    if (record) showArchive(*record, map_.featureById(ProjectLayer::Buildings, record->id));
  });
  connect(archive_, &BuildingArchivePanel::exportRequested, this, [this](const QString& code) {
    if (store_) exportArchiveInteractively(this, *store_, code);
  });
  connect(archive_, &BuildingArchivePanel::attachmentOpened, this, [this](qint64 id) {
    if (store_) openAttachment(this, *store_, id);
  });
  connect(archive_, &BuildingArchivePanel::noticeRequested, this, &MainWindow::issueNotice);
  // The key-zone figures take a scan of every zone link (seconds at 10^6 buildings): computed
  // when the panel is first shown after a project opens or changes, not while it is hidden.
  connect(keyZonesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible && keyZonesStale_) updateKeyZones();
  });
  findChild<QDockWidget*>(QStringLiteral("archiveDock"))->raise();
  resizeDocks({tableDock}, {220}, Qt::Vertical);

  auto* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
  for (QDockWidget* dock : {tableDock, priorityDock, patrolDock, keyZonesDock, spotCheckDock,
                            problemsDock, dashboardDock}) {
    viewMenu->addAction(dock->toggleViewAction());
  }
  connect(table_, &AttributeTablePanel::selectionChanged, this, &MainWindow::highlightBuildings);
  connect(table_, &AttributeTablePanel::buildingRequested, this, &MainWindow::selectBuilding);
  connect(priority_, &PriorityPanel::buildingActivated, this, &MainWindow::selectBuilding);
  connect(patrol_, &PatrolPanel::buildingActivated, this, &MainWindow::selectBuilding);
  connect(patrol_, &PatrolPanel::routePreviewed, this, &MainWindow::previewRoute);
  connect(keyZones_, &KeyZonesPanel::zoneActivated, this, [this](qint64 zoneId) {
    const MapFeature* zone = map_.featureById(ProjectLayer::Zones, zoneId);
    if (!zone) return;
    canvas_->setHighlight(zone->paths);
    selectionBounds_ = zone->bounds;
    canvas_->zoomToExtent(zone->bounds);
  });
}

void MainWindow::updateKeyZones() {
  if (!keyZonesStale_ || !keyZones_->isVisible()) return;
  keyZonesStale_ = false;
  const QString path = store_ ? QString::fromStdString(store_->location()) : QString();
  if (path == keyZones_->projectPath()) {
    keyZones_->refresh();
  } else {
    keyZones_->setProject(path);
  }
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
  fileMenu->addAction(tr("连接服务器(&S)…"), this, &MainWindow::connectToServer)
      ->setObjectName(QStringLiteral("connectToServer"));
  open->setShortcut(QKeySequence::Open);
  auto* exportMap = fileMenu->addAction(tr("导出专题图(&E)…"), this, &MainWindow::exportMap);
  exportMap->setShortcut(Qt::CTRL | Qt::Key_P);
  reportAction_ = fileMenu->addAction(tr("生成进度报告(&R)…"), this, &MainWindow::writeReport);
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

  basemapMenu_ = new BasemapMenu(this);
  menuBar()->addMenu(basemapMenu_);
  connect(basemapMenu_, &BasemapMenu::changed, this,
          [this]() { canvas_->setLayers(renderLayers()); });
  connect(basemapMenu_, &BasemapMenu::unavailable, basemapMenu_, &BasemapMenu::showUnavailable,
          Qt::QueuedConnection);

  auto* toolBar = addToolBar(tr("地图"));
  toolBar->setObjectName(QStringLiteral("mapToolBar"));
  toolBar->setMovable(false);
  toolBar->addAction(open);
  auto* full = toolBar->addAction(tr("全图"), canvas_, &MapCanvas::zoomToFullExtent);
  full->setShortcut(Qt::Key_Home);
  full->setToolTip(tr("显示项目全部范围（Home）"));
  auto* toSelection = toolBar->addAction(tr("缩放到所选"), this, &MainWindow::zoomToSelection);
  toSelection->setToolTip(tr("显示选中的房屋或区域"));
  auto* toArea = toolBar->addAction(tr("定位网格/镇街…"), this, &MainWindow::chooseAreaToZoom);
  toArea->setShortcut(Qt::CTRL | Qt::Key_G);
  toArea->setToolTip(tr("选择一个网格或镇街并缩放到它（Ctrl+G）"));
  toolBar->addSeparator();
  auto* mapTools = new MapTools(canvas_, this);
  toolBar->addActions(mapTools->actions());
  toolBar->addAction(inspectAction_);
  toolBar->addSeparator();
  toolBar->addWidget(new QLabel(tr("房屋着色："), this));
  toolBar->addWidget(themeSelector_);
}

void MainWindow::exportMap() {
  if (!store_) return;
  ExportDialog dialog(*store_, map_, QString::fromStdString(store_->location()),
                      canvas_->viewport().extent(), this, basemapMenu_->renderLayers());
  dialog.exec();
}

void MainWindow::writeReport() {
  if (!store_) return;
  ReportDialog dialog(*store_, this);
  dialog.exec();
}

bool MainWindow::openProject(const QString& path, QString* error) {
  const auto theme = static_cast<BuildingTheme>(themeSelector_->currentData().toInt());
  std::shared_ptr<LoadedProject> loaded = loadProject(path, theme);
  if (!loaded->store) {
    if (error) *error = loaded->error;
    return false;
  }
  showProject(*loaded);
  return true;
}

void MainWindow::openProjectInBackground(const QString& path) {
  cancelOpening();  // the newer choice wins
  const auto theme = static_cast<BuildingTheme>(themeSelector_->currentData().toInt());
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  openCancel_ = cancel;
  auto* watcher = new OpenWatcher(this);
  opening_ = watcher;
  connect(watcher, &OpenWatcher::finished, this, [this, watcher]() {
    watcher->deleteLater();
    if (opening_ != watcher) return;  // cancelled or superseded
    opening_ = nullptr;
    progress_->hide();
    cancelButton_->hide();
    std::shared_ptr<LoadedProject> loaded = watcher->result();
    if (!loaded->store) {
      if (previewShown_ && !store_) canvas_->setLayers({});
      previewShown_ = false;
      statusBar()->clearMessage();
      // Not exec(): the window (and whatever waits on the signal) keeps running.
      auto* box = new QMessageBox(QMessageBox::Warning, tr("无法打开项目"), loaded->error,
                                  QMessageBox::Ok, this);
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->setObjectName(QStringLiteral("openFailedMessage"));
      box->open();
      emit projectOpenFailed(loaded->path, loaded->error);
      return;
    }
    showProject(*loaded, true);
  });
  // The towns, grids and the buildings' density are shown while the footprints are mapped
  // (queued to this thread; dropped when the window or this opening is gone by then).
  const QPointer<MainWindow> window(this);
  const QPointer<OpenWatcher> opening(watcher);
  const auto preview = [window, opening](MapPreview first) {
    QMetaObject::invokeMethod(
        qApp,
        [window, opening, first = std::move(first)]() {
          if (window && opening && window->opening_ == opening) window->showPreview(first);
        },
        Qt::QueuedConnection);
  };
  watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, theme, cancel, preview]() {
    std::shared_ptr<LoadedProject> loaded = loadProject(path, theme, cancel.get(), preview);
    releaseFreedMemory();  // the loader's temporaries
    return loaded;
  }));
  progress_->show();
  cancelButton_->show();
  statusBar()->showMessage(tr("正在打开 %1…").arg(projectTitle(path)));
}

void MainWindow::showPreview(const MapPreview& preview) {
  // Only over an empty window: with a project open, its map stays until the new one is ready.
  if (store_ || preview.layers.empty()) return;
  previewShown_ = true;
  canvas_->setLayers(preview.layers);
  canvas_->setFullExtent(preview.extent);
  if (preview.buildings > 0) {
    statusBar()->showMessage(
        tr("正在加载 %1 栋房屋的轮廓，先显示房屋分布密度…").arg(preview.buildings));
  }
  emit previewShown();
}

void MainWindow::cancelOpening() {
  if (previewShown_ && !store_) canvas_->setLayers({});
  previewShown_ = false;
  if (!opening_) return;
  // The worker stops at its next check and its result is dropped; the open project stays.
  if (openCancel_) openCancel_->store(true);
  opening_ = nullptr;
  progress_->hide();
  cancelButton_->hide();
  statusBar()->showMessage(tr("已取消打开项目"), 5000);
}

void MainWindow::releaseProject() {
  panelsTimer_->stop();
  disconnect(panelsAfterMap_);
  cacheWriter_->cancel();
  liveView_.reset();  // before the store it reads
  onlineLabel_->hide();
  connectionBanner_->dismiss();
  // Panels let go of the store before it closes.
  table_->setProject(nullptr, {});
  priority_->setProject(nullptr, 0);
  dashboard_->setProject(nullptr, 0);
  patrol_->setProject(nullptr, nullptr);
  spotCheck_->setProject(nullptr, nullptr);
  problems_->setProject(nullptr);
  referrals_->setProject(nullptr, QString());
  basemapMenu_->setProject(nullptr);
  keyZones_->setProject(QString());
  editor_->setStore(nullptr);
  coverageScan_.drop();
}

void MainWindow::closeProject() {
  cancelOpening();
  releaseProject();
  map_ = ProjectMap();
  canvas_->setLayers({});
  layerTree_->setProjectMap(map_);
  archive_->clear();
  store_.reset();
  projectPath_.clear();
  changeTimer_->stop();
  refreshButton_->hide();
  buildingCount_ = 0;
}

void MainWindow::mapCacheWritten(bool written, bool othersWrote) {
  // The writer's commit moved the file's data version as another program's would. When nobody
  // else committed while it was under way (it checks under its write lock) and the buildings'
  // generation is where it was, the project is as it was read: the version now is ours. Else
  // the next tick offers the refresh.
  if (written && !othersWrote && store_ && !refreshButton_->isVisible()) {
    try {
      if (buildingsGeneration(*store_) == cacheGeneration_) {
        seenDataVersion_ = projectDataVersion(*store_);
      }
    } catch (const std::exception&) {
      // Looked at again on the next tick.
    }
  }
  emit mapCacheWriteFinished(written);
}

bool MainWindow::checkExternalChanges() {
  if (!store_ || refreshButton_->isVisible()) return refreshButton_->isVisible();
  if (cacheWriter_->running()) return false;  // its own commit is not a change
  std::int64_t version = seenDataVersion_;
  try {
    version = projectDataVersion(*store_);
  } catch (const std::exception&) {
    return false;  // looked at again on the next tick
  }
  if (version == seenDataVersion_) return false;
  refreshButton_->show();
  statusBar()->showMessage(tr("项目 %1 已被其他程序修改").arg(projectTitle(projectPath_)));
  return true;
}

void MainWindow::startLiveView() {
  if (!store_ || !isServerProject(projectPath_.toStdString())) return;
  try {
    liveView_ = std::make_unique<LiveView>(projectPath_.toStdString(), *store_);
  } catch (const std::exception& e) {
    statusBar()->showMessage(tr("无法接收其他用户的修改：%1").arg(QString::fromStdString(e.what())),
                             8000);
    return;
  }
  connect(liveView_.get(), &LiveView::buildingChanged, this, &MainWindow::showServerChange);
  connect(liveView_.get(), &LiveView::everythingChanged, this, [this]() {
    refreshButton_->show();
    statusBar()->showMessage(tr("其他用户修改了项目 %1").arg(projectPath_));
  });
  connect(liveView_.get(), &LiveView::lost, this, &MainWindow::serverConnectionLost);
  // Who is online: now, and again with every tick of the change timer.
  auto showOnline = [this]() {
    if (liveView_) onlineLabel_->setText(liveView_->connectedText());
  };
  connect(changeTimer_, &QTimer::timeout, liveView_.get(), showOnline);
  showOnline();
  onlineLabel_->show();
}

void MainWindow::serverConnectionLost(const QString& why) {
  if (!store_) return;
  onlineLabel_->hide();
  connectionBanner_->connectionLost(why);
}

void MainWindow::serverReconnected() {
  // The feed heard nothing while the connection was down: listen again and offer to reread
  // what others changed meanwhile.
  liveView_.reset();
  startLiveView();
  refreshButton_->show();
  statusBar()->showMessage(tr("已重新连接服务器；断开期间其他用户的修改请点刷新查看"), 8000);
}

void MainWindow::showServerChange(qint64 id) {
  std::optional<BuildingRecord> record;
  try {
    record = store_ ? store_->buildingById(id) : std::nullopt;
  } catch (const std::exception&) {
    return;  // the connection is reported where it is used next
  }
  if (record) showEditedBuilding(*record);
}

QString MainWindow::connectedUsersText() const {
  return liveView_ ? onlineLabel_->text() : QString();
}

void MainWindow::givePanelsTheProject() {
  panelsTimer_->stop();
  disconnect(panelsAfterMap_);
  if (!store_) return;
  priority_->setProject(store_.get(), buildingCount_);
  dashboard_->setProject(store_.get(), buildingCount_);
}

void MainWindow::showProject(LoadedProject& loaded, bool mapFirst) {
  previewShown_ = false;
  const QString& path = loaded.path;
  releaseProject();
  map_ = std::move(loaded.map);
  store_ = std::move(loaded.store);
  projectPath_ = path;
  try {
    seenDataVersion_ = projectDataVersion(*store_);
  } catch (const std::exception&) {
    seenDataVersion_ = 0;
  }
  refreshButton_->hide();
  changeTimer_->start();
  if (auto pending = map_.takePendingCache()) {
    cacheGeneration_ = pending->generation;
    cacheWriter_->start(path.toStdString(), std::move(pending));
  }
  startLiveView();
  buildingCount_ = static_cast<std::int64_t>(loaded.buildingIds.size());
  toLonLat_ = std::move(loaded.toLonLat);

  // The map first: its render starts now, on its own thread, while the panels are filled.
  refreshCoverage();
  basemapMenu_->setProject(store_.get());
  selectedIds_.clear();
  selectionBounds_ = Extent();
  inspectAction_->setEnabled(false);
  canvas_->setHighlight({});
  canvas_->setLayers(renderLayers());
  canvas_->setFullExtent(map_.extent());
  canvas_->renderNow();

  setWindowTitle(tr("房安 — %1").arg(projectTitle(path)));
  app_settings::addRecentProject(path);
  fillRecentMenu();
  editor_->setStore(store_.get());
  table_->setProject(store_.get(), std::move(loaded.buildingIds));
  if (mapFirst) {
    panelsAfterMap_ =
        connect(canvas_, &MapCanvas::renderFinished, this, &MainWindow::givePanelsTheProject);
    panelsTimer_->start();
  } else {
    givePanelsTheProject();
  }
  patrol_->setProject(store_.get(), &map_);
  spotCheck_->setProject(store_.get(), editor_->undoStack());
  problems_->setProject(store_.get());
  referrals_->setProject(store_.get(), projectPath_);
  keyZonesStale_ = true;
  updateKeyZones();
  archive_->clear();
  layerTree_->setProjectMap(map_);
  const Extent extent = map_.extent();
  if (!extent.isEmpty()) {
    showCursorPosition(
        QPointF((extent.minX + extent.maxX) * 0.5, (extent.minY + extent.maxY) * 0.5));
  }
  statusBar()->showMessage(tr("已打开 %1：%2 栋房屋，加载用时 %3 毫秒")
                               .arg(projectTitle(path))
                               .arg(buildingCount_)
                               .arg(loaded.milliseconds));
  emit projectOpened(path);
}

void MainWindow::chooseProject() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("打开项目"), QString(), tr("房安项目 (*.sqlite *.fangan *.db);;所有文件 (*)"));
  if (path.isEmpty()) return;
  openProjectInBackground(path);
}

void MainWindow::connectToServer() {
  ServerConnectDialog dialog(this);
  if (isServerProject(projectPath_.toStdString())) dialog.setLocation(projectPath_);
  if (dialog.exec() != QDialog::Accepted) return;
  // A typed password reaches libpq through this process's environment only: it is never part
  // of the location, the recent-projects list or a command line.
  if (!dialog.password().isEmpty()) qputenv("PGPASSWORD", dialog.password().toUtf8());
  openProjectInBackground(dialog.location());
}

void MainWindow::setBuildingTheme(BuildingTheme theme) {
  const int index = themeSelector_->findData(static_cast<int>(theme));
  if (index != themeSelector_->currentIndex()) {
    themeSelector_->setCurrentIndex(index);  // comes back here through the signal
    return;
  }
  map_.setBuildingTheme(theme);
  layerTree_->updateLegend(map_, map_.indexOf(ProjectLayer::Buildings));
  canvas_->setLayers(renderLayers());
}

void MainWindow::showExtent(const Extent& extent) { canvas_->zoomToExtent(extent); }

void MainWindow::setLayerVisible(int entry, bool visible) {
  map_.setVisible(entry, visible);
  canvas_->setLayers(renderLayers());
}

void MainWindow::selectBuildingAt(const QPointF& point) {
  const double tolerance = kPickTolerancePixels * canvas_->viewport().mapUnitsPerPixel();
  const int buildings = map_.indexOf(ProjectLayer::Buildings);
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
  const MapFeature* feature = map_.featureById(ProjectLayer::Buildings, record->id);
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
    const MapFeature* zone = map_.featureById(ProjectLayer::Zones, zoneId);
    if (!zone || zone->values.size() < 2) continue;
    const QString& name = zone->values[1];
    const QString type = styleText(zoneTypeLabel(zone->values[0]));
    zones << (name.isEmpty() ? type : tr("%1（%2）").arg(name, type));
  }
  archive_->showBuilding(record, zones, store_->events(record.id));
  std::vector<RectificationPlan> plans;
  for (RectificationPlan& p : store_->plans()) {
    if (p.buildingId == record.id) plans.push_back(std::move(p));
  }
  std::vector<Problem> problems;
  for (Problem& p : store_->problems()) {
    if (p.buildingId == record.id) problems.push_back(std::move(p));
  }
  archive_->showCases(plans, problems, Date::today());
  try {
    archive_->showAttachments(store_->attachments(record.id));
  } catch (const StoreError&) {
    archive_->showAttachments({}, false);  // a store that keeps no attachments
  }
  const std::vector<HazardNotice> notices = noticesOf(*store_, record.id);
  std::vector<CaseEvent> noticeEvents;
  for (const HazardNotice& n : notices) {
    for (CaseEvent& e : store_->caseEvents(CaseSubject::Notice, n.id)) {
      noticeEvents.push_back(std::move(e));
    }
  }
  archive_->showNotices(notices, noticeEvents);
  canvas_->setHighlight(feature ? feature->paths.toVector() : QVector<QPolygonF>());
  selectionBounds_ = feature ? feature->bounds : Extent();
  table_->showSelection(QString::fromStdString(record.code));
  inspectAction_->setEnabled(true);
}

void MainWindow::highlightBuildings(const QStringList& codes) {
  if (!store_) return;
  if (codes.size() == 1) {
    const std::optional<BuildingRecord> record =
        store_->buildingByCode(codes.first().toStdString());
    if (record) showArchive(*record, map_.featureById(ProjectLayer::Buildings, record->id));
    return;
  }
  QVector<QPolygonF> paths;
  Extent bounds;
  for (const QString& code : codes) {
    const std::optional<BuildingRecord> record = table_->model()->recordOfCode(code);
    const MapFeature* feature =
        record ? map_.featureById(ProjectLayer::Buildings, record->id) : nullptr;
    if (!feature) continue;
    paths += feature->paths;
    bounds.include(feature->bounds);
  }
  canvas_->setHighlight(paths);
  selectionBounds_ = bounds;
}

int MainWindow::selectBuildingsIn(const QPolygonF& area, Qt::KeyboardModifiers modifiers) {
  const int entry = map_.indexOf(ProjectLayer::Buildings);
  if (!store_ || entry < 0 || !map_.entries()[static_cast<std::size_t>(entry)].visible) return 0;
  const MapLayer& layer = map_.entries()[static_cast<std::size_t>(entry)].layer;
  std::vector<std::int64_t> ids;
  for (int index : featuresIntersecting(layer, area)) {
    ids.push_back(layer.features()[static_cast<std::size_t>(index)].id);
  }
  if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier)) {
    ids.insert(ids.end(), selectedIds_.begin(), selectedIds_.end());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  selectedIds_ = ids;
  QVector<QPolygonF> paths;
  Extent bounds;
  for (std::int64_t id : selectedIds_) {
    if (const MapFeature* feature = map_.featureById(ProjectLayer::Buildings, id)) {
      paths += feature->paths;
      bounds.include(feature->bounds);
    }
  }
  if (selectedIds_.size() == 1) {
    // One building: its archive, as a click shows it.
    if (const std::optional<BuildingRecord> record = store_->buildingById(selectedIds_.front())) {
      showArchive(*record, map_.featureById(ProjectLayer::Buildings, record->id));
    }
  } else {
    archive_->clear();
    inspectAction_->setEnabled(false);
    canvas_->setHighlight(paths);
    selectionBounds_ = bounds;
    table_->showSelectedIds(selectedIds_);
  }
  statusBar()->showMessage(tr("已选择 %1 栋房屋").arg(selectedIds_.size()));
  return static_cast<int>(selectedIds_.size());
}

void MainWindow::zoomToSelection() {
  if (selectionBounds_.isEmpty()) {
    statusBar()->showMessage(tr("没有选中的房屋或区域"), 5000);
    return;
  }
  Extent around = selectionBounds_;
  const double margin =
      std::max(kSelectionSurroundings * 0.5, 0.1 * std::max(around.width(), around.height()));
  around.include(around.minX - margin, around.minY - margin);
  around.include(around.maxX + margin, around.maxY + margin);
  canvas_->zoomToExtent(around);
}

bool MainWindow::zoomToArea(const QString& kind, const QString& area) {
  const bool grid = kind == QLatin1String("grid");
  const int entry = map_.indexOf(grid ? ProjectLayer::Grids : ProjectLayer::Towns);
  if (entry < 0) return false;
  const MapLayer& layer = map_.entries()[static_cast<std::size_t>(entry)].layer;
  const int field = layer.fieldIndex(grid ? layer_field::kGrid : layer_field::kTown);
  if (field < 0) return false;
  for (const MapFeature& f : layer.features()) {
    if (field < f.values.size() && f.values[field] == area) {
      canvas_->setHighlight(f.paths);
      selectionBounds_ = f.bounds;
      zoomToSelection();
      return true;
    }
  }
  return false;
}

void MainWindow::chooseAreaToZoom() {
  QStringList items;
  QList<QPair<QString, QString>> choices;  // kind, id — parallel to items
  for (const auto& [kind, title] :
       {std::pair{ProjectLayer::Grids, tr("网格")}, std::pair{ProjectLayer::Towns, tr("镇街")}}) {
    const int entry = map_.indexOf(kind);
    if (entry < 0) continue;
    const MapLayer& layer = map_.entries()[static_cast<std::size_t>(entry)].layer;
    const bool grid = kind == ProjectLayer::Grids;
    const int idField = layer.fieldIndex(grid ? layer_field::kGrid : layer_field::kTown);
    const int nameField = grid ? layer.fieldIndex(layer_field::kName) : -1;
    if (idField < 0) continue;
    for (const MapFeature& f : layer.features()) {
      const QString id = f.values.value(idField);
      const QString name = nameField >= 0 ? f.values.value(nameField) : QString();
      items << (name.isEmpty() || name == id ? tr("%1 %2").arg(title, id)
                                             : tr("%1 %2 %3").arg(title, id, name));
      choices.append({grid ? QStringLiteral("grid") : QStringLiteral("town"), id});
    }
  }
  if (items.isEmpty()) {
    statusBar()->showMessage(tr("项目没有网格或镇街"), 5000);
    return;
  }
  bool ok = false;
  const QString chosen =
      QInputDialog::getItem(this, tr("定位网格/镇街"), tr("网格或镇街："), items, 0, true, &ok);
  const int index = static_cast<int>(items.indexOf(chosen));
  if (!ok || index < 0) return;
  zoomToArea(choices[index].first, choices[index].second);
}

void MainWindow::recordInspection() {
  if (!store_ || archive_->shownCode().isEmpty()) return;
  const std::optional<BuildingRecord> record =
      store_->buildingByCode(archive_->shownCode().toStdString());
  if (!record) return;
  InspectionDialog dialog(editor_, *record, this);
  dialog.exec();
}

void MainWindow::editResponsibility(const QString& code) {
  if (!store_) return;
  const std::optional<BuildingRecord> record = store_->buildingByCode(code.toStdString());
  if (!record) return;
  ResponsibilityDialog dialog(*store_, *record, QStringLiteral("app"), this);
  if (dialog.exec() == QDialog::Accepted) showEditedBuilding(dialog.saved());
}

void MainWindow::editPlan(const QString& code) {
  if (!store_) return;
  const std::optional<BuildingRecord> record = store_->buildingByCode(code.toStdString());
  if (!record) return;
  PlanDialog dialog(*store_, *record, QStringLiteral("app"), this);
  bool changed = false;
  connect(&dialog, &PlanDialog::planChanged, this, [&changed] { changed = true; });
  dialog.exec();
  if (changed) {
    priority_->refresh();  // plan_overdue may fire or stop firing
    showArchive(*record, map_.featureById(ProjectLayer::Buildings, record->id));
  }
}

void MainWindow::issueNotice(const QString& code) {
  if (!store_) return;
  const std::optional<BuildingRecord> record = store_->buildingByCode(code.toStdString());
  if (!record) {
    QMessageBox::warning(this, tr("下达隐患通知书"), tr("房屋编码 %1 不在项目中").arg(code));
    return;
  }
  if (!needsNotice(*record)) {
    QMessageBox::warning(
        this, tr("下达隐患通知书"),
        tr("房屋 %1 未初判有隐患、未鉴定为C/D级或已销号，无需下达隐患通知书").arg(code));
    return;
  }
  const Date today = Date::today();
  const QString suggested = QFileInfo(projectPath_)
                                .absoluteDir()
                                .filePath(QString::fromStdString(
                                    hazardNoticeFileName({*record}, store_->notices(), today)));
  const QString path =
      QFileDialog::getSaveFileName(this, tr("保存隐患通知书"), suggested, tr("PDF 文件 (*.pdf)"));
  if (path.isEmpty()) return;
  try {
    const NoticeTemplate notice =
        NoticeTemplate::load(NoticeTemplate::pathFor(projectPath_.toStdString()));
    const LayoutData data = LayoutData::load(*store_, map_);
    const NoticeIssueResult r =
        issueHazardNotices(*store_, data, notice, {*record}, today, "app", path.toStdString());
    const NoticeContent& n = r.notices.front();
    statusBar()->showMessage(
        tr("已下达隐患通知书 %1，已保存到 %2")
            .arg(QString::fromStdString(n.number), QDir::toNativeSeparators(path)),
        8000);
    showArchive(*record, map_.featureById(ProjectLayer::Buildings, record->id));
  } catch (const NoticeTemplateError& e) {
    QMessageBox::warning(this, tr("下达隐患通知书"),
                         tr("通知书模板有误：%1").arg(QString::fromStdString(e.what())));
  } catch (const std::exception& e) {
    QMessageBox::warning(
        this, tr("下达隐患通知书"),
        tr("未能下达隐患通知书（项目未改动）：%1").arg(QString::fromStdString(e.what())));
  }
}

void MainWindow::showEditedBuilding(const BuildingRecord& record) {
  table_->model()->updateRecord(record);
  if (!map_.updateBuilding(record)) {
    // Not in the snapshot (its footprint could not be drawn): nothing on the map changes.
    statusBar()->showMessage(tr("房屋 %1 不在地图上").arg(QString::fromStdString(record.code)),
                             5000);
  }
  refreshMapAfterEdit();
  priority_->refresh();
  keyZonesStale_ = true;
  updateKeyZones();
  dashboard_->invalidate();
  if (archive_->shownCode() == QString::fromStdString(record.code)) {
    showArchive(record, map_.featureById(ProjectLayer::Buildings, record.id));
  }
}

void MainWindow::refreshMapAfterEdit() {
  refreshCoverage();  // the edit may have closed a gap
  layerTree_->updateLegend(map_, map_.indexOf(ProjectLayer::Buildings));  // counts changed
  canvas_->setLayers(renderLayers());
}

std::vector<RenderLayer> MainWindow::renderLayers() const {
  std::vector<RenderLayer> layers = map_.visibleLayers();
  if (coverageViewEnabled()) {
    // The choropleth and hexagons go over the zones and base lines and under the buildings (by
    // survey status), grid outlines and labels, which stay readable over the translucent fills.
    auto under = layers.begin();
    while (under != layers.end() && (under->layer.kind() == ProjectLayer::Zones ||
                                     under->layer.kind() == ProjectLayer::Lines)) {
      ++under;
    }
    std::vector<RenderLayer> coverage = coverage_.renderLayers();
    layers.insert(under, coverage.begin(), coverage.end());
  }
  // Basemaps under everything (inserted last: their empty vector snapshots would stop the scan
  // for the coverage layers' place above).
  std::vector<RenderLayer> basemaps = basemapMenu_->renderLayers();
  layers.insert(layers.begin(), basemaps.begin(), basemaps.end());
  // Open problems as markers on top while the buildings show (docs/rules.md#problem-markers).
  const int buildings = map_.indexOf(ProjectLayer::Buildings);
  if (store_ && buildings >= 0 && map_.entries()[static_cast<std::size_t>(buildings)].visible) {
    RenderLayer markers = problemMarkerLayer(
        store_->problems(), map_.entries()[static_cast<std::size_t>(buildings)].layer,
        Date::today());
    if (!markers.layer.isEmpty()) layers.push_back(std::move(markers));
  }
  return layers;
}

void MainWindow::refreshCoverage() {
  coverageScan_.drop();  // superseded: its figures predate the change
  if (!store_ || !coverageViewEnabled()) {
    coverage_.clear();
    showCoverageLegend();
    return;
  }
  const auto compute = [](const ProjectStore& store) {
    CoverageView view;
    view.compute(store);
    return view;
  };
  const auto take = [this](const ScanResult<CoverageView>& result) {
    if (result.error.empty()) {
      coverage_ = result.value;
    } else {
      coverage_.clear();
      statusBar()->showMessage(tr("无法计算覆盖率：%1").arg(QString::fromStdString(result.error)));
    }
    canvas_->setLayers(renderLayers());
    showCoverageLegend();
    showCoverageSummary();
    emit coverageComputed();
  };
  // In the background the previous layers stay drawn until the new ones arrive.
  if (coverageScan_.run<CoverageView>(this, *store_, buildingCount_, compute, take)) {
    statusBar()->showMessage(tr("正在计算排查覆盖率…"));
  }
}

void MainWindow::showCoverageLegend() {
  std::vector<LayerTreeWidget::Overlay> overlays;
  const auto add = [&overlays](const QString& title, const MapLayer& layer, const Style& style) {
    if (layer.isEmpty()) return;
    overlays.push_back(
        {title, style, layer.shape(), StyleEvaluator(style, layer).ruleCounts(layer)});
  };
  add(tr("排查覆盖率（网格）"), coverage_.gridLayer(), coverage_.gridStyle());
  add(tr("未排查房屋密度（六边形）"), coverage_.hexLayer(), coverage_.hexStyle());
  layerTree_->setOverlays(overlays);
}

void MainWindow::showCoverageSummary() {
  if (!store_ || !coverageViewEnabled()) return;
  const CoverageRow& all = coverage_.report().overall;
  statusBar()->showMessage(tr("排查覆盖率 %1（%2 / %3），未排查 %4 栋")
                               .arg(all.rate()
                                        ? QStringLiteral("%1%").arg(*all.rate() * 100, 0, 'f', 1)
                                        : QStringLiteral("—"))
                               .arg(all.checked)
                               .arg(all.total)
                               .arg(all.unchecked()));
}

void MainWindow::setCoverageViewEnabled(bool on) {
  if (coverageAction_->isChecked() != on) {
    coverageAction_->setChecked(on);  // comes back here through the signal
    return;
  }
  if (on) {
    themeBeforeCoverage_ = map_.buildingTheme();
    setBuildingTheme(BuildingTheme::SurveyStatus);
    refreshCoverage();
  } else {
    refreshCoverage();  // clears the layers (and drops a computation under way)
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
        QStringLiteral("&%1 %2").arg(i + 1).arg(projectTitle(path)), this, [this, path]() {
          if (!QFileInfo::exists(path)) {
            QMessageBox::warning(this, tr("无法打开项目"), tr("文件不存在：%1").arg(path));
            app_settings::removeRecentProject(path);
            fillRecentMenu();
            return;
          }
          openProjectInBackground(path);
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
