#include "SpatialFixtures.h"

#include <ogr_geometry.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace fangan::testing {

Wkb wkb(const std::string& wkt) {
  OGRGeometry* g = nullptr;
  if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE || !g) {
    throw std::runtime_error("bad WKT in test: " + wkt);
  }
  Wkb out(static_cast<std::size_t>(g->WkbSize()));
  g->exportToWkb(wkbNDR, out.data());
  OGRGeometryFactory::destroyGeometry(g);
  return out;
}

Wkb rectangle(double minX, double minY, double maxX, double maxY) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "MULTIPOLYGON(((%.6f %.6f,%.6f %.6f,%.6f %.6f,%.6f %.6f,%.6f %.6f)))", minX, minY,
                maxX, minY, maxX, maxY, minX, maxY, minX, minY);
  return wkb(buf);
}

Wkb point(double x, double y) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "POINT(%.6f %.6f)", x, y);
  return wkb(buf);
}

Wkb regularPolygon(double cx, double cy, double radius, int vertices) {
  std::string wkt = "MULTIPOLYGON(((";
  for (int i = 0; i <= vertices; ++i) {
    const double a = 2 * 3.14159265358979323846 * (i % vertices) / vertices;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s%.6f %.6f", i ? "," : "", cx + radius * std::cos(a),
                  cy + radius * std::sin(a));
    wkt += buf;
  }
  return wkb(wkt + ")))");
}

std::unique_ptr<ProjectStore> newProject(const std::string& path) {
  return createSpatialiteProject(path, 4547);
}

std::int64_t addBuilding(ProjectStore& store, const std::string& code, const Wkb& footprint,
                         bool surveyed, const std::string& town) {
  BuildingRecord r;
  r.code = code;
  r.town = town;
  r.surveyStatus = surveyed ? SurveyStatus::Surveyed : SurveyStatus::NotSurveyed;
  return store.upsertBuilding(r, footprint, "test");
}

std::string sharedData(const std::string& relative) {
#ifdef FANGAN_SHARED_DATA
  const std::string path = std::string(FANGAN_SHARED_DATA) + "/" + relative;
  return std::filesystem::exists(path) ? path : "";
#else
  (void)relative;
  return "";
#endif
}

}  // namespace fangan::testing
