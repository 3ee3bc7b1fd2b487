// fangan sample PROJECT --rate R --seed S [--all] [--format csv|json] [--out 抽查表.xlsx|.csv]
// Draws the reproducible spot-check sample (docs/rules.md#spot-check): from each town's
// self-built houses first judged no hazard, at least 10 % of the town's total commercial
// self-built houses (every self-built house with --all). With --as-of, from the project as it
// stood that day. CSV: town,base,eligible,sampled,code
// --out saves the sample in the project (setting spot_check.sample, audit row spot_check_drawn,
// drawn on --today) and writes the sheet to hand out (gis/patrol/SpotCheckSheet.h); the listing
// is still printed.

#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/Ledger.h"
#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheck.h"
#include "gis/io/Csv.h"
#include "gis/io/SheetTable.h"
#include "gis/patrol/SpotCheckSheet.h"
#include "app/cli/OptionValues.h"

namespace fangan::cli {
namespace {

int runSample(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  SpotCheckOptions o;
  o.rate = realOption("--rate", a.value("--rate", "0.10"));
  const long long seed = integerOption("--seed", a.value("--seed", "1"));
  if (seed < 0) throw UsageError("--seed 应为非负整数: " + a.value("--seed"));
  o.seed = static_cast<decltype(o.seed)>(seed);
  if (a.has("--all")) o.scope = SpotCheckScope::All;
  auto store = openProjectAsOf(a.positional[0], a.value("--as-of"));
  const ProjectData data = loadProjectData(*store);
  SpotCheckSample sample;
  try {
    sample = drawSpotCheckSample(data.buildings, o);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("抽查比例无效 (须在 0.10 到 1 之间): ") + e.what());
  }
  if (a.has("--out")) {
    if (a.has("--as-of")) throw UsageError("--out 保存抽样，不能与 --as-of 同用");
    const std::string path = a.value("--out");
    const bool xlsx = path.size() > 5 && path.substr(path.size() - 5) == ".xlsx";
    const bool csv = path.size() > 4 && path.substr(path.size() - 4) == ".csv";
    if (!xlsx && !csv) throw UsageError("--out 应为 .xlsx 或 .csv 文件: " + path);
    SavedSpotCheckSample saved;
    saved.sample = sample;
    saved.scope = o.scope;
    saved.drawn = todayFrom(a.value("--today"));
    const SheetTable sheet = spotCheckSheet(*store, saved);
    if (xlsx) {
      writeSheetsXlsx(path, {sheet});
    } else {
      writeSheetCsv(path, sheet);
    }
    saveSpotCheckSample(*store, saved, "sample:" + path);
  }
  if (a.value("--format", "csv") == "json") {
    Json towns = Json::array();
    for (const auto& t : sample.towns) {
      towns.push_back(
          {{"town", t.town}, {"base", t.base}, {"eligible", t.eligible}, {"codes", t.codes}});
    }
    out << jsonText(Json{{"seed", sample.seed}, {"rate", sample.rate}, {"towns", towns}}) << "\n";
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
     "sample PROJECT --rate R --seed S [--all] [--format csv|json] [--as-of YYYY-MM-DD] "
     "[--out FILE.xlsx|.csv] [--today YYYY-MM-DD]",
     {"--all"},
     runSample});

}  // namespace
}  // namespace fangan::cli
