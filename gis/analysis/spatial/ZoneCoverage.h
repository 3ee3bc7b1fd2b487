#pragma once
// Survey coverage per key zone (重点区域, docs/rules.md#key-zones): of the buildings in each zone —
// school surroundings, road and rail corridors, slope clusters, geohazard areas… — how many have
// been checked, and the same per zone type. "Checked" is SurveyCheck's definition, shared with
// Coverage. Membership is the stored building↔zone links, so run the zone join (`fangan
// analyze`) first; nothing here intersects geometries with zones again.
//
// Memory stays small for a million buildings: the buildings stream past the workers (one id and
// one flag kept per building), and the links stream from the store in building order.

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "gis/analysis/spatial/Coverage.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// Coverage of one key zone.
struct ZoneCoverageRow {
  std::int64_t zoneId = 0;
  std::string type;  ///< zone type key (school, rail_road, …)
  std::string name;  ///< display name; may be empty
  /// Its buildings; `coverage.area` is the zone's name. A zone without buildings has a zero
  /// total and no rate.
  CoverageRow coverage;
};

/// What to compute.
struct ZoneCoverageOptions {
  int threads = 0;                            ///< worker threads; 0 = one per core
  const std::atomic<bool>* cancel = nullptr;  ///< raised from another thread to stop early
};

/// Coverage of every key zone and zone type.
struct ZoneCoverageReport {
  /// Every zone, also those without buildings: by type key, then most unchecked first, then
  /// lower rate, then id.
  std::vector<ZoneCoverageRow> zones;
  /// Every zone type present among the zones, by type key (`area` is the key). A building in
  /// several zones of one type counts once for that type.
  std::vector<CoverageRow> byType;
  /// The buildings in at least one zone, each once (area "*").
  CoverageRow inAnyZone;
  std::int64_t buildings = 0;            ///< buildings read
  std::int64_t links = 0;                ///< building↔zone links read (0: the join has not run)
  std::int64_t unreadableBuildings = 0;  ///< footprints a point test needed but could not read
  bool cancelled = false;                ///< stopped by `cancel`; the figures are incomplete
};

/// Orders areas by the size of their gap: more unchecked buildings first, then lower coverage;
/// an area without buildings after every area with some (it has nothing to survey).
bool biggerCoverageGap(const CoverageRow& a, const CoverageRow& b);

/// Computes per-zone and per-zone-type coverage from the store (read-only).
ZoneCoverageReport computeZoneCoverage(const ProjectStore& store,
                                       const ZoneCoverageOptions& options = {});

}  // namespace fangan
