#include "gis/synth/OgrGeos.h"

#include <ogr_api.h>

#include <stdexcept>
#include <vector>

namespace fangan::synth {

GeosGeometry geosFromOgr(const GeosContext& geos, const OGRGeometry& g) {
  Wkb wkb(g.WkbSize());
  g.exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
  return geos.read(wkb);
}

std::unique_ptr<OGRGeometry> ogrFromGeos(const GeosContext& geos, const GEOSGeometry* g) {
  const Wkb wkb = geos.write(g);
  OGRGeometry* out = nullptr;
  const OGRErr err = OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &out, wkb.size());
  if (err != OGRERR_NONE || !out) throw std::runtime_error("OGR cannot read GEOS WKB");
  return std::unique_ptr<OGRGeometry>(out);
}

}  // namespace fangan::synth
