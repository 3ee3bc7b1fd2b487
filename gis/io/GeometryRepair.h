#pragma once
// Validity at the import boundary: invalid geometries are repaired with GEOS MakeValid and
// counted; what cannot be repaired into the layer's geometry kind is rejected with a reason.

#include <memory>
#include <string>

#include "gis/model/Geometry.h"
#include "gis/model/GeometryKind.h"

namespace fangan {

class GeosContext;

/// Outcome for one geometry: WKB to store (multi-type for polygonal/lineal), or an error.
struct RepairResult {
  Wkb wkb;
  bool repaired = false;
  std::string error;  ///< empty on success
};

/// Checks and repairs geometries; owns a reentrant GEOS context (one object per thread).
class GeometryRepairer {
 public:
  GeometryRepairer();
  ~GeometryRepairer();
  GeometryRepairer(const GeometryRepairer&) = delete;
  GeometryRepairer& operator=(const GeometryRepairer&) = delete;

  /// `wkb` must already be of the multi type for polygonal/lineal kinds.
  RepairResult check(Wkb wkb, GeometryKind kind);

 private:
  std::unique_ptr<GeosContext> geos_;
};

}  // namespace fangan
