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
//   巡查计划：自 2024-03-11 起 5 天，距离按道路网（N 个节点）|按直线
//   抽查：种子 S，在计划网格中抽取 N 栋                          (only with --sample-seed)
//   网格 ID [NAME]（网格员 NAME|— [PHONE]，每天 C 栋）：待查 N，已排 N，未排 N
//     第 1 天 2024-03-11：N 处，路线 L 米，按优先级顺序 P 米，节省 S 米（X%）
//     ...                                                          (one line per day)
//     合计：路线 L 米，按优先级顺序 P 米，节省 S 米（X%）
//   无网格的待查房屋：N                                           (only when N > 0)
//   输出文件（DIR）：
//     STEM（GRID [GRID ...]，N 处）：STEM.csv STEM.xlsx STEM.gpkg STEM.geojson STEM.pdf
//   巡查单 PDF：已写 N 份（A4，每个网格每个巡查日一页）
// A warning goes to stderr when the sheets' font (Noto Sans CJK SC) is not installed.
// STEM is "patrol-<manager>" ("patrol-grid-<id>" for a grid without a manager). For example:
//   网格 T01-G003 城关镇第3网格（网格员 孙艳 15274483193，每天 8 栋）：待查 13，...
//     第 1 天 2024-03-11：8 处，路线 1123.0 米，按优先级顺序 1605.1 米，节省 482.0 米（30.0%）

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "app/cli/Command.h"
#include "app/cli/OptionValues.h"
#include "app/cli/ProjectData.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/patrol/PatrolExport.h"
#include "gis/patrol/PatrolPlan.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/PatrolSheetPdf.h"

namespace fangan::cli {
namespace {

std::string metres(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f 米", m);
  return buf;
}

std::string savingText(double route, double priority) {
  const double saving = priority - route;
  std::string text = "节省 " + metres(saving) + "（";
  if (priority > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * saving / priority);
    text += buf;
  } else {
    text += "—";
  }
  return text + "）";
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

  out << "巡查计划：自 " << plan.start.toString() << " 起 " << plan.days << " 天，距离"
      << (plan.onRoads ? "按道路网（" + std::to_string(plan.roadNodes) + " 个节点）"
                       : std::string("按直线"))
      << "\n";
  if (options.sampleSeed) {
    out << "抽查：种子 " << *options.sampleSeed << "，在计划网格中抽取 " << plan.spotChecks
        << " 栋\n";
  }
  for (const GridPlan& g : plan.grids) {
    out << "网格 " << g.grid.grid;
    if (!g.grid.name.empty()) out << " " << g.grid.name;
    out << "（网格员 " << (g.grid.manager.empty() ? "—" : g.grid.manager);
    if (!g.grid.phone.empty()) out << " " << g.grid.phone;
    out << "，每天 " << g.capacity << " 栋）：待查 " << g.due.size() << "，已排 "
        << g.scheduledCount() << "，未排 " << g.unscheduled.size() << "\n";
    for (const DayRoute& d : g.days) {
      out << "  第 " << d.day << " 天 " << d.date.toString() << "：" << d.stops.size()
          << " 处，路线 " << metres(d.length) << "，按优先级顺序 " << metres(d.priorityOrderLength)
          << "，" << savingText(d.length, d.priorityOrderLength) << "\n";
    }
    out << "  合计：路线 " << metres(g.totalLength()) << "，按优先级顺序 "
        << metres(g.totalPriorityOrderLength()) << "，"
        << savingText(g.totalLength(), g.totalPriorityOrderLength()) << "\n";
  }
  if (plan.unassignedDue > 0) out << "无网格的待查房屋：" << plan.unassignedDue << "\n";

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
  out << "输出文件（" << dir << "）：\n";
  for (const auto& s : sheets) {
    out << "  " << s.fileStem << "（";
    for (std::size_t i = 0; i < s.grids.size(); ++i) out << (i ? " " : "") << s.grids[i];
    out << "，" << s.stops << " 处）：";
    for (std::size_t i = 0; i < s.files.size(); ++i) {
      out << (i ? " " : "") << std::filesystem::path(s.files[i]).filename().string();
    }
    out << "\n";
  }
  const auto written = std::count_if(sheets.begin(), sheets.end(),
                                     [](const ExportedSheet& s) { return s.sheetWritten; });
  out << "巡查单 PDF：已写 " << written << " 份（A4，每个网格每个巡查日一页）\n";
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
