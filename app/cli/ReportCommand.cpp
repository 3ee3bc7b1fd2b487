// fangan report PROJECT --period day|week|dekad|half-month|month --date YYYY-MM-DD
//               --out FILE.pdf|FILE.xlsx [--grid G | --town T] [--district NAME]
// The periodic progress report (日动态、周调度、旬简报、半月报、月通报; docs/rules.md#report): the
// figures per town (per grid of one town with --town, one grid with --grid) at the end of the
// period containing --date (never after it), the change since the previous period's end, the
// ranking and laggards, and the trend of the last 8 periods; as an A4 PDF or an XLSX workbook.

#include <algorithm>
#include <chrono>
#include <ostream>

#include "app/cli/Command.h"
#include "gis/io/ProgressReportXlsx.h"
#include "gis/report/ProgressReport.h"
#include "gis/report/ReportSummary.h"
#include "layers/layout/ProgressReportPdf.h"

namespace fangan::cli {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  if (s.size() < suffix.size()) return false;
  std::string tail = s.substr(s.size() - suffix.size());
  std::transform(tail.begin(), tail.end(), tail.begin(), ::tolower);
  return tail == suffix;
}

void requireArea(const ProjectStore& store, BuildingArea kind, const std::string& name) {
  const auto names = store.buildingAreaNames(kind);
  if (std::find(names.begin(), names.end(), name) == names.end()) {
    throw UsageError((kind == BuildingArea::Town ? "项目中没有镇街 " : "项目中没有网格 ") + name);
  }
}

int runReport(const Arguments& a, std::ostream& out, std::ostream&) {
  if (a.positional.size() != 1) throw UsageError("需要一个项目文件路径");
  const auto kind = parsePeriodKind(a.value("--period", "week"));
  if (!kind) throw UsageError("--period 应为 day、week、dekad、half-month 或 month");
  if (!a.has("--date")) throw UsageError("需要 --date YYYY-MM-DD（报告日期）");
  const auto made = Date::parse(a.value("--date"));
  if (!made) throw UsageError("--date 应为日期 YYYY-MM-DD: " + a.value("--date"));
  const std::string target = a.value("--out");
  const bool pdf = endsWith(target, ".pdf");
  if (!pdf && !endsWith(target, ".xlsx")) throw UsageError("--out 应为 .pdf 或 .xlsx 文件");
  if (a.has("--grid") && a.has("--town")) throw UsageError("--grid 与 --town 只能选一个");

  const auto start = std::chrono::steady_clock::now();
  const auto store = openProject(a.positional[0]);
  ReportRequest request;
  request.kind = *kind;
  request.made = *made;
  request.town = a.value("--town");
  request.grid = a.value("--grid");
  if (!request.town.empty()) requireArea(*store, BuildingArea::Town, request.town);
  if (!request.grid.empty()) requireArea(*store, BuildingArea::Grid, request.grid);
  const auto report = computeProgressReport(*store, request);
  if (!report) throw std::runtime_error("报告计算被取消");
  if (pdf) {
    ProgressReportPdfOptions options;
    options.district = a.value("--district");
    options.made = *made;
    writeProgressReportPdf(*report, target, options);
  } else {
    writeProgressReportXlsx(target, *report);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << reportTitle(*report, a.value("--district")) << "（" << periodChinese(report->period)
      << "，截至" << chineseDate(report->asOf) << "）\n"
      << reportSummary(*report) << "\n已写出 " << target << "（" << report->rows.size() << " 个"
      << reportAreaKind(*report) << "，用时 " << static_cast<int>(seconds * 1000) << " ms）\n";
  return 0;
}

const CommandRegistration registration(
    {"report",
     "report PROJECT --period day|week|dekad|half-month|month --date YYYY-MM-DD "
     "--out FILE.pdf|FILE.xlsx [--grid G] [--town T] [--district NAME]",
     {},
     runReport});

}  // namespace
}  // namespace fangan::cli
