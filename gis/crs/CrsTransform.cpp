#include "gis/crs/CrsTransform.h"

#include <proj.h>

#include <cmath>
#include <cstdlib>
#include <limits>

#include "gis/crs/Gcj02.h"

namespace fangan {

namespace {

std::string lastError(pj_ctx* ctx) {
  const char* m = proj_context_errno_string(ctx, proj_context_errno(ctx));
  return m ? m : "unknown PROJ error";
}

}  // namespace

CrsTransform::CrsTransform(const std::string& from, const std::string& to, bool fromGcj02)
    : gcj02_(fromGcj02) {
  ctx_ = proj_context_create();
  const std::string source = fromGcj02 ? std::string("EPSG:4326") : from;
  PJ* raw = proj_create_crs_to_crs(ctx_, source.c_str(), to.c_str(), nullptr);
  if (!raw) {
    const std::string msg = lastError(ctx_);
    proj_context_destroy(ctx_);
    throw CrsError("无法建立坐标转换 " + source + " → " + to + ": " + msg);
  }
  pj_ = proj_normalize_for_visualization(ctx_, raw);
  proj_destroy(raw);
  if (!pj_) {
    proj_context_destroy(ctx_);
    throw CrsError("无法建立坐标转换 " + source + " → " + to);
  }
  const int a = epsgCodeOf(source);
  identity_ = a != 0 && a == epsgCodeOf(to);
}

CrsTransform::~CrsTransform() {
  proj_destroy(pj_);
  proj_context_destroy(ctx_);
}

int CrsTransform::transform(double* x, double* y, int n) const {
  if (gcj02_) {
    for (int i = 0; i < n; ++i) gcj02ToWgs84(x[i], y[i], x[i], y[i]);
  }
  if (identity_) return 0;
  proj_trans_generic(pj_, PJ_FWD, x, sizeof(double), static_cast<size_t>(n), y, sizeof(double),
                     static_cast<size_t>(n), nullptr, 0, 0, nullptr, 0, 0);
  int failed = 0;
  for (int i = 0; i < n; ++i) {
    if (x[i] == HUGE_VAL || y[i] == HUGE_VAL || std::isnan(x[i]) || std::isnan(y[i])) {
      x[i] = y[i] = std::numeric_limits<double>::infinity();
      ++failed;
    }
  }
  return failed;
}

int epsgCodeOf(const std::string& definition) {
  PJ_CONTEXT* ctx = proj_context_create();
  PJ* crs = proj_create(ctx, definition.c_str());
  int code = 0;
  if (crs) {
    const char* auth = proj_get_id_auth_name(crs, 0);
    const char* id = proj_get_id_code(crs, 0);
    if (auth && id && std::string(auth) == "EPSG") {
      code = std::atoi(id);
    } else {
      // WKT without an ID: ask PROJ for a 100 % match in the EPSG database.
      int* confidence = nullptr;
      PJ_OBJ_LIST* matches = proj_identify(ctx, crs, "EPSG", nullptr, &confidence);
      if (matches && proj_list_get_count(matches) > 0 && confidence[0] >= 90) {
        PJ* best = proj_list_get(ctx, matches, 0);
        const char* bid = proj_get_id_code(best, 0);
        if (bid) code = std::atoi(bid);
        proj_destroy(best);
      }
      proj_int_list_destroy(confidence);
      proj_list_destroy(matches);
    }
    proj_destroy(crs);
  }
  proj_context_destroy(ctx);
  return code;
}

std::string crsName(int epsg) {
  PJ_CONTEXT* ctx = proj_context_create();
  PJ* crs = proj_create(ctx, ("EPSG:" + std::to_string(epsg)).c_str());
  std::string name = crs && proj_get_name(crs) ? proj_get_name(crs) : "";
  proj_destroy(crs);
  proj_context_destroy(ctx);
  return name;
}

bool isGeographic(int epsg) {
  PJ_CONTEXT* ctx = proj_context_create();
  PJ* crs = proj_create(ctx, ("EPSG:" + std::to_string(epsg)).c_str());
  const bool geo = crs && (proj_get_type(crs) == PJ_TYPE_GEOGRAPHIC_2D_CRS ||
                           proj_get_type(crs) == PJ_TYPE_GEOGRAPHIC_3D_CRS);
  proj_destroy(crs);
  proj_context_destroy(ctx);
  return geo;
}

}  // namespace fangan
