#pragma once
// The building overlays of `fangan analyze` in one pass: zone join and grid/town assignment share
// a single read of the buildings. Reading and decoding the building rows is the most expensive
// part of either overlay (more than the GEOS work), so doing both per batch halves it.

#include "gis/analysis/spatial/GridAssignment.h"
#include "gis/analysis/spatial/ZoneJoin.h"

namespace fangan {

/// Both overlays' results.
struct BuildingOverlayResult {
  ZoneJoinResult zones;
  GridAssignmentResult grids;
};

/// Computes the zone join and the grid/town assignment in one scan (nothing written). Both run
/// on `zoneOptions.threads` threads; gridOptions.threads is ignored.
BuildingOverlayResult overlayBuildings(const ProjectStore& store,
                                       const ZoneJoinOptions& zoneOptions = {},
                                       const GridAssignmentOptions& gridOptions = {});

/// overlayBuildings, then stores both: replaceBuildingZones, and applyGridAssignment as `who`.
BuildingOverlayResult rebuildBuildingOverlays(ProjectStore& store,
                                              const ZoneJoinOptions& zoneOptions = {},
                                              const GridAssignmentOptions& gridOptions = {},
                                              const std::string& who = "fangan analyze");

}  // namespace fangan
