#include "gis/io/GeometryRepair.h"

#include <geos_c.h>

#include <cstdarg>
#include <cstdio>
#include <utility>
#include <vector>

namespace fangan {

namespace {

void onGeosMessage(const char* fmt, ...) {
  // GEOS reports problems through return values too; the text is kept by the reentrant
  // handler below, this one only silences output.
  (void)fmt;
}

void onGeosError(const char* message, void* userdata) {
  *static_cast<std::string*>(userdata) = message ? message : "";
}

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

GeometryRepairer::GeometryRepairer() : ctx_(GEOS_init_r()) {
  GEOSContext_setNoticeHandler_r(ctx_, onGeosMessage);
  GEOSContext_setErrorMessageHandler_r(ctx_, onGeosError, &lastError_);
}

GeometryRepairer::~GeometryRepairer() { GEOS_finish_r(ctx_); }

RepairResult GeometryRepairer::check(Wkb wkb, GeometryKind kind) {
  RepairResult r;
  GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx_);
  GEOSGeometry* g = GEOSWKBReader_read_r(ctx_, reader, wkb.data(), wkb.size());
  GEOSWKBReader_destroy_r(ctx_, reader);
  if (!g) {
    r.error = "几何无法解析: " + lastError_;
    return r;
  }
  if (GEOSisEmpty_r(ctx_, g)) {
    GEOSGeom_destroy_r(ctx_, g);
    r.error = "几何为空";
    return r;
  }
  if (GEOSisValid_r(ctx_, g) == 1) {
    GEOSGeom_destroy_r(ctx_, g);
    r.wkb = std::move(wkb);
    return r;
  }
  char* reason = GEOSisValidReason_r(ctx_, g);
  const std::string why = reason ? reason : "invalid";
  GEOSFree_r(ctx_, reason);

  GEOSGeometry* fixed = GEOSMakeValid_r(ctx_, g);
  GEOSGeom_destroy_r(ctx_, g);
  if (!fixed) {
    r.error = "几何无效且无法修复 (" + why + ")";
    return r;
  }
  // MakeValid may return a collection mixing the wanted parts with collapsed lines or points:
  // keep only the parts of the layer's kind.
  std::vector<GEOSGeometry*> parts;
  const int n = GEOSGetNumGeometries_r(ctx_, fixed);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(ctx_, fixed, i);
    const int t = GEOSGeomTypeId_r(ctx_, part);
    if (t == GEOS_MULTIPOLYGON || t == GEOS_MULTILINESTRING || t == GEOS_GEOMETRYCOLLECTION) {
      for (int k = 0; k < GEOSGetNumGeometries_r(ctx_, part); ++k) {
        const GEOSGeometry* sub = GEOSGetGeometryN_r(ctx_, part, k);
        if (isKind(GEOSGeomTypeId_r(ctx_, sub), kind) && !GEOSisEmpty_r(ctx_, sub)) {
          parts.push_back(GEOSGeom_clone_r(ctx_, sub));
        }
      }
    } else if (isKind(t, kind) && !GEOSisEmpty_r(ctx_, part)) {
      parts.push_back(GEOSGeom_clone_r(ctx_, part));
    }
  }
  GEOSGeom_destroy_r(ctx_, fixed);
  if (parts.empty()) {
    r.error = "几何无效且修复后不含所需类型 (" + why + ")";
    return r;
  }
  GEOSGeometry* out = nullptr;
  if (kind == GeometryKind::Polygonal) {
    out = GEOSGeom_createCollection_r(ctx_, GEOS_MULTIPOLYGON, parts.data(),
                                      static_cast<unsigned>(parts.size()));
  } else if (kind == GeometryKind::Lineal) {
    out = GEOSGeom_createCollection_r(ctx_, GEOS_MULTILINESTRING, parts.data(),
                                      static_cast<unsigned>(parts.size()));
  } else {
    out = parts.front();
    for (size_t i = 1; i < parts.size(); ++i) GEOSGeom_destroy_r(ctx_, parts[i]);
  }
  GEOSWKBWriter* writer = GEOSWKBWriter_create_r(ctx_);
  size_t size = 0;
  unsigned char* bytes = GEOSWKBWriter_write_r(ctx_, writer, out, &size);
  GEOSWKBWriter_destroy_r(ctx_, writer);
  GEOSGeom_destroy_r(ctx_, out);
  if (!bytes) {
    r.error = "修复后的几何无法写出";
    return r;
  }
  r.wkb.assign(bytes, bytes + size);
  GEOSFree_r(ctx_, bytes);
  r.repaired = true;
  return r;
}

}  // namespace fangan
