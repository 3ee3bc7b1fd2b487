#pragma once
// The bundled sample district, derived from an Andorra OpenStreetMap extract (a folder of
// GeoPackages given to `fangan generate --from`; ODbL, © OpenStreetMap contributors) and written as
// interchange GeoPackages in EPSG:4326 like its source:
// - towns.gpkg: the 7 parishes (admin_level 7) with Chinese names (安道尔城 …).
// - buildings.gpkg: every footprint (4,906), survey attributes from SurveyAttributeGenerator with
//   the OSM tags as hints, code AD-<parish abbrev>-000001, address = OSM name, else street and
//   house number, else "<parish> <n>号". Footprints outside every parish (a few across the
//   border) go to the nearest parish.
// - grids.gpkg: LatticeGrids of a 600 m lattice in UTM 31N (EPSG:32631) clipped to each parish
//   (plus a 25 m margin around its across-the-border footprints), ids G-ALV-01, names
//   安道尔城第1网格, made-up managers and phones, capacity 6–15 a day.
// - pois.gpkg (category, name): school / kindergarten (schools.gpkg), hospital / clinic
//   (hospitals.gpkg), market (marketplaces, malls and supermarkets of pois.gpkg); areas become
//   their point on surface, points inside an area already taken are dropped.
// - lines.gpkg (category, name): main_road (motorway/trunk/primary/secondary and their links),
//   road (other roads for vehicles; paths, tracks, footways, steps are left out), railway (real
//   railways only: Andorra's are all miniature, so none), river (waterway=river).
// - zones.gpkg (type, name): geohazard from scree / bare rock (terrain_hazard_proxies),
//   industrial_park, mining, construction and scenic from landuse industrial, quarry,
//   construction and recreation_ground.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace fangan::synth {

/// What was written.
struct SampleSummary {
  std::size_t buildings = 0;
  std::size_t outsideParishes = 0;  ///< footprints assigned to the nearest parish
  std::size_t towns = 0;
  std::size_t grids = 0;
  std::size_t pois = 0;
  std::size_t lines = 0;
  std::size_t zones = 0;
  std::size_t surveyed = 0;
  std::size_t initialHazards = 0;
  std::map<std::string, std::size_t> poisByCategory;
  std::map<std::string, std::size_t> linesByCategory;
  std::map<std::string, std::size_t> zonesByType;
  std::map<std::string, std::size_t> gridsByTown;
  double seconds = 0;
};

/// Derives the sample district from the Andorra extract in `sourceDir` into `outDir` (created
/// if missing; the six files are replaced). Throws std::runtime_error when a source layer is
/// missing or a file cannot be written.
SampleSummary writeSampleDistrict(const std::string& sourceDir, const std::string& outDir,
                                  std::uint64_t seed);

}  // namespace fangan::synth
