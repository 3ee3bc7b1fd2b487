#pragma once
// A local raster basemap (GeoTIFF, MBTiles, anything GDAL reads as a raster) drawn under the
// vector layers, warped into the project CRS for each view.
//
// One object stands for one file and is shared read-only (std::shared_ptr<const RasterBasemap>)
// by the snapshots of every render. GDAL dataset handles are not thread-safe, so renders take a
// handle of their own from a small pool: concurrent renders open extra handles, and sequential
// renders reuse them (opening an MBTiles file costs an SQLite connection each time).

#include <QImage>
#include <QSize>
#include <atomic>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/model/Geometry.h"
#include "layers/MapViewport.h"

namespace fangan {

/// Raised when a raster cannot be opened or drawn; the message names the file and the reason.
class RasterError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class RasterBasemap {
 public:
  /// How the bands become colours.
  enum class Bands {
    Rgb,       ///< red, green, blue (and alpha) bands
    Palette,   ///< one band of colour-table indices
    Greyscale  ///< one band (a DEM, a scan) stretched from its minimum (black) to maximum (white)
  };

  /// Opens `path` for drawing in `projectCrs` (anything GDAL's SetFromUserInput accepts:
  /// "EPSG:32631", WKT, PROJ strings). Throws RasterError when the file is missing, is no
  /// raster, or has no georeferencing or CRS, or when its CRS cannot be transformed.
  RasterBasemap(const std::string& path, const std::string& projectCrs);
  ~RasterBasemap();
  RasterBasemap(const RasterBasemap&) = delete;
  RasterBasemap& operator=(const RasterBasemap&) = delete;

  /// The basemap of `path` for a project in EPSG:`projectSrid`, ready to share with renders.
  static std::shared_ptr<const RasterBasemap> open(const std::string& path, int projectSrid);
  /// The CRS definition of an EPSG code, as the constructor takes it ("EPSG:n").
  static std::string crsOfSrid(int srid);

  const std::string& path() const { return path_; }
  /// The raster's own CRS as WKT.
  const std::string& sourceCrs() const { return sourceWkt_; }
  /// The CRS it is drawn in.
  const std::string& projectCrs() const { return projectCrs_; }
  /// The raster's footprint in the project CRS (bounding box of its reprojected outline).
  const Extent& extent() const { return extent_; }
  /// Full-resolution size in pixels.
  QSize size() const { return size_; }
  Bands bands() const { return bands_; }
  /// The greyscale stretch (band minimum and maximum); both 0 for other band layouts.
  double minimum() const { return minimum_; }
  double maximum() const { return maximum_; }

  /// The part of the raster inside `viewport`, at the viewport's pixel size. Pixels the raster
  /// does not cover (and its no-data pixels) are transparent. Returns a null image when
  /// `cancel` is raised; throws RasterError when GDAL fails to read or warp the file.
  QImage render(const MapViewport& viewport, const std::atomic<bool>* cancel = nullptr) const;
  /// The same at `pixels` image pixels (device pixel ratio, print resolution): the image still
  /// shows exactly the viewport's extent.
  QImage render(const MapViewport& viewport, const QSize& pixels,
                const std::atomic<bool>* cancel = nullptr) const;

 private:
  class Lease;  // holds one handle for the length of a render
  /// A dataset handle (GDALDatasetH) for one render, reused from the pool or opened.
  void* acquire() const;
  /// Gives a handle back to the pool (or closes it when the pool is full).
  void release(void* dataset) const;

  std::string path_;
  std::string projectCrs_;
  std::string projectWkt_;
  std::string sourceWkt_;
  Extent extent_;
  QSize size_;
  Bands bands_ = Bands::Greyscale;
  int colourBands_ = 1;          ///< bands warped besides the alpha band
  double nativeResolution_ = 0;  ///< project units per full-resolution raster pixel
  double minimum_ = 0;
  double maximum_ = 0;
  std::vector<QRgb> palette_;  ///< premultiplied colour of each index, for Bands::Palette

  mutable std::mutex poolMutex_;
  mutable std::vector<void*> idle_;  ///< GDALDatasetH not in use by any render
};

}  // namespace fangan
