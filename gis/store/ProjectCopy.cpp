#include "gis/store/ProjectCopy.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace fangan {

namespace {

using IdMap = std::unordered_map<std::int64_t, std::int64_t>;

std::int64_t mapped(const IdMap& ids, std::int64_t old, const char* what) {
  const auto it = ids.find(old);
  if (it == ids.end()) {
    throw StoreError(std::string("源项目数据不一致: ") + what + " id " + std::to_string(old) +
                     " 不存在");
  }
  return it->second;
}

}  // namespace

void copyProject(const ProjectStore& from, ProjectStore& to) {
  for (const auto& layer : to.summary()) {
    if (layer.count > 0) throw StoreError("目标项目不是空的: " + to.location());
  }
  auto tx = to.begin();
  if (to.srid() == 0 && from.srid() != 0) to.assignCrs(from.srid());
  if (to.srid() != from.srid()) {
    throw StoreError("目标项目的坐标系 EPSG:" + std::to_string(to.srid()) +
                     " 与源项目 EPSG:" + std::to_string(from.srid()) + " 不同");
  }
  for (const auto& [key, value] : from.settings()) to.restoreSetting(key, value);

  IdMap buildings;
  from.forEachBuilding([&](const BuildingRecord& b, const Wkb& g) {
    to.setChangeDate(b.enteredDate);  // the day it entered the project stays
    buildings[b.id] = to.upsertBuilding(b, g, "fangan");
    return true;
  });
  to.setChangeDate(std::nullopt);
  from.forEachTown([&](const TownRecord& t, const Wkb& g) {
    to.upsertTown(t, g);
    return true;
  });
  from.forEachGrid([&](const GridRecord& r, const Wkb& g) {
    to.upsertGrid(r, g);
    return true;
  });
  IdMap zones;
  from.forEachZone([&](const ZoneRecord& z, const Wkb& g) {
    zones[z.id] = to.insertZone(z, g);
    return true;
  });
  for (const ProjectLayer layer : {ProjectLayer::Pois, ProjectLayer::Lines}) {
    from.forEachSource(layer, [&](const SourceFeature& f, const Wkb& g) {
      to.insertSource(layer, f, g);
      return true;
    });
  }
  from.forEachSurveyPoint([&](const SurveyPoint& p, const Wkb& g) {
    to.insertSurveyPoint(p, g);
    return true;
  });

  // The history in the order it was recorded (event ids), so new ids keep that order.
  std::vector<InspectionEvent> events;
  for (const std::int64_t id : from.buildingIds()) {
    for (InspectionEvent& e : from.events(id)) events.push_back(std::move(e));
  }
  std::sort(events.begin(), events.end(),
            [](const InspectionEvent& a, const InspectionEvent& b) { return a.id < b.id; });
  for (InspectionEvent e : events) {
    e.buildingId = mapped(buildings, e.buildingId, "房屋");
    to.appendEvent(e);
  }

  std::vector<std::pair<std::int64_t, std::int64_t>> links;
  from.forEachBuildingZone([&](std::int64_t b, std::int64_t z) {
    links.emplace_back(mapped(buildings, b, "房屋"), mapped(zones, z, "区域"));
    return true;
  });
  to.replaceBuildingZones(links);

  // Audit rows oldest first, each on its own business day (docs/rules.md#as-of).
  std::unordered_map<std::int64_t, Date> effective;
  from.forEachBuildingChange([&](const BuildingChange& c) {
    effective[c.auditId] = c.effective;
    return true;
  });
  std::vector<AuditEntry> audit = from.auditLog(std::numeric_limits<int>::max());
  std::reverse(audit.begin(), audit.end());
  for (const AuditEntry& e : audit) {
    const auto day = effective.find(e.id);
    to.setChangeDate(day != effective.end() ? std::optional<Date>(day->second)
                                            : Date::parse(e.when.substr(0, 10)));
    to.appendAudit(e);
  }
  to.setChangeDate(std::nullopt);
  tx->commit();
}

}  // namespace fangan
