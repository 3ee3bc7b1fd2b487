#include <gtest/gtest.h>

#include <QTest>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/AttributeTablePanel.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

class AttributeTablePanelTest : public OpenedProjectTest {
 protected:
  int rowsWith(RecordField field, FilterOperator op, const QString& value) {
    table()->applyFilter(field, op, value);
    return table()->model()->rowCount();
  }
  AttributeTablePanel* table() const { return window_.attributeTable(); }
};

TEST_F(AttributeTablePanelTest, ShowsEveryBuildingWithChineseHeaders) {
  EXPECT_EQ(table()->model()->rowCount(), 4);
  EXPECT_EQ(table()->model()->headerData(0, Qt::Horizontal).toString(), "房屋编码");
  EXPECT_EQ(table()->model()->data(table()->model()->index(0, 0)).toString(), "B001");
  const int grade = static_cast<int>(RecordField::AppraisalGrade);
  EXPECT_EQ(table()->model()->data(table()->model()->index(0, grade)).toString(), "C级");
}

TEST_F(AttributeTablePanelTest, FiltersWithTheExpressionBuilder) {
  EXPECT_EQ(rowsWith(RecordField::AppraisalGrade, FilterOperator::Equals, "C"), 1);
  EXPECT_EQ(table()->model()->recordAt(0)->code, "B001");
  EXPECT_EQ(rowsWith(RecordField::AppraisalGrade, FilterOperator::Equals, "D级"), 1);
  EXPECT_EQ(rowsWith(RecordField::AppraisalGrade, FilterOperator::IsEmpty, ""), 2);
  EXPECT_EQ(rowsWith(RecordField::Floors, FilterOperator::Greater, "3"), 2);  // 4 and 5 floors
  EXPECT_EQ(rowsWith(RecordField::Floors, FilterOperator::Less, "3"), 1);
  EXPECT_EQ(rowsWith(RecordField::SurveyStatus, FilterOperator::Equals, "未排查"), 1);
  EXPECT_EQ(rowsWith(RecordField::SurveyStatus, FilterOperator::NotEquals, "surveyed"), 1);
  EXPECT_EQ(rowsWith(RecordField::Address, FilterOperator::Contains, "路3"), 1);
  EXPECT_EQ(rowsWith(RecordField::Control, FilterOperator::Equals, "停止使用"), 1);
  EXPECT_EQ(rowsWith(RecordField::HealthCode, FilterOperator::Equals, "红码"), 2);
  // Text that would be SQL is only a value to compare with.
  EXPECT_EQ(rowsWith(RecordField::Code, FilterOperator::Equals, "B001' OR '1'='1"), 0);
  table()->clearFilter();
  EXPECT_EQ(table()->model()->rowCount(), 4);
}

TEST_F(AttributeTablePanelTest, SelectionFollowsTheMapAndTheMapFollowsTheSelection) {
  window_.canvas()->clickAt(ProjectFixture::buildingCenter(3));
  EXPECT_EQ(table()->selectedCodes(), QStringList{"B004"});

  // Selecting a row shows its archive (and highlights it on the map).
  const QModelIndex first = table()->model()->index(0, 0);
  table()->view()->selectionModel()->select(
      first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  EXPECT_EQ(window_.archivePanel()->shownCode(), "B001");
  EXPECT_EQ(table()->selectedCodes(), QStringList{"B001"});
}

TEST_F(AttributeTablePanelTest, SearchByAddressZoomsToTheBuilding) {
  table()->applyFilter(RecordField::AppraisalGrade, FilterOperator::Equals, "C");
  EXPECT_EQ(table()->search(QStringLiteral("测试路3号")), "B003");
  EXPECT_EQ(table()->model()->rowCount(), 4);  // the filter hid it: cleared
  EXPECT_EQ(window_.archivePanel()->shownCode(), "B003");
  const Extent shown = window_.canvas()->viewport().extent();
  const QPointF c = ProjectFixture::buildingCenter(2);
  EXPECT_TRUE(shown.intersects(Extent{c.x(), c.y(), c.x(), c.y()}));
  EXPECT_LT(shown.width(), 1000);
  EXPECT_EQ(table()->search(QStringLiteral("B004")), "B004");
  EXPECT_TRUE(table()->search(QStringLiteral("不存在的地址")).isEmpty());
}

TEST_F(AttributeTablePanelTest, SortsByAColumnKeepingTheSelection) {
  const int floors = static_cast<int>(RecordField::Floors);
  table()->showSelection("B002");
  table()->model()->sort(floors, Qt::DescendingOrder);
  EXPECT_EQ(table()->model()->recordAt(0)->code, "B004");
  EXPECT_EQ(table()->selectedCodes(), QStringList{"B002"});
}

}  // namespace
}  // namespace fangan::gui
