// Selecting buildings with the box and polygon tools, zooming to a grid, town or the selection.

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

class MapSelectionTest : public OpenedProjectTest {
 protected:
  // A box (map coordinates) around the centres of buildings `first`..`last`, 25 m beyond them
  // (the squares are 40 m wide: the box meets them without reaching the 100 m spaced neighbours).
  static QPolygonF boxAround(int first, int last) {
    const QPointF a = ProjectFixture::buildingCenter(first);
    const QPointF b = ProjectFixture::buildingCenter(last);
    return QPolygonF(QRectF(QPointF(a.x() - 25, a.y() - 25), QPointF(b.x() + 25, b.y() + 25)));
  }
};

TEST_F(MapSelectionTest, BoxSelectsTheBuildingsItMeetsInTheTable) {
  EXPECT_EQ(window_.selectBuildingsIn(boxAround(0, 1)), 2);
  EXPECT_EQ(window_.attributeTable()->selectedCodes(), (QStringList{"B001", "B002"}));
  EXPECT_TRUE(window_.archivePanel()->shownCode().isEmpty());  // two: no single archive

  // Ctrl adds; without it the new box replaces the selection.
  EXPECT_EQ(window_.selectBuildingsIn(boxAround(3, 3), Qt::ControlModifier), 3);
  EXPECT_EQ(window_.attributeTable()->selectedCodes(), (QStringList{"B001", "B002", "B004"}));
  EXPECT_EQ(window_.selectBuildingsIn(boxAround(2, 2)), 1);
  EXPECT_EQ(window_.archivePanel()->shownCode(), "B003");  // one: its archive
  EXPECT_EQ(window_.attributeTable()->selectedCodes(), QStringList{"B003"});

  // Between the buildings there is nothing to select.
  const QPointF gap = (ProjectFixture::buildingCenter(0) + ProjectFixture::buildingCenter(1)) / 2;
  EXPECT_EQ(window_.selectBuildingsIn(QPolygonF(QRectF(gap - QPointF(5, 5), QSizeF(10, 10)))), 0);
  EXPECT_TRUE(window_.attributeTable()->selectedCodes().isEmpty());
}

TEST_F(MapSelectionTest, PolygonToolSelectsThroughTheCanvas) {
  MapCanvas* canvas = window_.canvas();
  canvas->zoomToExtent(Extent{ProjectFixture::kOriginX - 50, ProjectFixture::kOriginY - 100,
                              ProjectFixture::kOriginX + 400, ProjectFixture::kOriginY + 150});
  canvas->setTool(MapCanvas::Tool::SelectPolygon);
  // A triangle around buildings 2 and 3 (B003, B004), clicked on the canvas, closed by a
  // double-click on its last vertex.
  const QPointF c2 = ProjectFixture::buildingCenter(2);
  const QPointF c3 = ProjectFixture::buildingCenter(3);
  const QPointF corners[] = {c2 + QPointF(-30, -40), c3 + QPointF(40, -40),
                             QPointF((c2.x() + c3.x()) / 2, c2.y() + 60)};
  for (const QPointF& corner : corners) {
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->toWidget(corner).toPoint());
  }
  QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier,
                     canvas->toWidget(corners[2]).toPoint());
  EXPECT_EQ(window_.attributeTable()->selectedCodes(), (QStringList{"B003", "B004"}));
  EXPECT_EQ(window_.selectedBuildingIds().size(), 2u);
}

TEST_F(MapSelectionTest, ZoomsToAGridATownAndTheSelection) {
  MapCanvas* canvas = window_.canvas();
  canvas->zoomToExtent(Extent{0, 0, 10, 10});  // far away
  ASSERT_TRUE(window_.zoomToArea("grid", "G1"));
  const int grids = window_.projectMap().indexOf(ProjectLayer::Grids);
  ASSERT_GE(grids, 0);
  const Extent grid =
      window_.projectMap().entries()[static_cast<std::size_t>(grids)].layer.extent();
  Extent view = canvas->viewport().extent();
  EXPECT_LE(view.minX, grid.minX);
  EXPECT_GE(view.maxX, grid.maxX);
  EXPECT_LE(view.minY, grid.minY);
  EXPECT_GE(view.maxY, grid.maxY);
  EXPECT_LT(view.width(), grid.width() * 3);  // filling the view, not lost in it

  EXPECT_TRUE(window_.zoomToArea("town", QStringLiteral("测试镇")));
  EXPECT_FALSE(window_.zoomToArea("grid", "G9"));

  // A selected building: the view shrinks around it.
  window_.selectBuildingsIn(boxAround(1, 1));
  canvas->zoomToFullExtent();
  const double fullWidth = canvas->viewport().extent().width();
  window_.zoomToSelection();
  view = canvas->viewport().extent();
  const QPointF b = ProjectFixture::buildingCenter(1);
  EXPECT_TRUE(view.minX < b.x() && b.x() < view.maxX && view.minY < b.y() && b.y() < view.maxY);
  EXPECT_LT(view.width(), fullWidth);
}

}  // namespace
}  // namespace fangan::gui
