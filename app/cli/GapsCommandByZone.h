#pragma once
// `fangan gaps PROJECT --by-zone`: survey coverage per key zone and per zone type
// (gis/analysis/spatial/ZoneCoverage), as CSV or JSON. The formats are described in
// GapsCommandByZone.cpp and README.md.

#include <cstddef>
#include <iosfwd>
#include <string>

#include "gis/analysis/spatial/ZoneCoverage.h"
#include "gis/io/Json.h"

namespace fangan::cli {

/// Writes `report` as CSV (`json` false) or one JSON object. `zonesPerType` > 0 keeps only
/// that many zones of each type (the biggest gaps, which come first).
void writeGapsByZone(const ZoneCoverageReport& report, bool json, std::size_t zonesPerType,
                     std::ostream& out);

/// total, checked, unchecked and coverage_rate (4 decimals, null without buildings) of a row,
/// as the JSON of both gaps tables writes them.
Json coverageCounts(const CoverageRow& row);

/// The hint for a project whose zone coverage cannot say anything yet (no zones, or the zone
/// join has not run), or "" when there is nothing to say.
std::string gapsByZoneHint(const ZoneCoverageReport& report);

}  // namespace fangan::cli
