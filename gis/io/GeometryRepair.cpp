#include "gis/io/GeometryRepair.h"

#include <utility>
#include <vector>

#include "gis/geos/GeosContext.h"

namespace fangan {

namespace {

bool isKind(int typeId, GeometryKind kind) {
  switch (kind) {
    case GeometryKind::Polygonal:
      return typeId == GEOS_POLYGON || typeId == GEOS_MULTIPOLYGON;
    case GeometryKind::Lineal:
      return typeId == GEOS_LINESTRING || typeId == GEOS_MULTILINESTRING;
    case GeometryKind::Point:
      return typeId == GEOS_POINT;
    case GeometryKind::Any:
      return true;
  }
  return false;
}

}  // namespace

GeometryRepairer::GeometryRepairer() : geos_(std::make_unique<GeosContext>()) {}

GeometryRepairer::~GeometryRepairer() = default;

RepairResult GeometryRepairer::check(Wkb wkb, GeometryKind kind) {
  RepairResult r;
  const GEOSContextHandle_t ctx = geos_->handle();
  GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx);
  GEOSGeometry* g = GEOSWKBReader_read_r(ctx, reader, wkb.data(), wkb.size());
  GEOSWKBReader_destroy_r(ctx, reader);
  if (!g) {
    r.error = "几何无法解析: " + geos_->lastError();
    return r;
  }
  if (GEOSisEmpty_r(ctx, g)) {
    GEOSGeom_destroy_r(ctx, g);
    r.error = "几何为空";
    return r;
  }
  if (GEOSisValid_r(ctx, g) == 1) {
    GEOSGeom_destroy_r(ctx, g);
    r.wkb = std::move(wkb);
    return r;
  }
  char* reason = GEOSisValidReason_r(ctx, g);
  const std::string why = reason ? reason : "invalid";
  GEOSFree_r(ctx, reason);

  GEOSGeometry* fixed = GEOSMakeValid_r(ctx, g);
  GEOSGeom_destroy_r(ctx, g);
  if (!fixed) {
    r.error = "几何无效且无法修复 (" + why + ")";
    return r;
  }
  // MakeValid may return a collection mixing the wanted parts with collapsed lines or points:
  // keep only the parts of the layer's kind.
  std::vector<GEOSGeometry*> parts;
  const int n = GEOSGetNumGeometries_r(ctx, fixed);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, fixed, i);
    const int t = GEOSGeomTypeId_r(ctx, part);
    if (t == GEOS_MULTIPOLYGON || t == GEOS_MULTILINESTRING || t == GEOS_GEOMETRYCOLLECTION) {
      for (int k = 0; k < GEOSGetNumGeometries_r(ctx, part); ++k) {
        const GEOSGeometry* sub = GEOSGetGeometryN_r(ctx, part, k);
        if (isKind(GEOSGeomTypeId_r(ctx, sub), kind) && !GEOSisEmpty_r(ctx, sub)) {
          parts.push_back(GEOSGeom_clone_r(ctx, sub));
        }
      }
    } else if (isKind(t, kind) && !GEOSisEmpty_r(ctx, part)) {
      parts.push_back(GEOSGeom_clone_r(ctx, part));
    }
  }
  GEOSGeom_destroy_r(ctx, fixed);
  if (parts.empty()) {
    r.error = "几何无效且修复后不含所需类型 (" + why + ")";
    return r;
  }
  GEOSGeometry* out = nullptr;
  if (kind == GeometryKind::Polygonal) {
    out = GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                      static_cast<unsigned>(parts.size()));
  } else if (kind == GeometryKind::Lineal) {
    out = GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, parts.data(),
                                      static_cast<unsigned>(parts.size()));
  } else {
    out = parts.front();
    for (size_t i = 1; i < parts.size(); ++i) GEOSGeom_destroy_r(ctx, parts[i]);
  }
  GEOSWKBWriter* writer = GEOSWKBWriter_create_r(ctx);
  size_t size = 0;
  unsigned char* bytes = GEOSWKBWriter_write_r(ctx, writer, out, &size);
  GEOSWKBWriter_destroy_r(ctx, writer);
  GEOSGeom_destroy_r(ctx, out);
  if (!bytes) {
    r.error = "修复后的几何无法写出";
    return r;
  }
  r.wkb.assign(bytes, bytes + size);
  GEOSFree_r(ctx, bytes);
  r.repaired = true;
  return r;
}

}  // namespace fangan
