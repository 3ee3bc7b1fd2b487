#pragma once
// A throw-away project schema on the PostGIS test server named by FANGAN_PG_URL
// (scripts/test.sh starts one with scripts/start-postgis.sh and sets it).

#include <string>

namespace fangan::testing {

/// Why the test server cannot be used ("" when it can): FANGAN_PG_URL unset or unreachable.
std::string serverUnavailable();

/// A fresh schema name on the test server; the schema (if made) is dropped on destruction.
class ServerSchema {
 public:
  ServerSchema();
  ~ServerSchema();
  ServerSchema(const ServerSchema&) = delete;
  ServerSchema& operator=(const ServerSchema&) = delete;
  /// `postgresql://…?schema=NAME` of this schema.
  std::string location() const;
  const std::string& name() const { return name_; }
  /// Runs SQL on the server as the test server's user, in this schema; throws StoreError.
  void exec(const std::string& sql) const;
  /// A connection string for logging in as `user` (trust authentication on the test server).
  std::string conninfoAs(const std::string& user) const;
  /// The first column of the first row of a query ("" for none or NULL).
  std::string scalar(const std::string& sql) const;

 private:
  std::string name_;
};

}  // namespace fangan::testing
