// fangan patrol PROJECT (--grid ID | --town NAME | --all) --days N [--start YYYY-MM-DD]
//               [--sample-seed S] [--sample-rate R] [--office X,Y] [--straight]
//               [--rules FILE] --out DIR
// Plans the patrols of one grid, every grid of a town, or every grid (issue 6) and writes each
// manager's list into DIR (gis/patrol/PatrolExport.h: <stem>.csv, .xlsx, .gpkg, .geojson) and
// the printed patrol sheet <stem>.pdf (layers/layout/PatrolSheetPdf.h: a page per grid and day
// with the map of the route and numbered stops, and the table of stops to fill in).
// --start is day 1 and "today" for deadlines (default: the system date); --sample-seed draws
// the district's spot-check sample (≥ 10 % of each town's commercial "no hazard" buildings);
// --office is the managers' start point in project CRS metres; --straight ignores roads.
// Output (lengths in metres with one decimal; saving in percent of the priority-order length,
// "—" when that is 0; placeholders in capitals):
//   patrol plan: start 2024-03-11, 5 days, distances road network (N nodes)|straight line
//   spot checks: seed S, N drawn in the planned grids              (only with --sample-seed)
//   grid ID [NAME] (manager NAME|— [PHONE], capacity C/day): due N, scheduled N, not scheduled N
//     day 1 2024-03-11: N stops, route L m, priority order P m, saving S m (X%)
//     ...                                                          (one line per day)
//     total: route L m, priority order P m, saving S m (X%)
//   due without a grid: N                                          (only when N > 0)
//   files in DIR:
//     STEM (GRID [GRID ...], N stops): STEM.csv STEM.xlsx STEM.gpkg STEM.geojson STEM.pdf
//   PDF sheets: N written (A4, a page per grid and patrol day with stops)
// A warning goes to stderr when the sheets' font (Noto Sans CJK SC) is not installed.
// STEM is "patrol-<manager>" ("patrol-grid-<id>" for a grid without a manager). For example:
//   grid T01-G003 城关镇第3网格 (manager 孙艳 15274483193, capacity 8/day): due 13, ...
//     day 1 2024-03-11: 8 stops, route 1123.0 m, priority order 1605.1 m, saving 482.0 m (30.0%)

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/patrol/PatrolExport.h"
#include "gis/patrol/PatrolPlan.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/PatrolSheetPdf.h"
#include "app/cli/OptionValues.h"

namespace fangan::cli {
namespace {

std::string metres(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f m", m);
  return buf;
}

std::string savingText(double route, double priority) {
  const double saving = priority - route;
  std::string text = "saving " + metres(saving) + " (";
  if (priority > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * saving / priority);
    text += buf;
  } else {
    text += "—";
  }
  return text + ")";
}

int parsePositive(const std::string& text, const char* what) {
  try {
    std::size_t used = 0;
    const long v = std::stol(text, &used);
    if (used != text.size() || v < 1 || v > 366) throw std::invalid_argument(text);
    return static_cast<int>(v);
  } catch (const std::exception&) {
    throw UsageError(std::string(what) + " 应为1–366的整数: " + text);
  }
}

RoutePoint parseOffice(const std::string& text) {
  const auto comma = text.find(',');
  try {
    if (comma == std::string::npos) throw std::invalid_argument(text);
    std::size_t a = 0;
    std::size_t b = 0;
    const std::string xs = text.substr(0, comma);
    const std::string ys = text.substr(comma + 1);
    const double x = std::stod(xs, &a);
    const double y = std::stod(ys, &b);
    if (a != xs.size() || b != ys.size() || !std::isfinite(x) || !std::isfinite(y)) {
      throw std::invalid_argument(text);
    }
    return {x, y};
  } catch (const std::exception&) {
    throw UsageError("--office 应为项目坐标 X,Y（米）: " + text);
  }
}

int runPatrol(const Arguments& a, std::ostream& out, std::ostream& err) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const int scopes =
      (a.has("--grid") ? 1 : 0) + (a.has("--town") ? 1 : 0) + (a.has("--all") ? 1 : 0);
  if (scopes != 1) throw UsageError("请给出 --grid ID、--town NAME 或 --all 之一");
  if (!a.has("--days")) throw UsageError("缺少 --days N");
  const std::string dir = a.value("--out");
  if (dir.empty()) throw UsageError("缺少 --out DIR");

  PatrolPlanOptions options;
  if (a.has("--grid") && a.has("--town")) throw UsageError("--grid 与 --town 只能选一个");
  options.grid = a.value("--grid");
  options.town = a.value("--town");
  options.days = parsePositive(a.value("--days"), "--days");
  options.start = todayFrom(a.value("--start"));
  if (a.has("--sample-seed")) {
    try {
      std::size_t used = 0;
      const std::string s = a.value("--sample-seed");
      options.sampleSeed = std::stoull(s, &used);
      if (used != s.size()) throw std::invalid_argument(s);
    } catch (const std::exception&) {
      throw UsageError("--sample-seed 应为非负整数: " + a.value("--sample-seed"));
    }
  }
  if (a.has("--sample-rate")) {
    try {
      options.sampleRate = realOption("--sample-rate", a.value("--sample-rate"));
    } catch (const std::exception&) {
      throw UsageError("--sample-rate 应为0.10–1的小数: " + a.value("--sample-rate"));
    }
  }
  if (a.has("--office")) options.office = parseOffice(a.value("--office"));
  options.useRoads = !a.has("--straight");
  const PriorityRules rules = loadPriorityRules(a.value("--rules", defaultPriorityRulesPath()));
  options.rules = &rules;

  auto store = openProject(a.positional[0]);
  const PatrolPlan plan = planPatrols(*store, options);

  out << "patrol plan: start " << plan.start.toString() << ", " << plan.days << " days, distances "
      << (plan.onRoads ? "road network (" + std::to_string(plan.roadNodes) + " nodes)"
                       : std::string("straight line"))
      << "\n";
  if (options.sampleSeed) {
    out << "spot checks: seed " << *options.sampleSeed << ", " << plan.spotChecks
        << " drawn in the planned grids\n";
  }
  for (const GridPlan& g : plan.grids) {
    out << "grid " << g.grid.grid;
    if (!g.grid.name.empty()) out << " " << g.grid.name;
    out << " (manager " << (g.grid.manager.empty() ? "—" : g.grid.manager);
    if (!g.grid.phone.empty()) out << " " << g.grid.phone;
    out << ", capacity " << g.capacity << "/day): due " << g.due.size() << ", scheduled "
        << g.scheduledCount() << ", not scheduled " << g.unscheduled.size() << "\n";
    for (const DayRoute& d : g.days) {
      out << "  day " << d.day << " " << d.date.toString() << ": " << d.stops.size()
          << " stops, route " << metres(d.length) << ", priority order "
          << metres(d.priorityOrderLength) << ", " << savingText(d.length, d.priorityOrderLength)
          << "\n";
    }
    out << "  total: route " << metres(g.totalLength()) << ", priority order "
        << metres(g.totalPriorityOrderLength()) << ", "
        << savingText(g.totalLength(), g.totalPriorityOrderLength()) << "\n";
  }
  if (plan.unassignedDue > 0) out << "due without a grid: " << plan.unassignedDue << "\n";

  // The PDF sheets are painted by the layout engine, which needs a Qt application for fonts.
  HeadlessGui gui;
  const PatrolSheetPdfOptions sheetOptions;
  if (!HeadlessGui::fontInstalled(sheetOptions.fontFamily)) {
    err << "fangan: 警告：未安装字体 " << sheetOptions.fontFamily.toStdString()
        << "（fonts-noto-cjk），巡查单中文可能显示为方框\n";
  }
  const LayoutData layoutData = LayoutData::load(*store);
  const PatrolSheetPdfWriter sheetWriter(layoutData, sheetOptions);

  PatrolExportOptions exportOptions;
  exportOptions.outDir = dir;
  exportOptions.sheetWriter = &sheetWriter;
  exportOptions.showPersonal = a.has("--show-personal");  // docs/rules.md#personal-data
  const auto sheets = exportPatrols(plan, exportOptions);
  out << "files in " << dir << ":\n";
  for (const auto& s : sheets) {
    out << "  " << s.fileStem << " (";
    for (std::size_t i = 0; i < s.grids.size(); ++i) out << (i ? " " : "") << s.grids[i];
    out << ", " << s.stops << " stops):";
    for (const auto& f : s.files) out << " " << std::filesystem::path(f).filename().string();
    out << "\n";
  }
  const auto written = std::count_if(sheets.begin(), sheets.end(),
                                     [](const ExportedSheet& s) { return s.sheetWritten; });
  out << "PDF sheets: " << written << " written (A4, a page per grid and patrol day with stops)\n";
  return 0;
}

const CommandRegistration registration(
    {"patrol",
     "patrol PROJECT (--grid ID|--town NAME|--all) --days N [--start YYYY-MM-DD] "
     "[--sample-seed S] [--sample-rate R] [--office X,Y] [--straight] [--rules FILE] "
     "[--show-personal] --out DIR",
     {"--all", "--straight", "--show-personal"},
     runPatrol});

}  // namespace
}  // namespace fangan::cli
