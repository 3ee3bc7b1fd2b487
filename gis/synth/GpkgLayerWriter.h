#pragma once
// Writes one GeoPackage file holding one layer named after the file, in one transaction with a
// spatial index: the way every generated sample and synthetic layer is written.

#include <ogrsf_frmts.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gis/io/GdalHandles.h"

namespace fangan::synth {

/// One attribute column: name and OGR type.
struct FieldSpec {
  std::string name;
  OGRFieldType type = OFTString;
};

/// A spatial reference from an EPSG code, with x = easting/longitude and y = northing/latitude
/// whatever the EPSG axis order says (OAMS_TRADITIONAL_GIS_ORDER).
OGRSpatialReference traditionalSrs(int epsg);

/// Calls GDALAllRegister() once per process.
void registerGdalOnce();

/// The timestamp generated files carry (the survey data's as-of date), so that regenerating
/// committed sample data gives byte-identical files and no spurious diff.
constexpr const char* kGeneratedTimestamp = "2024-12-31T00:00:00Z";

/// Creates `<dir>/<name>.gpkg` (replacing it) with layer `<name>` and writes features into it.
class GpkgLayerWriter {
 public:
  /// Creates the file, the layer with `fields`, and opens the transaction. Throws on failure.
  GpkgLayerWriter(const std::string& path, int epsg, OGRwkbGeometryType type,
                  const std::vector<FieldSpec>& fields);
  /// Commits and closes if close() was not called (errors are then swallowed).
  ~GpkgLayerWriter();
  GpkgLayerWriter(const GpkgLayerWriter&) = delete;
  GpkgLayerWriter& operator=(const GpkgLayerWriter&) = delete;

  /// The layer's feature definition, to construct features with.
  OGRFeatureDefn* definition() const { return layer_->GetLayerDefn(); }
  /// Appends a feature (its FID is assigned by the layer). Throws on failure.
  void write(OGRFeature& feature);
  /// Commits the transaction, builds the spatial index and closes the file. Throws on failure.
  void close();
  /// Features written so far.
  std::int64_t written() const { return written_; }

 private:
  [[noreturn]] void fail(const char* what);  // closes what is open, restores the date, throws
  void restoreDate();

  std::string path_;
  GdalDataset dataset_;
  OGRLayer* layer_ = nullptr;
  std::int64_t written_ = 0;
  std::string previousDate_;  // this thread's OGR_CURRENT_DATE before the writer set it
  bool hadPreviousDate_ = false;
};

}  // namespace fangan::synth
