#pragma once
// The numbers under a meeting map: for the page's area, one row per town, grid, category or
// key-zone type, with ledger columns (docs/rules.md#ledger, computed by buildLedger exactly as
// `fangan ledger` does) and progress columns over all buildings, and a total row.

#include <QString>
#include <QStringList>
#include <vector>

#include "gis/analysis/Ledger.h"
#include "layers/layout/LayoutArea.h"

namespace fangan {

class LayoutData;

/// What the rows of a statistics table are.
enum class TableRows {
  Categories,  ///< 经营性 / 非经营性 / 合计 (the ledger's own split)
  Subareas,    ///< towns of the district, grids of a town (categories for a single grid)
  ZoneTypes    ///< key-zone types the area's buildings lie in
};

/// A table ready to draw: every cell already text.
struct StatisticsTable {
  QString caption;
  QStringList headers;            ///< first column: the row names
  std::vector<QStringList> rows;  ///< same length as headers
  std::vector<bool> totals;       ///< per row: a total row (drawn bold)
};

/// Column keys a template may ask for. Ledger columns (follow the ledger scope):
/// surveyed, initial_hazard, recheck_no_hazard, direct_engineering, appraised, grade_cd,
/// cd_engineered, closed, appraisal_rate, rectification_rate, closure_rate. Columns over every
/// building: buildings, not_surveyed, coverage_rate, awaiting_appraisal, cd_open, controlled.
const QStringList& statisticsColumnKeys();
/// True for the ledger columns (they follow the ledger scope), false for those over every
/// building.
bool isLedgerColumn(const QString& key);
/// The printed header of a column key.
QString statisticsColumnHeader(const QString& key);

/// The table of `area` with `columns` (keys of statisticsColumnKeys(), in that order). Rates
/// print as percentages with one decimal, "—" when the denominator is 0 (docs/rules.md#ledger).
StatisticsTable buildStatisticsTable(const LayoutData& data, const LayoutArea& area, TableRows rows,
                                     const QStringList& columns, LedgerScope scope);

}  // namespace fangan
