#include "gis/analysis/spatial/SlopeZones.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <limits>
#include <memory>

#include "gis/geos/GeosContext.h"
#include "gis/io/GdalHandles.h"

namespace fangan {

namespace {

constexpr double kPi = 3.14159265358979323846;
// gdalwarp's fill value where the warped grid lies outside the DEM: far below any terrain
// (the Dead Sea shore is −430 m), so it cannot be mistaken for a height.
constexpr double kWarpNoData = -999999.0;

std::string lastGdalError() {
  const char* m = CPLGetLastErrorMsg();
  return m && *m ? std::string(": ") + m : std::string();
}

GdalDataset openDem(const std::string& path) {
  GDALAllRegister();
  CPLErrorReset();
  GdalDataset ds = openDataset(path, GDAL_OF_RASTER | GDAL_OF_READONLY);
  if (!ds) throw DemError("无法读取 DEM " + path + lastGdalError());
  if (GDALGetRasterCount(ds.get()) < 1) throw DemError("DEM 没有波段: " + path);
  return ds;
}

bool isRotated(const double* gt) { return gt[2] != 0 || gt[4] != 0; }

/// Horn's slope over band 1 of `ds`; `metresPerUnit` converts the grid's horizontal unit.
SlopeGrid hornSlope(GDALDatasetH ds, double metresPerUnit) {
  SlopeGrid grid;
  grid.width = GDALGetRasterXSize(ds);
  grid.height = GDALGetRasterYSize(ds);
  if (GDALGetGeoTransform(ds, grid.transform.data()) != CE_None) {
    throw DemError("DEM 没有地理变换 (geotransform)");
  }
  if (isRotated(grid.transform.data())) throw DemError("DEM 网格是旋转的，无法直接计算坡度");
  if (const char* wkt = GDALGetProjectionRef(ds)) grid.crsWkt = wkt;
  const auto w = static_cast<std::size_t>(grid.width);
  const auto h = static_cast<std::size_t>(grid.height);
  std::vector<float> z(w * h);
  GDALRasterBandH band = GDALGetRasterBand(ds, 1);
  if (GDALRasterIO(band, GF_Read, 0, 0, grid.width, grid.height, z.data(), grid.width, grid.height,
                   GDT_Float32, 0, 0) != CE_None) {
    throw DemError("DEM 读取失败" + lastGdalError());
  }
  int hasNoData = 0;
  const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  if (hasNoData) {
    // Compared as float: the band was read as Float32, so the no-data value was rounded too.
    const float nd = static_cast<float>(noData);
    for (auto& v : z) {
      if (v == nd) v = nan;
    }
  }
  const double xres = std::abs(grid.transform[1]) * metresPerUnit;
  const double yres = std::abs(grid.transform[5]) * metresPerUnit;
  grid.degrees.assign(w * h, nan);
  for (std::size_t r = 0; r < h; ++r) {
    for (std::size_t c = 0; c < w; ++c) {
      const float centre = z[r * w + c];
      if (std::isnan(centre)) continue;
      auto at = [&](long dc, long dr) -> double {
        const long cc = static_cast<long>(c) + dc;
        const long rr = static_cast<long>(r) + dr;
        if (cc < 0 || rr < 0 || cc >= static_cast<long>(w) || rr >= static_cast<long>(h)) {
          return centre;
        }
        const float v = z[static_cast<std::size_t>(rr) * w + static_cast<std::size_t>(cc)];
        return std::isnan(v) ? centre : v;
      };
      // Horn (1981): a b c / d e f / g h i, the centre row and column weighted twice.
      const double a = at(-1, -1), b = at(0, -1), cc = at(1, -1);
      const double d = at(-1, 0), f = at(1, 0);
      const double g = at(-1, 1), hh = at(0, 1), i = at(1, 1);
      const double dzdx = ((cc + 2 * f + i) - (a + 2 * d + g)) / (8 * xres);
      const double dzdy = ((g + 2 * hh + i) - (a + 2 * b + cc)) / (8 * yres);
      grid.degrees[r * w + c] =
          static_cast<float>(std::atan(std::sqrt(dzdx * dzdx + dzdy * dzdy)) * 180.0 / kPi);
    }
  }
  return grid;
}

/// Metres per horizontal unit of a projected CRS; throws for geographic or missing CRSs.
double metresPerUnit(OGRSpatialReferenceH srs, const std::string& path) {
  if (!srs) throw DemError("DEM 没有坐标系: " + path);
  if (OSRIsGeographic(srs)) {
    throw DemError("DEM 使用地理坐标 (度)，坡度需要米制投影坐标: " + path);
  }
  return OSRGetLinearUnits(srs, nullptr);
}

/// The polygon with holes smaller than `minArea` removed; `filled` counts them.
GeosGeometry fillSmallHoles(const GeosContext& c, const GEOSGeometry* polygon, double minArea,
                            std::int64_t& filled) {
  const auto h = c.handle();
  const int holes = GEOSGetNumInteriorRings_r(h, polygon);
  if (holes <= 0) return c.own(GEOSGeom_clone_r(h, polygon), "复制");
  std::vector<GEOSGeometry*> kept;
  for (int i = 0; i < holes; ++i) {
    const GEOSGeometry* ring = GEOSGetInteriorRingN_r(h, polygon, i);
    GeosGeometry asPolygon =
        c.own(GEOSGeom_createPolygon_r(h, GEOSGeom_clone_r(h, ring), nullptr, 0), "孔洞");
    double area = 0;
    GEOSArea_r(h, asPolygon.get(), &area);
    if (area < minArea) {
      ++filled;
    } else {
      kept.push_back(GEOSGeom_clone_r(h, ring));
    }
  }
  GEOSGeometry* shell = GEOSGeom_clone_r(h, GEOSGetExteriorRing_r(h, polygon));
  return c.own(GEOSGeom_createPolygon_r(h, shell, kept.data(), static_cast<unsigned>(kept.size())),
               "多边形");
}

}  // namespace

SlopeGrid slopeFromDem(const std::string& path) {
  GdalDataset ds = openDem(path);
  auto* handle = static_cast<GDALDatasetH>(ds.get());
  return hornSlope(handle, metresPerUnit(GDALGetSpatialRef(handle), path));
}

SlopeZoneResult slopeZones(const std::string& path, int projectSrid,
                           const SlopeZoneOptions& options) {
  SlopeZoneResult result;
  GdalDataset dem = openDem(path);
  auto* demHandle = static_cast<GDALDatasetH>(dem.get());
  OGRSpatialReferenceH demSrs = GDALGetSpatialRef(demHandle);
  if (!demSrs) throw DemError("DEM 没有坐标系: " + path);
  OgrSrs project = ownSrs(OSRNewSpatialReference(nullptr));
  auto* projectSrs = static_cast<OGRSpatialReferenceH>(project.get());
  if (OSRImportFromEPSG(projectSrs, projectSrid) != OGRERR_NONE) {
    throw DemError("未知的项目坐标系 EPSG:" + std::to_string(projectSrid));
  }
  OSRSetAxisMappingStrategy(projectSrs, OAMS_TRADITIONAL_GIS_ORDER);

  double gt[6] = {};
  GDALGetGeoTransform(demHandle, gt);
  GdalDataset warped;
  GDALDatasetH work = demHandle;
  if (!OSRIsSame(demSrs, projectSrs) || isRotated(gt)) {
    // Warping the heights (not the slope) keeps slope in true project metres; bilinear avoids
    // the terracing nearest-neighbour would add, which Horn's method turns into false steps.
    const std::string target = "EPSG:" + std::to_string(projectSrid);
    const std::string noData = std::to_string(kWarpNoData);
    const char* args[] = {"-of", "MEM",     "-t_srs",     target.c_str(), "-r",   "bilinear",
                          "-ot", "Float32", "-dstnodata", noData.c_str(), nullptr};
    GDALWarpAppOptions* o = GDALWarpAppOptionsNew(const_cast<char**>(args), nullptr);
    GDALDatasetH sources[1] = {demHandle};
    int usageError = 0;
    CPLErrorReset();
    GDALDatasetH out = GDALWarp("", nullptr, 1, sources, o, &usageError);
    GDALWarpAppOptionsFree(o);
    if (!out) throw DemError("DEM 投影转换失败" + lastGdalError());
    warped = ownDataset(out);
    work = out;
    result.warped = true;
  }
  const double unit =
      result.warped ? OSRGetLinearUnits(projectSrs, nullptr) : metresPerUnit(demSrs, path);
  const SlopeGrid slope = hornSlope(work, unit);
  result.cellWidth = std::abs(slope.transform[1]) * unit;
  result.cellHeight = std::abs(slope.transform[5]) * unit;

  // The steep cells as a 0/1 mask: polygonising the mask with itself as the mask band makes
  // polygons of the 1-cells only.
  GDALDriverH memRaster = GDALGetDriverByName("MEM");
  GdalDataset mask =
      ownDataset(GDALCreate(memRaster, "", slope.width, slope.height, 1, GDT_Byte, nullptr));
  auto* maskHandle = static_cast<GDALDatasetH>(mask.get());
  if (!maskHandle) throw DemError("无法创建坡度掩膜" + lastGdalError());
  GDALSetGeoTransform(maskHandle, const_cast<double*>(slope.transform.data()));
  std::vector<unsigned char> bits(slope.degrees.size(), 0);
  for (std::size_t i = 0; i < bits.size(); ++i) {
    // NaN compares false: no-data cells are never steep.
    if (slope.degrees[i] >= options.thresholdDegrees) {
      bits[i] = 1;
      ++result.steepCells;
    }
  }
  GDALRasterBandH maskBand = GDALGetRasterBand(maskHandle, 1);
  if (GDALRasterIO(maskBand, GF_Write, 0, 0, slope.width, slope.height, bits.data(), slope.width,
                   slope.height, GDT_Byte, 0, 0) != CE_None) {
    throw DemError("坡度掩膜写入失败" + lastGdalError());
  }
  if (result.steepCells == 0) return result;

  GDALDriverH memVector = GDALGetDriverByName("Memory");
  GdalDataset vectors = ownDataset(GDALCreate(memVector, "", 0, 0, 0, GDT_Unknown, nullptr));
  auto* vectorHandle = static_cast<GDALDatasetH>(vectors.get());
  if (!vectorHandle) throw DemError("无法创建内存图层" + lastGdalError());
  OGRLayerH layer = GDALDatasetCreateLayer(vectorHandle, "slope", projectSrs, wkbPolygon, nullptr);
  OGRFieldDefnH field = OGR_Fld_Create("steep", OFTInteger);
  OGR_L_CreateField(layer, field, TRUE);
  OGR_Fld_Destroy(field);
  if (GDALPolygonize(maskBand, maskBand, layer, 0, nullptr, nullptr, nullptr) != CE_None) {
    throw DemError("坡度区域矢量化失败" + lastGdalError());
  }

  GeosContext context;
  const auto h = context.handle();
  OGR_L_ResetReading(layer);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
    OGRGeometryH g = OGR_F_GetGeometryRef(feature);
    Wkb wkb;
    if (g) {
      wkb.resize(static_cast<std::size_t>(OGR_G_WkbSize(g)));
      OGR_G_ExportToWkb(g, wkbNDR, wkb.data());
    }
    OGR_F_Destroy(feature);
    if (wkb.empty()) continue;
    GeosGeometry polygon = context.read(wkb);
    GeosGeometry filled =
        fillSmallHoles(context, polygon.get(), options.minArea, result.holesFilled);
    double area = 0;
    GEOSArea_r(h, filled.get(), &area);
    if (area < options.minArea) {
      ++result.droppedSmall;
      continue;
    }
    // Polygonize traces cell edges, so its rings are valid; MakeValid is a guard for the odd
    // ring that touches itself at a cell corner.
    if (GEOSisValid_r(h, filled.get()) != 1) {
      filled = context.own(GEOSMakeValid_r(h, filled.get()), "MakeValid");
    }
    result.polygons.push_back(context.writeMultiPolygon(filled.get()));
  }
  return result;
}

}  // namespace fangan
