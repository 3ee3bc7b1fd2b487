#pragma once
// The spot-check ledger (SpotCheckLedger.h) as sheet tables: 抽查台账 (one row per sampled
// building) and 镇街汇总 (one row per town), for XLSX through GDAL and for CSV
// (docs/rules.md#spot-check).

#include "gis/analysis/SpotCheckLedger.h"
#include "gis/io/SheetTable.h"

namespace fangan {

/// One row per sampled building.
SheetTable spotCheckLedgerRowsTable(const SpotCheckLedger& ledger);
/// One row per town; accuracy as a decimal with 4 places, empty while nothing is checked.
SheetTable spotCheckLedgerTownsTable(const SpotCheckLedger& ledger);

}  // namespace fangan
