#include "gis/report/ReportSummary.h"

#include <cmath>
#include <cstdio>
#include <vector>

namespace fangan {
namespace {

/// "甲、乙、丙", or past `most` names "甲、乙 … 等 12 个" (the report's section 三 lists them all).
std::string join(const std::vector<std::string>& items, const std::string& separator,
                 std::size_t most = 6) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < most; ++i) {
    if (i) out += separator;
    out += items[i];
  }
  if (items.size() > most) out += " 等 " + std::to_string(items.size()) + " 个";
  return out;
}

/// 本周 / 本旬 / 本半月 / 本月 / 当日.
std::string thisPeriod(PeriodKind kind) {
  return kind == PeriodKind::Day ? "当日" : "本" + periodKindChinese(kind);
}

/// 上周 / 上旬 / 上半月 / 上月 / 前一日.
std::string lastPeriod(PeriodKind kind) {
  return kind == PeriodKind::Day ? "前一日" : "上" + periodKindChinese(kind);
}

std::string rateWithChange(const std::string& name, const std::optional<double>& rate,
                           const std::optional<double>& points, const std::string& than) {
  std::string s = name + " " + percentText(rate);
  if (points) s += "（较" + than + " " + pointsText(points) + " 个百分点）";
  return s;
}

std::vector<std::string> named(const ProgressReport& report, std::vector<std::string> areas) {
  for (auto& a : areas) a = reportAreaName(report, a);
  return areas;
}

}  // namespace

std::string groupDigits(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string percentText(const std::optional<double>& rate) {
  if (!rate) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", *rate * 100.0);
  return buf;
}

std::string pointsText(const std::optional<double>& points) {
  if (!points) return "—";
  const double rounded = std::round(*points * 10.0) / 10.0;
  char buf[32];
  std::snprintf(buf, sizeof buf, rounded > 0 ? "+%.1f" : "%.1f", rounded == 0 ? 0.0 : rounded);
  return buf;
}

std::string signedCount(std::int64_t n) { return n > 0 ? "+" + groupDigits(n) : groupDigits(n); }

std::string reportAreaKind(const ProgressReport& report) {
  return report.by == ReportArea::Town ? "镇街" : "网格";
}

std::string reportAreaName(const ProgressReport& report, const std::string& area) {
  if (!area.empty()) return area;
  return report.by == ReportArea::Town ? "未落镇街" : "未划网格";
}

std::string reportScopeName(const ProgressReport& report, const std::string& district) {
  if (!report.request.grid.empty()) return "网格 " + report.request.grid;
  if (!report.request.town.empty()) return report.request.town;
  return district.empty() ? "全区" : district;
}

std::string reportTitle(const ProgressReport& report, const std::string& district) {
  std::string who = district;
  if (!report.request.grid.empty()) {
    who = "网格 " + report.request.grid;
  } else if (!report.request.town.empty()) {
    who = report.request.town;
  }
  const PeriodKind k = report.request.kind;
  const std::string kind = k == PeriodKind::Day ? "日动态" : periodReportChinese(k);
  return who + "房屋安全隐患排查整治工作" + kind;
}

std::string reportSummary(const ProgressReport& report) {
  const PeriodKind kind = report.request.kind;
  const AreaChange& c = report.total.change;
  const AreaFigures& now = report.total.now;
  const std::string than = lastPeriod(kind);
  const std::string scope = report.request.grid.empty() && report.request.town.empty()
                                ? "全区"
                                : reportScopeName(report, "");
  std::string s = thisPeriod(kind) + "（" + periodChinese(report.period) + "）新增排查 " +
                  groupDigits(c.newlySurveyed) + " 栋，新增初判隐患 " + groupDigits(c.newHazards) +
                  " 栋，新增鉴定 " + groupDigits(c.appraised) + " 栋，新增整治 " +
                  groupDigits(c.rectified) + " 栋，新增销号 " + groupDigits(c.closed) + " 栋。";
  s += "截至" + chineseMonthDay(report.asOf) + "，" + scope + "累计排查自建房 " +
       groupDigits(now.ledger.surveyed) + " 栋，初判隐患 " + groupDigits(now.ledger.initialHazard) +
       " 栋，已销号 " + groupDigits(now.ledger.closed) + " 栋；";
  s += rateWithChange("排查覆盖率", now.coverage(), c.coveragePoints, than) + "，";
  s += rateWithChange("鉴定率", now.ledger.appraisalRate, c.appraisalPoints, than) + "，";
  s += rateWithChange("整治率", now.ledger.rectificationRate, c.rectificationPoints, than) + "，";
  s += rateWithChange("销号率", now.ledger.closureRate, c.closurePoints, than) + "。";
  if (now.overdueOrders > 0) {
    s += "超过5日未责成鉴定 " + groupDigits(now.overdueOrders) + " 栋。";
  } else {
    s += "无超过5日未责成鉴定的隐患房屋。";
  }
  // The problem register and 一栋一策 (docs/rules.md#problem-figures), when the office keeps them.
  const ProblemTally& problems = report.problems;
  if (problems.registered > 0) {
    s += "问题台账登记问题 " + groupDigits(problems.registered) + " 个（" + thisPeriod(kind) +
         "新增 " + groupDigits(problems.registered - report.previousProblems.registered) +
         " 个），已确认 " + groupDigits(problems.confirmed) + " 个，问题确认率 " +
         percentText(problems.confirmationRate) + "，已整改 " + groupDigits(problems.rectified) +
         " 个，问题整改率 " + percentText(problems.rectificationRate) + "，逾期未整改 " +
         groupDigits(problems.overdue) + " 个。";
  }
  if (report.plans > 0) {
    s += "一栋一策整治方案 " + groupDigits(report.plans) + " 个，逾期未完成 " +
         groupDigits(report.overduePlans) + " 个。";
  }
  const std::string area = reportAreaKind(report);
  const std::string base = scope;
  const auto lowCoverage = named(report, report.lowCoverageAreas());
  const auto overdue = named(report, report.overdueAreas());
  const auto lowRect = named(report, report.lowRectificationAreas());
  if (report.ranked.size() > 1) {
    if (!lowCoverage.empty()) {
      s += "覆盖率低于" + base + "的" + area + "：" + join(lowCoverage, "、") + "。";
    }
    if (!overdue.empty()) s += "有逾期未责成鉴定的" + area + "：" + join(overdue, "、") + "。";
    if (!lowRect.empty()) {
      s += "整治率低于" + base + "的" + area + "：" + join(lowRect, "、") + "。";
    }
  }
  return s;
}

}  // namespace fangan
