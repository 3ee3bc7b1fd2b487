// fangan gaps PROJECT --by grid|town|zone [--format csv|json] [--top N] [--threads N]
// fangan gaps PROJECT --by-zone [--format csv|json] [--top N] [--threads N]
// Both take [--as-of YYYY-MM-DD]: coverage at the end of that day (docs/rules.md#as-of).
//
// --json is short for --format json. --by-zone lists every key zone and zone type instead (see
// GapsCommandByZone.cpp for its formats); there --top N keeps the N biggest gaps of each type.
//
// Survey coverage per grid, town or key-zone type. A building is checked when survey_status =
// surveyed, or a survey point lies inside its footprint, or a survey point carries its code.
// Per zone type uses the building↔zone links of the last `fangan analyze`.
//
// CSV (default): header, then one row per area; an empty area is the buildings with no grid /
// town; coverage_rate has 4 decimals, "—" when total is 0:
//   area,total,checked,unchecked,coverage_rate
//   G001,120,96,24,0.8000
//   G002,0,0,0,—
//
// JSON (--format json), one object:
// {
//   "by": "grid",                                  // grid | town | zone
//   "rows": [{"area": "G001", "total": 120, "checked": 96, "unchecked": 24,
//             "coverage_rate": 0.8000}],           // number with 4 decimals, null when total 0
//   "overall": {"total": 4906, "checked": 1200, "unchecked": 3706, "coverage_rate": 0.2446},
//   "checked_by": {"status": 1100, "point": 90, "code": 10},
//   "survey_points": 150,
//   "largest_gaps": [{"area": "G007", "unchecked": 80, "coverage_rate": 0.1111}]
//                                                  // grids, most unchecked first (--top, 10)
// }

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/GapsCommandByZone.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/spatial/Coverage.h"
#include "gis/analysis/spatial/ZoneCoverage.h"
#include "gis/io/Csv.h"
#include "gis/store/ProjectStore.h"
#include "app/cli/OptionValues.h"

namespace fangan::cli {
namespace {

int parsePositive(const Arguments& a, const std::string& name, int fallback) {
  if (!a.has(name)) return fallback;
  const long long n = integerOption(name, a.value(name));
  if (n >= 1 && n <= 1000000000) return static_cast<int>(n);
  throw UsageError(name + " 应为正整数");
}

int runGaps(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const std::string by = a.value("--by", "grid");
  if (by != "grid" && by != "town" && by != "zone")
    throw UsageError("--by 应为 grid、town 或 zone");
  const std::string format = a.has("--json") ? "json" : a.value("--format", "csv");
  if (format != "csv" && format != "json") throw UsageError("--format 应为 csv 或 json");
  if (a.has("--by-zone")) {
    if (a.has("--by")) throw UsageError("--by 与 --by-zone 不能同时使用");
    ZoneCoverageOptions zoneOptions;
    zoneOptions.threads = a.has("--threads") ? parsePositive(a, "--threads", 0) : 0;
    const std::size_t perType = a.has("--top") ? parsePositive(a, "--top", 10) : 0;
    auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
    const ZoneCoverageReport report = computeZoneCoverage(*store, zoneOptions);
    const std::string hint = gapsByZoneHint(report);
    if (!hint.empty()) err << "fangan: 提示: " << hint << "\n";
    writeGapsByZone(report, format == "json", perType, out);
    return 0;
  }

  CoverageOptions options;
  options.hexSize = 0;  // the hexagon layer is for maps, not for this table
  options.largestGaps = static_cast<std::size_t>(parsePositive(a, "--top", 10));
  options.threads = a.has("--threads") ? parsePositive(a, "--threads", 0) : 0;
  options.byZoneType = by == "zone";  // only that table reads the zone links
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  const CoverageReport report = computeCoverage(*store, options);
  const auto& rows = by == "grid"   ? report.byGrid
                     : by == "town" ? report.byTown
                                    : report.byZoneType;
  if (by == "zone" && !rows.empty()) {
    bool anyLinked = false;
    for (const auto& r : rows) anyLinked = anyLinked || r.total > 0;
    if (!anyLinked) err << "fangan: 提示: 没有房屋与重点区域的关联，请先运行 fangan analyze\n";
  }

  if (format == "csv") {
    out << "area,total,checked,unchecked,coverage_rate\n";
    for (const auto& r : rows) {
      out << csvField(r.area) << "," << r.total << "," << r.checked << "," << r.unchecked() << ","
          << formatCoverageRate(r) << "\n";
    }
    return 0;
  }
  Json table = Json::array();
  for (const auto& r : rows) {
    Json row = {{"area", r.area}};
    row.update(coverageCounts(r));
    table.push_back(row);
  }
  Json gaps = Json::array();
  for (const auto& g : report.largestGaps) {
    const Json counts = coverageCounts(g);
    gaps.push_back({{"area", g.area},
                    {"unchecked", counts["unchecked"]},
                    {"coverage_rate", counts["coverage_rate"]}});
  }
  const Json doc = {{"by", by},
                    {"rows", table},
                    {"overall", coverageCounts(report.overall)},
                    {"checked_by",
                     {{"status", report.checkedByStatus},
                      {"point", report.checkedByPoint},
                      {"code", report.checkedByCode}}},
                    {"survey_points", report.surveyPoints},
                    {"largest_gaps", gaps}};
  out << jsonText(doc) << "\n";
  return 0;
}

const CommandRegistration registration(
    {"gaps",
     "gaps PROJECT --by grid|town|zone|--by-zone [--format csv|json|--json] [--top N] "
     "[--threads N] [--as-of YYYY-MM-DD]",
     {"--by-zone", "--json"},
     runGaps});

}  // namespace
}  // namespace fangan::cli
