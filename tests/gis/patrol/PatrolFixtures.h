#pragma once
// Handmade projects for the gis/patrol tests: WKB built in code, records with just the fields a
// rule needs, in EPSG:4547 (CGCS2000 / 3-degree GK CM 114E) around E 500 km, N 3,400 km.

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/model/Geometry.h"
#include "gis/model/Grid.h"
#include "gis/patrol/RoutePoint.h"
#include "gis/store/ProjectStore.h"

namespace fangan::testing {

constexpr int kPatrolSrid = 4547;
constexpr double kOriginX = 500000;
constexpr double kOriginY = 3400000;

inline Date patrolDay(const char* text) { return *Date::parse(text); }

inline void putUint32(Wkb& w, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

inline void putDouble(Wkb& w, double v) {
  unsigned char b[8];
  std::memcpy(b, &v, 8);
  w.insert(w.end(), b, b + 8);
}

/// Little-endian WKB of an axis-aligned square centred on (x, y), as a MultiPolygon (the store's
/// polygon columns are MULTIPOLYGON).
inline Wkb squareWkb(double x, double y, double half = 5) {
  Wkb w{1};
  putUint32(w, 6);  // MultiPolygon
  putUint32(w, 1);
  w.push_back(1);
  putUint32(w, 3);  // Polygon
  putUint32(w, 1);  // one ring
  putUint32(w, 5);
  const double pts[5][2] = {{x - half, y - half},
                            {x + half, y - half},
                            {x + half, y + half},
                            {x - half, y + half},
                            {x - half, y - half}};
  for (const auto& p : pts) {
    putDouble(w, p[0]);
    putDouble(w, p[1]);
  }
  return w;
}

/// Little-endian WKB of a line, as a MultiLineString (the store's line column).
inline Wkb lineWkb(const std::vector<RoutePoint>& points) {
  Wkb w{1};
  putUint32(w, 5);  // MultiLineString
  putUint32(w, 1);
  w.push_back(1);
  putUint32(w, 2);  // LineString
  putUint32(w, static_cast<std::uint32_t>(points.size()));
  for (const auto& p : points) {
    putDouble(w, p.x);
    putDouble(w, p.y);
  }
  return w;
}

/// A surveyed, no-hazard, residential record of a grid: never due by itself.
inline BuildingRecord quietRecord(const std::string& code, const std::string& grid,
                                  const std::string& town = "东城街道") {
  BuildingRecord r;
  r.code = code;
  r.address = "东城路" + code + "号";
  r.town = town;
  r.grid = grid;
  r.selfBuilt = true;
  r.floors = 2;
  r.structure = Structure::Masonry;
  r.yearBuilt = 2005;
  r.use = BuildingUse::Residential;
  r.proDesigned = true;
  r.surveyStatus = SurveyStatus::Surveyed;
  r.surveyDate = patrolDay("2023-05-01");
  r.initialHazard = InitialHazard::None;
  r.control = ControlMeasure::None;
  r.rectification = Rectification::None;
  return r;
}

/// A record never surveyed (due: never_surveyed), with `floors` floors (priority grows with
/// floors ≥ 3 and commercial use).
inline BuildingRecord unsurveyedRecord(const std::string& code, const std::string& grid,
                                       bool commercial = false, int floors = 2) {
  BuildingRecord r = quietRecord(code, grid);
  r.surveyStatus = SurveyStatus::NotSurveyed;
  r.surveyDate.reset();
  r.initialHazard = InitialHazard::Unknown;
  r.floors = floors;
  if (commercial) {
    r.use = BuildingUse::Commercial;
    r.useSubtype = "restaurant";
  }
  return r;
}

/// A surveyed record with a hazard found on 2024-01-02, appraised `grade` on 2024-01-05, under
/// `control`; reinforced (done 2024-02-20) when `engineered`.
inline BuildingRecord appraisedRecord(const std::string& code, AppraisalGrade grade,
                                      ControlMeasure control, bool engineered) {
  BuildingRecord r = quietRecord(code, "G1");
  r.initialHazard = InitialHazard::Hazard;
  r.hazardFoundDate = patrolDay("2024-01-02");
  r.appraisalGrade = grade;
  r.appraisalDate = patrolDay("2024-01-05");
  r.control = control;
  if (engineered) {
    r.rectification = Rectification::Reinforce;
    r.rectificationDone = true;
    r.rectificationDate = patrolDay("2024-02-20");
  }
  return r;
}

/// Stores `r` with a 10 m square footprint centred on (kOriginX + dx, kOriginY + dy).
inline std::int64_t addBuilding(ProjectStore& store, const BuildingRecord& r, double dx,
                                double dy) {
  return store.upsertBuilding(r, squareWkb(kOriginX + dx, kOriginY + dy), "test");
}

/// Stores grid `id` (1 km square at the origin) with a manager and a daily capacity.
inline void addGrid(ProjectStore& store, const std::string& id, std::optional<int> capacity,
                    const std::string& manager = "张三", const std::string& town = "东城街道") {
  GridRecord g;
  g.grid = id;
  g.name = id + "网格";
  g.town = town;
  g.manager = manager;
  g.phone = manager.empty() ? "" : "13800000000";
  g.capacityPerDay = capacity;
  store.upsertGrid(g, squareWkb(kOriginX + 500, kOriginY + 500, 500));
}

}  // namespace fangan::testing
