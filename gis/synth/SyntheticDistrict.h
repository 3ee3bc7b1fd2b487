#pragma once
// A synthetic district of any size (up to a few million buildings) for scale tests and
// benchmarks, in CGCS2000 / 3-degree Gauss-Krüger CM 117°E (EPSG:4548), written as the
// interchange layers buildings.gpkg, zones.gpkg, grids.gpkg and towns.gpkg.
//
// Layout (all from the seed):
// - The district is a rectangle of ~6,000 m² per building centred on E 500 km, N 3,400 km
//   (about 30.7°N 117°E). Towns are the cells of a near-square cols × rows lattice whose inner
//   vertices are jittered, so they tile the district as irregular quadrilaterals.
// - Each town is split bilinearly into the same a × b sub-quadrilaterals (grids), with jittered
//   inner vertices; grids tile their town and neighbouring towns share boundary vertices.
//   a × b is chosen so that there are at least buildings / 450 grids (≥ 2,000 for 1,000,000).
// - Buildings per grid vary fivefold (weights 0.4 … 2.0). In each grid they cluster in villages:
//   a village fills the free cells of a 36 m lattice spiralling out from its centre, skipping a
//   quarter of them (lanes and yards). A footprint is a rectangle 6–28 m × 6–14 m, rotated to the
//   village's bearing ± 10° (a fifth at any angle), jittered ≤ 2 m; centres stay 18 m inside the
//   grid, so footprints never overlap and each lies inside its grid and so inside its town.
// - Key zones, one per ~45 buildings (≥ 20,000 for 1,000,000): 16-gon circles of 100–300 m
//   around school / kindergarten / hospital / market / enterprise / construction points placed
//   at villages (55 %); irregular star-shaped 12-gons of 150–700 m (fringe, geohazard, slope,
//   urban village, old town, scenic, industrial park, resettlement, mining, agritainment); and
//   rail_road corridors, 120 m wide, in 1 km pieces along a few long lines across the district.
// - Survey attributes come from SurveyAttributeGenerator (code prefix "SY", town codes T01…).

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "gis/model/Geometry.h"

namespace fangan::synth {

/// What to generate.
struct SyntheticOptions {
  std::size_t buildings = 100000;  ///< exact number of footprints
  int towns = 20;                  ///< number of towns (factored into a near-square lattice)
  std::uint64_t seed = 2024;
  double buildingsPerGrid = 450;  ///< grids ≥ buildings / this
  double buildingsPerZone = 45;   ///< point and area zones ≈ buildings / this (+ corridors)
  double squareMetresPerBuilding = 6000;  ///< sets the district's size
};

/// What was written.
struct SyntheticSummary {
  std::size_t buildings = 0;
  std::size_t towns = 0;
  std::size_t grids = 0;
  std::size_t zones = 0;
  std::map<std::string, std::size_t> zonesByType;
  std::size_t surveyed = 0;
  std::size_t initialHazards = 0;
  Extent extent;       ///< of the district, EPSG:4548 metres
  double seconds = 0;  ///< wall time of the whole generation
};

/// The CRS of synthetic districts: CGCS2000 / 3-degree Gauss-Krüger CM 117E.
constexpr int kSyntheticEpsg = 4548;

/// Generates the district into `outDir` (created if missing; the four files are replaced).
/// Throws std::runtime_error on I/O failure.
SyntheticSummary writeSyntheticDistrict(const std::string& outDir, const SyntheticOptions& options);

}  // namespace fangan::synth
