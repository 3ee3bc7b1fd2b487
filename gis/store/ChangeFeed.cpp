#include "gis/store/ChangeFeed.h"

#include <poll.h>

#include <set>

#include "gis/store/Postgres.h"
#include "gis/store/PostgresStore.h"

namespace fangan {

namespace {
const char* const kChannel = "fangan_changes";
}

ChangeFeed::ChangeFeed(const std::string& location) {
  const pg::Location where = pg::parseLocation(location);
  db_ = std::make_unique<pg::Connection>(where.conninfo);
  schema_ = where.schema;
  db_->query("SELECT set_config('application_name', $1, false)",
             {pg::Param::of(std::optional<std::string>(serverApplicationName(schema_)))});
  db_->exec(std::string("LISTEN ") + kChannel);
}

ChangeFeed::~ChangeFeed() = default;

int ChangeFeed::socket() const { return db_->socket(); }

ProjectChanges ChangeFeed::drain() {
  ProjectChanges changes;
  std::set<std::int64_t> ids;
  const std::string prefix = schema_ + " ";
  for (const std::string& payload : db_->notifications(kChannel)) {
    if (payload.compare(0, prefix.size(), prefix) != 0) continue;  // another project
    const std::string what = payload.substr(prefix.size());
    if (what == "*") {
      changes.everything = true;
      continue;
    }
    try {
      ids.insert(std::stoll(what));
    } catch (const std::exception&) {
      changes.everything = true;  // not ours to parse: reload rather than miss it
    }
  }
  changes.buildings.assign(ids.begin(), ids.end());
  return changes;
}

ProjectChanges ChangeFeed::wait(int timeoutMs) {
  ProjectChanges changes = drain();
  if (!changes.empty()) return changes;
  pollfd p{socket(), POLLIN, 0};
  if (::poll(&p, 1, timeoutMs) > 0) changes = drain();
  return changes;
}

std::vector<ConnectedUser> connectedUsers(const ProjectStore& store) {
  const auto* server = dynamic_cast<const PostgresStore*>(&store);
  if (!server) return {};
  const bool hasUsers =
      server->readQuery("SELECT to_regclass('project_users') IS NOT NULL").text(0, 0) == "t";
  const std::string role =
      hasUsers ? "COALESCE((SELECT u.role FROM project_users u WHERE u.name = a.usename), 'owner')"
               : "'owner'";
  const pg::Result r = server->readQuery(
      "SELECT a.usename, " + role +
          ", count(*) FROM pg_stat_activity a WHERE a.datname = current_database() AND "
          "a.application_name = left($1, 63) GROUP BY 1, 2 ORDER BY a.usename::text COLLATE \"C\"",
      {pg::Param::of(std::optional<std::string>(serverApplicationName(server->schemaName())))});
  std::vector<ConnectedUser> users;
  for (int i = 0; i < r.rows(); ++i) {
    users.push_back({r.text(i, 0), r.text(i, 1), static_cast<int>(r.integer(i, 2))});
  }
  return users;
}

}  // namespace fangan
