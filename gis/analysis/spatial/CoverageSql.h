#pragma once
// Survey coverage (docs/rules.md#coverage, #server-aggregates) counted by the PostGIS server: the
// definition of SurveyCheck.h (survey_status surveyed, else a survey point inside or on the edge of
// the footprint — ST_Intersects, as GEOSIntersects —, else a survey point with the building's code)
// written as SQL and grouped per grid, town and zone type on the server, so only the groups
// cross the wire. Coverage.cpp turns the counts into the report, as for a file.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "gis/analysis/spatial/Coverage.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// The raw counts of a coverage report.
struct CoverageCounts {
  /// Every grid / town / zone type with a polygon (zero rows too) and every value the
  /// buildings use; "" for buildings without one.
  std::map<std::string, CoverageRow> grids, towns, zoneTypes;
  CoverageRow overall;
  std::int64_t checkedByStatus = 0;
  std::int64_t checkedByPoint = 0;
  std::int64_t checkedByCode = 0;
  std::int64_t surveyPoints = 0;
};

/// The counts of `store` made on the server when it is a PostGIS project (zone types counted
/// only with `byZoneType`); std::nullopt for any other store.
std::optional<CoverageCounts> coverageCountsOnServer(const ProjectStore& store, bool byZoneType);

}  // namespace fangan
