#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "app/gui/PatrolPanel.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

class PatrolPanelTest : public OpenedProjectTest {
 protected:
  void SetUp() override {
    OpenedProjectTest::SetUp();
    if (HasFatalFailure()) return;
    panel_ = window_.patrolPanel();
    ASSERT_NE(panel_, nullptr);
    ASSERT_TRUE(panel_->chooseGrid(QStringLiteral("G1")));
    panel_->startDateEdit()->setDate(QDate(2024, 6, 1));
    panel_->daysSpin()->setValue(2);
  }

  std::optional<GridRecord> storedGrid(const std::string& id) {
    std::optional<GridRecord> found;
    window_.store()->forEachGrid([&](const GridRecord& g, const Wkb&) {
      if (g.grid == id) found = g;
      return !found;
    });
    return found;
  }

  PatrolPanel* panel_ = nullptr;
};

TEST_F(PatrolPanelTest, PlansDaysWithTheMostUrgentBuildingFirst) {
  EXPECT_FALSE(panel_->chooseGrid(QStringLiteral("G9")));
  ASSERT_TRUE(panel_->generate());
  ASSERT_TRUE(panel_->plan());
  QTreeWidget* tree = panel_->tree();
  // Due: B001 (C, 115), B004 (D under control, 110), B002 (never surveyed); default capacity 10.
  ASSERT_EQ(tree->topLevelItemCount(), 2);
  ASSERT_EQ(tree->topLevelItem(0)->childCount(), 3);
  EXPECT_EQ(tree->topLevelItem(1)->childCount(), 0);
  EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(1), "B001");
  EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(2), QStringLiteral("测试路1号"));
  EXPECT_FALSE(tree->topLevelItem(0)->child(0)->text(3).isEmpty());
  EXPECT_TRUE(tree->topLevelItem(0)->text(0).contains(QStringLiteral("2024-06-01")));

  // Double-clicking a stop shows the building.
  QTreeWidgetItem* second = tree->topLevelItem(0)->child(1);
  emit tree->itemDoubleClicked(second, 1);
  EXPECT_EQ(window_.archivePanel()->shownCode(), second->text(1));
}

TEST_F(PatrolPanelTest, SavesTheManagerAndPlansWithTheSavedCapacity) {
  ASSERT_TRUE(panel_->generate());
  panel_->managerEdit()->setText(QStringLiteral("李四"));
  panel_->phoneEdit()->setText(QStringLiteral("13800000000"));
  panel_->capacitySpin()->setValue(2);
  ASSERT_TRUE(panel_->saveManager());

  const std::optional<GridRecord> grid = storedGrid("G1");
  ASSERT_TRUE(grid);
  EXPECT_EQ(grid->manager, "李四");
  EXPECT_EQ(grid->phone, "13800000000");
  EXPECT_EQ(grid->capacityPerDay, std::optional<int>(2));
  EXPECT_EQ(grid->name, "测试一网格");  // the rest of the record is kept
  EXPECT_EQ(panel_->capacitySpin()->value(), 2);

  // The shown plan was redone with the saved capacity: two stops, then the third.
  QTreeWidget* tree = panel_->tree();
  ASSERT_EQ(tree->topLevelItemCount(), 2);
  ASSERT_EQ(tree->topLevelItem(0)->childCount(), 2);
  ASSERT_EQ(tree->topLevelItem(1)->childCount(), 1);
  EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(1), "B001");
  EXPECT_EQ(tree->topLevelItem(1)->child(0)->text(1), "B002");

  // Capacity 0 means "the default" and is stored as no capacity.
  panel_->capacitySpin()->setValue(0);
  ASSERT_TRUE(panel_->saveManager());
  EXPECT_FALSE(storedGrid("G1")->capacityPerDay);
}

TEST_F(PatrolPanelTest, SelectingADayPreviewsItsRouteOnTheMap) {
  panel_->capacitySpin()->setValue(2);
  ASSERT_TRUE(panel_->saveManager());
  ASSERT_TRUE(panel_->generate());
  const MapCanvas* canvas = window_.canvas();
  EXPECT_TRUE(canvas->overlay().points.isEmpty());

  QTreeWidget* tree = panel_->tree();
  tree->setCurrentItem(tree->topLevelItem(0));
  // Day 1: B001 then B004, straight lines (no roads), starting at the most urgent stop.
  ASSERT_EQ(canvas->overlay().polylines.size(), 1);
  ASSERT_EQ(canvas->overlay().points.size(), 2);
  EXPECT_EQ(canvas->overlay().points[0], ProjectFixture::buildingCenter(0));
  EXPECT_EQ(canvas->overlay().points[1], ProjectFixture::buildingCenter(3));
  const QPolygonF& line = canvas->overlay().polylines[0];
  ASSERT_GE(line.size(), 2);
  EXPECT_EQ(line.front(), ProjectFixture::buildingCenter(0));
  EXPECT_EQ(line.back(), ProjectFixture::buildingCenter(3));

  // A stop of day 2 previews day 2; no selection, no preview.
  tree->setCurrentItem(tree->topLevelItem(1)->child(0));
  ASSERT_EQ(canvas->overlay().points.size(), 1);
  EXPECT_EQ(canvas->overlay().points[0], ProjectFixture::buildingCenter(1));
  tree->setCurrentItem(nullptr);
  EXPECT_TRUE(canvas->overlay().points.isEmpty());
  EXPECT_TRUE(canvas->overlay().polylines.isEmpty());
}

TEST_F(PatrolPanelTest, ExportsTheListsIntoAFolder) {
  QString error;
  EXPECT_FALSE(panel_->exportTo(QDir::tempPath(), &error));  // nothing planned yet
  ASSERT_TRUE(panel_->generate());
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  ASSERT_TRUE(panel_->exportTo(dir.path(), &error)) << error.toStdString();
  const QStringList csv = QDir(dir.path()).entryList({QStringLiteral("*.csv")}, QDir::Files);
  EXPECT_EQ(csv.size(), 1);
  EXPECT_FALSE(QDir(dir.path()).entryList({QStringLiteral("*.gpkg")}, QDir::Files).isEmpty());
  EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 1);
}

TEST(PatrolPanelTranslation, HasEnglishTexts) {
  QTranslator english;
  ASSERT_TRUE(english.load(QStringLiteral(":/i18n/fangan_en.qm")));
  QCoreApplication::installTranslator(&english);
  EXPECT_EQ(QCoreApplication::translate("fangan::gui::PatrolPanel", "生成计划"), "Generate plan");
  EXPECT_EQ(QCoreApplication::translate("fangan::gui::MainWindow", "巡查计划"), "Patrol planner");
  QCoreApplication::removeTranslator(&english);
}

}  // namespace
}  // namespace fangan::gui
