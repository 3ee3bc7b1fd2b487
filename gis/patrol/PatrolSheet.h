#pragma once
// The hook for the printed patrol sheet (PDF, issue 6 item 3): a map of the manager's grid(s)
// with the numbered stops and the route line, and the table of stops (code, address, why due,
// what to check, blank result columns). The sheet is drawn by the layout engine (layers/, Qt),
// which gis/ must not depend on, so gis/ only declares what a sheet needs and the program passes
// an implementation to exportPatrols (PatrolExport.h); without one no PDF is written and the
// export report says so.
//
// An implementation should take the rows and lines from the ManagerSheet exactly as given
// (the same order and numbering as the XLSX/CSV, so the paper and the spreadsheet agree), draw
// geometries in the project CRS `srid`, and print the `stamp` column small: results typed back
// from paper need it for conflict detection.

#include <string>

#include "gis/patrol/ManagerSheet.h"

namespace fangan {

/// Writes one manager's patrol sheet. Implemented by the layout engine.
class PatrolSheetWriter {
 public:
  virtual ~PatrolSheetWriter() = default;
  /// File extension of the sheets it writes, without the dot ("pdf").
  virtual std::string extension() const { return "pdf"; }
  /// Writes the sheet of `sheet` (stops(), routes(); coordinates in EPSG:`srid`) to `path`.
  /// Throws std::runtime_error naming the file on failure.
  virtual void write(const ManagerSheet& sheet, int srid, const std::string& path) const = 0;
};

}  // namespace fangan
