#pragma once
// Writes small vector files with real GDAL drivers, for import tests.

#include <string>
#include <vector>

namespace fangan::testing {

/// One row: geometry as WKT (may be empty) and attribute values in field order.
struct FixtureRow {
  std::string wkt;
  std::vector<std::string> values;
};

/// Writes `rows` to `path` with GDAL driver `driver` ("GPKG", "GeoJSON", "ESRI Shapefile",
/// "CSV", "XLSX", "KML", ...). `epsg` 0 = no CRS. String fields only. `layerOptions` are GDAL
/// layer creation options ("ENCODING=", ...). Values are written as given (raw bytes).
void writeVectorFile(const std::string& path, const std::string& driver, int epsg,
                     const std::vector<std::string>& fields, const std::vector<FixtureRow>& rows,
                     const std::vector<std::string>& layerOptions = {});

/// Feature count of the first (or named) layer of a file, through OGR.
long long ogrFeatureCount(const std::string& path, const std::string& layer = "");

/// The `fangan` binary of this build (build/app/fangan beside build/tests), or "" when it has
/// not been built.
std::string fanganBinary();

/// Output of a shell command (stdout), and its exit code through `status`.
std::string runCommand(const std::string& command, int* status = nullptr);

}  // namespace fangan::testing
