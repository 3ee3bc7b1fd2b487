#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_geometry.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/SlopeZones.h"
#include "gis/io/GdalHandles.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

constexpr double kPi = 3.14159265358979323846;

/// Writes a GeoTIFF DEM in `epsg` whose heights are `height(column, row)`.
template <typename F>
void writeDem(const std::string& path, int epsg, int width, int height, double cell, F heightAt) {
  GDALAllRegister();
  const GdalDataset owned = ownDataset(GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), width,
                                                  height, 1, GDT_Float32, nullptr));
  GDALDatasetH ds = owned.get();
  double gt[6] = {testing::kX0, cell, 0, testing::kY0 + height * cell, 0, -cell};
  GDALSetGeoTransform(ds, gt);
  const OgrSrs srs = ownSrs(OSRNewSpatialReference(nullptr));
  OSRImportFromEPSG(srs.get(), epsg);
  GDALSetSpatialRef(ds, srs.get());
  std::vector<float> z(static_cast<std::size_t>(width * height));
  for (int r = 0; r < height; ++r) {
    for (int c = 0; c < width; ++c) z[static_cast<std::size_t>(r * width + c)] = heightAt(c, r);
  }
  GDALRasterBandH band = GDALGetRasterBand(ds, 1);
  GDALSetRasterNoDataValue(band, -9999);
  EXPECT_EQ(
      GDALRasterIO(band, GF_Write, 0, 0, width, height, z.data(), width, height, GDT_Float32, 0, 0),
      CE_None);
}

double areaOf(const Wkb& wkb) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size());
  const double a = g ? g->toMultiPolygon()->get_Area() : -1;
  OGRGeometryFactory::destroyGeometry(g);
  return a;
}

TEST(SlopeZones, PlaneOfThirtyDegreesHasThirtyDegreesInside) {
  testing::TempDir dir;
  const auto path = dir.file("plane.tif");
  const double rise = 10 * std::tan(30 * kPi / 180);  // per 10 m cell, eastwards
  writeDem(path, 4547, 50, 40, 10, [&](int c, int) { return static_cast<float>(100 + rise * c); });
  const SlopeGrid g = slopeFromDem(path);
  ASSERT_EQ(g.width, 50);
  ASSERT_EQ(g.height, 40);
  for (int r = 1; r < 39; ++r) {
    for (int c = 1; c < 49; ++c) ASSERT_NEAR(g.at(c, r), 30.0, 1e-3) << c << "," << r;
  }
  // Edges get a one-sided estimate, not a hole.
  EXPECT_FALSE(std::isnan(g.at(0, 0)));
  EXPECT_LT(g.at(0, 20), 30.0f);
}

TEST(SlopeZones, SteepPatchBecomesOneZoneAndSmallPatchesAreDropped) {
  testing::TempDir dir;
  const auto path = dir.file("patches.tif");
  // Flat ground with a 20×20-cell ramp (10 m cells: 40,000 m²) and a one-cell spike 50 m
  // high, whose eight neighbours are steep: a 900 m² ring around a flat 100 m² hole.
  writeDem(path, 4547, 60, 60, 10, [](int c, int r) {
    float z = 100;
    if (r >= 10 && r < 30) z += static_cast<float>(10 * std::clamp(c - 10, 0, 20));
    if (r == 50 && c == 50) z += 50;
    return z;
  });
  SlopeZoneOptions o;
  o.thresholdDegrees = 25;
  o.minArea = 2000;
  const SlopeZoneResult r = slopeZones(path, 4547, o);
  EXPECT_FALSE(r.warped);
  EXPECT_DOUBLE_EQ(r.cellWidth, 10);
  ASSERT_EQ(r.polygons.size(), 1u);
  EXPECT_EQ(r.droppedSmall, 1);
  EXPECT_GE(r.holesFilled, 1);  // the spike's flat top
  // The big ramp is steep (45°) wherever its 3×3 window sees the rise: about its own area.
  const double area = areaOf(r.polygons[0]);
  EXPECT_GT(area, 30000);
  EXPECT_LT(area, 60000);
}

TEST(SlopeZones, MatchesGdaldemOnTheAndorraDem) {
  const std::string dem = testing::sharedData("andorra/dem_utm_30m.tif");
  const std::string reference = testing::sharedData("andorra/slope_deg_utm_30m.tif");
  if (dem.empty() || reference.empty()) FANGAN_MISSING("shared Andorra data missing");
  const SlopeGrid ours = slopeFromDem(dem);
  const GdalDataset owned = openDataset(reference, GDAL_OF_RASTER | GDAL_OF_READONLY);
  ASSERT_NE(owned, nullptr);
  GDALDatasetH ref = owned.get();
  ASSERT_EQ(GDALGetRasterXSize(ref), ours.width);
  ASSERT_EQ(GDALGetRasterYSize(ref), ours.height);
  std::vector<float> gdaldem(static_cast<std::size_t>(ours.width) * ours.height);
  GDALRasterBandH band = GDALGetRasterBand(ref, 1);
  ASSERT_EQ(GDALRasterIO(band, GF_Read, 0, 0, ours.width, ours.height, gdaldem.data(), ours.width,
                         ours.height, GDT_Float32, 0, 0),
            CE_None);
  int hasNoData = 0;
  const float refNoData = static_cast<float>(GDALGetRasterNoDataValue(band, &hasNoData));

  // Interior cells whose whole 3×3 window is valid: there both use the same nine heights.
  double sum = 0;
  double worst = 0;
  long cells = 0;
  for (int r = 1; r + 1 < ours.height; ++r) {
    for (int c = 1; c + 1 < ours.width; ++c) {
      bool valid = true;
      for (int dr = -1; dr <= 1 && valid; ++dr) {
        for (int dc = -1; dc <= 1 && valid; ++dc) valid = !std::isnan(ours.at(c + dc, r + dr));
      }
      const float theirs = gdaldem[static_cast<std::size_t>(r) * ours.width + c];
      if (!valid || (hasNoData && theirs == refNoData)) continue;
      const double d = std::abs(ours.at(c, r) - theirs);
      sum += d;
      worst = std::max(worst, d);
      ++cells;
    }
  }
  ASSERT_GT(cells, 100000);
  EXPECT_LT(sum / cells, 0.5);
  RecordProperty("mean_abs_diff_deg", std::to_string(sum / cells));
  RecordProperty("max_abs_diff_deg", std::to_string(worst));
}

TEST(SlopeZones, GeographicDemIsWarpedIntoTheProjectCrs) {
  const std::string dem = testing::sharedData("andorra/dem_srtm3_wgs84.tif");
  if (dem.empty()) FANGAN_MISSING("shared Andorra data missing");
  EXPECT_THROW(slopeFromDem(dem), DemError);  // degrees are not metres
  SlopeZoneOptions o;
  const SlopeZoneResult r = slopeZones(dem, 32631, o);
  EXPECT_TRUE(r.warped);
  EXPECT_GT(r.cellWidth, 50);  // SRTM3: ~70-90 m after projection
  EXPECT_LT(r.cellWidth, 100);
  ASSERT_FALSE(r.polygons.empty());
  double total = 0;
  for (const auto& p : r.polygons) {
    const double a = areaOf(p);
    EXPECT_GE(a, o.minArea);
    total += a;
  }
  // Andorra is steep: a large share of the clip (about 36 × 31 km) is above 25°.
  EXPECT_GT(total, 100e6);
}

TEST(SlopeZones, UnusableDemsSayWhy) {
  testing::TempDir dir;
  EXPECT_THROW(slopeZones(dir.file("missing.tif"), 4547), DemError);
}

}  // namespace
}  // namespace fangan
