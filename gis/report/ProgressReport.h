#pragma once
// The periodic progress report (docs/rules.md#report): 日动态、周调度、旬简报、半月报、月通报.
// For a period (ReportPeriod.h) and the day the report is made, per town (or per grid of one
// town, or one grid: the grid manager's report):
//   - the figures as of the period's end, never after the day the report is made (AsOfFigures.h);
//   - the change during the period: the difference between those figures and the figures at the
//     previous period's end — newly surveyed, new hazards ①, appraised ④, rectified (⑥+③),
//     closed ⑦ — and the change of coverage and of the three rates in percentage points;
//   - the cases whose appraisal order is overdue at the period's end;
//   - a ranking: coverage first, then closure rate, then rectification rate (higher is better; an
//     empty rate ranks below any value), then name; and the laggards: coverage below the
//     district's (the scope's total), any overdue order, rectification rate below the district's;
//   - the trend: the totals at the ends of the last N periods, oldest first;
//   - the problem register and 一栋一策 plans of the scope (docs/rules.md#problem-figures): the
//     problem tally at the period's end and at the previous one's, overdue problems and plans.
// Everything comes from one scan of the buildings.

#include <optional>
#include <string>
#include <vector>

#include "gis/cases/ProblemFigures.h"
#include "gis/report/AsOfFigures.h"
#include "gis/report/ReportPeriod.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// What to report.
struct ReportRequest {
  PeriodKind kind = PeriodKind::Week;
  Date made;         ///< the day the report is made (--date)
  std::string town;  ///< non-empty: per grid within this town
  std::string grid;  ///< non-empty: this grid alone
  int trendPeriods = 8;
};

/// The change of one area over the period.
struct AreaChange {
  std::int64_t newlySurveyed = 0;
  std::int64_t newHazards = 0;  ///< ①
  std::int64_t appraised = 0;   ///< ④
  std::int64_t rectified = 0;   ///< ⑥ + ③
  std::int64_t closed = 0;      ///< ⑦
  std::int64_t newlyChecked = 0;
  /// Percentage points (0.031 → +3.1 points is stored as 3.1); empty when either end is empty.
  std::optional<double> coveragePoints;
  std::optional<double> appraisalPoints;
  std::optional<double> rectificationPoints;
  std::optional<double> closurePoints;
};

/// `now` minus `before`.
AreaChange changeBetween(const AreaFigures& before, const AreaFigures& now);

/// One area's line of the report.
struct ReportRow {
  AreaFigures now;
  AreaFigures before;
  AreaChange change;
  int rank = 0;                   ///< 1 = best; 0 for the total and the "" area
  bool lowCoverage = false;       ///< coverage below the total's
  bool lowRectification = false;  ///< rectification rate below the total's
};

/// The totals at one period's end, for the trend.
struct TrendPoint {
  ReportPeriod period;
  Date asOf;
  AreaFigures total;
};

struct ProgressReport {
  ReportRequest request;
  ReportPeriod period;
  Date asOf;  ///< the period's end, or the day the report is made when earlier
  ReportPeriod previous;
  Date previousAsOf;
  ReportArea by = ReportArea::Town;
  std::vector<ReportRow> rows;      ///< by area name, "" last
  std::vector<std::size_t> ranked;  ///< indexes into rows, best first (areas with a name only)
  ReportRow total;
  std::vector<TrendPoint> trend;  ///< oldest first; the last is this period
  ProblemTally problems;          ///< the scope's problems as of asOf (town "合计")
  ProblemTally previousProblems;  ///< the same at previousAsOf
  std::int64_t plans = 0;         ///< 一栋一策 plans registered by asOf
  std::int64_t overduePlans = 0;  ///< of them, overdue at asOf

  /// Names of the areas flagged by a laggard test, in ranking order.
  std::vector<std::string> lowCoverageAreas() const;
  std::vector<std::string> overdueAreas() const;
  std::vector<std::string> lowRectificationAreas() const;
};

/// Computes the report. Returns std::nullopt when `progress` cancelled. Throws StoreError.
std::optional<ProgressReport> computeProgressReport(const ProjectStore& store,
                                                    const ReportRequest& request,
                                                    const FiguresProgress& progress = {});

}  // namespace fangan
