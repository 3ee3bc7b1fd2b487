// Layouts draw the project's raster basemaps under the map frame's layers, and leave them out
// of the legend.

#include <gtest/gtest.h>

#include "../../app/support/ProjectFixture.h"
#include "layers/Basemaps.h"
#include "layers/layout/LayoutData.h"

namespace fangan {
namespace {

using fangan::testing::ProjectFixture;

TEST(LayoutBasemaps, LoadTakesTheBasemapsTheProjectLists) {
  ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  auto store = openSpatialiteProject(fixture.path().toStdString());
  EXPECT_TRUE(LayoutData::load(*store).basemaps().empty());

  addBasemap(*store, std::string(FANGAN_DATA_DIR) + "/sample/dem.tif");
  const LayoutData data = LayoutData::load(*store);
  ASSERT_EQ(data.basemaps().size(), 1u);
  ASSERT_NE(data.basemaps().front().raster, nullptr);
  EXPECT_DOUBLE_EQ(data.basemaps().front().style.opacity, kBasemapOpacity);
  // The DEM covers the fixture's buildings (Andorra, UTM 31N).
  const Extent dem = data.basemaps().front().raster->extent();
  const QPointF b = ProjectFixture::buildingCenter(0);
  EXPECT_TRUE(dem.minX < b.x() && b.x() < dem.maxX && dem.minY < b.y() && b.y() < dem.maxY);
}

}  // namespace
}  // namespace fangan
