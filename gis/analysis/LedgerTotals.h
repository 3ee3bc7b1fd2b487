#pragma once
// The 合计 (total) rows of the ledgers: each category summed over all areas, with the rates
// recomputed from the sums by the rules of Ledger.h (a rate is never an average of rates).

#include <optional>
#include <vector>

#include "gis/analysis/Ledger.h"

namespace fangan {

/// The area name of a total row.
inline constexpr const char* kLedgerTotalArea = "合计";

/// Sums buildLedger's rows per category over all areas and recomputes the three rates.
/// Returns commercial, non-commercial and all, in that order, each with area "合计".
std::vector<LedgerRow> ledgerTotals(const std::vector<LedgerRow>& rows);

/// Sums buildRecheckLedger's rows per category over all areas: commercial, non-commercial, all.
std::vector<RecheckLedgerRow> recheckLedgerTotals(const std::vector<RecheckLedgerRow>& rows);

}  // namespace fangan
