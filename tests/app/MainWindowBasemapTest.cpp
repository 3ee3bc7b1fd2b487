// A raster basemap added through the window's 底图 menu is drawn under the project's layers.

#include <gtest/gtest.h>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/BasemapMenu.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;
using fangan::testing::waitUntil;

class MainWindowBasemapTest : public OpenedProjectTest {
 protected:
  QColor colourAfterRender(const QPointF& map) {
    EXPECT_TRUE(waitUntil([this]() { return !window_.canvas()->isRendering(); }));
    const MapCanvas* canvas = window_.canvas();
    return canvas->renderedImage().pixelColor(canvas->renderedViewport().toPixel(map).toPoint());
  }
};

TEST_F(MainWindowBasemapTest, TheSampleDemShowsUnderTheBuildings) {
  // 30 m south of the first building: open ground in the fixture (no building, zone or line).
  const QPointF ground = ProjectFixture::buildingCenter(0) - QPointF(0, 50);
  const QPointF building = ProjectFixture::buildingCenter(0);
  window_.canvas()->refresh();
  const QColor groundBefore = colourAfterRender(ground);
  const QColor buildingBefore = colourAfterRender(building);

  const QString dem = QStringLiteral(FANGAN_DATA_DIR "/sample/dem.tif");
  QString error;
  ASSERT_TRUE(window_.basemapMenu()->addBasemap(dem, &error)) << error.toStdString();
  const QColor groundWith = colourAfterRender(ground);
  EXPECT_NE(groundWith, groundBefore);
  // Grey relief (a single-band DEM), drawn at 85 % over the background.
  EXPECT_LE(std::abs(groundWith.red() - groundWith.green()), 6);
  EXPECT_LE(std::abs(groundWith.green() - groundWith.blue()), 6);
  // The building stays on top in its own colour.
  EXPECT_EQ(colourAfterRender(building), buildingBefore);

  window_.basemapMenu()->setBasemapVisible(dem, false);
  EXPECT_EQ(colourAfterRender(ground), groundBefore);
}

}  // namespace
}  // namespace fangan::gui
