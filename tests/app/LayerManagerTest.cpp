// The layer tree's order, opacity and style changes reach the window's map and what it draws.

#include <gtest/gtest.h>

#include <QTreeWidgetItem>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/LayerTreeWidget.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "layers/LayerLoader.h"
#include "layers/ThematicStyles.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;
using fangan::testing::waitUntil;

class LayerManagerTest : public OpenedProjectTest {
 protected:
  QColor colourAfterRender(const QPointF& map) {
    EXPECT_TRUE(waitUntil([this]() { return !window_.canvas()->isRendering(); }));
    const MapCanvas* canvas = window_.canvas();
    return canvas->renderedImage().pixelColor(canvas->renderedViewport().toPixel(map).toPoint());
  }
  int entryOf(ProjectLayer kind) const { return window_.projectMap().indexOf(kind); }
};

TEST_F(LayerManagerTest, OrderOpacityAndStyleReachTheMapAndTheCanvas) {
  const QPointF building = ProjectFixture::buildingCenter(2);  // B003, outside the zone
  const QPointF ground = building - QPointF(0, 50);
  window_.canvas()->refresh();
  const QColor groundColour = colourAfterRender(ground);
  const QColor buildingColour = colourAfterRender(building);
  ASSERT_NE(buildingColour, groundColour);

  // Fully transparent buildings: the ground shows through where B001 stands.
  const int buildings = entryOf(ProjectLayer::Buildings);
  ASSERT_GE(buildings, 0);
  window_.layerTree()->setLayerOpacity(buildings, 0.0);
  EXPECT_DOUBLE_EQ(
      window_.projectMap().entries()[static_cast<std::size_t>(buildings)].style.opacity, 0.0);
  EXPECT_EQ(colourAfterRender(building), groundColour);
  window_.layerTree()->setLayerOpacity(buildings, 1.0);
  EXPECT_EQ(colourAfterRender(building), buildingColour);

  // Moving the buildings to the bottom moves them in the window's map; a visibility toggle
  // afterwards still reaches the buildings (entry numbers keep matching).
  window_.layerTree()->moveLayer(buildings, 0);
  EXPECT_EQ(entryOf(ProjectLayer::Buildings), 0);
  QTreeWidgetItem* item = window_.layerTree()->itemOf(0);
  ASSERT_NE(item, nullptr);
  item->setCheckState(0, Qt::Unchecked);
  EXPECT_FALSE(window_.projectMap().entries()[0].visible);
  EXPECT_EQ(colourAfterRender(building), groundColour);
  item->setCheckState(0, Qt::Checked);

  // A categorized style on the town field: one class, drawn in the palette's first colour.
  const MapLayer& layer = window_.projectMap().entries()[0].layer;
  const Style byTown = categorizedStyle(layer, layer_field::kTown, 12);
  window_.layerTree()->setLayerStyle(0, byTown);
  EXPECT_EQ(window_.projectMap().entries()[0].style.rules.size(), byTown.rules.size());
  ASSERT_FALSE(byTown.rules.isEmpty());
  EXPECT_EQ(colourAfterRender(building), byTown.rules.first().symbolizer.fill.toRgb());
}

}  // namespace
}  // namespace fangan::gui
