// Raster basemaps through real GDAL: the sample DEM warped into UTM, an MBTiles file written by
// GDAL's driver, palettes, no-data, the errors, concurrent renders, and drawing through the
// canvas renderer and the layout's vector painter. Expected colours and heights come from the
// test's own data or from reading the files with GDAL directly, never from the code under test.

#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>
#include <ogr_srs_api.h>

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <future>
#include <thread>

#include "gis/crs/CrsTransform.h"
#include "gis/io/GdalHandles.h"
#include "layers/MapRenderer.h"
#include "layers/RasterBasemap.h"
#include "layers/layout/VectorMapOutput.h"

namespace fangan {
namespace {

const std::string kDem = std::string(FANGAN_DATA_DIR) + "/sample/dem.tif";
const std::string kUtm31 = "EPSG:32631";

// The sample DEM's grid (gdalinfo data/sample/dem.tif): 528 × 336 cells of 3" from
// (1.3795833 E, 42.6804167 N), EPSG:4326.
constexpr double kDemWest = 1.379583333333333;
constexpr double kDemNorth = 42.680416666666666;
constexpr double kDemCell = 0.000833333333333;
constexpr int kDemWidth = 528;
constexpr int kDemHeight = 336;

std::string wktOf(int epsg) {
  const OgrSrs srs = ownSrs(OSRNewSpatialReference(nullptr));
  OSRImportFromEPSG(srs.get(), epsg);
  char* wkt = nullptr;
  OSRExportToWkt(srs.get(), &wkt);
  std::string out = wkt;
  CPLFree(wkt);
  return out;
}

// Writes a GeoTIFF of `bands` bands of `type`, w × h cells of `cell` units from (west, north),
// in EPSG:`epsg` (0: no CRS); `value(band, column, row)` gives each cell.
void writeGeoTiff(const std::string& path, int w, int h, int bands, GDALDataType type, double west,
                  double north, double cell, int epsg,
                  const std::function<double(int, int, int)>& value,
                  const std::function<void(GDALDatasetH)>& finish = nullptr) {
  GDALAllRegister();
  GdalDataset ds = ownDataset(
      GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), w, h, bands, type, nullptr));
  ASSERT_TRUE(ds) << path;
  const auto handle = static_cast<GDALDatasetH>(ds.get());
  double gt[6] = {west, cell, 0, north, 0, -cell};
  ASSERT_EQ(GDALSetGeoTransform(handle, gt), CE_None);
  if (epsg > 0) {
    ASSERT_EQ(GDALSetProjection(handle, wktOf(epsg).c_str()), CE_None);
  }
  std::vector<double> row(static_cast<std::size_t>(w));
  for (int b = 1; b <= bands; ++b) {
    for (int y = 0; y < h; ++y) {
      for (int x = 0; x < w; ++x) row[static_cast<std::size_t>(x)] = value(b, x, y);
      ASSERT_EQ(GDALRasterIO(GDALGetRasterBand(handle, b), GF_Write, 0, y, w, 1, row.data(), w, 1,
                             GDT_Float64, 0, 0),
                CE_None);
    }
  }
  if (finish) finish(handle);
}

// Height of the DEM cell containing (lon, lat), read with GDAL.
double demHeight(double lon, double lat) {
  GDALAllRegister();
  GdalDataset ds = openDataset(kDem, GDAL_OF_RASTER | GDAL_OF_READONLY);
  const int col = static_cast<int>(std::floor((lon - kDemWest) / kDemCell));
  const int row = static_cast<int>(std::floor((kDemNorth - lat) / kDemCell));
  double z = 0;
  if (GDALRasterIO(GDALGetRasterBand(static_cast<GDALDatasetH>(ds.get()), 1), GF_Read, col, row, 1,
                   1, &z, 1, 1, GDT_Float64, 0, 0) != CE_None) {
    return NAN;
  }
  return z;
}

QPointF toUtm(double lon, double lat) {
  CrsTransform t("EPSG:4326", kUtm31);
  t.transform(&lon, &lat, 1);
  return QPointF(lon, lat);
}

QPointF toLonLat(const QPointF& utm) {
  CrsTransform t(kUtm31, "EPSG:4326");
  double x = utm.x();
  double y = utm.y();
  t.transform(&x, &y, 1);
  return QPointF(x, y);
}

QPoint pixelOf(const MapViewport& v, const QPointF& map) {
  const QPointF p = v.toPixel(map);
  return QPoint(static_cast<int>(std::floor(p.x())), static_cast<int>(std::floor(p.y())));
}

// The DEM and a 1 km margin of UTM 31N around it, 640 × 480 pixels.
MapViewport demView(QSize size = QSize(640, 480)) {
  Extent e;
  for (double lon : {kDemWest, kDemWest + kDemWidth * kDemCell}) {
    for (double lat : {kDemNorth, kDemNorth - kDemHeight * kDemCell}) {
      const QPointF p = toUtm(lon, lat);
      e.include(p.x(), p.y());
    }
  }
  e.include(e.minX - 1000, e.minY - 1000);
  e.include(e.maxX + 1000, e.maxY + 1000);
  return MapViewport::fitting(e, size, 0);
}

TEST(RasterBasemap, KnowsTheSampleDemsCrsBandsAndFootprintInUtm) {
  const RasterBasemap dem(kDem, kUtm31);
  EXPECT_EQ(dem.size(), QSize(kDemWidth, kDemHeight));
  EXPECT_EQ(dem.bands(), RasterBasemap::Bands::Greyscale);
  EXPECT_EQ(epsgCodeOf(dem.sourceCrs()), 4326);
  // The footprint holds the four corners transformed by PROJ (and not much more).
  const Extent& e = dem.extent();
  for (double lon : {kDemWest, kDemWest + kDemWidth * kDemCell}) {
    for (double lat : {kDemNorth, kDemNorth - kDemHeight * kDemCell}) {
      const QPointF p = toUtm(lon, lat);
      EXPECT_LE(e.minX, p.x() + 1);
      EXPECT_GE(e.maxX, p.x() - 1);
      EXPECT_LE(e.minY, p.y() + 1);
      EXPECT_GE(e.maxY, p.y() - 1);
    }
  }
  // 0.44° of longitude at 42.5° N is 36.1 km and 0.28° of latitude 31.1 km; the UTM grid is
  // turned by about 1° this far west of the zone's central meridian (3° E), which widens the
  // box by some 600 m each way.
  EXPECT_LT(e.width(), 37000);
  EXPECT_LT(e.height(), 32000);
}

TEST(RasterBasemap, DrawsTheDemInGreyRisingWithHeightAndNothingOutsideIt) {
  const auto dem = RasterBasemap::open(kDem, 32631);
  const MapViewport view = demView();
  const QImage image = dem->render(view);
  ASSERT_EQ(image.size(), view.size());
  ASSERT_EQ(image.format(), QImage::Format_ARGB32_Premultiplied);

  // Two places in Andorra: the Valira valley at Sant Julià de Lòria, and the slopes of Coma
  // Pedrosa, the highest summit.
  const double lowLon = 1.4900, lowLat = 42.4650;
  const double highLon = 1.4450, highLat = 42.5920;
  const double low = demHeight(lowLon, lowLat);
  const double high = demHeight(highLon, highLat);
  ASSERT_LT(low + 800, high) << "the points should be far apart in height";
  const QColor lowPixel = image.pixelColor(pixelOf(view, toUtm(lowLon, lowLat)));
  const QColor highPixel = image.pixelColor(pixelOf(view, toUtm(highLon, highLat)));
  EXPECT_EQ(lowPixel.alpha(), 255);
  EXPECT_EQ(highPixel.alpha(), 255);
  EXPECT_EQ(lowPixel.red(), lowPixel.green());
  EXPECT_EQ(lowPixel.red(), lowPixel.blue());
  EXPECT_GT(highPixel.red(), lowPixel.red() + 60);

  // The stretch maps the band's range onto black … white: the grey levels follow the heights.
  const double range = dem->maximum() - dem->minimum();
  ASSERT_GT(range, 1500);
  EXPECT_NEAR(highPixel.red() - lowPixel.red(), (high - low) / range * 255, 25);

  // Outside the DEM (its corners lie in the 1 km margin) nothing is drawn.
  for (const QPoint p : {QPoint(1, 1), QPoint(638, 1), QPoint(1, 478), QPoint(638, 478)}) {
    const QPointF lonLat = toLonLat(view.toMap(QPointF(p) + QPointF(0.5, 0.5)));
    const bool inside = lonLat.x() > kDemWest && lonLat.x() < kDemWest + kDemWidth * kDemCell &&
                        lonLat.y() < kDemNorth && lonLat.y() > kDemNorth - kDemHeight * kDemCell;
    ASSERT_FALSE(inside);
    EXPECT_EQ(image.pixelColor(p).alpha(), 0) << p.x() << "," << p.y();
  }
  // Just inside the north-west corner of the DEM it is drawn.
  const QPoint nw = pixelOf(view, toUtm(kDemWest + 5 * kDemCell, kDemNorth - 5 * kDemCell));
  EXPECT_EQ(image.pixelColor(nw).alpha(), 255);
}

TEST(RasterBasemap, ShowsTheSameMapAtAnotherPixelSize) {
  const auto dem = RasterBasemap::open(kDem, 32631);
  const MapViewport view = demView(QSize(320, 240));
  const QImage doubled = dem->render(view, QSize(640, 480));
  ASSERT_EQ(doubled.size(), QSize(640, 480));
  // The same place lands on twice the pixel coordinates.
  const QPointF place = toUtm(1.4450, 42.5920);
  const QPointF p = view.toPixel(place) * 2;
  const QImage single = dem->render(view);
  EXPECT_NEAR(doubled.pixelColor(QPoint(int(p.x()), int(p.y()))).red(),
              single.pixelColor(pixelOf(view, place)).red(), 12);
  EXPECT_EQ(doubled.pixelColor(2, 2).alpha(), 0);
}

TEST(RasterBasemap, LeavesNoDataTransparent) {
  QTemporaryDir dir;
  const std::string path = dir.filePath("nodata.tif").toStdString();
  // 100 × 100 cells of 10 m in UTM 31N: heights 1000 + x, the left half no-data (-9999).
  writeGeoTiff(
      path, 100, 100, 1, GDT_Float32, 380000, 4710000, 10, 32631,
      [](int, int x, int) { return x < 50 ? -9999.0 : 1000.0 + x; },
      [](GDALDatasetH ds) { GDALSetRasterNoDataValue(GDALGetRasterBand(ds, 1), -9999); });
  const RasterBasemap raster(path, kUtm31);
  EXPECT_DOUBLE_EQ(raster.minimum(), 1050);
  EXPECT_DOUBLE_EQ(raster.maximum(), 1099);
  const MapViewport view(QPointF(380500, 4709500), 10, QSize(100, 100));
  const QImage image = raster.render(view);
  EXPECT_EQ(image.pixelColor(20, 50).alpha(), 0);
  // Pixel centres fall on cell centres: pixel x shows the height 1000 + x.
  EXPECT_EQ(image.pixelColor(75, 50).alpha(), 255);
  EXPECT_NEAR(image.pixelColor(75, 50).red(), (1075 - 1050) * 255 / 49.0, 2);
  EXPECT_NEAR(image.pixelColor(98, 50).red(), (1098 - 1050) * 255 / 49.0, 2);
}

TEST(RasterBasemap, ColoursAPalettedRasterFromItsColourTable) {
  QTemporaryDir dir;
  const std::string path = dir.filePath("palette.tif").toStdString();
  writeGeoTiff(
      path, 40, 40, 1, GDT_Byte, 380000, 4710000, 10, 32631,
      [](int, int x, int) { return x < 20 ? 1 : 2; },
      [](GDALDatasetH ds) {
        GDALColorTableH table = GDALCreateColorTable(GPI_RGB);
        const GDALColorEntry none{0, 0, 0, 0};
        const GDALColorEntry green{20, 160, 60, 255};
        const GDALColorEntry orange{240, 140, 10, 255};
        GDALSetColorEntry(table, 0, &none);
        GDALSetColorEntry(table, 1, &green);
        GDALSetColorEntry(table, 2, &orange);
        GDALSetRasterColorTable(GDALGetRasterBand(ds, 1), table);
        GDALDestroyColorTable(table);
      });
  const RasterBasemap raster(path, kUtm31);
  EXPECT_EQ(raster.bands(), RasterBasemap::Bands::Palette);
  const MapViewport view(QPointF(380200, 4709800), 10, QSize(40, 40));
  const QImage image = raster.render(view);
  EXPECT_EQ(image.pixelColor(10, 20), QColor(20, 160, 60));
  EXPECT_EQ(image.pixelColor(30, 20), QColor(240, 140, 10));
}

// An RGB GeoTIFF in web Mercator turned into MBTiles by GDAL's driver: the left half of the
// square red, the right half blue.
class MbTiles : public ::testing::Test {
 protected:
  static constexpr double kWest = 166000;  // EPSG:3857 metres, around Andorra la Vella
  static constexpr double kNorth = 5242000;
  static constexpr double kCell = 20;
  static constexpr int kSize = 256;

  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    const std::string tif = dir_.filePath("colours.tif").toStdString();
    writeGeoTiff(tif, kSize, kSize, 3, GDT_Byte, kWest, kNorth, kCell, 3857,
                 [](int band, int x, int) {
                   static const int red[3] = {200, 30, 30};
                   static const int blue[3] = {30, 60, 200};
                   return (x < kSize / 2 ? red : blue)[band - 1];
                 });
    mbtiles_ = dir_.filePath("colours.mbtiles").toStdString();
    CPLStringList args;
    for (const char* a : {"-of", "MBTILES", "-co", "TILE_FORMAT=PNG"}) args.AddString(a);
    GDALTranslateOptions* options = GDALTranslateOptionsNew(args.List(), nullptr);
    GdalDataset src = openDataset(tif, GDAL_OF_RASTER);
    ASSERT_TRUE(src);
    int usageError = 0;
    GdalDataset out = ownDataset(GDALTranslate(
        mbtiles_.c_str(), static_cast<GDALDatasetH>(src.get()), options, &usageError));
    GDALTranslateOptionsFree(options);
    ASSERT_TRUE(out) << CPLGetLastErrorMsg();
  }

  // UTM 31N position of a web Mercator point.
  static QPointF utmOf(double x, double y) {
    CrsTransform t("EPSG:3857", kUtm31);
    t.transform(&x, &y, 1);
    return QPointF(x, y);
  }

  QTemporaryDir dir_;
  std::string mbtiles_;
};

TEST_F(MbTiles, DrawsTheWrittenColoursAtTheirMapPositions) {
  const RasterBasemap raster(mbtiles_, kUtm31);
  EXPECT_EQ(raster.bands(), RasterBasemap::Bands::Rgb);
  EXPECT_EQ(epsgCodeOf(raster.sourceCrs()), 3857);
  // A quarter of the way across (red) and three quarters (blue), half way down.
  const double y = kNorth - kSize * kCell / 2;
  const QPointF red = utmOf(kWest + kSize * kCell / 4, y);
  const QPointF blue = utmOf(kWest + kSize * kCell * 3 / 4, y);
  const MapViewport view((red + blue) / 2, 10, QSize(400, 200));
  const QImage image = raster.render(view);
  const QColor r = image.pixelColor(pixelOf(view, red));
  const QColor b = image.pixelColor(pixelOf(view, blue));
  EXPECT_EQ(r.alpha(), 255);
  EXPECT_NEAR(r.red(), 200, 3);
  EXPECT_NEAR(r.green(), 30, 3);
  EXPECT_NEAR(r.blue(), 30, 3);
  EXPECT_EQ(b.alpha(), 255);
  EXPECT_NEAR(b.red(), 30, 3);
  EXPECT_NEAR(b.green(), 60, 3);
  EXPECT_NEAR(b.blue(), 200, 3);
  // Well outside the square: transparent.
  const MapViewport away(utmOf(kWest - 3000, kNorth + 3000), 10, QSize(50, 50));
  EXPECT_EQ(raster.render(away).pixelColor(25, 25).alpha(), 0);
}

TEST(RasterBasemap, ReportsMissingFilesNonRastersAndRastersWithoutCrs) {
  QTemporaryDir dir;
  auto messageOf = [](const std::string& path) -> std::string {
    try {
      RasterBasemap raster(path, kUtm31);
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "(opened)";
  };
  const std::string missing = dir.filePath("缺失.tif").toStdString();
  std::string m = messageOf(missing);
  EXPECT_NE(m.find(missing), std::string::npos) << m;
  EXPECT_NE(m.find("文件不存在"), std::string::npos) << m;

  const std::string text = dir.filePath("notes.txt").toStdString();
  {
    QFile f(QString::fromStdString(text));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a raster\n");
  }
  m = messageOf(text);
  EXPECT_NE(m.find(text), std::string::npos) << m;
  EXPECT_NE(m.find("不是 GDAL 能读取的栅格"), std::string::npos) << m;

  const std::string noCrs = dir.filePath("nocrs.tif").toStdString();
  writeGeoTiff(noCrs, 10, 10, 1, GDT_Byte, 0, 100, 10, 0, [](int, int, int) { return 1.0; });
  m = messageOf(noCrs);
  EXPECT_NE(m.find(noCrs), std::string::npos) << m;
  EXPECT_NE(m.find("没有坐标系"), std::string::npos) << m;

  // A PNG without a world file has pixels but no place on the map.
  const std::string png = dir.filePath("plain.png").toStdString();
  QImage plain(8, 8, QImage::Format_RGB32);
  plain.fill(Qt::red);
  ASSERT_TRUE(plain.save(QString::fromStdString(png)));
  m = messageOf(png);
  EXPECT_NE(m.find(png), std::string::npos) << m;
  EXPECT_NE(m.find("没有地理参考"), std::string::npos) << m;

  EXPECT_THROW(RasterBasemap(kDem, "EPSG:999999"), RasterError);
}

TEST(RasterBasemap, RendersConcurrentlyFromSeveralThreads) {
  const auto dem = RasterBasemap::open(kDem, 32631);
  const MapViewport view = demView(QSize(300, 200));
  const QImage expected = dem->render(view);
  std::vector<std::future<QImage>> renders;
  for (int i = 0; i < 6; ++i) {
    renders.push_back(std::async(std::launch::async, [&dem, &view] { return dem->render(view); }));
  }
  for (auto& r : renders) EXPECT_EQ(r.get(), expected);
}

// Not a timing test: it prints what a full-screen render of the whole DEM costs, for the record.
TEST(RasterBasemap, RendersTheWholeDemAtFullHdThroughTheMapRenderer) {
  RenderLayer layer;
  layer.raster = RasterBasemap::open(kDem, 32631);
  MapSettings s;
  s.viewport = MapViewport::fitting(layer.raster->extent(), QSize(1920, 1080));
  s.layers = {layer};
  s.background = Qt::white;
  const RenderResult r = MapRenderer(s).render();
  ASSERT_EQ(r.image.size(), QSize(1920, 1080));
  const QColor centre = r.image.pixelColor(960, 540);
  EXPECT_EQ(centre.red(), centre.green());
  EXPECT_NE(centre, QColor(Qt::white));
  EXPECT_EQ(r.image.pixelColor(0, 0), QColor(Qt::white));  // beside the DEM (wider than 16:9)
  std::printf("[          ] DEM at 1920x1080: %.1f ms\n", r.milliseconds);
}

TEST(RasterBasemap, StopsWhenCancelled) {
  const auto dem = RasterBasemap::open(kDem, 32631);
  const std::atomic<bool> cancel{true};
  EXPECT_TRUE(dem->render(demView(), &cancel).isNull());
}

// A solid raster in UTM 31N and a square polygon over part of it.
class RasterUnderVectors : public ::testing::Test {
 protected:
  static inline const QColor kRaster{40, 110, 220};
  static inline const QColor kFill{220, 30, 30};
  static inline const QColor kBackground{255, 255, 255};

  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    const std::string path = dir_.filePath("solid.tif").toStdString();
    // x 1000…1600, y 2000…2600.
    writeGeoTiff(path, 60, 60, 3, GDT_Byte, 1000, 2600, 10, 32631, [](int band, int, int) {
      return band == 1 ? kRaster.red() : band == 2 ? kRaster.green() : kRaster.blue();
    });
    raster_ = RasterBasemap::open(path, 32631);

    MapFeature square;
    square.id = 1;
    square.shape = GeometryShape::Polygon;
    square.paths = {QPolygonF(
        {QPointF(1100, 2100), QPointF(1300, 2100), QPointF(1300, 2300), QPointF(1100, 2300)})};
    square.bounds.include(1100, 2100);
    square.bounds.include(1300, 2300);
    square.values = {QString()};
    vector_.layer = MapLayer(ProjectLayer::Towns, GeometryShape::Polygon, {"name"}, {square});
    StyleRule rule;
    rule.symbolizer.fill = kFill;
    vector_.style.rules = {rule};
  }

  RenderLayer rasterLayer(double opacity) const {
    RenderLayer l;
    l.style.opacity = opacity;
    l.raster = raster_;
    return l;
  }

  // 10 m per pixel over x 900…1700, y 1900…2700.
  static MapViewport view() { return MapViewport(QPointF(1300, 2300), 10, QSize(80, 80)); }

  QTemporaryDir dir_;
  std::shared_ptr<const RasterBasemap> raster_;
  RenderLayer vector_;
};

TEST_F(RasterUnderVectors, MapRendererDrawsTheRasterUnderTheVectorLayer) {
  MapSettings s;
  s.viewport = view();
  s.layers = {rasterLayer(1.0), vector_};
  s.background = kBackground;
  s.antialiasing = false;
  const RenderResult r = MapRenderer(s).render();
  ASSERT_FALSE(r.image.isNull());
  EXPECT_EQ(r.featuresDrawn, 1);
  const MapViewport v = view();
  EXPECT_EQ(r.image.pixelColor(pixelOf(v, QPointF(1200, 2200))), kFill);
  EXPECT_EQ(r.image.pixelColor(pixelOf(v, QPointF(1500, 2500))), kRaster);
  EXPECT_EQ(r.image.pixelColor(pixelOf(v, QPointF(950, 2650))), kBackground);
}

TEST_F(RasterUnderVectors, MapRendererBlendsTheRasterAtTheLayerOpacity) {
  MapSettings s;
  s.viewport = view();
  s.layers = {rasterLayer(0.5)};
  s.background = kBackground;
  s.devicePixelRatio = 2;
  const RenderResult r = MapRenderer(s).render();
  ASSERT_EQ(r.image.size(), QSize(160, 160));
  const QPointF p = view().toPixel(QPointF(1500, 2500)) * 2;
  const QColor c = r.image.pixelColor(QPoint(int(p.x()), int(p.y())));
  EXPECT_NEAR(c.red(), (kRaster.red() + 255) / 2.0, 2);
  EXPECT_NEAR(c.green(), (kRaster.green() + 255) / 2.0, 2);
  EXPECT_NEAR(c.blue(), (kRaster.blue() + 255) / 2.0, 2);
}

TEST_F(RasterUnderVectors, MapRendererStopsWhenCancelled) {
  MapSettings s;
  s.viewport = view();
  s.layers = {rasterLayer(1.0), vector_};
  const std::atomic<bool> cancel{true};
  const RenderResult r = MapRenderer(s).render(&cancel);
  EXPECT_TRUE(r.cancelled);
  EXPECT_TRUE(r.image.isNull());
}

TEST_F(RasterUnderVectors, VectorMapOutputDrawsTheRasterAtThePageResolution) {
  MapFrameView frame;
  frame.viewport = view();
  frame.devicePerStylePixel = 2;
  frame.deviceRect = QRectF(20, 10, 160, 160);
  QImage page(200, 180, QImage::Format_ARGB32_Premultiplied);
  page.fill(kBackground);
  QPainter painter(&page);
  const DrawCounts r = paintVectorMap(painter, frame, {rasterLayer(1.0), vector_});
  painter.end();
  EXPECT_FALSE(r.cancelled);
  EXPECT_EQ(r.featuresDrawn, 1);
  auto at = [&](double x, double y) {
    const QPointF d = frame.toDevice(QPointF(x, y));
    return page.pixelColor(QPoint(int(d.x()), int(d.y())));
  };
  EXPECT_EQ(at(1200, 2200), kFill);
  EXPECT_EQ(at(1500, 2500), kRaster);
  EXPECT_EQ(at(1250, 2450), kRaster);
  EXPECT_EQ(at(950, 2650), kBackground);
  EXPECT_EQ(page.pixelColor(5, 5), kBackground);  // outside the frame
}

}  // namespace
}  // namespace fangan
