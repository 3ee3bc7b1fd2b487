// fangan analyze PROJECT [--dem FILE] [--rules FILE] [--rebuild] [--threads N] [--json]
//
// Rebuilds the derived key zones (only the types whose rules or inputs changed, or all with
// --rebuild), joins buildings to zones, assigns grids (largest overlap) and fills empty towns, in
// one transaction: a failure leaves the project as it was. --dem and --rules are remembered in
// the project settings (analysis.dem, analysis.rules) for the next run; without --rules the last
// one or data/rules/zones.rules is used.
//
// JSON (--json), one object:
// {
//   "project": "p.sqlite",
//   "rules": "/abs/path/zones.rules",
//   "dem": "/abs/path/dem.tif" | null,
//   "zones": [                                   // one entry per zone type, rules order first
//     {"type": "school", "action": "rebuilt",    // rebuilt | unchanged | removed | skipped
//      "derived": 12, "imported": 0, "deleted": 10, "note": ""}
//   ],
//   "join": {"buildings": 4906, "zones": 220, "zone_pieces": 260, "links": 1234,
//            "buildings_in_any_zone": 1100, "unreadable_buildings": 0,
//            "buildings_per_zone_type": {"school": 120, "rail_road": 800}},
//   "grids": {"has_grids": true, "assigned": 4800, "outside": 106, "changed": 3,
//             "outside_codes": ["B0001", "..."]},          // at most 100 codes
//   "towns": {"has_towns": true, "filled": 4000, "from_grid": 0, "still_empty": 906},
//   "threads": 2,
//   "elapsed_s": 1.234
// }

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/analysis/spatial/BuildingOverlay.h"
#include "gis/analysis/spatial/DerivedZones.h"
#include "gis/analysis/spatial/ZoneRules.h"
#include "gis/io/Json.h"
#include "gis/store/ProjectStore.h"
#include "app/cli/OptionValues.h"

namespace fangan::cli {
namespace {

constexpr std::size_t kListedOutside = 100;

/// A zone type's note, with the option that gives what a skipped type lacked.
std::string noteOf(const ZoneTypeRebuild& t) {
  return t.needsDem ? t.note + " (用 --dem FILE 指定)" : t.note;
}

std::string absolutePath(const std::string& path) {
  return std::filesystem::absolute(path).lexically_normal().string();
}

int parseThreads(const Arguments& a) {
  if (!a.has("--threads")) return 0;
  const long long n = integerOption("--threads", a.value("--threads"));
  if (n >= 1 && n <= 64) return static_cast<int>(n);
  throw UsageError("--threads 应为 1 到 64 的整数");
}

int runAnalyze(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const auto started = std::chrono::steady_clock::now();
  const int threads = parseThreads(a);
  auto store = openProject(a.positional[0]);
  if (store->srid() == 0) throw UsageError("项目还没有坐标系，请先导入数据");

  std::string rulesPath = a.has("--rules") ? absolutePath(a.value("--rules"))
                                           : store->setting("analysis.rules").value_or("");
  if (rulesPath.empty()) rulesPath = defaultZoneRulesPath();
  const ZoneRules rules = loadZoneRules(rulesPath);

  std::string demPath;
  if (a.has("--dem")) {
    demPath = absolutePath(a.value("--dem"));
    if (!std::filesystem::exists(demPath)) throw UsageError("DEM 文件不存在: " + demPath);
  } else if (auto remembered = store->setting("analysis.dem"); remembered && !remembered->empty()) {
    demPath = *remembered;
    if (!std::filesystem::exists(demPath)) {
      err << "fangan: 警告: 记住的 DEM 已不存在 (" << demPath << ")，坡度区域保持不变\n";
      demPath.clear();
    }
  }

  auto transaction = store->begin();
  DerivedZoneOptions zoneOptions;
  zoneOptions.demPath = demPath;
  zoneOptions.force = a.has("--rebuild");
  const DerivedZoneReport zones = rebuildDerivedZones(*store, rules, zoneOptions);
  ZoneJoinOptions joinOptions;
  joinOptions.threads = threads;
  const BuildingOverlayResult overlay = rebuildBuildingOverlays(*store, joinOptions);
  const ZoneJoinResult& join = overlay.zones;
  const GridAssignmentResult& grids = overlay.grids;
  if (a.has("--rules")) store->setSetting("analysis.rules", rulesPath);
  if (a.has("--dem")) store->setSetting("analysis.dem", demPath);
  transaction->commit();
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  const std::int64_t assigned =
      grids.hasGrids ? grids.buildings - static_cast<std::int64_t>(grids.outside.size()) : 0;
  if (a.has("--json")) {
    Json zoneTypes = Json::array();
    for (const auto& t : zones.types) {
      zoneTypes.push_back({{"type", t.type},
                           {"action", t.action},
                           {"derived", t.derived},
                           {"imported", t.imported},
                           {"deleted", t.deleted},
                           {"note", noteOf(t)}});
    }
    Json perType = Json::object();
    for (const auto& [type, n] : join.buildingsPerType) perType[type] = n;
    Json outsideCodes = Json::array();
    for (std::size_t i = 0; i < grids.outside.size() && i < kListedOutside; ++i) {
      outsideCodes.push_back(grids.outside[i].code);
    }
    const Json doc = {{"project", store->location()},
                      {"rules", rulesPath},
                      {"dem", demPath.empty() ? Json(nullptr) : Json(demPath)},
                      {"zones", zoneTypes},
                      {"join",
                       {{"buildings", join.buildings},
                        {"zones", join.zones},
                        {"zone_pieces", join.zonePieces},
                        {"links", join.links.size()},
                        {"buildings_in_any_zone", join.buildingsInAnyZone},
                        {"unreadable_buildings", join.unreadableBuildings},
                        {"buildings_per_zone_type", perType}}},
                      {"grids",
                       {{"has_grids", grids.hasGrids},
                        {"assigned", assigned},
                        {"outside", grids.outside.size()},
                        {"changed", grids.changed},
                        {"outside_codes", outsideCodes}}},
                      {"towns",
                       {{"has_towns", grids.hasTowns},
                        {"filled", grids.towns.size()},
                        {"from_grid", grids.townsFromGrid},
                        {"still_empty", grids.townsStillEmpty}}},
                      {"threads", join.threads},
                      {"elapsed_s", jsonRounded(elapsed, 3)}};
    out << jsonText(doc) << "\n";
    return 0;
  }

  out << "项目: " << store->location() << "\n规则: " << rulesPath << "\n";
  out << "DEM: " << (demPath.empty() ? "(无)" : demPath) << "\n";
  out << "重点区域 (类型 / 处理 / 派生 / 导入 / 删除):\n";
  for (const auto& t : zones.types) {
    out << "  " << std::left << std::setw(16) << t.type << std::setw(10) << t.action << std::right
        << std::setw(8) << t.derived << std::setw(8) << t.imported << std::setw(8) << t.deleted
        << (t.note.empty() ? "" : "  " + noteOf(t)) << "\n";
  }
  out << "房屋 " << join.buildings << " 栋, 位于重点区域内 " << join.buildingsInAnyZone
      << " 栋 (关联 " << join.links.size() << " 条, 区域 " << join.zones << " 个, 切分后 "
      << join.zonePieces << " 块)\n";
  out << "各类重点区域内房屋:\n";
  for (const auto& [type, n] : join.buildingsPerType) {
    out << "  " << std::left << std::setw(16) << type << std::right << std::setw(8) << n << "\n";
  }
  if (grids.hasGrids) {
    out << "网格: 已分配 " << assigned << " 栋, 不在任何网格内 " << grids.outside.size()
        << " 栋, 网格变更 " << grids.changed << " 栋\n";
    for (std::size_t i = 0; i < grids.outside.size() && i < 20; ++i) {
      out << "  网格外: " << grids.outside[i].code << "\n";
    }
    if (grids.outside.size() > 20) out << "  … 共 " << grids.outside.size() << " 栋\n";
  } else {
    out << "网格: 项目没有网格面，未分配\n";
  }
  out << "镇街: 补填 " << grids.towns.size() << " 栋 (其中取自网格 " << grids.townsFromGrid
      << "), 仍为空 " << grids.townsStillEmpty << " 栋\n";
  out << "耗时: " << std::fixed << std::setprecision(2) << elapsed << " s (" << join.threads
      << " 线程)\n";
  return 0;
}

const CommandRegistration registration(
    {"analyze",
     "analyze PROJECT [--dem FILE] [--rules FILE] [--rebuild] [--threads N] [--json]",
     {"--rebuild", "--json"},
     runAnalyze});

}  // namespace
}  // namespace fangan::cli
