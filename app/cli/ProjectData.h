#pragma once
// What the analysis commands read from a project in one pass: all building records and the
// key-zone types each lies in.

#include <map>
#include <string>
#include <vector>

#include "gis/io/Json.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan::cli {

struct ProjectData {
  std::vector<BuildingRecord> buildings;
  std::map<std::int64_t, std::vector<std::string>> zoneTypes;  ///< building id → zone types
  int gridCount = 0;

  /// Zone types of a building (empty when none or before `fangan analyze`).
  std::vector<std::string> zoneTypesOf(const BuildingRecord& b) const {
    auto it = zoneTypes.find(b.id);
    return it == zoneTypes.end() ? std::vector<std::string>{} : it->second;
  }
};

/// Opens the project at `path`; with a non-empty `asOf` (the `--as-of YYYY-MM-DD` value) a
/// read-only view of it as it stood at the end of that day (gis/history/AsOfStore.h).
std::unique_ptr<ProjectStore> openProjectAsOf(const std::string& path, const std::string& asOf);

/// Reads buildings and zone membership from the store.
ProjectData loadProjectData(const ProjectStore& store);

/// `--today YYYY-MM-DD`, or the system date.
Date todayFrom(const std::string& option);

}  // namespace fangan::cli
