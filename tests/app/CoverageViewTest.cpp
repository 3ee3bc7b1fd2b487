#include <gtest/gtest.h>

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/CoverageView.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "app/gui/RecentProjects.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

// Every window of the test binary records recent projects and its state in QSettings: keep them
// in a temporary directory instead of the user's configuration.
class TemporarySettings : public ::testing::Environment {
 public:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);
    dir_ = std::make_unique<QTemporaryDir>();
    ASSERT_TRUE(dir_->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_->path());
  }
  void TearDown() override { dir_.reset(); }

 private:
  std::unique_ptr<QTemporaryDir> dir_;
};

[[maybe_unused]] ::testing::Environment* const kTemporarySettings =
    ::testing::AddGlobalTestEnvironment(new TemporarySettings);

class CoverageViewTest : public OpenedProjectTest {
 protected:
  QImage renderedCanvas() {
    EXPECT_TRUE(fangan::testing::waitUntil([this]() { return !window_.canvas()->isRendering(); }));
    return window_.canvas()->grab().toImage();
  }
};

TEST(CoverageViewClasses, FiveClassesFromRedToGreen) {
  EXPECT_EQ(CoverageView::coverageClass(std::nullopt), std::nullopt);
  EXPECT_EQ(CoverageView::coverageClass(0.0), 0);
  EXPECT_EQ(CoverageView::coverageClass(0.7999), 0);
  EXPECT_EQ(CoverageView::coverageClass(0.80), 1);
  EXPECT_EQ(CoverageView::coverageClass(0.90), 2);
  EXPECT_EQ(CoverageView::coverageClass(0.95), 3);
  EXPECT_EQ(CoverageView::coverageClass(0.99), 4);
  EXPECT_EQ(CoverageView::coverageClass(1.0), 4);
  EXPECT_EQ(CoverageView::countClass(1, 1), 4);
  EXPECT_EQ(CoverageView::countClass(1, 10), 0);
  EXPECT_EQ(CoverageView::countClass(10, 10), 4);
  EXPECT_EQ(CoverageView::countClass(5, 11), 2);  // (5 - 1) / 10 = 0.4 → third class
}

TEST_F(CoverageViewTest, ColoursGridsByCoverageAndBinsUncheckedBuildings) {
  EXPECT_FALSE(window_.coverageViewEnabled());
  EXPECT_TRUE(window_.coverageView().gridLayer().isEmpty());
  auto* action = window_.findChild<QAction*>(QStringLiteral("coverageViewAction"));
  ASSERT_NE(action, nullptr);
  action->trigger();
  ASSERT_TRUE(window_.coverageViewEnabled());
  EXPECT_EQ(window_.projectMap().buildingTheme(), BuildingTheme::SurveyStatus);

  // Grid G1 holds the fixture's four buildings; B001, B003 and B004 are surveyed, B002 is not:
  // 3 / 4 = 75 % → the first class (< 80 %).
  const MapLayer& grids = window_.coverageView().gridLayer();
  ASSERT_EQ(grids.features().size(), 1u);
  const MapFeature& grid = grids.features()[0];
  EXPECT_EQ(grid.values[grids.fieldIndex(CoverageView::kGridField)], "G1");
  EXPECT_EQ(grid.values[grids.fieldIndex(CoverageView::kRateField)], "0.7500");
  EXPECT_EQ(grid.values[grids.fieldIndex(CoverageView::kClassField)], "0");

  // The hexagons hold the one unchecked building.
  const MapLayer& hexes = window_.coverageView().hexLayer();
  ASSERT_FALSE(hexes.isEmpty());
  std::int64_t unchecked = 0;
  for (const MapFeature& hex : hexes.features()) {
    const std::int64_t count = hex.values[hexes.fieldIndex(CoverageView::kCountField)].toLongLong();
    EXPECT_GT(count, 0);
    unchecked += count;
  }
  EXPECT_EQ(unchecked, 1);
  EXPECT_EQ(unchecked, window_.coverageView().report().overall.unchecked());
  EXPECT_TRUE(polygonContains(hexes.features()[0].paths, ProjectFixture::buildingCenter(1)));

  // Both layers are listed in the layer tree with their legends: the one grid in the lowest
  // class, the one unchecked building in a hexagon.
  LayerTreeWidget* tree = window_.layerTree();
  ASSERT_EQ(tree->overlayCount(), 2);
  QTreeWidgetItem* gridItem = tree->topLevelItem(0);
  EXPECT_EQ(gridItem->text(0), QStringLiteral("排查覆盖率（网格）"));
  ASSERT_EQ(gridItem->childCount(), CoverageView::gridCoverageStyle().rules.size());
  EXPECT_TRUE(gridItem->child(0)->text(0).endsWith(QStringLiteral("  1")));
  EXPECT_EQ(tree->topLevelItem(1)->text(0), QStringLiteral("未排查房屋密度（六边形）"));

  // A pixel of the grid away from buildings, the school zone, hexagons and labels is red.
  window_.canvas()->zoomToFullExtent();
  const QImage image = renderedCanvas();
  const double x0 = ProjectFixture::kOriginX - 60;
  const double y0 = ProjectFixture::kOriginY - 60;
  const double x1 = ProjectFixture::kOriginX + 4 * ProjectFixture::kSpacing;
  const double y1 = ProjectFixture::kOriginY + 100;
  const QPointF candidates[] = {{x0 + 8, y0 + 8},
                                {x1 - 8, y0 + 8},
                                {x1 - 8, y1 - 8},
                                {x0 + 8, y1 - 8},
                                {(x0 + x1) / 2, y0 + 8}};
  bool checked = false;
  for (const QPointF& point : candidates) {
    bool inHex = false;
    for (const MapFeature& hex : hexes.features())
      inHex = inHex || polygonContains(hex.paths, point);
    if (inHex) continue;
    const QPoint pixel = window_.canvas()->toWidget(point).toPoint();
    ASSERT_TRUE(image.rect().contains(pixel));
    const QColor colour = image.pixelColor(pixel);
    EXPECT_GT(colour.red(), colour.green() + 40) << colour.name().toStdString();
    EXPECT_GT(colour.red(), colour.blue() + 40) << colour.name().toStdString();
    checked = true;
    break;
  }
  EXPECT_TRUE(checked) << "every candidate pixel lies in a hexagon";

  // Off again: the layers go and the buildings return to their theme.
  window_.setCoverageViewEnabled(false);
  EXPECT_FALSE(action->isChecked());
  EXPECT_TRUE(window_.coverageView().gridLayer().isEmpty());
  EXPECT_EQ(window_.projectMap().buildingTheme(), BuildingTheme::HazardGrade);
  EXPECT_EQ(window_.layerTree()->overlayCount(), 0);
  EXPECT_NE(window_.layerTree()->topLevelItem(0)->text(0), QStringLiteral("排查覆盖率（网格）"));
}

TEST_F(CoverageViewTest, RecentProjectsListsNewestFirst) {
  ProjectFixture second;
  ASSERT_TRUE(second.isValid());
  QString error;
  ASSERT_TRUE(window_.openProject(second.path(), &error)) << error.toStdString();

  const QStringList recent = app_settings::recentProjects();
  ASSERT_GE(recent.size(), 2);
  EXPECT_EQ(recent[0], QFileInfo(second.path()).absoluteFilePath());
  EXPECT_EQ(recent[1], QFileInfo(fixture_.path()).absoluteFilePath());
  const QList<QAction*> actions = window_.recentMenu()->actions();
  ASSERT_GE(actions.size(), 2);
  EXPECT_EQ(actions[0]->data().toString(), recent[0]);
  EXPECT_EQ(actions[1]->data().toString(), recent[1]);

  // Reopening moves a project to the top without duplicating it; the list keeps eight.
  ASSERT_TRUE(window_.openProject(fixture_.path(), &error)) << error.toStdString();
  EXPECT_EQ(app_settings::recentProjects().value(0), recent[1]);
  EXPECT_EQ(app_settings::recentProjects().count(recent[1]), 1);
  for (int i = 0; i < 10; ++i)
    app_settings::addRecentProject(QStringLiteral("/tmp/p%1.sqlite").arg(i));
  EXPECT_EQ(app_settings::recentProjects().size(), app_settings::kMaxRecentProjects);
  EXPECT_EQ(app_settings::recentProjects().value(0), QStringLiteral("/tmp/p9.sqlite"));
}

TEST_F(CoverageViewTest, WindowStateIsSavedOnCloseAndRestored) {
  window_.resize(1000, 900);
  const QSize size = window_.size();  // at least the minimum size of the docks
  window_.close();
  EXPECT_FALSE(app_settings::windowGeometry().isEmpty());
  EXPECT_FALSE(app_settings::windowState().isEmpty());
  MainWindow restored;
  EXPECT_TRUE(restored.restoreWindowSettings());
  EXPECT_EQ(restored.size(), size);
}

}  // namespace
}  // namespace fangan::gui
