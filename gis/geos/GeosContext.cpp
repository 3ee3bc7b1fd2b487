#include "gis/geos/GeosContext.h"

#include <vector>

namespace fangan {

namespace {

void keepMessage(const char* message, void* userdata) {
  *static_cast<std::string*>(userdata) = message ? message : "";
}

void ignoreNotice(const char*, void*) {
  // Notices (e.g. "Self-intersection at ...") are followed by a return value that says the
  // same; printing them would only clutter the command line.
}

}  // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
  if (!handle_) throw GeosError("GEOS 初始化失败");
  GEOSContext_setErrorMessageHandler_r(handle_, keepMessage, &lastError_);
  GEOSContext_setNoticeMessageHandler_r(handle_, ignoreNotice, nullptr);
  reader_ = GEOSWKBReader_create_r(handle_);
  writer_ = GEOSWKBWriter_create_r(handle_);
  GEOSWKBWriter_setOutputDimension_r(handle_, writer_, 2);
  GEOSWKBWriter_setByteOrder_r(handle_, writer_, GEOS_WKB_NDR);
}

GeosContext::~GeosContext() {
  GEOSWKBReader_destroy_r(handle_, reader_);
  GEOSWKBWriter_destroy_r(handle_, writer_);
  GEOS_finish_r(handle_);
}

GeosGeometry GeosContext::own(GEOSGeometry* g, const char* what) const {
  if (!g) throw GeosError(std::string("GEOS ") + what + " 失败: " + lastError_);
  return GeosGeometry(g, GeosGeometryDeleter{handle_});
}

GeosGeometry GeosContext::read(const Wkb& wkb) const {
  return own(GEOSWKBReader_read_r(handle_, reader_, wkb.data(), wkb.size()), "WKB 读取");
}

Wkb GeosContext::write(const GEOSGeometry* g) const {
  size_t size = 0;
  unsigned char* bytes = GEOSWKBWriter_write_r(handle_, writer_, g, &size);
  if (!bytes) throw GeosError("GEOS WKB 写出失败: " + lastError_);
  Wkb out(bytes, bytes + size);
  GEOSFree_r(handle_, bytes);
  return out;
}

Wkb GeosContext::writeMultiPolygon(const GEOSGeometry* g) const {
  const int type = GEOSGeomTypeId_r(handle_, g);
  if (type == GEOS_MULTIPOLYGON) return write(g);
  // Collect the polygon parts (a buffer gives a POLYGON, MakeValid may give a collection).
  std::vector<GEOSGeometry*> parts;
  auto collect = [&](const GEOSGeometry* part) {
    if (GEOSGeomTypeId_r(handle_, part) == GEOS_POLYGON && !GEOSisEmpty_r(handle_, part)) {
      parts.push_back(GEOSGeom_clone_r(handle_, part));
    }
  };
  if (type == GEOS_POLYGON) {
    collect(g);
  } else {
    const int n = GEOSGetNumGeometries_r(handle_, g);
    for (int i = 0; i < n; ++i) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(handle_, g, i);
      if (GEOSGeomTypeId_r(handle_, part) == GEOS_MULTIPOLYGON) {
        for (int k = 0; k < GEOSGetNumGeometries_r(handle_, part); ++k) {
          collect(GEOSGetGeometryN_r(handle_, part, k));
        }
      } else {
        collect(part);
      }
    }
  }
  GeosGeometry multi = own(GEOSGeom_createCollection_r(handle_, GEOS_MULTIPOLYGON, parts.data(),
                                                       static_cast<unsigned>(parts.size())),
                           "MultiPolygon 构造");
  return write(multi.get());
}

}  // namespace fangan
