#pragma once
// A coordinate transformation through PROJ, in GIS axis order (x = easting/longitude,
// y = northing/latitude) whatever the EPSG axis order. One object per thread.

#include <memory>
#include <stdexcept>
#include <string>

struct pj_ctx;
struct PJconsts;

namespace fangan {

/// Raised when a CRS is unknown or a transformation cannot be built; message is for the user.
class CrsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CrsTransform {
 public:
  /// `from` and `to` are anything PROJ accepts: "EPSG:4326", WKT, PROJ strings.
  /// `fromGcj02` treats the source as GCJ-02 lon/lat (from = EPSG:4326 implied).
  CrsTransform(const std::string& from, const std::string& to, bool fromGcj02 = false);
  ~CrsTransform();
  CrsTransform(const CrsTransform&) = delete;
  CrsTransform& operator=(const CrsTransform&) = delete;

  /// Transforms n points in place; returns how many failed (set to infinity).
  int transform(double* x, double* y, int n) const;
  /// True when source and target are the same CRS (the transform is skipped).
  bool isIdentity() const { return identity_; }

 private:
  pj_ctx* ctx_ = nullptr;
  PJconsts* pj_ = nullptr;
  bool identity_ = false;
  bool gcj02_ = false;
};

/// EPSG code a CRS definition resolves to, or 0 when it has none.
int epsgCodeOf(const std::string& definition);
/// Human name of an EPSG CRS ("CGCS2000 / 3-degree Gauss-Kruger CM 117E").
std::string crsName(int epsg);
/// True when the CRS is geographic (degrees).
bool isGeographic(int epsg);

}  // namespace fangan
