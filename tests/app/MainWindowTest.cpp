#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;
using fangan::testing::waitUntil;

class MainWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    window_.resize(1100, 700);
    QString error;
    ASSERT_TRUE(window_.openProject(fixture_.path(), &error)) << error.toStdString();
    window_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window_));
    waitForRender();
  }

  void waitForRender() {
    ASSERT_TRUE(waitUntil([this]() { return !window_.canvas()->isRendering(); }));
    ASSERT_FALSE(window_.canvas()->renderedImage().isNull());
  }

  // Colour of the last rendered image at a map point.
  QColor renderedColourAt(const QPointF& map) const {
    const MapCanvas* canvas = window_.canvas();
    const QPointF pixel = canvas->renderedViewport().toPixel(map);
    return canvas->renderedImage().pixelColor(pixel.toPoint());
  }

  ProjectFixture fixture_;
  MainWindow window_;
};

TEST_F(MainWindowTest, OpensAtFullExtentWithEveryBuildingVisible) {
  const Extent shown = window_.canvas()->viewport().extent();
  for (int i = 0; i < 4; ++i) {
    const QPointF c = ProjectFixture::buildingCenter(i);
    EXPECT_TRUE(shown.intersects(Extent{c.x(), c.y(), c.x(), c.y()})) << i;
  }
  // Default theme is the hazard grade: B001 is grade C (orange), B004 grade D (red).
  EXPECT_EQ(renderedColourAt(ProjectFixture::buildingCenter(0)), QColor(253, 141, 60));
  EXPECT_EQ(window_.layerTree()->topLevelItemCount(), 4);
}

TEST_F(MainWindowTest, ClickingABuildingShowsItsArchive) {
  const QPoint pixel = window_.canvas()->toWidget(ProjectFixture::buildingCenter(0)).toPoint();
  QTest::mouseClick(window_.canvas(), Qt::LeftButton, Qt::NoModifier, pixel);
  const BuildingArchivePanel* archive = window_.archivePanel();
  EXPECT_EQ(archive->shownCode(), "B001");
  EXPECT_EQ(archive->valueOf(QStringLiteral("房屋编码")), "B001");
  EXPECT_EQ(archive->valueOf(QStringLiteral("鉴定等级")), "C级");
  EXPECT_EQ(archive->valueOf(QStringLiteral("结构")), "砖混");
  EXPECT_EQ(archive->valueOf(QStringLiteral("重点区域")), "实验小学（学校周边）");
  EXPECT_TRUE(archive->valueOf(QStringLiteral("健康码")).startsWith("红码"));
  EXPECT_GE(archive->rowCount(), 30);

  // Through the canvas' map-coordinate API too; and a click on empty ground clears the panel.
  window_.canvas()->clickAt(ProjectFixture::buildingCenter(3));
  EXPECT_EQ(archive->shownCode(), "B004");
  EXPECT_EQ(archive->valueOf(QStringLiteral("管控措施")), "停止使用");
  window_.canvas()->clickAt(ProjectFixture::buildingCenter(0) + QPointF(70, 0));
  EXPECT_TRUE(archive->shownCode().isEmpty());
}

TEST_F(MainWindowTest, SwitchingTheThemeRecoloursTheBuildings) {
  const QPointF b001 = ProjectFixture::buildingCenter(0);
  const QPointF b002 = ProjectFixture::buildingCenter(1);
  EXPECT_EQ(renderedColourAt(b001), QColor(253, 141, 60));   // C: orange
  EXPECT_EQ(renderedColourAt(b002), QColor(158, 158, 158));  // not surveyed: grey

  window_.themeSelector()->setCurrentIndex(
      window_.themeSelector()->findData(static_cast<int>(BuildingTheme::SurveyStatus)));
  waitForRender();
  EXPECT_EQ(window_.projectMap().buildingTheme(), BuildingTheme::SurveyStatus);
  EXPECT_EQ(renderedColourAt(b001), QColor(77, 172, 38));  // surveyed: green
  EXPECT_EQ(renderedColourAt(b002), QColor(202, 72, 52));  // not surveyed: red-brown

  window_.setBuildingTheme(BuildingTheme::HealthCode);
  waitForRender();
  EXPECT_EQ(renderedColourAt(b001), QColor(220, 30, 30));  // C not rectified: red code
}

TEST_F(MainWindowTest, UncheckingALayerHidesIt) {
  const QPointF b003 = ProjectFixture::buildingCenter(2);
  const QColor before = renderedColourAt(b003);
  EXPECT_EQ(before, QColor(166, 217, 106));  // no hazard: light green
  const int buildings = window_.projectMap().indexOf(ProjectLayer::Buildings);
  QTreeWidgetItem* item = window_.layerTree()->itemOf(buildings);
  ASSERT_NE(item, nullptr);
  item->setCheckState(0, Qt::Unchecked);
  waitForRender();
  EXPECT_FALSE(window_.projectMap().entries()[static_cast<std::size_t>(buildings)].visible);
  EXPECT_NE(renderedColourAt(b003), before);
  // Hidden buildings cannot be picked either.
  window_.canvas()->clickAt(b003);
  EXPECT_TRUE(window_.archivePanel()->shownCode().isEmpty());

  window_.layerTree()->setLayerChecked(buildings, true);
  waitForRender();
  EXPECT_EQ(renderedColourAt(b003), before);
}

TEST_F(MainWindowTest, StatusBarShowsProjectAndGeographicCoordinates) {
  const QPoint pixel = window_.canvas()->toWidget(ProjectFixture::buildingCenter(0)).toPoint();
  QTest::mouseMove(window_.canvas(), pixel);
  QStringList texts;
  for (QLabel* label : window_.statusBar()->findChildren<QLabel*>()) texts << label->text();
  const QString all = texts.join(' ');
  // Within a pixel (about 1 m at this zoom) of the building centre (380020, 4710020), which is
  // in Andorra at about 1.539°E, 42.533°N.
  auto number = [&all](const QString& pattern) {
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(all);
    return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
  };
  EXPECT_NEAR(number(QStringLiteral("X ([0-9.]+)")), 380020, 2) << all.toStdString();
  EXPECT_NEAR(number(QStringLiteral("Y ([0-9.]+)")), 4710020, 2) << all.toStdString();
  EXPECT_NEAR(number(QStringLiteral("经度 ([0-9.]+)°")), 1.539, 0.001) << all.toStdString();
  EXPECT_NEAR(number(QStringLiteral("纬度 ([0-9.]+)°")), 42.533, 0.001) << all.toStdString();
}

TEST(MainWindow, RefusesAFileThatIsNotAProject) {
  MainWindow window;
  QString error;
  EXPECT_FALSE(window.openProject(QStringLiteral("/nonexistent/none.sqlite"), &error));
  EXPECT_FALSE(error.isEmpty());
}

}  // namespace
}  // namespace fangan::gui
