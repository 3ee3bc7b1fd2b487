#pragma once
// The ledger (台账) as an XLSX workbook through GDAL's XLSX driver: Chinese headers, counts as
// integers, rates as decimals; a rate with a zero denominator is an empty cell.

#include <string>
#include <vector>

#include "gis/analysis/Ledger.h"

namespace fangan {

/// Chinese header of each ledger column, in ledger order (docs/rules.md#ledger).
const std::vector<std::string>& ledgerChineseHeaders();
/// Chinese name of a ledger category (经营性 / 非经营性 / 合计).
std::string ledgerCategoryChinese(LedgerCategory category);
/// Writes `rows` to `path` (overwriting it) as sheet `sheet`. Throws std::runtime_error naming
/// the file on failure.
void writeLedgerXlsx(const std::string& path, const std::string& sheet,
                     const std::vector<LedgerRow>& rows);

}  // namespace fangan
