// The --by-zone output of `fangan gaps`.
//
// CSV (default): one table; each zone type's row is followed by its zones, the biggest gaps
// first (most unchecked, then lowest rate); the last row is every building in any key zone.
// A building in two zones of one type counts once in the type's row. coverage_rate has 4
// decimals, "—" when total is 0:
//   level,zone_type,zone_id,zone_name,total,checked,unchecked,coverage_rate
//   type,school,,,4,3,1,0.7500
//   zone,school,12,第二小学,2,1,1,0.5000
//   zone,school,11,第一小学,3,3,0,1.0000
//   all,,,,5,4,1,0.8000
//
// JSON (--format json or --json), one object:
// {
//   "types": [{"type": "school", "zones": 2, "total": 4, "checked": 3, "unchecked": 1,
//              "coverage_rate": 0.7500}],                  // by type key; null rate at total 0
//   "zones": [{"id": 12, "type": "school", "name": "第二小学", "total": 2, "checked": 1,
//              "unchecked": 1, "coverage_rate": 0.5000}],  // in the CSV's order
//   "in_any_zone": {"total": 5, "checked": 4, "unchecked": 1, "coverage_rate": 0.8000},
//   "buildings": 6,                                        // buildings read
//   "links": 7                                             // building↔zone links read
// }

#include "app/cli/GapsCommandByZone.h"

#include <map>
#include <ostream>
#include <vector>

#include "gis/io/Csv.h"

namespace fangan::cli {
namespace {

std::string csvCounts(const CoverageRow& r) {
  return std::to_string(r.total) + "," + std::to_string(r.checked) + "," +
         std::to_string(r.unchecked()) + "," + formatCoverageRate(r);
}

/// The zones of each type in the report's order (biggest gaps first), cut to `limit`.
std::map<std::string, std::vector<const ZoneCoverageRow*>> zonesByType(
    const ZoneCoverageReport& report, std::size_t limit) {
  std::map<std::string, std::vector<const ZoneCoverageRow*>> out;
  for (const auto& z : report.zones) {
    auto& list = out[z.type];
    if (limit == 0 || list.size() < limit) list.push_back(&z);
  }
  return out;
}

std::size_t zoneCount(const ZoneCoverageReport& report, const std::string& type) {
  std::size_t n = 0;
  for (const auto& z : report.zones) n += z.type == type ? 1 : 0;
  return n;
}

}  // namespace

Json coverageCounts(const CoverageRow& row) {
  const auto rate = row.rate();
  return {{"total", row.total},
          {"checked", row.checked},
          {"unchecked", row.unchecked()},
          {"coverage_rate", rate ? jsonRounded(*rate, 4) : Json(nullptr)}};
}

void writeGapsByZone(const ZoneCoverageReport& report, bool json, std::size_t zonesPerType,
                     std::ostream& out) {
  const auto zones = zonesByType(report, zonesPerType);
  const std::vector<const ZoneCoverageRow*> none;
  const auto zonesOf = [&](const std::string& type) -> const std::vector<const ZoneCoverageRow*>& {
    const auto it = zones.find(type);
    return it == zones.end() ? none : it->second;
  };
  if (!json) {
    out << "level,zone_type,zone_id,zone_name,total,checked,unchecked,coverage_rate\n";
    for (const auto& t : report.byType) {
      out << "type," << csvField(t.area) << ",,," << csvCounts(t) << "\n";
      for (const ZoneCoverageRow* z : zonesOf(t.area)) {
        out << "zone," << csvField(z->type) << "," << z->zoneId << "," << csvField(z->name) << ","
            << csvCounts(z->coverage) << "\n";
      }
    }
    out << "all,,,," << csvCounts(report.inAnyZone) << "\n";
    return;
  }
  Json types = Json::array();
  Json zoneRows = Json::array();
  for (const auto& t : report.byType) {
    Json type = {{"type", t.area}, {"zones", zoneCount(report, t.area)}};
    type.update(coverageCounts(t));
    types.push_back(type);
    for (const ZoneCoverageRow* z : zonesOf(t.area)) {
      Json zone = {{"id", z->zoneId}, {"type", z->type}, {"name", z->name}};
      zone.update(coverageCounts(z->coverage));
      zoneRows.push_back(zone);
    }
  }
  const Json doc = {{"types", types},
                    {"zones", zoneRows},
                    {"in_any_zone", coverageCounts(report.inAnyZone)},
                    {"buildings", report.buildings},
                    {"links", report.links}};
  out << jsonText(doc) << "\n";
}

std::string gapsByZoneHint(const ZoneCoverageReport& report) {
  if (report.zones.empty()) return "项目中没有重点区域，请先导入重点区域或运行 fangan analyze";
  if (report.links == 0) return "没有房屋与重点区域的关联，请先运行 fangan analyze";
  return "";
}

}  // namespace fangan::cli
