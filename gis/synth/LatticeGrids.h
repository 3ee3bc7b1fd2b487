#pragma once
// Plausible patrol grids for an area that has none: a square lattice in a metric CRS clipped to
// the area, keeping the cells that hold buildings and merging the tiny ones into the neighbour
// they share most boundary with (an isolated one into the nearest grid, as a detached part).
// Real grids follow streets and village limits; a lattice is the honest stand-in when only the
// town boundary and the footprints are known.

#include <cstddef>
#include <vector>

#include "gis/synth/OgrGeos.h"

namespace fangan::synth {

/// A building's representative point in the metric CRS.
struct MetricPoint {
  double x = 0;
  double y = 0;
};

/// When a clipped cell is too small to be a grid of its own.
struct LatticeRules {
  double cell = 600;             ///< lattice spacing in metres (cells aligned to multiples)
  std::size_t minBuildings = 8;  ///< fewer buildings: merge into a neighbour
  double minAreaShare = 0.15;    ///< smaller than this share of a full cell: merge
};

/// One grid made from one or more lattice cells.
struct LatticeGrid {
  GeosGeometry geometry;      ///< polygon or multipolygon, metric CRS
  std::size_t buildings = 0;  ///< points inside
};

/// Grids of `area` for `points` (all inside `area`), ordered north to south by lattice row,
/// then west to east. `pointGrid` receives, for every point, the index of its grid.
std::vector<LatticeGrid> latticeGrids(const GeosContext& geos, const GEOSGeometry* area,
                                      const std::vector<MetricPoint>& points,
                                      const LatticeRules& rules, std::vector<int>& pointGrid);

}  // namespace fangan::synth
