#pragma once
// Rebuilds the derived key zones of a project from ZoneRules: buffers around POIs, corridors
// along lines, slope areas from a DEM. Each derived zone keeps its rule's parameters as JSON in
// `params` and its origin in `source` ("derived:pois", "derived:lines", "derived:dem").
//
// Only what changed is rebuilt. A type's signature (its rules' parameters plus a digest of the
// source features or DEM file they read) is kept in the project setting
// "zones.signature.<type>"; a type whose signature is unchanged is left alone, so editing the
// school distance rebuilds the school zones and nothing else. Imported zones (source
// "import:…") are never removed by a rebuild.

#include <cstdint>
#include <string>
#include <vector>

#include "gis/analysis/spatial/ZoneRules.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// How to rebuild.
struct DerivedZoneOptions {
  std::string demPath;  ///< DEM for slope rules; empty = slope types are skipped (kept)
  bool force = false;   ///< rebuild every type even when its signature is unchanged
};

/// What happened to one zone type.
struct ZoneTypeRebuild {
  std::string type;
  /// "rebuilt", "unchanged", "removed" (no rule any more: derived zones deleted) or
  /// "skipped" (slope rule without a DEM: existing zones kept).
  std::string action;
  std::int64_t derived = 0;   ///< derived zones of the type after the run
  std::int64_t imported = 0;  ///< imported zones of the type (kept as they were)
  std::int64_t deleted = 0;   ///< derived zones removed by the run
  std::string note;           ///< e.g. slope statistics or why it was skipped
  bool needsDem = false;      ///< skipped because a slope rule was given no DEM path
};

/// One entry per zone type that has rules, derived zones or imported zones.
struct DerivedZoneReport {
  std::vector<ZoneTypeRebuild> types;
};

/// Rebuilds what changed, writing through `store` (inside the caller's transaction when one is
/// open, so a failure leaves the zones as they were).
DerivedZoneReport rebuildDerivedZones(ProjectStore& store, const ZoneRules& rules,
                                      const DerivedZoneOptions& options = {});

/// The zones one buffer/corridor rule makes from the project's POIs or lines (not stored):
/// one MULTIPOLYGON per matching source feature, named after it.
struct DerivedZone {
  ZoneRecord record;
  Wkb polygon;
};
std::vector<DerivedZone> bufferZones(const ProjectStore& store, const ZoneRule& rule);

}  // namespace fangan
