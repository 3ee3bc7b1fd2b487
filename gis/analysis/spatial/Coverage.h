#pragma once
// Survey coverage (不漏一栋、不落一户): which buildings have been checked, and where the gaps are.
// A building is checked when its survey_status is surveyed, or a field survey point lies inside
// (or on the edge of) its footprint, or a survey point carries its code (docs/rules.md#coverage);
// SurveyCheck.h holds that definition. Coverage = checked / total, per grid, per town and per
// key-zone type; the largest gaps are the grids with the most unchecked buildings; a hexagon layer
// shows where unchecked buildings cluster. Per single key zone: ZoneCoverage.h.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gis/analysis/spatial/HexDensity.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Coverage of one area (a grid, a town, a zone type, or everything).
struct CoverageRow {
  std::string area;  ///< grid id, town name or zone type; "" = buildings with no grid / town
  std::int64_t total = 0;
  std::int64_t checked = 0;

  std::int64_t unchecked() const { return total - checked; }
  /// checked / total; empty for a zero total (shown "—", never 0 % or 100 %).
  std::optional<double> rate() const {
    if (total == 0) return std::nullopt;
    return static_cast<double>(checked) / static_cast<double>(total);
  }
};

/// "0.8125" (4 decimals), or "—" for a zero total, as the ledgers write rates.
std::string formatCoverageRate(const CoverageRow& row);

/// What to compute.
struct CoverageOptions {
  int threads = 0;               ///< worker threads; 0 = one per core
  std::size_t largestGaps = 10;  ///< how many grids the gaps list keeps
  double hexSize = 250;          ///< hexagon circumradius in metres; 0 = no hexagon layer
  /// Whether to fill byZoneType (reads each building's zone links: seconds at 10^6 buildings).
  bool byZoneType = true;
};

/// Coverage of a project.
struct CoverageReport {
  CoverageRow overall;
  /// Every grid polygon (also those without buildings), grid values without a polygon, and ""
  /// for buildings with no grid, last. Sorted by area otherwise.
  std::vector<CoverageRow> byGrid;
  /// Every town polygon, town values of buildings, and "" last.
  std::vector<CoverageRow> byTown;
  /// Every zone type present among the zones, from the stored building↔zone links (run the
  /// zone join first); a type with no buildings has a zero total.
  std::vector<CoverageRow> byZoneType;
  /// Grids (not "") with unchecked buildings, most unchecked first, then lower rate, then id.
  std::vector<CoverageRow> largestGaps;
  /// Unchecked buildings (footprint centroids) per hexagon, densest first.
  std::vector<HexCell> uncheckedHexes;
  std::int64_t checkedByStatus = 0;  ///< survey_status = surveyed
  std::int64_t checkedByPoint = 0;   ///< not surveyed, but a survey point inside the footprint
  std::int64_t checkedByCode = 0;    ///< neither, but a survey point with the building's code
  std::int64_t surveyPoints = 0;
  std::int64_t unreadableBuildings = 0;
};

/// Computes coverage from the store (read-only).
CoverageReport computeCoverage(const ProjectStore& store, const CoverageOptions& options = {});

}  // namespace fangan
