#pragma once
// Geometry and project helpers shared by the spatial-analysis tests: WKB built from WKT in code,
// small SpatiaLite projects in EPSG:4547 (CGCS2000 / 3-degree GK CM 114E) in a temp folder.

#include <memory>
#include <string>
#include <vector>

#include "gis/model/Geometry.h"
#include "gis/store/ProjectStore.h"

namespace fangan::testing {

/// WKB of a WKT geometry (through OGR), as written.
Wkb wkb(const std::string& wkt);
/// MULTIPOLYGON WKB of an axis-aligned rectangle.
Wkb rectangle(double minX, double minY, double maxX, double maxY);
/// POINT WKB.
Wkb point(double x, double y);
/// MULTIPOLYGON WKB of a regular polygon (e.g. a round zone) with `vertices` corners.
Wkb regularPolygon(double cx, double cy, double radius, int vertices);

/// A new project at `path` in EPSG:4547.
std::unique_ptr<ProjectStore> newProject(const std::string& path);
/// Adds a building with `code` and footprint; returns its id. `surveyed` sets survey_status.
std::int64_t addBuilding(ProjectStore& store, const std::string& code, const Wkb& footprint,
                         bool surveyed = false, const std::string& town = "");

/// The real project origin used by the tests (a point in Hubei, inside EPSG:4547's zone).
constexpr double kX0 = 500000;
constexpr double kY0 = 3400000;

/// Path of a file in the shared data folder, or "" when the folder is missing.
std::string sharedData(const std::string& relative);

}  // namespace fangan::testing
