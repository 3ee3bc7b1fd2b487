#include "gis/report/ProgressReport.h"

#include <algorithm>
#include <set>

#include "gis/cases/CaseAsOf.h"
#include "gis/cases/PlanLifecycle.h"

namespace fangan {
namespace {

std::optional<double> points(const std::optional<double>& before,
                             const std::optional<double>& now) {
  if (!before || !now) return std::nullopt;
  return (*now - *before) * 100.0;
}

std::int64_t rectified(const LedgerRow& r) { return r.cdEngineered + r.directEngineering; }

/// a ranks before b on this rate: higher first, an empty rate last.
int compareRate(const std::optional<double>& a, const std::optional<double>& b) {
  if (a && b && *a != *b) return *a > *b ? -1 : 1;
  if (a.has_value() != b.has_value()) return a ? -1 : 1;
  return 0;
}

bool below(const std::optional<double>& value, const std::optional<double>& reference) {
  return value && reference && *value < *reference - 1e-12;
}

ReportRow rowOf(const AreaFigures& before, const AreaFigures& now) {
  ReportRow row;
  row.now = now;
  row.before = before;
  row.change = changeBetween(before, now);
  return row;
}

}  // namespace

AreaChange changeBetween(const AreaFigures& before, const AreaFigures& now) {
  AreaChange c;
  c.newlySurveyed = now.ledger.surveyed - before.ledger.surveyed;
  c.newHazards = now.ledger.initialHazard - before.ledger.initialHazard;
  c.appraised = now.ledger.appraised - before.ledger.appraised;
  c.rectified = rectified(now.ledger) - rectified(before.ledger);
  c.closed = now.ledger.closed - before.ledger.closed;
  c.newlyChecked = now.checked - before.checked;
  c.coveragePoints = points(before.coverage(), now.coverage());
  c.appraisalPoints = points(before.ledger.appraisalRate, now.ledger.appraisalRate);
  c.rectificationPoints = points(before.ledger.rectificationRate, now.ledger.rectificationRate);
  c.closurePoints = points(before.ledger.closureRate, now.ledger.closureRate);
  return c;
}

std::vector<std::string> ProgressReport::lowCoverageAreas() const {
  std::vector<std::string> out;
  for (std::size_t i : ranked) {
    if (rows[i].lowCoverage) out.push_back(rows[i].now.area);
  }
  return out;
}

std::vector<std::string> ProgressReport::overdueAreas() const {
  std::vector<std::string> out;
  for (std::size_t i : ranked) {
    if (rows[i].now.overdueOrders > 0) out.push_back(rows[i].now.area);
  }
  return out;
}

std::vector<std::string> ProgressReport::lowRectificationAreas() const {
  std::vector<std::string> out;
  for (std::size_t i : ranked) {
    if (rows[i].lowRectification) out.push_back(rows[i].now.area);
  }
  return out;
}

namespace {

/// The problem register and plans of the report's scope (a town's problems by their town, a
/// grid's by their building's grid).
void addCases(const ProjectStore& store, ProgressReport& report) {
  const auto inScope = [&](std::int64_t buildingId, const std::string& town) {
    if (!report.request.grid.empty()) {
      const auto b = buildingId > 0 ? store.buildingById(buildingId) : std::nullopt;
      return b && b->grid == report.request.grid;
    }
    return report.request.town.empty() || town == report.request.town;
  };
  const auto problemEvents = store.caseEvents(CaseSubject::Problem, 0);
  const auto scoped = [&](const Date& day) {
    std::vector<Problem> out;
    for (Problem& p : problemsAsOf(store.problems(), problemEvents, day)) {
      if (inScope(p.buildingId, p.town)) out.push_back(std::move(p));
    }
    return tallyProblems(out, {}, day).back();
  };
  report.problems = scoped(report.asOf);
  report.previousProblems = scoped(report.previousAsOf);
  for (const RectificationPlan& p :
       plansAsOf(store.plans(), store.caseEvents(CaseSubject::Plan, 0), report.asOf)) {
    const auto b = store.buildingById(p.buildingId);
    if (!b || !inScope(p.buildingId, b->town)) continue;
    ++report.plans;
    if (isPlanOverdue(p, report.asOf)) ++report.overduePlans;
  }
}

}  // namespace

std::optional<ProgressReport> computeProgressReport(const ProjectStore& store,
                                                    const ReportRequest& request,
                                                    const FiguresProgress& progress) {
  ProgressReport report;
  report.request = request;
  report.period = periodContaining(request.kind, request.made);
  report.asOf = report.period.asOf(request.made);
  report.previous = previousPeriod(report.period);
  report.previousAsOf = report.previous.last;
  report.by = request.town.empty() && request.grid.empty() ? ReportArea::Town : ReportArea::Grid;

  // The period ends, newest first: this period (as of the report day), then earlier ones.
  const int periods = std::max(2, request.trendPeriods);
  std::vector<ReportPeriod> ends{report.period};
  std::vector<Date> days{report.asOf};
  while (static_cast<int>(ends.size()) < periods) {
    ends.push_back(previousPeriod(ends.back()));
    days.push_back(ends.back().last);
  }
  FiguresScope scope;
  scope.by = report.by;
  scope.town = request.town;
  scope.grid = request.grid;
  const std::vector<DayFigures> figures = figuresAsOf(store, days, scope, progress);
  if (figures.empty()) return std::nullopt;
  const DayFigures& now = figures[0];
  const DayFigures& before = figures[1];

  std::set<std::string> names;
  for (const AreaFigures& a : now.areas) names.insert(a.area);
  for (const AreaFigures& a : before.areas) names.insert(a.area);
  for (const std::string& name : names) {
    if (!name.empty()) report.rows.push_back(rowOf(before.area(name), now.area(name)));
  }
  if (names.count("")) report.rows.push_back(rowOf(before.area(""), now.area("")));
  report.total = rowOf(before.total, now.total);

  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    ReportRow& row = report.rows[i];
    if (row.now.area.empty()) continue;
    row.lowCoverage = below(row.now.coverage(), report.total.now.coverage());
    row.lowRectification =
        below(row.now.ledger.rectificationRate, report.total.now.ledger.rectificationRate);
    report.ranked.push_back(i);
  }
  std::sort(report.ranked.begin(), report.ranked.end(), [&](std::size_t a, std::size_t b) {
    const AreaFigures& x = report.rows[a].now;
    const AreaFigures& y = report.rows[b].now;
    if (int c = compareRate(x.coverage(), y.coverage())) return c < 0;
    if (int c = compareRate(x.ledger.closureRate, y.ledger.closureRate)) return c < 0;
    if (int c = compareRate(x.ledger.rectificationRate, y.ledger.rectificationRate)) return c < 0;
    return x.area < y.area;
  });
  for (std::size_t r = 0; r < report.ranked.size(); ++r) {
    report.rows[report.ranked[r]].rank = static_cast<int>(r) + 1;
  }

  for (std::size_t i = ends.size(); i-- > 0;) {
    report.trend.push_back(TrendPoint{ends[i], days[i], figures[i].total});
  }
  addCases(store, report);
  return report;
}

}  // namespace fangan
