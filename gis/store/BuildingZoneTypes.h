#pragma once
// The key-zone types of some buildings (a grid's, the due ones of a patrol), read by streaming
// the zone links: only the asked buildings' types are kept, where ProjectStore::
// buildingZoneTypes() holds the whole district's (a million buildings: a few million strings).

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan {

/// For each building of `ids` in at least one key zone, its zone types, each once, in byte
/// order: what buildingZoneTypes() gives for it.
std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypesOfBuildings(
    const ProjectStore& store, const std::unordered_set<std::int64_t>& ids);

}  // namespace fangan
