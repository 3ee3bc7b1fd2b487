// fangan sample PROJECT --rate R --seed S [--all] [--format csv|json]
// Draws the reproducible spot-check sample (docs/rules.md#spot-check): from each town's
// self-built houses first judged no hazard, at least 10 % of the town's total commercial
// self-built houses (every self-built house with --all). With --as-of, from the project as it
// stood that day. CSV: town,base,eligible,sampled,code

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/SpotCheck.h"

namespace fangan::cli {
namespace {

int runSample(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  SpotCheckOptions o;
  o.rate = std::stod(a.value("--rate", "0.10"));
  o.seed = std::stoull(a.value("--seed", "1"));
  if (a.has("--all")) o.scope = SpotCheckScope::All;
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  const ProjectData data = loadProjectData(*store);
  SpotCheckSample sample;
  try {
    sample = drawSpotCheckSample(data.buildings, o);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("抽查比例无效 (须在 0.10 到 1 之间): ") + e.what());
  }
  if (a.value("--format", "csv") == "json") {
    out << "{\"seed\":" << sample.seed << ",\"rate\":" << sample.rate << ",\"towns\":[";
    for (size_t i = 0; i < sample.towns.size(); ++i) {
      const auto& t = sample.towns[i];
      out << (i ? "," : "") << "{\"town\":" << jsonString(t.town) << ",\"base\":" << t.base
          << ",\"eligible\":" << t.eligible << ",\"codes\":[";
      for (size_t k = 0; k < t.codes.size(); ++k) out << (k ? "," : "") << jsonString(t.codes[k]);
      out << "]}";
    }
    out << "]}\n";
    return 0;
  }
  out << "town,base,eligible,sampled,code\n";
  for (const auto& t : sample.towns) {
    for (const auto& c : t.codes) {
      out << csvField(t.town) << "," << t.base << "," << t.eligible << "," << t.codes.size() << ","
          << csvField(c) << "\n";
    }
  }
  return 0;
}

const CommandRegistration registration(
    {"sample",
     "sample PROJECT --rate R --seed S [--all] [--format csv|json] [--as-of YYYY-MM-DD]",
     {"--all"},
     runSample});

}  // namespace
}  // namespace fangan::cli
