// The key-zones panel on the fixture project, with zones added and joined to the buildings by
// the real zone join (as `fangan analyze` does). The figures are known by construction:
//   buildings  B001 surveyed, B002 not, B003 surveyed, B004 surveyed, B005 (added here) not
//   实验小学 (school, the fixture's)  B001               1 building, 1 checked
//   第二中学 (school)                B001 B002 B003     3, 2 checked, 1 unchecked
//   unnamed  (rail_road)            B002 … B005        4, 2 checked, 2 unchecked
//   滑坡隐患点 (geohazard)           none               0
// School as a type is B001–B003 once each: 3, 2 checked (not 4, the sum of its zones).

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BackgroundScan.h"
#include "app/gui/KeyZonesPanel.h"
#include "gis/analysis/spatial/ZoneJoin.h"
#include "layers/WkbGeometry.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

Wkb strip(double x0, double x1) {
  const double y0 = ProjectFixture::kOriginY - 20, y1 = ProjectFixture::kOriginY + 60;
  x0 += ProjectFixture::kOriginX;
  x1 += ProjectFixture::kOriginX;
  return multiPolygonWkb(
      {{QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)})}});
}

/// A user's double-click: QTest::mouseDClick on a widget sends the double-click event alone,
/// but an item view acts on it only after a press on the same item, as a real mouse gives.
void doubleClick(QTreeWidget* tree, const QPoint& at) {
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
  QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
  QTest::mouseRelease(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

class KeyZonesPanelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    store_ = openSpatialiteProject(fixture_.path().toStdString());
    BuildingRecord b5;
    b5.code = "B005";
    b5.surveyStatus = SurveyStatus::NotSurveyed;
    store_->upsertBuilding(b5, strip(400, 440), "test");
    secondSchool_ = addZone("school", "第二中学", strip(-10, 250));
    corridor_ = addZone("rail_road", "", strip(80, 460));
    geohazard_ = addZone("geohazard", "滑坡隐患点", strip(5000, 5100));
    rebuildBuildingZones(*store_);
    store_->forEachZone([this](const ZoneRecord& z, const Wkb&) {
      if (z.name == "实验小学") fixtureSchool_ = z.id;
      return true;
    });
    ASSERT_NE(fixtureSchool_, 0);
  }

  std::int64_t addZone(const std::string& type, const std::string& name, const Wkb& polygon) {
    ZoneRecord z;
    z.type = type;
    z.name = name;
    z.source = "import:test";
    return store_->insertZone(z, polygon);
  }

  /// Opens the fixture in `panel` and waits for the result.
  void compute(KeyZonesPanel& panel) {
    QSignalSpy computed(&panel, &KeyZonesPanel::computed);
    panel.setProject(fixture_.path());
    EXPECT_TRUE(panel.isComputing());
    EXPECT_EQ(panel.statusLabel()->text(), QStringLiteral("正在计算…"));
    ASSERT_TRUE(computed.wait(20000));
    EXPECT_FALSE(panel.isComputing());
    EXPECT_TRUE(panel.errorText().isEmpty()) << panel.errorText().toStdString();
  }

  static QStringList counts(const QTreeWidgetItem* item) {
    return {item->text(KeyZonesPanel::kTotalColumn), item->text(KeyZonesPanel::kCheckedColumn),
            item->text(KeyZonesPanel::kUncheckedColumn), item->text(KeyZonesPanel::kRateColumn)};
  }

  ProjectFixture fixture_;
  std::unique_ptr<ProjectStore> store_;
  std::int64_t fixtureSchool_ = 0, secondSchool_ = 0, corridor_ = 0, geohazard_ = 0;
};

TEST_F(KeyZonesPanelTest, ShowsTypesThenZonesWithTheMostUncheckedFirst) {
  KeyZonesPanel panel;
  compute(panel);
  if (HasFatalFailure()) return;
  QTreeWidget* tree = panel.tree();
  ASSERT_EQ(tree->topLevelItemCount(), 3);

  const QTreeWidgetItem* rail = tree->topLevelItem(0);
  EXPECT_EQ(rail->data(0, KeyZonesPanel::kTypeRole).toString(), "rail_road");
  EXPECT_EQ(rail->text(0), QStringLiteral("铁路公路两侧"));
  EXPECT_EQ(counts(rail), QStringList({"4", "2", "2", "50.0%"}));
  ASSERT_EQ(rail->childCount(), 1);
  EXPECT_EQ(rail->child(0)->text(0), QStringLiteral("未命名"));
  EXPECT_EQ(rail->child(0)->data(0, KeyZonesPanel::kZoneIdRole).toLongLong(), corridor_);

  const QTreeWidgetItem* school = tree->topLevelItem(1);
  EXPECT_EQ(school->data(0, KeyZonesPanel::kTypeRole).toString(), "school");
  EXPECT_EQ(counts(school), QStringList({"3", "2", "1", "66.7%"}));
  ASSERT_EQ(school->childCount(), 2);
  EXPECT_EQ(school->child(0)->text(0), QStringLiteral("第二中学"));
  EXPECT_EQ(counts(school->child(0)), QStringList({"3", "2", "1", "66.7%"}));
  EXPECT_EQ(school->child(1)->text(0), QStringLiteral("实验小学"));
  EXPECT_EQ(counts(school->child(1)), QStringList({"1", "1", "0", "100.0%"}));

  const QTreeWidgetItem* geohazard = tree->topLevelItem(2);
  EXPECT_EQ(geohazard->data(0, KeyZonesPanel::kTypeRole).toString(), "geohazard");
  EXPECT_EQ(counts(geohazard), QStringList({"0", "0", "0", "—"}));
  ASSERT_EQ(geohazard->childCount(), 1);
  EXPECT_EQ(geohazard->child(0)->text(0), QStringLiteral("滑坡隐患点"));

  // B001–B005 are each in some zone; B002 and B005 are unchecked.
  EXPECT_EQ(panel.report().inAnyZone.total, 5);
  EXPECT_EQ(panel.report().inAnyZone.unchecked(), 2);
  EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("5 栋")));
}

TEST_F(KeyZonesPanelTest, DoubleClickingAZoneAsksForItOnTheMap) {
  KeyZonesPanel panel;
  panel.resize(700, 500);
  panel.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
  compute(panel);
  if (HasFatalFailure()) return;
  QSignalSpy activated(&panel, &KeyZonesPanel::zoneActivated);

  QTreeWidget* tree = panel.tree();
  QTreeWidgetItem* secondSchool = tree->topLevelItem(1)->child(0);
  ASSERT_EQ(secondSchool->text(0), QStringLiteral("第二中学"));
  tree->scrollToItem(secondSchool);
  const QRect rect = tree->visualItemRect(secondSchool);
  ASSERT_TRUE(rect.isValid());
  doubleClick(tree, rect.center());
  ASSERT_EQ(activated.count(), 1);
  EXPECT_EQ(activated.at(0).at(0).value<qint64>(), secondSchool_);

  // A type row is not a place: it opens and closes, and asks for nothing.
  const QRect typeRect = tree->visualItemRect(tree->topLevelItem(0));
  doubleClick(tree, typeRect.center());
  EXPECT_EQ(activated.count(), 1);
}

TEST_F(KeyZonesPanelTest, FiltersByZoneType) {
  KeyZonesPanel panel;
  compute(panel);
  if (HasFatalFailure()) return;
  // "All", then the three types present.
  ASSERT_EQ(panel.typeFilter()->count(), 4);
  EXPECT_FALSE(panel.chooseType(QStringLiteral("market")));
  ASSERT_TRUE(panel.chooseType(QStringLiteral("school")));
  QTreeWidget* tree = panel.tree();
  int shown = 0;
  for (int i = 0; i < tree->topLevelItemCount(); ++i) {
    if (tree->topLevelItem(i)->isHidden()) continue;
    ++shown;
    EXPECT_EQ(tree->topLevelItem(i)->data(0, KeyZonesPanel::kTypeRole).toString(), "school");
  }
  EXPECT_EQ(shown, 1);
  ASSERT_TRUE(panel.chooseType(QString()));
  for (int i = 0; i < tree->topLevelItemCount(); ++i) {
    EXPECT_FALSE(tree->topLevelItem(i)->isHidden());
  }
}

TEST_F(KeyZonesPanelTest, RefreshCountsAnEditAndDropsTheSupersededResult) {
  KeyZonesPanel panel;
  compute(panel);
  if (HasFatalFailure()) return;
  ASSERT_TRUE(panel.chooseType(QStringLiteral("rail_road")));

  // B002 surveyed since: the corridor and the second school each have one unchecked fewer.
  auto b2 = store_->buildingByCode("B002");
  ASSERT_TRUE(b2);
  b2->surveyStatus = SurveyStatus::Surveyed;
  store_->updateBuilding(*b2, "test");

  QSignalSpy computed(&panel, &KeyZonesPanel::computed);
  panel.refresh();
  panel.refresh();  // supersedes the first: only one result may arrive
  EXPECT_TRUE(panel.isComputing());
  ASSERT_TRUE(computed.wait(20000));
  // Every worker done and every queued result delivered: still only the one.
  ASSERT_TRUE(waitForBackgroundWork(60000));
  QCoreApplication::processEvents();
  QCoreApplication::sendPostedEvents();
  EXPECT_EQ(computed.count(), 1);

  QTreeWidget* tree = panel.tree();
  ASSERT_EQ(tree->topLevelItemCount(), 3);
  const QTreeWidgetItem* rail = tree->topLevelItem(0);
  EXPECT_EQ(rail->data(0, KeyZonesPanel::kTypeRole).toString(), "rail_road");
  EXPECT_EQ(counts(rail), QStringList({"4", "3", "1", "75.0%"}));
  // The chosen type stayed chosen.
  EXPECT_EQ(panel.typeFilter()->currentData().toString(), "rail_road");
  EXPECT_EQ(panel.report().inAnyZone.unchecked(), 1);
}

TEST_F(KeyZonesPanelTest, AProjectWithoutTheJoinSaysSo) {
  store_->replaceBuildingZones({});
  KeyZonesPanel panel;
  compute(panel);
  if (HasFatalFailure()) return;
  EXPECT_EQ(panel.report().links, 0);
  EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("fangan analyze")));
}

TEST(KeyZonesPanelTranslation, HasEnglishTexts) {
  QTranslator english;
  ASSERT_TRUE(english.load(QStringLiteral(":/i18n/fangan_en.qm")));
  QCoreApplication::installTranslator(&english);
  const auto tr = [](const char* source) {
    return QCoreApplication::translate("fangan::gui::KeyZonesPanel", source);
  };
  EXPECT_EQ(tr("未命名"), "Unnamed");
  EXPECT_EQ(tr("正在计算…"), "Computing…");
  EXPECT_EQ(tr("全部类型"), "All types");
  EXPECT_EQ(QCoreApplication::translate("fangan::gui::MainWindow", "重点区域"), "Key zones");
  QCoreApplication::removeTranslator(&english);
}

}  // namespace
}  // namespace fangan::gui
