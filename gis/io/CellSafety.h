#pragma once
// Text written to CSV/XLSX cells that a spreadsheet would run as a formula
// (docs/rules.md#cell-safety).

#include <string>

namespace fangan {

/// True when `text` is a plain decimal number ("-3", "+1.5", ".25", "1e3"): such a cell is a
/// number, not a formula, and is written as it is.
bool isPlainNumber(const std::string& text);
/// `text` as it may stand in a spreadsheet cell: text beginning with '=', '+', '-', '@', a tab
/// or a carriage return (and not a plain number) gets a leading apostrophe, so Excel and WPS
/// show it as text instead of running it.
std::string spreadsheetSafe(const std::string& text);
/// The text a cell written by spreadsheetSafe() stood for (the apostrophe taken off again).
std::string fromSpreadsheetCell(const std::string& cell);

}  // namespace fangan
