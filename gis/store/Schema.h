#pragma once
// The SpatiaLite project schema and its migrations. Version n is reached by applying every
// migration up to n in order; a project is never written by a newer-than-known schema.

#include <string>
#include <utility>
#include <vector>

#include "gis/store/Sqlite.h"

namespace fangan::schema {

/// The schema version this build writes.
int currentVersion();
/// The version stored in a project (PRAGMA user_version); 0 for an empty database.
int storedVersion(sqlite::Connection& db);
/// True when the file is in WAL journal mode (read without taking a lock).
bool inWalMode(sqlite::Connection& db);
/// Checks a project opened from elsewhere before anything writes to it: a Fangan project of a
/// known schema version with its tables, and no triggers or views on those tables other than
/// ours and SpatiaLite's (docs/rules.md#untrusted-project). Throws StoreError naming `path`.
void checkProject(sqlite::Connection& db, const std::string& path);
/// Creates SpatiaLite's metadata tables in a new database (own transaction; no-op when present).
void initSpatialMetadata(sqlite::Connection& db);
/// Brings the database to currentVersion() inside the caller's transaction. `srid` is used
/// when geometry columns are created. Throws StoreError for a project newer than this build.
void migrate(sqlite::Connection& db, int srid);
/// Adds the geometry column `geom` of `type` ("MULTIPOLYGON", ...) in CRS `srid` to `table`,
/// with its spatial index.
void addGeometry(sqlite::Connection& db, const std::string& table, int srid,
                 const std::string& type);
/// The triggers on `buildings` that count its row changes in building_generation (the map
/// cache's validity, docs/rules.md#map-cache): name and exact CREATE text.
const std::vector<std::pair<std::string, std::string>>& buildingGenerationTriggers();
/// Creates the geometry columns and spatial indexes in CRS `srid` and records it (once).
void addGeometryColumns(sqlite::Connection& db, int srid);

}  // namespace fangan::schema
