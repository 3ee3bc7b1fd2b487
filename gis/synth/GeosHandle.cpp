#include "gis/synth/GeosHandle.h"

#include <ogr_api.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace fangan::synth {

namespace {

// GEOS reports errors through a callback; the message is kept for the exception. A context is
// used by one thread only, so a thread_local is enough.
thread_local std::string lastGeosError;

void onGeosError(const char* message, void*) { lastGeosError = message ? message : ""; }

}  // namespace

GeosHandle::GeosHandle() : context_(GEOS_init_r()) {
  GEOSContext_setErrorMessageHandler_r(context_, onGeosError, nullptr);
}

GeosHandle::~GeosHandle() { GEOS_finish_r(context_); }

GeosPtr GeosHandle::own(GEOSGeometry* g, const char* what) const {
  if (!g) throw std::runtime_error(std::string("GEOS ") + what + " failed: " + lastGeosError);
  return GeosPtr(g, GeosDeleter{context_});
}

GeosPtr GeosHandle::fromOgr(const OGRGeometry& g) const {
  std::vector<unsigned char> wkb(g.WkbSize());
  g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
  return own(GEOSGeomFromWKB_buf_r(context_, wkb.data(), wkb.size()), "WKB read");
}

std::unique_ptr<OGRGeometry> GeosHandle::toOgr(const GEOSGeometry* g) const {
  GEOSWKBWriter* writer = GEOSWKBWriter_create_r(context_);
  GEOSWKBWriter_setOutputDimension_r(context_, writer, 2);
  size_t size = 0;
  unsigned char* wkb = GEOSWKBWriter_write_r(context_, writer, g, &size);
  GEOSWKBWriter_destroy_r(context_, writer);
  if (!wkb) throw std::runtime_error("GEOS WKB write failed: " + lastGeosError);
  OGRGeometry* out = nullptr;
  const OGRErr err = OGRGeometryFactory::createFromWkb(wkb, nullptr, &out, size);
  GEOSFree_r(context_, wkb);
  if (err != OGRERR_NONE || !out) throw std::runtime_error("OGR cannot read GEOS WKB");
  return std::unique_ptr<OGRGeometry>(out);
}

}  // namespace fangan::synth
