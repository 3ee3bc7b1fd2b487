#include "gis/synth/GpkgLayerWriter.h"

#include <cpl_error.h>
#include <cpl_vsi.h>

#include <mutex>
#include <stdexcept>

namespace fangan::synth {

namespace {

std::string baseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

void registerGdalOnce() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

OGRSpatialReference traditionalSrs(int epsg) {
  OGRSpatialReference srs;
  if (srs.importFromEPSG(epsg) != OGRERR_NONE) {
    throw std::runtime_error("unknown CRS EPSG:" + std::to_string(epsg));
  }
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

GpkgLayerWriter::GpkgLayerWriter(const std::string& path, int epsg, OGRwkbGeometryType type,
                                 const std::vector<FieldSpec>& fields)
    : path_(path) {
  registerGdalOnce();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) throw std::runtime_error("GDAL has no GPKG driver");
  OGRSpatialReference srs = traditionalSrs(epsg);
  // GDAL stamps gpkg_contents with the current time unless OGR_CURRENT_DATE says otherwise. A
  // thread-local option, restored in close(), so no other thread's writes are affected.
  if (const char* previous = CPLGetThreadLocalConfigOption("OGR_CURRENT_DATE", nullptr)) {
    previousDate_ = previous;
    hadPreviousDate_ = true;
  }
  CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", kGeneratedTimestamp);
  VSIUnlink(path.c_str());  // a stale file would otherwise keep its old layers
  dataset_.reset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset_) fail("cannot create");
  // Generated files are rebuilt from scratch on failure, so durability on every commit is not
  // worth its fsyncs.
  dataset_->ExecuteSQL("PRAGMA synchronous = OFF", nullptr, nullptr);
  const char* options[] = {"SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", nullptr};
  layer_ = dataset_->CreateLayer(baseName(path).c_str(), &srs, type, const_cast<char**>(options));
  if (!layer_) fail("cannot create the layer in");
  for (const auto& f : fields) {
    OGRFieldDefn defn(f.name.c_str(), f.type);
    if (layer_->CreateField(&defn) != OGRERR_NONE)
      fail(("cannot create field " + f.name + " in").c_str());
  }
  // One transaction per layer: per-feature commits would make a million rows take minutes.
  if (layer_->StartTransaction() != OGRERR_NONE) fail("cannot start a transaction in");
}

GpkgLayerWriter::~GpkgLayerWriter() {
  if (!dataset_) return;
  try {
    close();
  } catch (...) {  // a destructor must not throw; close() explicitly to see the error
  }
}

void GpkgLayerWriter::fail(const char* what) {
  const std::string message = std::string(what) + " " + path_ + ": " + CPLGetLastErrorMsg();
  dataset_.reset();
  layer_ = nullptr;
  restoreDate();
  throw std::runtime_error(message);
}

void GpkgLayerWriter::restoreDate() {
  CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE",
                                hadPreviousDate_ ? previousDate_.c_str() : nullptr);
}

void GpkgLayerWriter::write(OGRFeature& feature) {
  feature.SetFID(OGRNullFID);
  if (layer_->CreateFeature(&feature) != OGRERR_NONE) {
    throw std::runtime_error("cannot write a feature to " + path_ + ": " + CPLGetLastErrorMsg());
  }
  ++written_;
}

void GpkgLayerWriter::close() {
  if (!dataset_) return;
  const OGRErr committed = layer_->CommitTransaction();
  // GDALClose builds the deferred R-tree in bulk, much faster than row-by-row triggers.
  CPLErrorReset();
  dataset_.reset();  // GDALClose returns nothing in GDAL 3.6: failures show up as the last error
  layer_ = nullptr;
  restoreDate();
  if (committed != OGRERR_NONE || CPLGetLastErrorType() >= CE_Failure) {
    throw std::runtime_error("cannot finish " + path_ + ": " + CPLGetLastErrorMsg());
  }
}

}  // namespace fangan::synth
