#pragma once
// Slope areas from a DEM (坡地建筑群, docs/rules.md#key-zones): slope in degrees by Horn's method
// (the 3×3 weighting `gdaldem slope` uses), cells at or above a threshold, polygonised
// (GDALPolygonize), small polygons dropped. A DEM in any CRS is accepted: it is warped (GDALWarp,
// bilinear) into the project CRS first, so slope is measured in the project's metres and the
// polygons need no reprojection. Heights are taken to be metres.

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/model/Geometry.h"

namespace fangan {

/// A DEM that cannot be used (unreadable, no CRS, geographic where metres are needed).
class DemError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Slope in degrees on a raster grid, row-major from the top-left cell; NaN where the DEM has
/// no data.
struct SlopeGrid {
  int width = 0;
  int height = 0;
  std::array<double, 6> transform{};  ///< GDAL geotransform of the grid
  std::string crsWkt;
  std::vector<float> degrees;

  /// Slope of a cell (NaN for no data).
  float at(int column, int row) const {
    return degrees[static_cast<std::size_t>(row) * static_cast<std::size_t>(width) +
                   static_cast<std::size_t>(column)];
  }
};

/// Slope of band 1 of the DEM at `path` on the DEM's own grid, which must be in a projected CRS
/// with metre units. Cells next to no-data or the edge use the centre height for the missing
/// neighbours, so that edges still get a (one-sided) estimate instead of a hole.
SlopeGrid slopeFromDem(const std::string& path);

/// What slope zones to make.
struct SlopeZoneOptions {
  double thresholdDegrees = 25;  ///< cells with slope ≥ this
  double minArea = 2000;         ///< m²; smaller polygons are dropped, smaller holes filled
};

/// The slope areas found.
struct SlopeZoneResult {
  std::vector<Wkb> polygons;  ///< MULTIPOLYGON WKB in the project CRS, one per connected area
  double cellWidth = 0;       ///< metres, of the grid slope was computed on
  double cellHeight = 0;
  bool warped = false;            ///< the DEM was reprojected into the project CRS
  std::int64_t steepCells = 0;    ///< cells at or above the threshold
  std::int64_t droppedSmall = 0;  ///< polygons under minArea
  std::int64_t holesFilled = 0;   ///< holes under minArea
};

/// Slope areas of the DEM at `path` in project CRS EPSG:`projectSrid`.
SlopeZoneResult slopeZones(const std::string& path, int projectSrid,
                           const SlopeZoneOptions& options = {});

}  // namespace fangan
