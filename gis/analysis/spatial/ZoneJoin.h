#pragma once
// Which key zones (重点区域) each building lies in: many-to-many, "intersects" (a footprint that
// only touches a zone's edge is in it; for a safety campaign a near miss should be looked at).
// Zones are the smaller side and go into an STR-tree of prepared, subdivided polygons; buildings
// stream past it on every core (BuildingScan).

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gis/analysis/spatial/BuildingScan.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// How to join.
struct ZoneJoinOptions {
  int threads = 0;        ///< worker threads; 0 = one per core (analysisThreadCount)
  int maxVertices = 256;  ///< zone polygons with more vertices are cut into pieces first
};

/// What the join found.
struct ZoneJoinResult {
  /// (building id, zone id), sorted ascending, no duplicates.
  std::vector<std::pair<std::int64_t, std::int64_t>> links;
  std::int64_t buildings = 0;            ///< buildings read
  std::int64_t buildingsInAnyZone = 0;   ///< buildings with at least one zone
  std::int64_t zones = 0;                ///< zones indexed
  std::int64_t zonePieces = 0;           ///< pieces after subdivision (per thread)
  std::int64_t unreadableBuildings = 0;  ///< footprints GEOS could not read
  std::int64_t unreadableZones = 0;
  /// Distinct buildings per zone type; every type present among the zones has an entry.
  std::map<std::string, std::int64_t> buildingsPerType;
  int threads = 0;
};

/// The join in parts, for a caller that streams the buildings itself (so that several analyses
/// share one read of the store, the slowest part of a pass): construct (reads the zones), hand
/// sinks() to scanBuildings, then finish().
class ZoneJoinJob {
 public:
  ZoneJoinJob(const ProjectStore& store, const ZoneJoinOptions& options);
  ~ZoneJoinJob();
  ZoneJoinJob(const ZoneJoinJob&) = delete;
  ZoneJoinJob& operator=(const ZoneJoinJob&) = delete;

  /// One sink per worker thread (options.threads of them); owned by the job.
  std::vector<BuildingSink*> sinks();
  /// Merges the workers' results; `buildingsRead` is what scanBuildings returned.
  ZoneJoinResult finish(std::int64_t buildingsRead);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Computes every building's zones without writing anything.
ZoneJoinResult joinBuildingsToZones(const ProjectStore& store, const ZoneJoinOptions& options = {});

/// Computes the join and stores it with replaceBuildingZones (in the caller's transaction when
/// one is open).
ZoneJoinResult rebuildBuildingZones(ProjectStore& store, const ZoneJoinOptions& options = {});

}  // namespace fangan
