#pragma once
// One reentrant GEOS context with the WKB conversions the spatial analyses need. GEOS contexts
// are not thread-safe, so every worker thread makes its own and never shares the geometries it
// creates with another thread.

#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "gis/model/Geometry.h"

namespace fangan {

/// A GEOS call failed; the message carries GEOS's own text.
class GeosError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Destroys a geometry in the context that made it.
struct GeosGeometryDeleter {
  GEOSContextHandle_t context = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g) GEOSGeom_destroy_r(context, g);
  }
};

/// An owned GEOS geometry.
using GeosGeometry = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

/// Owns a GEOS context handle (GEOS_init_r / GEOS_finish_r). Not copyable, not shareable.
class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  /// The raw handle for `_r` calls.
  GEOSContextHandle_t handle() const { return handle_; }
  /// GEOS's last error message in this context (empty when none).
  const std::string& lastError() const { return lastError_; }

  /// Takes ownership of a geometry made in this context; throws GeosError on nullptr so that
  /// call sites need no null check after each GEOS call.
  GeosGeometry own(GEOSGeometry* g, const char* what) const;
  /// Parses WKB; throws GeosError when unreadable.
  GeosGeometry read(const Wkb& wkb) const;
  /// Writes 2D little-endian WKB.
  Wkb write(const GEOSGeometry* g) const;
  /// Writes a polygonal geometry as MULTIPOLYGON WKB, the type the store's polygon layers hold.
  Wkb writeMultiPolygon(const GEOSGeometry* g) const;

 private:
  GEOSContextHandle_t handle_;
  std::string lastError_;
  GEOSWKBReader* reader_ = nullptr;
  GEOSWKBWriter* writer_ = nullptr;
};

}  // namespace fangan
