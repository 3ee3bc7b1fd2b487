#pragma once
// Who may do what in a server project, enforced by PostgreSQL itself (row-level security,
// column grants, a SECURITY DEFINER audit trigger), not only by the app:
//   admin  区级管理员: everything (users, rules, every record);
//   town   镇街: reads the district, writes the buildings and events of its own town;
//   grid   网格员: reads the district map, updates the survey fields of buildings in its grid
//          and appends their inspection events; no codes, footprints, other grids, rules, audit;
//   viewer 只读: reads everything, writes nothing.
// Each project (schema S) has four group roles S_admin, S_town, S_grid, S_viewer; a user is a
// login role in one of them, with its town or grid in the table project_users. Once installed,
// building changes are audited by a trigger with the database user and the server time.

#include <string>
#include <vector>

namespace fangan {

enum class ServerRole { Admin, Town, Grid, Viewer };

/// "admin", "town", "grid", "viewer".
std::string serverRoleKey(ServerRole role);
/// The role of a key, or throws StoreError.
ServerRole parseServerRole(const std::string& key);

struct ServerUser {
  std::string name;
  ServerRole role = ServerRole::Viewer;
  std::string town;  ///< town role: the town it writes
  std::string grid;  ///< grid role: the grid it writes
};

/// Installs roles and policies (idempotent) and adds or changes a user of the project at
/// `location`; with a non-empty `password` the login role gets it. Needs a project owner.
void addServerUser(const std::string& location, const ServerUser& user,
                   const std::string& password);
namespace pg {
class Connection;
}
/// After a schema migration of a project that has users: installs the roles' grants and
/// policies again (idempotent), so that tables the migration added are read and written as
/// the roles say. On `db`, connected as the project owner with search_path on `schema`, inside
/// the migration's transaction.
void refreshServerSecurity(pg::Connection& db, const std::string& schema);
/// The project's users by name.
std::vector<ServerUser> serverUsers(const std::string& location);
/// Takes a user out of the project (its login role stays for other projects). False if absent.
bool removeServerUser(const std::string& location, const std::string& name);

}  // namespace fangan
