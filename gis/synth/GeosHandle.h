#pragma once
// A reentrant GEOS context for the sample derivation, with owned geometries and WKB bridges to
// and from OGR. Kept in gis/synth so the generator depends on nothing but GEOS and OGR.

#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>
#include <ogr_geometry.h>

#include <memory>

namespace fangan::synth {

/// Destroys a GEOS geometry in the context that made it.
struct GeosDeleter {
  GEOSContextHandle_t context = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g) GEOSGeom_destroy_r(context, g);
  }
};

/// An owned GEOS geometry.
using GeosPtr = std::unique_ptr<GEOSGeometry, GeosDeleter>;

/// Owns one GEOS context (GEOS_init_r … GEOS_finish_r); one per thread, never shared.
class GeosHandle {
 public:
  GeosHandle();
  ~GeosHandle();
  GeosHandle(const GeosHandle&) = delete;
  GeosHandle& operator=(const GeosHandle&) = delete;

  /// The raw handle for `_r` calls.
  GEOSContextHandle_t get() const { return context_; }
  /// Takes ownership of a result; throws std::runtime_error naming `what` when GEOS failed.
  GeosPtr own(GEOSGeometry* g, const char* what) const;
  /// Converts an OGR geometry (through WKB).
  GeosPtr fromOgr(const OGRGeometry& g) const;
  /// Converts back to OGR (through WKB).
  std::unique_ptr<OGRGeometry> toOgr(const GEOSGeometry* g) const;

 private:
  GEOSContextHandle_t context_;
};

}  // namespace fangan::synth
