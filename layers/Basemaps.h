#pragma once
// The raster basemaps of a project: a list of file paths kept in the project's settings (key
// "basemaps", a JSON array of strings, bottom basemap first), so that a project opens with the
// basemaps it was set up with. The files stay where they are; a relative path is taken from the
// project file's folder, so that a project copied together with its rasters keeps them.

#include <memory>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"
#include "layers/RasterBasemap.h"

namespace fangan {

/// The settings key of the list.
inline constexpr const char* kBasemapsSetting = "basemaps";

/// The paths as stored, bottom first. A missing or malformed setting is an empty list.
std::vector<std::string> basemapPaths(const ProjectStore& store);

/// `path` as a file to open: relative paths are taken from the folder of the project file.
std::string resolveBasemapPath(const ProjectStore& store, const std::string& path);

/// Opens the raster at `path` (which validates it) and appends `path` to the list, in one
/// transaction. Throws RasterError when it does not open, and std::runtime_error when the
/// project has no CRS yet or already lists the same file.
std::shared_ptr<const RasterBasemap> addBasemap(ProjectStore& store, const std::string& path);

/// Removes `path` (as stored, or any entry naming the same file) from the list, in one
/// transaction. Returns false when it was not listed.
bool removeBasemap(ProjectStore& store, const std::string& path);

/// Opacity basemaps are drawn at under the vector layers (a little of the background shows,
/// which keeps dark relief from drowning the buildings).
inline constexpr double kBasemapOpacity = 0.85;

/// One listed basemap as opened: `raster` is null and `error` says why when it does not open.
struct LoadedBasemap {
  std::string path;  ///< as stored
  std::shared_ptr<const RasterBasemap> raster;
  std::string error;
};

/// Opens every listed basemap for drawing in the project CRS; a file that no longer opens is
/// reported in its entry, not thrown.
std::vector<LoadedBasemap> loadBasemaps(const ProjectStore& store);

}  // namespace fangan
