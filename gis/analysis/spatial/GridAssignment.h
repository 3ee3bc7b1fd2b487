#pragma once
// Every building belongs to exactly one grid (网格), docs/rules.md#grids: the grid polygon with the
// largest overlap area; an exact tie goes to the smallest grid id string so that two runs (or two
// machines) never disagree. A building that overlaps no grid gets "" and is reported: the audit
// rule "building outside every grid" and the office need to know. Towns (镇街) are filled the
// same way from town polygons, but only where a building's town is empty: a town the office
// imported is its record and is never overwritten.

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gis/analysis/spatial/BuildingScan.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// How to assign.
struct GridAssignmentOptions {
  int threads = 0;        ///< worker threads; 0 = one per core
  int maxVertices = 256;  ///< grid/town polygons with more vertices are cut into pieces first
  /// Overlaps within this fraction of the footprint's area count as equal (then the smaller id
  /// wins). Floating-point overlay areas of a footprint cut exactly in half differ in the last
  /// bits; without a tolerance the "tie" rule would depend on rounding.
  double tieTolerance = 1e-9;
  /// When no town polygon overlaps a building with an empty town, use the `town` attribute of
  /// the grid it was assigned to (offices often have grid polygons but no town boundaries).
  bool townFromGrid = true;
};

/// A building that overlaps no grid polygon.
struct OutsideBuilding {
  std::int64_t id = 0;
  std::string code;
  std::string previousGrid;  ///< the grid it had before (e.g. imported), "" when none
};

/// What the assignment computed (nothing written yet).
struct GridAssignmentResult {
  bool hasGrids = false;  ///< false: the project has no grid polygons, grids are left alone
  bool hasTowns = false;  ///< the project has town polygons
  std::int64_t buildings = 0;
  /// (building id, grid) for every building when hasGrids; "" for outside ones. Sorted by id.
  std::vector<std::pair<std::int64_t, std::string>> grids;
  /// The entries of `grids` that differ from the stored grid: what applyGridAssignment writes.
  std::vector<std::pair<std::int64_t, std::string>> gridChanges;
  std::vector<OutsideBuilding> outside;  ///< sorted by id
  std::int64_t changed = 0;  ///< buildings whose stored non-empty grid differs from the new one
  /// (building id, town) for buildings whose town was empty and now has one. Sorted by id.
  std::vector<std::pair<std::int64_t, std::string>> towns;
  std::int64_t townsFromGrid = 0;    ///< of `towns`, how many came from the grid's attribute
  std::int64_t townsStillEmpty = 0;  ///< empty town and no polygon/grid to fill it from
  std::int64_t unreadableBuildings = 0;
  int threads = 0;
};

/// The assignment in parts, for a caller that streams the buildings itself (several analyses in
/// one read of the store): construct (reads grids and towns), hand sinks() to scanBuildings,
/// then finish().
class GridAssignmentJob {
 public:
  GridAssignmentJob(const ProjectStore& store, const GridAssignmentOptions& options);
  ~GridAssignmentJob();
  GridAssignmentJob(const GridAssignmentJob&) = delete;
  GridAssignmentJob& operator=(const GridAssignmentJob&) = delete;

  /// One sink per worker thread (options.threads of them); owned by the job.
  std::vector<BuildingSink*> sinks();
  /// Merges the workers' results; `buildingsRead` is what scanBuildings returned.
  GridAssignmentResult finish(std::int64_t buildingsRead);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Computes grids (largest overlap) and missing towns for every building.
GridAssignmentResult assignGridsAndTowns(const ProjectStore& store,
                                         const GridAssignmentOptions& options = {});

/// Writes a result: setBuildingGrids for the buildings whose grid changed (only when the
/// project has grids; an unchanged row needs no write), and
/// updateBuilding (audit-logged as `who`) for the towns that were empty.
void applyGridAssignment(ProjectStore& store, const GridAssignmentResult& result,
                         const std::string& who = "fangan analyze");

}  // namespace fangan
