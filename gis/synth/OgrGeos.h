#pragma once
// The bridges between OGR geometries (what the sample generator reads and writes) and GEOS
// geometries (what it computes with), through WKB. The context and owned geometries are
// gis/geos/GeosContext.h.

#include <ogr_geometry.h>

#include <memory>

#include "gis/geos/GeosContext.h"

namespace fangan::synth {

/// An OGR geometry as a GEOS geometry of `geos`; throws GeosError when GEOS cannot read it.
GeosGeometry geosFromOgr(const GeosContext& geos, const OGRGeometry& g);

/// A GEOS geometry back as an OGR geometry (2D); throws std::runtime_error when OGR cannot.
std::unique_ptr<OGRGeometry> ogrFromGeos(const GeosContext& geos, const GEOSGeometry* g);

}  // namespace fangan::synth
