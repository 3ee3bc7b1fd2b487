#pragma once
// The progress report (gis/report/ProgressReport.h) as an XLSX workbook written through GDAL's
// XLSX driver (docs/rules.md#report): sheet 1 "各镇街情况" (or "各网格情况"), one row per area in
// ranking order and the total last, with the figures at the period's end, the changes during the
// period and the rate changes in percentage points; sheet 2 "趋势", the totals at the ends of
// the last periods, oldest first. Numbers are stored as numbers, rates as decimals (0.8125), an
// empty rate as an empty cell.

#include <string>

#include "gis/report/ProgressReport.h"

namespace fangan {

/// Writes the workbook to `path` (through a temporary file). Throws std::runtime_error.
void writeProgressReportXlsx(const std::string& path, const ProgressReport& report);

}  // namespace fangan
