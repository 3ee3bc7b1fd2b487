#pragma once
// The PostGIS project schema: the same tables and versions as the SpatiaLite schema (Schema.h),
// in one PostgreSQL schema per project. Version n is reached by applying every migration up to
// n in order; a project made by a newer Fangan is refused. Add a table by appending a migration.

#include "gis/store/Postgres.h"

namespace fangan::pg_schema {

/// The schema version this build writes (equal to schema::currentVersion()).
int currentVersion();
/// The version stored in the project's schema; 0 when it holds no project.
int storedVersion(pg::Connection& db);
/// Brings the project to currentVersion() inside the caller's transaction; `srid` is used when
/// geometry columns are created. Throws StoreError for a project newer than this build.
void migrate(pg::Connection& db, int srid);
/// Creates the geometry columns and GiST indexes in CRS `srid` and records it (once).
void addGeometryColumns(pg::Connection& db, int srid);

}  // namespace fangan::pg_schema
