#include "ServerSchema.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "gis/store/Postgres.h"
#include "gis/store/ProjectStore.h"

namespace fangan::testing {

namespace {

std::string serverUrl() {
  const char* url = std::getenv("FANGAN_PG_URL");
  return url ? url : "";
}

std::string withSchema(const std::string& url, const std::string& schema) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "schema=" + schema;
}

}  // namespace

std::string serverUnavailable() {
  const std::string url = serverUrl();
  if (url.empty()) return "FANGAN_PG_URL 未设置 (scripts/start-postgis.sh)";
  try {
    pg::Connection c(pg::parseLocation(url).conninfo);
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

ServerSchema::ServerSchema() {
  static std::atomic<int> counter{0};
  name_ = "t" + std::to_string(getpid()) + "_" + std::to_string(counter++);
}

ServerSchema::~ServerSchema() {
  try {
    exec("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
    // Roles made for this schema (PostgresSecurity.h groups, test users) are cluster-wide.
    pg::Connection c(pg::parseLocation(serverUrl()).conninfo);
    const auto roles =
        c.query("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + name_ + "\\_%'");
    for (int i = 0; i < roles.rows(); ++i) c.exec("DROP ROLE " + pg::quoteIdent(roles.text(i, 0)));
  } catch (...) {
    // Nothing to drop without a server.
  }
}

std::string ServerSchema::location() const { return withSchema(serverUrl(), name_); }

void ServerSchema::exec(const std::string& sql) const {
  pg::Connection c(pg::parseLocation(serverUrl()).conninfo);
  c.exec("SET client_min_messages = warning; SET search_path TO " + name_ + ", public");
  c.exec(sql);
}

std::string ServerSchema::conninfoAs(const std::string& user) const {
  const std::string base = pg::parseLocation(serverUrl()).conninfo;
  const auto start = base.find("://") + 3;
  const auto at = base.find('@', start);
  const auto hostStart = at == std::string::npos ? start : at + 1;
  return base.substr(0, start) + user + "@" + base.substr(hostStart);
}

std::string ServerSchema::scalar(const std::string& sql) const {
  pg::Connection c(pg::parseLocation(serverUrl()).conninfo);
  c.exec("SET search_path TO " + name_ + ", public");
  const auto r = c.query(sql);
  return r.rows() && !r.isNull(0, 0) ? r.text(0, 0) : "";
}

}  // namespace fangan::testing
