#pragma once
// Owners for the GDAL/OGR objects that must be given back through GDAL's own calls: a dataset
// (closed with GDALClose, which also flushes what was written) and a spatial reference. Every
// GDAL user in the tree — importer, sheets, exports, DEM, raster basemaps — holds them through
// these, from the C++ API or from C handles (GDALDataset::FromHandle).

#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <memory>
#include <string>
#include <vector>

namespace fangan {

/// Closes a dataset with GDALClose.
struct GdalDatasetCloser {
  void operator()(GDALDataset* ds) const {
    if (ds) GDALClose(GDALDataset::ToHandle(ds));
  }
};

/// An owned GDAL dataset; `.get()` also serves where the C API wants a GDALDatasetH.
using GdalDataset = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

/// Takes a dataset returned by a C call (GDALOpenEx, GDALCreate, GDALWarp, …).
inline GdalDataset ownDataset(GDALDatasetH handle) {
  return GdalDataset(GDALDataset::FromHandle(handle));
}

/// Opens `path` with GDALOpenEx (`flags` GDAL_OF_*, open options "KEY=VALUE"); empty when GDAL
/// cannot open it (CPLGetLastErrorMsg says why).
inline GdalDataset openDataset(const std::string& path, unsigned flags,
                               const std::vector<std::string>& openOptions = {}) {
  std::vector<const char*> options;
  for (const auto& o : openOptions) options.push_back(o.c_str());
  options.push_back(nullptr);
  return ownDataset(GDALOpenEx(path.c_str(), flags, nullptr, options.data(), nullptr));
}

/// Destroys a feature with OGRFeature::DestroyFeature (GDAL's own heap).
struct OgrFeatureDestroyer {
  void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};

/// An owned OGR feature (from OGRFeature::CreateFeature or OGRLayer::GetNextFeature).
using OgrFeature = std::unique_ptr<OGRFeature, OgrFeatureDestroyer>;

/// Destroys a spatial reference made with OSRNewSpatialReference or OSRClone.
struct OgrSrsDeleter {
  void operator()(OGRSpatialReference* srs) const {
    if (srs) OSRDestroySpatialReference(OGRSpatialReference::ToHandle(srs));
  }
};

/// An owned spatial reference; `.get()` also serves where the C API wants an
/// OGRSpatialReferenceH.
using OgrSrs = std::unique_ptr<OGRSpatialReference, OgrSrsDeleter>;

/// Takes a spatial reference returned by a C call.
inline OgrSrs ownSrs(OGRSpatialReferenceH handle) {
  return OgrSrs(OGRSpatialReference::FromHandle(handle));
}

}  // namespace fangan
