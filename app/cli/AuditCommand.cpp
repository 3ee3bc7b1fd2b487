// fangan audit PROJECT [--format json|text] [--today DATE]
// JSON: [{"id":"cd_closed_without_engineering","severity":"error","message":"…",
//         "count":2,"codes":["…","…"]}, …]   (every rule, including those with count 0)

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/AuditRules.h"
#include "gis/analysis/SavedSpotCheck.h"
#include "gis/cases/PlanRegister.h"

namespace fangan::cli {
namespace {

int runAudit(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  auto store = openProject(a.positional[0]);
  const ProjectData data = loadProjectData(*store);
  AuditInputs inputs;
  if (data.gridCount > 0) {
    // Grid assignment (fangan analyze) leaves the grid empty for buildings outside every grid.
    for (const auto& b : data.buildings) {
      if (b.grid.empty()) inputs.outsideEveryGrid.insert(b.code);
    }
  }
  // Town-level: the saved spot-check sample and its stored outcomes (docs/rules.md#spot-check).
  for (const auto& town : townsOrderedToResurvey(*store)) {
    inputs.spotCheckResurveyTowns.insert(town);
  }
  const Date today = todayFrom(a.value("--today"));
  inputs.overduePlans = overduePlanCodes(store->plans(), today);
  const auto findings = runAudit(data.buildings, inputs, today);
  if (a.value("--format", "text") == "json") {
    Json list = Json::array();
    for (const auto& f : findings) {
      list.push_back({{"id", f.id},
                      {"severity", auditSeverityKey(f.severity)},
                      {"message", f.message},
                      {"count", f.codes.size()},
                      {"codes", f.codes}});
    }
    out << jsonLines(list) << "\n";
    return 0;
  }
  for (const auto& f : findings) {
    out << (f.codes.empty() ? "  通过 " : "  问题 ") << "[" << auditSeverityKey(f.severity) << "] "
        << f.id << " " << f.message << ": " << f.codes.size() << "\n";
    for (size_t k = 0; k < f.codes.size() && k < 10; ++k) out << "      " << f.codes[k] << "\n";
    if (f.codes.size() > 10) out << "      …另 " << f.codes.size() - 10 << " 栋\n";
  }
  return 0;
}

const CommandRegistration registration(
    {"audit", "audit PROJECT [--format json|text] [--today YYYY-MM-DD]", {}, runAudit});

}  // namespace
}  // namespace fangan::cli
