// Where a project lives: a SpatiaLite file, or a schema on a PostgreSQL/PostGIS server.

#include "gis/store/Postgres.h"
#include "gis/store/PostgresStore.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

bool isServerProject(const std::string& location) { return pg::isServerLocation(location); }

std::unique_ptr<ProjectStore> createProject(const std::string& location, int srid) {
  if (isServerProject(location)) return createPostgresProject(location, srid);
  return createSpatialiteProject(location, srid);
}

std::unique_ptr<ProjectStore> openProject(const std::string& location) {
  if (isServerProject(location)) return openPostgresProject(location);
  return openSpatialiteProject(location);
}

}  // namespace fangan
