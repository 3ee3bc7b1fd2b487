#pragma once
// Plain tables to and from spreadsheet files, for hand-out sheets and ledgers that are not map
// layers (the spot-check sheet and ledger, docs/rules.md#spot-check). XLSX goes through GDAL's
// XLSX driver (one worksheet per table, counts as integers, rates as decimals); CSV is UTF-8
// with a BOM so that spreadsheet programs read the Chinese. Files are written to a temporary
// name and renamed: a failure never leaves half a file.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fangan {

/// A column and how its cells are stored.
struct SheetColumn {
  enum class Type { Text, Integer, Real };
  std::string name;
  Type type = Type::Text;
};

/// One worksheet. A cell of std::nullopt is left empty.
struct SheetTable {
  std::string name;
  std::vector<SheetColumn> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

/// Raised when a sheet cannot be read or written; the message names the file.
class SheetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes the tables to an .xlsx workbook through GDAL. Throws SheetError.
void writeSheetsXlsx(const std::string& path, const std::vector<SheetTable>& tables);
/// Writes one table as CSV (header row first). Throws SheetError.
void writeSheetCsv(const std::string& path, const SheetTable& table);
/// The CSV text of a table (no BOM).
std::string sheetCsvText(const SheetTable& table);

/// A table read back: headers and cells as trimmed UTF-8 text (GB18030 converted).
struct ReadSheet {
  std::string layer;
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  ///< same length as headers
};

/// Reads the first worksheet (or CSV) that has a header named one of `keyHeaders`, every cell
/// as text. Throws SheetError naming the file.
ReadSheet readSheet(const std::string& path, const std::vector<std::string>& keyHeaders);

}  // namespace fangan
