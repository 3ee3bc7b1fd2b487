#pragma once
// A campaign form (gis/analysis/LedgerForm.h) as an XLSX workbook through libxlsxwriter
// (docs/rules.md#ledger-forms): the attachment number, the title merged across the top, the
// 填报人 / 填报时间 line, the header rows with the seed's merged cells, one row per area and the
// 合计 row with thin borders, and the signature line under the table. Counts are numeric cells,
// rates numeric cells shown as percentages ("0.00%"); a rate with a zero denominator is the
// text "—"; the 线上检查 cells the program cannot fill are empty. Columns are wide enough for
// the Chinese headings, which wrap; the sheet prints landscape, one page wide.

#include <string>

#include "gis/analysis/LedgerForm.h"

namespace fangan {

/// Writes `form` to `path` (overwriting it) as one sheet named after the attachment ("附件2").
/// The file is written under a temporary name and renamed, so a failure leaves no half file.
/// Throws std::runtime_error naming the file on failure.
void writeLedgerFormXlsx(const LedgerForm& form, const std::string& path);

}  // namespace fangan
