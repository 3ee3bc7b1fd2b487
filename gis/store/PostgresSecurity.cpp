#include "gis/store/PostgresSecurity.h"

#include "gis/store/BuildingColumns.h"
#include "gis/store/Postgres.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

namespace {

using pg::Param;

// Columns a grid manager may not change: identity, place and area of the building.
bool gridWritable(const std::string& column) {
  return column != "code" && column != "address" && column != "town" && column != "community" &&
         column != "grid";
}

struct Project {
  pg::Location where;
  std::unique_ptr<pg::Connection> db;
  std::string group(ServerRole r) const { return where.schema + "_" + serverRoleKey(r); }
};

Project connect(const std::string& location) {
  if (!pg::isServerLocation(location)) throw StoreError("用户与权限只用于服务器项目: " + location);
  Project p{pg::parseLocation(location), nullptr};
  p.db = std::make_unique<pg::Connection>(p.where.conninfo);
  p.db->exec("SET client_min_messages = error; SET search_path TO " +
             pg::quoteIdent(p.where.schema) + ", public");
  const auto v = p.db->query(
      "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
      "tablename = 'fangan_schema'");
  if (v.integer(0, 0) == 0) throw StoreError("不是房安项目: " + location);
  return p;
}

// The audit trigger: one row per changed column, in column order, as updateBuilding writes them
// (docs/rules.md#as-of for effective_date). SECURITY DEFINER so that nobody but it can write
// the log; session_user is the login that made the change (current_user inside a definer
// function would be the owner).
std::string auditTriggerSql() {
  std::string body;
  for (const auto& c : building_columns::names()) {
    body += "  IF OLD." + c + " IS DISTINCT FROM NEW." + c +
            " THEN INSERT INTO audit_log(at, who, action, target, field, old_value, new_value, "
            "effective_date) VALUES (at_, session_user, 'update', 'buildings:' || OLD.code, '" +
            c + "', coalesce(OLD." + c + "::text, ''), coalesce(NEW." + c +
            "::text, ''), day_); END IF;\n";
  }
  return "CREATE OR REPLACE FUNCTION fangan_audit_building() RETURNS trigger LANGUAGE plpgsql "
         "SECURITY DEFINER SET search_path FROM CURRENT AS $f$\n"
         "DECLARE at_ text := to_char(now() AT TIME ZONE 'UTC', "
         "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"');\n"
         "  day_ text := coalesce(nullif(current_setting('fangan.change_date', true), ''), "
         "to_char(current_date, 'YYYY-MM-DD'));\n"
         "BEGIN\n" +
         body +
         "  RETURN NEW;\nEND $f$;\n"
         "DROP TRIGGER IF EXISTS buildings_audit ON buildings;\n"
         "CREATE TRIGGER buildings_audit AFTER UPDATE ON buildings FOR EACH ROW "
         "EXECUTE FUNCTION fangan_audit_building();\n";
}

// The case registers, notices, referrals and attachments (issue 12): the admin writes all of
// them; a town office writes them too, but appends case events only (the trigger refuses any
// UPDATE or DELETE of them anyway); a grid manager appends attachments and case events only for
// buildings of its grid (a case event's building is its subject's); a viewer reads. A project
// whose schema predates these tables gets them at its next opening, and these at the next
// user added.
std::string caseSecuritySql(const std::string& admin, const std::string& town,
                            const std::string& grid) {
  std::string sql =
      "GRANT INSERT, UPDATE, DELETE ON problems, plans, case_events, notices, "
      "referrals, attachments TO " +
      admin + ";\n";
  sql += "GRANT INSERT, UPDATE, DELETE ON problems, plans, notices, referrals, attachments TO " +
         town + ";\n";
  sql += "GRANT INSERT ON case_events TO " + town + ", " + grid + ";\n";
  sql += "GRANT INSERT ON attachments TO " + grid + ";\n";
  for (const std::string t : {"attachments", "case_events"}) {
    sql += "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\n";
    sql += "DROP POLICY IF EXISTS read_all ON " + t + ";\n";
    sql += "CREATE POLICY read_all ON " + t + " FOR SELECT USING (true);\n";
    sql += "DROP POLICY IF EXISTS admin_all ON " + t + ";\n";
    sql +=
        "CREATE POLICY admin_all ON " + t + " TO " + admin + " USING (true) WITH CHECK (true);\n";
    sql += "DROP POLICY IF EXISTS town_all ON " + t + ";\n";
    sql += "CREATE POLICY town_all ON " + t + " TO " + town + " USING (true) WITH CHECK (true);\n";
    sql += "DROP POLICY IF EXISTS grid_own ON " + t + ";\n";
  }
  const std::string ownGrid = " AND b.grid = fangan_user_grid()));\n";
  sql += "CREATE POLICY grid_own ON attachments FOR INSERT TO " + grid +
         " WITH CHECK (EXISTS (SELECT 1 FROM buildings b WHERE b.id = building_id" + ownGrid;
  sql += "CREATE POLICY grid_own ON case_events FOR INSERT TO " + grid +
         " WITH CHECK (EXISTS (SELECT 1 FROM buildings b WHERE b.id = CASE subject "
         "WHEN 'problem' THEN (SELECT x.building_id FROM problems x WHERE x.id = subject_id) "
         "WHEN 'plan' THEN (SELECT x.building_id FROM plans x WHERE x.id = subject_id) "
         "WHEN 'notice' THEN (SELECT x.building_id FROM notices x WHERE x.id = subject_id) "
         "WHEN 'referral' THEN (SELECT x.building_id FROM referrals x WHERE x.id = subject_id) "
         "END" +
         ownGrid;
  return sql;
}

void installSecurity(pg::Connection& db, const std::string& schema) {
  const Project p{pg::Location{"", schema}, nullptr};
  const std::string s = pg::quoteIdent(p.where.schema);
  const std::string admin = pg::quoteIdent(p.group(ServerRole::Admin));
  const std::string town = pg::quoteIdent(p.group(ServerRole::Town));
  const std::string grid = pg::quoteIdent(p.group(ServerRole::Grid));
  const std::string viewer = pg::quoteIdent(p.group(ServerRole::Viewer));
  const std::string all = admin + ", " + town + ", " + grid + ", " + viewer;
  const bool cases = db.query("SELECT to_regclass('attachments') IS NOT NULL").text(0, 0) == "t";
  // The tables whose policies and triggers are replaced are locked before any grant rewrites a
  // catalog row: an autovacuum that is analysing one of them would otherwise wait for this
  // transaction (for the pg_class row the grant updated) while this transaction waits for it
  // (for the lock ALTER TABLE needs), and the server ends the cycle by failing the transaction
  // ("deadlock detected"). Waiting for the lock first, the server cancels the autovacuum instead.
  db.exec(std::string("LOCK TABLE buildings, events") +
          (cases ? ", attachments, case_events" : "") + " IN ACCESS EXCLUSIVE MODE");
  for (const ServerRole r :
       {ServerRole::Admin, ServerRole::Town, ServerRole::Grid, ServerRole::Viewer}) {
    const auto exists =
        db.query("SELECT count(*) FROM pg_roles WHERE rolname = $1", {Param::of(p.group(r))});
    if (exists.integer(0, 0) == 0) db.exec("CREATE ROLE " + pg::quoteIdent(p.group(r)));
  }
  std::string gridColumns;
  for (const auto& c : building_columns::names()) {
    if (gridWritable(c)) gridColumns += (gridColumns.empty() ? "" : ", ") + c;
  }
  db.exec(
      "CREATE TABLE IF NOT EXISTS project_users(name text PRIMARY KEY, role text NOT NULL, "
      "town text, grid text);\n"
      // Qualified by the schema: policies call these in sessions whose search_path does not
      // name the project (psql with `schema.buildings`), where a bare name would not resolve.
      "CREATE OR REPLACE FUNCTION fangan_user_town() RETURNS text LANGUAGE sql STABLE AS "
      "$$ SELECT town FROM " +
      s +
      ".project_users WHERE name = current_user $$;\n"
      "CREATE OR REPLACE FUNCTION fangan_user_grid() RETURNS text LANGUAGE sql STABLE AS "
      "$$ SELECT grid FROM " +
      s +
      ".project_users WHERE name = current_user $$;\n"
      "GRANT USAGE ON SCHEMA " +
      s + " TO " + all +
      ";\n"
      "REVOKE ALL ON ALL TABLES IN SCHEMA " +
      s + " FROM " + all +
      ";\n"
      "GRANT SELECT ON ALL TABLES IN SCHEMA " +
      s + " TO " + all +
      ";\n"
      "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " +
      s + " TO " + admin + ", " + town + ", " + grid +
      ";\n"
      "GRANT INSERT, UPDATE, DELETE ON buildings, events, settings, zones, grids, towns, "
      "source_pois, source_lines, survey_points, building_zones, dem_sources TO " +
      admin +
      ";\n"
      "GRANT INSERT ON audit_log TO " +
      admin +
      ";\n"
      "GRANT INSERT, UPDATE, DELETE ON buildings TO " +
      town +
      ";\n"
      "GRANT INSERT ON events TO " +
      town + ", " + grid +
      ";\n"
      "GRANT UPDATE (" +
      gridColumns + ") ON buildings TO " + grid +
      ";\n"
      "ALTER TABLE buildings ENABLE ROW LEVEL SECURITY;\n"
      "ALTER TABLE events ENABLE ROW LEVEL SECURITY;\n"
      "DROP POLICY IF EXISTS read_all ON buildings;\n"
      "CREATE POLICY read_all ON buildings FOR SELECT USING (true);\n"
      "DROP POLICY IF EXISTS admin_all ON buildings;\n"
      "CREATE POLICY admin_all ON buildings TO " +
      admin +
      " USING (true) WITH CHECK (true);\n"
      "DROP POLICY IF EXISTS town_own ON buildings;\n"
      "CREATE POLICY town_own ON buildings TO " +
      town +
      " USING (town = fangan_user_town()) "
      "WITH CHECK (town = fangan_user_town());\n"
      "DROP POLICY IF EXISTS grid_own ON buildings;\n"
      "CREATE POLICY grid_own ON buildings FOR UPDATE TO " +
      grid +
      " USING (grid = fangan_user_grid()) WITH CHECK (grid = fangan_user_grid());\n"
      "DROP POLICY IF EXISTS read_all ON events;\n"
      "CREATE POLICY read_all ON events FOR SELECT USING (true);\n"
      "DROP POLICY IF EXISTS admin_all ON events;\n"
      "CREATE POLICY admin_all ON events TO " +
      admin +
      " USING (true) WITH CHECK (true);\n"
      "DROP POLICY IF EXISTS town_own ON events;\n"
      "CREATE POLICY town_own ON events FOR INSERT TO " +
      town +
      " WITH CHECK (EXISTS (SELECT 1 "
      "FROM buildings b WHERE b.id = building_id AND b.town = fangan_user_town()));\n"
      "DROP POLICY IF EXISTS grid_own ON events;\n"
      "CREATE POLICY grid_own ON events FOR INSERT TO " +
      grid +
      " WITH CHECK (EXISTS (SELECT 1 "
      "FROM buildings b WHERE b.id = building_id AND b.grid = fangan_user_grid()));\n");
  db.exec(auditTriggerSql());
  if (cases) db.exec(caseSecuritySql(admin, town, grid));
}

void installSecurity(Project& p) { installSecurity(*p.db, p.where.schema); }

void writeServerUser(Project& p, const ServerUser& user, const std::string& password) {
  installSecurity(p);
  const std::string name = pg::quoteIdent(user.name);
  const auto exists =
      p.db->query("SELECT count(*) FROM pg_roles WHERE rolname = $1", {Param::of(user.name)});
  if (exists.integer(0, 0) == 0) p.db->exec("CREATE ROLE " + name + " LOGIN");
  for (const ServerRole r :
       {ServerRole::Admin, ServerRole::Town, ServerRole::Grid, ServerRole::Viewer}) {
    p.db->exec("REVOKE " + pg::quoteIdent(p.group(r)) + " FROM " + name);
  }
  p.db->exec("GRANT " + pg::quoteIdent(p.group(user.role)) + " TO " + name);
  if (!password.empty()) {
    const auto sql = p.db->query("SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text)",
                                 {Param::of(user.name), Param::of(password)});
    p.db->exec(sql.text(0, 0));
  }
  auto opt = [](const std::string& s) { return s.empty() ? std::optional<std::string>() : s; };
  p.db->query(
      "INSERT INTO project_users(name, role, town, grid) VALUES($1, $2, $3, $4) ON CONFLICT(name) "
      "DO UPDATE SET role = excluded.role, town = excluded.town, grid = excluded.grid",
      {Param::of(user.name), Param::of(serverRoleKey(user.role)), Param::of(opt(user.town)),
       Param::of(opt(user.grid))});
}

}  // namespace

std::string serverRoleKey(ServerRole role) {
  switch (role) {
    case ServerRole::Admin:
      return "admin";
    case ServerRole::Town:
      return "town";
    case ServerRole::Grid:
      return "grid";
    case ServerRole::Viewer:
      return "viewer";
  }
  return "";
}

ServerRole parseServerRole(const std::string& key) {
  for (const ServerRole r :
       {ServerRole::Admin, ServerRole::Town, ServerRole::Grid, ServerRole::Viewer}) {
    if (serverRoleKey(r) == key) return r;
  }
  throw StoreError("未知的角色: " + key + " (应为 admin、town、grid 或 viewer)");
}

void refreshServerSecurity(pg::Connection& db, const std::string& schema) {
  const auto users = db.query(
      "SELECT count(*) FROM pg_tables WHERE schemaname = $1 AND tablename = 'project_users'",
      {Param::of(schema)});
  if (users.integer(0, 0) > 0) installSecurity(db, schema);
}

void addServerUser(const std::string& location, const ServerUser& user,
                   const std::string& password) {
  if (user.name.empty()) throw StoreError("用户名为空");
  if (user.role == ServerRole::Town && user.town.empty()) {
    throw StoreError("镇街用户须指定所属镇街");
  }
  if (user.role == ServerRole::Grid && user.grid.empty()) {
    throw StoreError("网格员须指定所属网格");
  }
  Project p = connect(location);
  for (const ServerRole r :
       {ServerRole::Admin, ServerRole::Town, ServerRole::Grid, ServerRole::Viewer}) {
    if (user.name == p.group(r)) throw StoreError("用户名与项目的角色组同名: " + user.name);
  }
  // Another session (most often an autovacuum) may conflict with the catalog changes: the
  // server then rolls the whole transaction back, and it is run again.
  for (int attempt = 1;; ++attempt) {
    try {
      p.db->exec("BEGIN");
      writeServerUser(p, user, password);
      p.db->exec("COMMIT");
      return;
    } catch (const pg::ConflictError&) {
      p.db->exec("ROLLBACK");
      if (attempt == 3) throw;
    }
  }
}

std::vector<ServerUser> serverUsers(const std::string& location) {
  Project p = connect(location);
  const auto has = p.db->query(
      "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
      "tablename = 'project_users'");
  std::vector<ServerUser> out;
  if (has.integer(0, 0) == 0) return out;
  const auto r = p.db->query(
      "SELECT name, role, coalesce(town, ''), coalesce(grid, '') FROM project_users "
      "ORDER BY name COLLATE \"C\"");
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.text(i, 0), parseServerRole(r.text(i, 1)), r.text(i, 2), r.text(i, 3)});
  }
  return out;
}

bool removeServerUser(const std::string& location, const std::string& name) {
  Project p = connect(location);
  const auto users = serverUsers(location);
  bool found = false;
  for (const auto& u : users) found = found || u.name == name;
  if (!found) return false;
  p.db->exec("BEGIN");
  p.db->query("DELETE FROM project_users WHERE name = $1", {Param::of(name)});
  for (const ServerRole r :
       {ServerRole::Admin, ServerRole::Town, ServerRole::Grid, ServerRole::Viewer}) {
    p.db->exec("REVOKE " + pg::quoteIdent(p.group(r)) + " FROM " + pg::quoteIdent(name));
  }
  p.db->exec("COMMIT");
  return true;
}

}  // namespace fangan
