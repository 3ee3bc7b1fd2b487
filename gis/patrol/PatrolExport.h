#pragma once
// Writes each manager's patrol list (ManagerSheet) into a folder, through GDAL:
//   <stem>.csv      UTF-8 with BOM (Excel opens it as Chinese), one row per stop
//   <stem>.xlsx     sheet "stops" (same columns) and sheet "说明" (what each column means)
//   <stem>.gpkg     layer "stops" (points) and layer "routes" (one line per day), for QField
//   <stem>.geojson  the stops (RFC 7946)
//   <stem>.pdf      the printed sheet, only when a PatrolSheetWriter is given (PatrolSheet.h)
// Stop columns, in order (patrolColumns()):
//   grid, day, date, order, code, address, score, reasons, what_to_check, kind, stamp,
//   result_date, inspector, result, note          + lon, lat in CSV and XLSX
// The last four are left blank for the field (ResultsImport.h reads them back); `kind` is
// pre-filled "spot_check" for drawn spot checks and may be overwritten; `stamp` must be left as
// it is. Geometries and lon/lat are in EPSG:4326 (building centroids). Each file is written next
// to its target and renamed into place, so a failure never leaves half a file.

#include <string>
#include <vector>

#include "gis/patrol/ManagerSheet.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/patrol/PatrolSheet.h"

namespace fangan {

/// Which files to write.
struct PatrolExportOptions {
  std::string outDir;  ///< created when missing
  bool csv = true;
  bool xlsx = true;
  bool geopackage = true;
  bool geojson = true;
  /// Writes <stem>.pdf when given; the layout engine provides it (not part of gis/).
  const PatrolSheetWriter* sheetWriter = nullptr;
  /// Owner phones in full; by default masked (docs/rules.md#personal-data).
  bool showPersonal = false;
};

/// What was written for one manager.
struct ExportedSheet {
  std::string manager;
  std::string phone;
  std::string fileStem;
  std::vector<std::string> grids;
  std::size_t stops = 0;
  std::vector<std::string> files;  ///< paths written
  bool sheetWritten = false;       ///< the PDF sheet (false without a sheetWriter)
};

/// The stop columns of every list, in order (without lon/lat).
const std::vector<std::string>& patrolColumns();

/// Writes every manager's files. Throws std::runtime_error naming the file on failure.
std::vector<ExportedSheet> exportPatrols(const PatrolPlan& plan,
                                         const PatrolExportOptions& options);

}  // namespace fangan
