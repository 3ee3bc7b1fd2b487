// fangan priority PROJECT [--grid ID|--town NAME] [--top N] [--format csv|json]
//                 [--rules FILE] [--today DATE]
// JSON: [{"rank":1,"code":"…","town":"…","grid":"…","score":95,
//         "reasons":[{"id":"never_surveyed","label":"从未排查","weight":40}, …]}, …]
// CSV: rank,code,town,grid,address,score,reasons   (reasons "label(+w); label(+w)")

#include <map>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/io/Csv.h"
#include "gis/cases/PlanRegister.h"

namespace fangan::cli {
namespace {

int runPriority(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const std::string format = a.value("--format", "csv");
  if (format != "csv" && format != "json") throw UsageError("--format 应为 csv 或 json");
  auto store = openProject(a.positional[0]);
  const PriorityRules rules = loadPriorityRules(a.value("--rules", defaultPriorityRulesPath()));
  ProjectData data = loadProjectData(*store);
  const std::string grid = a.value("--grid");
  const std::string town = a.value("--town");
  std::vector<BuildingRecord> chosen;
  for (const auto& b : data.buildings) {
    if (!grid.empty() && b.grid != grid) continue;
    if (!town.empty() && b.town != town) continue;
    chosen.push_back(b);
  }
  std::map<std::string, const BuildingRecord*> byCode;
  for (const auto& b : chosen) byCode[b.code] = &b;
  const Date today = todayFrom(a.value("--today"));
  const std::set<std::string> overduePlans = overduePlanCodes(store->plans(), today);
  auto ranking = rankByPriority(
      rules, chosen, today, [&](const BuildingRecord& b) { return data.zoneTypesOf(b); },
      &overduePlans);
  const size_t top =
      a.has("--top") ? static_cast<size_t>(std::stoul(a.value("--top"))) : ranking.size();
  if (ranking.size() > top) ranking.resize(top);

  if (format == "json") {
    Json list = Json::array();
    for (size_t i = 0; i < ranking.size(); ++i) {
      const auto& r = ranking[i];
      const BuildingRecord& b = *byCode[r.code];
      Json reasons = Json::array();
      for (const auto& f : r.result.fired) {
        reasons.push_back({{"id", f.id}, {"label", f.label}, {"weight", f.weight}});
      }
      list.push_back({{"rank", i + 1},
                      {"code", r.code},
                      {"town", b.town},
                      {"grid", b.grid},
                      {"score", r.result.score},
                      {"reasons", reasons}});
    }
    out << jsonLines(list) << "\n";
    return 0;
  }
  out << "rank,code,town,grid,address,score,reasons\n";
  for (size_t i = 0; i < ranking.size(); ++i) {
    const auto& r = ranking[i];
    const BuildingRecord& b = *byCode[r.code];
    std::string reasons;
    for (const auto& f : r.result.fired) {
      reasons += (reasons.empty() ? "" : "; ") + f.label + "(" + (f.weight >= 0 ? "+" : "") +
                 std::to_string(f.weight) + ")";
    }
    out << i + 1 << "," << csvField(r.code) << "," << csvField(b.town) << "," << csvField(b.grid)
        << "," << csvField(b.address) << "," << r.result.score << "," << csvField(reasons) << "\n";
  }
  return 0;
}

const CommandRegistration registration(
    {"priority",
     "priority PROJECT [--grid ID|--town NAME] [--top N] [--format csv|json] [--rules FILE] "
     "[--today YYYY-MM-DD]",
     {},
     runPriority});

}  // namespace
}  // namespace fangan::cli
