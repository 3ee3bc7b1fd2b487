#include "layers/BuildingDensity.h"

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>

#include "gis/store/MapCacheStore.h"
#include "layers/RasterBasemap.h"

namespace fangan {
namespace {

constexpr std::uint32_t kMagic = 0x4e444746;  // "FGDN"
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint32_t kFormat = 1;
constexpr int kMaxCells = 4096;

}  // namespace

BuildingDensity buildingDensity(const MapLayer& buildings, int cells) {
  BuildingDensity d;
  d.extent = buildings.extent();
  if (buildings.isEmpty() || d.extent.isEmpty()) return d;
  const double w = std::max(d.extent.maxX - d.extent.minX, 1e-9);
  const double h = std::max(d.extent.maxY - d.extent.minY, 1e-9);
  const double cell = std::max(w, h) / cells;
  d.width = std::clamp(static_cast<int>(std::ceil(w / cell)), 1, cells);
  d.height = std::clamp(static_cast<int>(std::ceil(h / cell)), 1, cells);
  d.counts.assign(static_cast<std::size_t>(d.width) * static_cast<std::size_t>(d.height), 0);
  for (const MapFeature& f : buildings.features()) {
    const double x = (f.bounds.minX + f.bounds.maxX) * 0.5;
    const double y = (f.bounds.minY + f.bounds.maxY) * 0.5;
    // Clamped as doubles before the cast (a NaN or far-off centre must not overflow an int).
    const double fx = std::clamp((x - d.extent.minX) / w * d.width, 0.0, d.width - 1.0);
    const double fy = std::clamp((d.extent.maxY - y) / h * d.height, 0.0, d.height - 1.0);
    const int col = std::isnan(fx) ? 0 : static_cast<int>(fx);
    const int row = std::isnan(fy) ? 0 : static_cast<int>(fy);
    ++d.counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(d.width) +
               static_cast<std::size_t>(col)];
    ++d.buildings;
  }
  return d;
}

Bytes packBuildingDensity(const BuildingDensity& density, std::int64_t generation) {
  Bytes out;
  ByteWriter w(out);
  w.put(kMagic);
  w.put(kByteOrder);
  w.put(kFormat);
  w.put(generation);
  w.put(density.extent);
  w.put(static_cast<std::int32_t>(density.width));
  w.put(static_cast<std::int32_t>(density.height));
  w.put(density.buildings);
  w.append(density.counts.data(), density.counts.size() * sizeof(std::uint32_t));
  return out;
}

std::optional<BuildingDensity> unpackBuildingDensity(const Bytes& bytes, std::int64_t generation) {
  ByteReader r(bytes);
  if (r.get<std::uint32_t>() != kMagic || r.get<std::uint32_t>() != kByteOrder ||
      r.get<std::uint32_t>() != kFormat || r.get<std::int64_t>() != generation || !r.ok()) {
    return std::nullopt;
  }
  BuildingDensity d;
  d.extent = r.get<Extent>();
  d.width = r.get<std::int32_t>();
  d.height = r.get<std::int32_t>();
  d.buildings = r.get<std::int64_t>();
  if (!r.ok() || d.width < 0 || d.height < 0 || d.width > kMaxCells || d.height > kMaxCells) {
    return std::nullopt;
  }
  const std::size_t n = static_cast<std::size_t>(d.width) * static_cast<std::size_t>(d.height);
  const unsigned char* counts = r.take(n * sizeof(std::uint32_t));
  if (!counts || !r.atEnd()) return std::nullopt;
  d.counts.resize(n);
  std::memcpy(d.counts.data(), counts, n * sizeof(std::uint32_t));
  std::int64_t sum = 0;
  for (const std::uint32_t c : d.counts) sum += c;
  if (sum != d.buildings) return std::nullopt;
  return d;
}

std::optional<BuildingDensity> readBuildingDensity(const ProjectStore& store) {
  const std::optional<std::int64_t> generation = buildingsGeneration(store);
  if (!generation) return std::nullopt;
  std::optional<BuildingDensity> density;
  for (const Bytes& part : mapCacheParts(store, kBuildingDensityCache)) {
    density = unpackBuildingDensity(part, *generation);
  }
  // The part and the counter are two statements: a writer in between makes it stale.
  if (density && buildingsGeneration(store) != generation) return std::nullopt;
  return density;
}

std::shared_ptr<const RasterBasemap> buildingDensityRaster(const BuildingDensity& density,
                                                           int srid) {
  if (density.width <= 0 || density.height <= 0) return nullptr;
  static std::atomic<int> serial{0};
  const std::string path = "/vsimem/fangan-building-density-" + std::to_string(++serial) + ".tif";
  {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver) throw RasterError("GDAL 没有 GTiff 驱动");
    GDALDatasetH ds =
        GDALCreate(driver, path.c_str(), density.width, density.height, 4, GDT_Byte, nullptr);
    if (!ds) throw RasterError("无法生成房屋密度图层");
    const double transform[6] = {density.extent.minX,
                                 (density.extent.maxX - density.extent.minX) / density.width,
                                 0,
                                 density.extent.maxY,
                                 0,
                                 -(density.extent.maxY - density.extent.minY) / density.height};
    GDALSetGeoTransform(ds, const_cast<double*>(transform));
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, srid);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    // One brown, from a light wash for a lone building to solid where the district is densest.
    const std::uint32_t most = *std::max_element(density.counts.begin(), density.counts.end());
    const double scale = most > 1 ? 1.0 / std::log1p(static_cast<double>(most)) : 1.0;
    const std::size_t n = density.counts.size();
    std::vector<GByte> red(n, 0x8a), green(n, 0x5a), blue(n, 0x3c), alpha(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      if (density.counts[i] == 0) continue;
      const double t = std::log1p(static_cast<double>(density.counts[i])) * scale;
      alpha[i] = static_cast<GByte>(std::lround(70 + 185 * std::min(t, 1.0)));
    }
    std::vector<GByte>* bands[4] = {&red, &green, &blue, &alpha};
    CPLErr error = CE_None;
    for (int b = 0; b < 4 && error == CE_None; ++b) {
      GDALRasterBandH band = GDALGetRasterBand(ds, b + 1);
      if (b == 3) GDALSetRasterColorInterpretation(band, GCI_AlphaBand);
      error = GDALRasterIO(band, GF_Write, 0, 0, density.width, density.height, bands[b]->data(),
                           density.width, density.height, GDT_Byte, 0, 0);
    }
    GDALClose(ds);
    if (error != CE_None) {
      VSIUnlink(path.c_str());
      throw RasterError("无法写出房屋密度图层");
    }
  }
  try {
    // The in-memory file goes with the layer.
    return std::shared_ptr<const RasterBasemap>(
        new RasterBasemap(path, RasterBasemap::crsOfSrid(srid)), [path](const RasterBasemap* r) {
          delete r;
          VSIUnlink(path.c_str());
        });
  } catch (...) {
    VSIUnlink(path.c_str());
    throw;
  }
}

}  // namespace fangan
