#include <gtest/gtest.h>

#include <QTest>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PriorityPanel.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

class PriorityAndDashboardTest : public OpenedProjectTest {
 protected:
};

TEST_F(PriorityAndDashboardTest, RanksAGridWithScoresAndReasons) {
  PriorityPanel* priority = window_.priorityPanel();
  priority->setToday(Date{2024, 6, 1});
  ASSERT_TRUE(priority->chooseArea("grid", "G1"));
  ASSERT_EQ(priority->ranking().size(), 4u);
  // B001: C not rectified (100) + school surroundings (15); B004: D (100) + ≥3 floors (10).
  EXPECT_EQ(priority->table()->item(0, 1)->text(), "B001");
  EXPECT_EQ(priority->table()->item(0, 2)->text(), "115");
  EXPECT_TRUE(priority->table()->item(0, 3)->text().contains(QStringLiteral("学校周边")));
  EXPECT_EQ(priority->table()->item(1, 1)->text(), "B004");
  EXPECT_EQ(priority->table()->item(2, 1)->text(), "B002");  // never surveyed

  ASSERT_TRUE(priority->chooseArea("town", QStringLiteral("测试镇")));
  EXPECT_EQ(priority->ranking().size(), 4u);
  EXPECT_FALSE(priority->chooseArea("grid", "G9"));

  // Double-clicking a row shows the building.
  emit priority->table()->cellDoubleClicked(1, 0);
  EXPECT_EQ(window_.archivePanel()->shownCode(), "B004");
}

TEST_F(PriorityAndDashboardTest, DashboardChartsCoverageGradesAndLedger) {
  DashboardPanel* dashboard = window_.dashboard();
  dashboard->recompute();
  ASSERT_EQ(dashboard->coverageByTown().size(), 1u);
  EXPECT_EQ(dashboard->coverageByTown()[0].area, "测试镇");
  EXPECT_EQ(dashboard->coverageByTown()[0].total, 4);
  EXPECT_EQ(dashboard->coverageByTown()[0].checked, 3);
  EXPECT_EQ(dashboard->hazardCounts().at(QStringLiteral("C级")), 1);
  EXPECT_EQ(dashboard->hazardCounts().at(QStringLiteral("D级")), 1);
  EXPECT_EQ(dashboard->hazardCounts().at(QStringLiteral("未排查")), 1);
  EXPECT_EQ(dashboard->hazardCounts().at(QStringLiteral("无隐患")), 1);
  EXPECT_TRUE(dashboard->ledgerRows().empty());  // the fixture has no self-built houses
}

}  // namespace
}  // namespace fangan::gui
