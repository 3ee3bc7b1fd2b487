#pragma once
// A project's campaign figures on several past days from ONE scan of its buildings
// (docs/rules.md#report): the change history is read once and grouped by code, every record is
// reconstructed for each day with recordAsOf (gis/history/RecordAsOf.h), and each day's records
// are counted as a report of that day would count them through AsOfStore:
//   - the attachment-2 ledger over self-built houses (LedgerTally, category 合计);
//   - survey coverage over all buildings: surveyed as of the day, or checked by a survey point
//     dated on or before the day (SurveyPointDates.h);
//   - cases whose appraisal order is overdue on the day (CaseState.h isAppraisalOrderOverdue),
//     over all buildings.
// Areas are the towns, or the grids; a record's area is read from its as-of record.

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gis/analysis/Ledger.h"
#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// How the figures are split.
enum class ReportArea { Town, Grid };

/// One area's figures on one day.
struct AreaFigures {
  std::string area;  ///< town or grid; "" for records without one, "*" for the total
  LedgerRow ledger;  ///< self-built houses, category All: surveyed, ①–⑦ and the three rates
  std::int64_t buildings = 0;  ///< all buildings that existed on the day
  std::int64_t checked = 0;    ///< of those, checked (coverage numerator)
  std::int64_t overdueOrders = 0;

  /// checked / buildings; empty when there are no buildings.
  std::optional<double> coverage() const;
};

/// Every area's figures on one day, areas sorted by name ("" last), and their total.
struct DayFigures {
  Date day;
  std::vector<AreaFigures> areas;
  AreaFigures total;

  /// The area's figures, or zero figures when it had no records that day.
  AreaFigures area(const std::string& name) const;
};

/// Which buildings count and how they are split.
struct FiguresScope {
  ReportArea by = ReportArea::Town;
  std::string town;  ///< non-empty: only this town's buildings
  std::string grid;  ///< non-empty: only this grid's buildings
};

/// Called with (buildings scanned, buildings in the project); return false to cancel.
using FiguresProgress = std::function<bool(std::int64_t, std::int64_t)>;

/// The figures of `scope` at the end of each of `days`, in the order given, from one scan.
/// Returns an empty vector when `progress` cancelled.
std::vector<DayFigures> figuresAsOf(const ProjectStore& store, const std::vector<Date>& days,
                                    const FiguresScope& scope,
                                    const FiguresProgress& progress = {});

}  // namespace fangan
