#include "app/cli/ProjectData.h"

#include <chrono>
#include <ctime>

#include "app/cli/Command.h"
#include "gis/history/AsOfStore.h"

namespace fangan::cli {

std::unique_ptr<ProjectStore> openProjectAsOf(const std::string& path, const std::string& asOf) {
  if (asOf.empty()) return openProject(path);
  const auto day = Date::parse(asOf);
  if (!day) throw UsageError("--as-of 应为日期 YYYY-MM-DD: " + asOf);
  return std::make_unique<AsOfStore>(openProject(path), *day);
}

ProjectData loadProjectData(const ProjectStore& store) {
  ProjectData d;
  store.forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
    d.buildings.push_back(b);
    return true;
  });
  for (const auto& [id, type] : store.buildingZoneTypes()) d.zoneTypes[id].push_back(type);
  for (const auto& l : store.summary()) {
    if (l.layer == ProjectLayer::Grids) d.gridCount = static_cast<int>(l.count);
  }
  return d;
}

Date todayFrom(const std::string& option) {
  if (!option.empty()) {
    const auto d = Date::parse(option);
    if (!d) throw UsageError("--today 应为日期 YYYY-MM-DD: " + option);
    return *d;
  }
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  localtime_r(&t, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace fangan::cli
