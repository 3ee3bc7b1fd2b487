#pragma once
// The live view of a server project (issue 12 item 5): what other users change reaches an open
// app as notifications, sent by the project's triggers at commit (PostgresSchema.cpp
// versionChangeFeed: channel `fangan_changes`, payload "SCHEMA ID" or "SCHEMA *"). A ChangeFeed
// keeps its own connection LISTENing; the caller waits on socket() (poll, QSocketNotifier) and
// then drain()s. Who is connected, and in which role, comes from pg_stat_activity and the
// project's users table (connectedUsers).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan {

namespace pg {
class Connection;
}

/// What changed since the last drain.
struct ProjectChanges {
  std::vector<std::int64_t> buildings;  ///< ids of changed buildings, ascending, each once
  bool everything = false;              ///< buildings were added or removed, or too many changed
  bool empty() const { return buildings.empty() && !everything; }
};

/// Notifications of one server project, on a connection of its own.
class ChangeFeed {
 public:
  /// LISTENs for the project at `location` (a server location); throws StoreError.
  explicit ChangeFeed(const std::string& location);
  ~ChangeFeed();
  ChangeFeed(const ChangeFeed&) = delete;
  ChangeFeed& operator=(const ChangeFeed&) = delete;

  /// The socket that becomes readable when notifications arrive.
  int socket() const;
  /// The changes received so far, without waiting.
  ProjectChanges drain();
  /// Waits up to `timeoutMs` for a change, then drains (empty when none came).
  ProjectChanges wait(int timeoutMs);

 private:
  std::unique_ptr<pg::Connection> db_;
  std::string schema_;
};

/// One user connected to a server project.
struct ConnectedUser {
  std::string name;  ///< the database login
  /// The project role (serverRoleKey: admin, town, grid, viewer), or "owner" for a login that
  /// is no project user (the project's owner or a superuser).
  std::string role;
  int sessions = 0;  ///< open connections (an app holds two: the store and its change feed)
};

/// Users connected to the project of `store` now (Fangan connections to its schema), by name;
/// empty for a file project.
std::vector<ConnectedUser> connectedUsers(const ProjectStore& store);

}  // namespace fangan
