#pragma once
// The first paint of a large project (docs/rules.md#map-cache): before a million footprints are
// mapped, the map shows the towns, the grids and a coarse density of the buildings — how many
// building centres fall in each cell of a grid about a thousand cells across. The density is
// kept in the map cache with the footprints (same buildings generation), so it is read in
// milliseconds on opening; it is drawn as a raster layer where the buildings go.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "gis/model/Geometry.h"
#include "gis/store/PackedBytes.h"
#include "gis/store/ProjectStore.h"
#include "layers/MapLayer.h"

namespace fangan {

class RasterBasemap;

/// Building centres counted per cell, rows from the top (north) down.
struct BuildingDensity {
  Extent extent;  ///< the cells' extent (the buildings' extent)
  int width = 0;
  int height = 0;
  std::vector<std::uint32_t> counts;  ///< width × height
  std::int64_t buildings = 0;         ///< sum of counts
};

/// Counts the centres of the features' bounding boxes on a grid whose longer side has
/// `cells` cells.
BuildingDensity buildingDensity(const MapLayer& buildings, int cells = 1024);

/// Name of the density's cache in the store.
inline constexpr const char* kBuildingDensityCache = "buildings:density";
Bytes packBuildingDensity(const BuildingDensity& density, std::int64_t generation);
/// std::nullopt for another generation, another format or damaged bytes.
std::optional<BuildingDensity> unpackBuildingDensity(const Bytes& bytes, std::int64_t generation);
/// The density kept in the project, while it is current.
std::optional<BuildingDensity> readBuildingDensity(const ProjectStore& store);

/// The density as a raster layer in EPSG:`srid`: empty cells transparent, the others one colour
/// from pale to dark by count (logarithmic). Throws RasterError when GDAL cannot make it.
std::shared_ptr<const RasterBasemap> buildingDensityRaster(const BuildingDensity& density,
                                                           int srid);

}  // namespace fangan
