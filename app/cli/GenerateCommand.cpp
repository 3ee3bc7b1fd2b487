// `fangan generate`: writes the bundled sample district (derived from the Andorra OSM extract)
// or a synthetic district of any size as interchange GeoPackages.

#include <cstdint>
#include <iomanip>
#include <map>
#include <ostream>
#include <stdexcept>
#include <string>

#include "app/cli/Command.h"
#include "gis/store/ProjectStore.h"
#include "gis/synth/CampaignReplay.h"
#include "gis/synth/SampleDistrict.h"
#include "gis/synth/SyntheticDistrict.h"
#include "app/cli/OptionValues.h"

namespace fangan::cli {

namespace {

std::uint64_t parseCount(const std::string& text, const char* what) {
  try {
    size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used != text.size() || v < 0) throw std::invalid_argument(text);
    return static_cast<std::uint64_t>(v);
  } catch (const std::exception&) {
    throw UsageError(std::string(what) + " 应为非负整数 / must be a non-negative integer: " + text);
  }
}

void printCounts(std::ostream& out, const std::map<std::string, std::size_t>& counts) {
  bool first = true;
  for (const auto& [key, n] : counts) {
    out << (first ? "" : ", ") << key << " " << n;
    first = false;
  }
}

int runSynthetic(const Arguments& args, std::ostream& out) {
  synth::SyntheticOptions options;
  if (!args.has("--buildings")) throw UsageError("缺少 --buildings N");
  options.buildings = parseCount(args.value("--buildings"), "--buildings");
  if (options.buildings > 5000000) throw UsageError("--buildings 最多 5000000");
  if (args.has("--towns")) {
    options.towns = static_cast<int>(parseCount(args.value("--towns"), "--towns"));
    if (options.towns < 1 || options.towns > 500) throw UsageError("--towns 应在 1–500");
  }
  if (args.has("--seed")) options.seed = parseCount(args.value("--seed"), "--seed");
  const std::string dir = args.value("--out");
  if (dir.empty()) throw UsageError("缺少 --out DIR");
  const synth::SyntheticSummary s = synth::writeSyntheticDistrict(dir, options);
  out << "synthetic district (EPSG:" << synth::kSyntheticEpsg << ", seed " << options.seed << ") → "
      << dir << "\n"
      << "  buildings.gpkg  " << s.buildings << " (surveyed " << s.surveyed << ", initial hazard "
      << s.initialHazards << ")\n"
      << "  towns.gpkg      " << s.towns << "\n"
      << "  grids.gpkg      " << s.grids << "\n"
      << "  zones.gpkg      " << s.zones << " (";
  printCounts(out, s.zonesByType);
  out << ")\n"
      << std::fixed << std::setprecision(2) << "  extent " << s.extent.minX << " " << s.extent.minY
      << " – " << s.extent.maxX << " " << s.extent.maxY << "\n"
      << "  elapsed " << s.seconds << " s\n";
  return 0;
}

int runSample(const Arguments& args, std::ostream& out) {
  const std::string from = args.value("--from");
  const std::string dir = args.value("--out");
  if (from.empty()) throw UsageError("缺少 --from DIR (安道尔 OpenStreetMap 数据文件夹)");
  if (dir.empty()) throw UsageError("缺少 --out DIR");
  const std::uint64_t seed = args.has("--seed") ? parseCount(args.value("--seed"), "--seed") : 2024;
  const synth::SampleSummary s = synth::writeSampleDistrict(from, dir, seed);
  out << "sample district (EPSG:4326, seed " << seed << ") from " << from << " → " << dir << "\n"
      << "  buildings.gpkg  " << s.buildings << " (surveyed " << s.surveyed << ", initial hazard "
      << s.initialHazards << ", outside every parish " << s.outsideParishes << ")\n"
      << "  towns.gpkg      " << s.towns << "\n"
      << "  grids.gpkg      " << s.grids << " (";
  printCounts(out, s.gridsByTown);
  out << ")\n  pois.gpkg       " << s.pois << " (";
  printCounts(out, s.poisByCategory);
  out << ")\n  lines.gpkg      " << s.lines << " (";
  printCounts(out, s.linesByCategory);
  out << ")\n  zones.gpkg      " << s.zones << " (";
  printCounts(out, s.zonesByType);
  out << ")\n" << std::fixed << std::setprecision(2) << "  elapsed " << s.seconds << " s\n";
  return 0;
}

// generate history PROJECT --start D --days N [--share S] [--seed S]: a stretch of dated field
// work replayed on a project (gis/synth/CampaignReplay.h), for demonstrations and benchmarks.
int runHistory(const Arguments& args, std::ostream& out) {
  if (args.positional.size() != 2)
    throw UsageError("需要一个项目文件路径: generate history P.sqlite");
  synth::ReplayOptions o;
  const auto start = Date::parse(args.value("--start"));
  if (!start) throw UsageError("--start 应为日期 YYYY-MM-DD");
  o.start = *start;
  o.days = static_cast<int>(parseCount(args.value("--days", "30"), "--days"));
  if (o.days < 1 || o.days > 3660) throw UsageError("--days 应在 1–3660");
  if (args.has("--share")) {
    o.visitShare = realOption("--share", args.value("--share"));
    if (!(o.visitShare > 0 && o.visitShare <= 1)) throw UsageError("--share 应在 (0, 1]");
  }
  if (args.has("--seed")) o.seed = parseCount(args.value("--seed"), "--seed");
  auto store = openProject(args.positional[1]);
  const synth::ReplaySummary s = synth::replayCampaign(*store, o);
  out << "history " << o.start.toString() << " + " << s.days << " days → " << args.positional[1]
      << "\n  visits " << s.visits << ", records changed " << s.changes << " (surveyed "
      << s.surveyed << ", hazards " << s.hazards << ", appraisal orders " << s.orders
      << ", appraisals " << s.appraisals << ", rectified " << s.rectified << ", closed " << s.closed
      << ")\n";
  return 0;
}

int run(const Arguments& args, std::ostream& out, std::ostream&) {
  if (args.positional.empty()) throw UsageError("缺少 sample、synthetic 或 history");
  const std::string& what = args.positional[0];
  if (what == "sample") return runSample(args, out);
  if (what == "synthetic") return runSynthetic(args, out);
  if (what == "history") return runHistory(args, out);
  throw UsageError("未知类型 / unknown kind: " + what);
}

const CommandRegistration registration({
    "generate",
    "generate sample --from DIR --out DIR [--seed S] | generate synthetic --buildings N "
    "--out DIR [--towns T] [--seed S] | generate history P.sqlite --start YYYY-MM-DD "
    "[--days N] [--share S] [--seed S]   生成样例/合成数据/历史",
    {},
    run,
});

}  // namespace

}  // namespace fangan::cli
