#include "gis/store/BuildingZoneTypes.h"

#include <algorithm>

namespace fangan {

std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypesOfBuildings(
    const ProjectStore& store, const std::unordered_set<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::vector<std::string>> out;
  if (ids.empty()) return out;
  std::unordered_map<std::int64_t, std::string> typeOfZone;
  store.forEachZone([&typeOfZone](const ZoneRecord& z, const Wkb&) {
    typeOfZone.emplace(z.id, z.type);
    return true;
  });
  store.forEachBuildingZone([&](std::int64_t building, std::int64_t zone) {
    if (ids.count(building) == 0) return true;
    const auto type = typeOfZone.find(zone);
    if (type != typeOfZone.end()) out[building].push_back(type->second);
    return true;
  });
  for (auto& [id, types] : out) {
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
  }
  return out;
}

}  // namespace fangan
