#pragma once
// The import boundary (GDAL/OGR): any vector format in, UTF-8 text and project-CRS geometry out,
// written through the store in one transaction. A failure or a kill leaves the project as it was.

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/io/ColumnMapping.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// What to import and how.
struct ImportOptions {
  ProjectLayer layer = ProjectLayer::Buildings;
  std::string path;         ///< file (Shapefile, GeoJSON, GeoPackage, CSV, XLSX, KML, DXF, PBF)
  std::string sourceLayer;  ///< layer inside a multi-layer source; empty = the fitting first one
  std::string srcCrs;       ///< CRS for files without one (or to override); "EPSG:4490", WKT...
  std::string encoding;     ///< attribute encoding override ("GBK", "UTF-8"); empty = detect
  std::string mappingFile;  ///< `key = source column` file; empty = names and guesses only
  bool gcj02 = false;       ///< coordinates are GCJ-02 lon/lat (Chinese web-map offsets)
  bool strict = false;      ///< any rejected row aborts the whole import
  std::string who = "fangan";
  /// Called every few hundred rows with (rows read, total or -1); return false to cancel.
  std::function<bool(std::int64_t, std::int64_t)> progress;
};

/// A row that was not imported.
struct RowProblem {
  std::int64_t row = 0;  ///< 1-based position in the source layer
  std::string reason;
};

/// What an import did.
struct ImportReport {
  std::string file;
  std::string sourceLayer;
  std::string sourceCrs;  ///< as understood ("EPSG:4326", or a WKT name)
  std::string encoding;   ///< how text was decoded and why
  int projectSrid = 0;
  bool crsChosen = false;  ///< the import fixed the project CRS
  std::int64_t read = 0;
  std::int64_t imported = 0;  ///< new rows
  std::int64_t updated = 0;   ///< existing rows (same code / grid / town) replaced
  std::int64_t repaired = 0;
  std::int64_t rejected = 0;
  std::int64_t codesGenerated = 0;
  std::vector<std::string> mapping;
  std::vector<RowProblem> problems;
};

/// What an import failure needs from the caller, for callers that name their own way to give
/// it (the command line names its options, the application its dialog fields).
enum class ImportProblem {
  Other,
  NoSourceCrs,     ///< the file has no CRS and is not in degrees: the source CRS must be given
  NoProjectCrs,    ///< the project CRS cannot be chosen from the data: it must be given
  StrictRejected,  ///< strict mode: a row was rejected, so nothing was imported
};

/// A problem with the file as a whole (unreadable, corrupt, no CRS...). Nothing was written.
class ImportError : public std::runtime_error {
 public:
  explicit ImportError(const std::string& message, ImportProblem problem = ImportProblem::Other)
      : std::runtime_error(message), problem_(problem) {}
  ImportProblem problem() const { return problem_; }

 private:
  ImportProblem problem_;
};

/// Raised when the progress callback asked to stop. Nothing was written.
class ImportCancelled : public std::runtime_error {
 public:
  ImportCancelled() : std::runtime_error("导入已取消") {}
};

/// Imports one file into the project, atomically.
ImportReport importFile(ProjectStore& store, const ImportOptions& options);

/// A multi-line human report (Chinese) of an import.
std::string describe(const ImportReport& report);

}  // namespace fangan
