#include "gis/store/Schema.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan::schema {

void addGeometry(sqlite::Connection& db, const std::string& table, int srid,
                 const std::string& type) {
  sqlite::Statement add(db, "SELECT AddGeometryColumn(?, 'geom', ?, ?, 'XY')");
  add.bind(1, table).bind(2, srid).bind(3, type);
  if (!add.step() || add.integer(0) != 1) {
    throw StoreError("无法为表 " + table + " 创建几何列 (SRID " + std::to_string(srid) + ")");
  }
  sqlite::Statement index(db, "SELECT CreateSpatialIndex(?, 'geom')");
  index.bind(1, table);
  if (!index.step() || index.integer(0) != 1) {
    throw StoreError("无法为表 " + table + " 创建空间索引");
  }
}

const std::vector<std::pair<std::string, std::string>>& buildingGenerationTriggers() {
  // Never edit these texts: projects store them, and buildingsGeneration() trusts the counter
  // only while the triggers in the file are exactly these.
  static const std::vector<std::pair<std::string, std::string>> triggers = {
      {"building_generation_insert",
       "CREATE TRIGGER building_generation_insert AFTER INSERT ON buildings BEGIN UPDATE "
       "building_generation SET counter = counter + 1 WHERE id = 1; END"},
      {"building_generation_update",
       "CREATE TRIGGER building_generation_update AFTER UPDATE ON buildings BEGIN UPDATE "
       "building_generation SET counter = counter + 1 WHERE id = 1; END"},
      {"building_generation_delete",
       "CREATE TRIGGER building_generation_delete AFTER DELETE ON buildings BEGIN UPDATE "
       "building_generation SET counter = counter + 1 WHERE id = 1; END"},
  };
  return triggers;
}

namespace {

// Version 1: the foundation schema (issue 2).
void version1(sqlite::Connection& db, int srid) {
  // SpatiaLite metadata exists already: initSpatialMetadata() ran before the transaction.
  db.exec(R"(
    CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE buildings(
      id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, address TEXT, town TEXT, community TEXT,
      grid TEXT, self_built INTEGER, floors INTEGER, structure TEXT, year_built INTEGER,
      design_life INTEGER, use TEXT, use_subtype TEXT, people_dense INTEGER, pro_designed INTEGER,
      alt_added_floors INTEGER, alt_structure INTEGER, alt_use INTEGER, alt_basement INTEGER,
      distress INTEGER, survey_status TEXT, survey_date TEXT, initial_hazard TEXT,
      hazard_found_date TEXT, recheck_no_hazard INTEGER, direct_engineering INTEGER,
      appraisal_grade TEXT, appraisal_date TEXT, control TEXT, rectification TEXT,
      rectification_done INTEGER, rectification_date TEXT, closed INTEGER, closed_date TEXT,
      closure_basis TEXT);
    CREATE TABLE events(
      id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES buildings(id),
      code TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, inspector TEXT, result TEXT,
      note TEXT, photos TEXT, recorded_at TEXT NOT NULL);
    CREATE INDEX events_building ON events(building_id);
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'inspection history is append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'inspection history is append-only'); END;
    CREATE TABLE zones(id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT, source TEXT,
                       params TEXT NOT NULL DEFAULT '{}');
    CREATE INDEX zones_type ON zones(type);
    CREATE TABLE grids(id INTEGER PRIMARY KEY, grid TEXT NOT NULL UNIQUE, name TEXT, town TEXT,
                       manager TEXT, phone TEXT, capacity_per_day INTEGER);
    CREATE TABLE towns(id INTEGER PRIMARY KEY, town TEXT NOT NULL UNIQUE);
    CREATE TABLE source_pois(id INTEGER PRIMARY KEY, category TEXT NOT NULL, name TEXT);
    CREATE TABLE source_lines(id INTEGER PRIMARY KEY, category TEXT NOT NULL, name TEXT);
    CREATE TABLE dem_sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL, description TEXT);
    CREATE TABLE survey_points(id INTEGER PRIMARY KEY, code TEXT, date TEXT, inspector TEXT,
                               result TEXT);
    CREATE TABLE building_zones(building_id INTEGER NOT NULL, zone_id INTEGER NOT NULL,
                                PRIMARY KEY(building_id, zone_id)) WITHOUT ROWID;
    CREATE INDEX building_zones_zone ON building_zones(zone_id);
    CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
                           action TEXT NOT NULL, target TEXT, field TEXT, old_value TEXT,
                           new_value TEXT);
  )");
  // Geometry columns need the CRS; a project created without one gets them from
  // addGeometryColumns() when its first import fixes the CRS.
  if (srid > 0) addGeometryColumns(db, srid);
}

// Version 2: figures as of a date (issue 10). The 5-day appraisal order gets its own date
// (docs/rules.md#order-5d); each building keeps the day it entered the project, and each audit
// row the business day its change took effect (docs/rules.md#as-of).
void version2(sqlite::Connection& db, int) {
  db.exec(R"(
    ALTER TABLE buildings ADD COLUMN appraisal_ordered_date TEXT;
    ALTER TABLE buildings ADD COLUMN entered_date TEXT;
    ALTER TABLE audit_log ADD COLUMN effective_date TEXT;
    CREATE INDEX audit_log_target ON audit_log(target);
  )");
}

// Version 3: case management (issue 15). Owner, occupant, department and approvals on the
// building record (docs/rules.md#responsibility); the problem register (docs/rules.md#problem),
// one rectification plan per hazardous building (docs/rules.md#plan) and their dated state
// changes, append-only like the inspection history.
void version3(sqlite::Connection& db, int) {
  db.exec(R"(
    ALTER TABLE buildings ADD COLUMN owner TEXT;
    ALTER TABLE buildings ADD COLUMN owner_phone TEXT;
    ALTER TABLE buildings ADD COLUMN occupant TEXT;
    ALTER TABLE buildings ADD COLUMN occupant_phone TEXT;
    ALTER TABLE buildings ADD COLUMN department TEXT;
    ALTER TABLE buildings ADD COLUMN approval_project INTEGER;
    ALTER TABLE buildings ADD COLUMN approval_project_no TEXT;
    ALTER TABLE buildings ADD COLUMN approval_land INTEGER;
    ALTER TABLE buildings ADD COLUMN approval_land_no TEXT;
    ALTER TABLE buildings ADD COLUMN approval_planning INTEGER;
    ALTER TABLE buildings ADD COLUMN approval_planning_no TEXT;
    ALTER TABLE buildings ADD COLUMN approval_construction INTEGER;
    ALTER TABLE buildings ADD COLUMN approval_construction_no TEXT;
    ALTER TABLE buildings ADD COLUMN approval_fire INTEGER;
    ALTER TABLE buildings ADD COLUMN approval_fire_no TEXT;
    CREATE TABLE problems(
      id INTEGER PRIMARY KEY, reference TEXT, source TEXT NOT NULL, found_date TEXT NOT NULL,
      building_id INTEGER REFERENCES buildings(id), code TEXT, location TEXT, town TEXT,
      description TEXT NOT NULL, responsible_unit TEXT, responsible_person TEXT, deadline TEXT,
      state TEXT NOT NULL, state_date TEXT);
    CREATE INDEX problems_building ON problems(building_id);
    CREATE TABLE plans(
      id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES buildings(id),
      code TEXT NOT NULL, measure TEXT NOT NULL, route TEXT, responsible_unit TEXT,
      responsible_person TEXT, start_date TEXT, due_date TEXT NOT NULL, milestones TEXT,
      state TEXT NOT NULL, state_date TEXT);
    CREATE INDEX plans_building ON plans(building_id);
    CREATE TABLE case_events(
      id INTEGER PRIMARY KEY, subject TEXT NOT NULL, subject_id INTEGER NOT NULL,
      date TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL, who TEXT, note TEXT,
      evidence TEXT, recorded_at TEXT NOT NULL);
    CREATE INDEX case_events_subject ON case_events(subject, subject_id);
    CREATE TRIGGER case_events_append_only_update BEFORE UPDATE ON case_events
      BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
    CREATE TRIGGER case_events_append_only_delete BEFORE DELETE ON case_events
      BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
  )");
}

// Photos and documents of a building's archive (docs/rules.md#attachments): the file's bytes,
// a thumbnail, EXIF time and position; one file (by SHA-256) once per building.
void versionAttachments(sqlite::Connection& db, int) {
  db.exec(R"(
    CREATE TABLE attachments(
      id INTEGER PRIMARY KEY, building_id INTEGER NOT NULL REFERENCES buildings(id),
      event_id INTEGER REFERENCES events(id), kind TEXT NOT NULL, file_name TEXT NOT NULL,
      media_type TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL,
      thumbnail BLOB, width INTEGER, height INTEGER, exif_time TEXT, latitude REAL,
      longitude REAL, added_at TEXT NOT NULL, added_by TEXT);
    CREATE UNIQUE INDEX attachments_building_sha ON attachments(building_id, sha256);
  )");
}

// Hazard notices (docs/rules.md#notice) and referrals (docs/rules.md#referral); their dated
// events go to case_events (subjects "notice" and "referral").
void versionNoticesAndReferrals(sqlite::Connection& db, int) {
  db.exec(R"(
    CREATE TABLE notices(
      id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
      building_id INTEGER NOT NULL REFERENCES buildings(id), code TEXT NOT NULL, town TEXT,
      year INTEGER NOT NULL, sequence INTEGER NOT NULL, issued_date TEXT NOT NULL,
      deadline TEXT, UNIQUE(year, town, sequence));
    CREATE INDEX notices_building ON notices(building_id);
    CREATE TABLE referrals(
      id INTEGER PRIMARY KEY, building_id INTEGER REFERENCES buildings(id), code TEXT,
      problem_id INTEGER REFERENCES problems(id), town TEXT, kind TEXT NOT NULL,
      referred_date TEXT NOT NULL, department TEXT NOT NULL, description TEXT,
      state TEXT NOT NULL, state_date TEXT, feedback TEXT, feedback_date TEXT,
      closed_date TEXT);
    CREATE INDEX referrals_building ON referrals(building_id);
  )");
}

// Row versions (issue 12, docs/rules.md#row-versions): every building row counts its updates
// so that an edit naming the version it read can be refused when the row moved on. The store
// increments it in each UPDATE of a building (SpatialiteStore.cpp).
void versionRowVersions(sqlite::Connection& db, int) {
  db.exec("ALTER TABLE buildings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1");
}

// The map cache (docs/rules.md#map-cache): packed footprints, index and classes the map opens
// from, valid only for the buildings generation it was written at. The generation counts every
// insert, update and delete of a building row through triggers, so a write by any connection or
// process (an older tool, the sqlite3 shell) moves it and the cache is rebuilt, never trusted.
void versionMapCache(sqlite::Connection& db, int) {
  db.exec(R"(
    CREATE TABLE building_generation(id INTEGER PRIMARY KEY CHECK (id = 1),
                                     counter INTEGER NOT NULL);
    INSERT INTO building_generation(id, counter) VALUES(1, 0);
    CREATE TABLE map_cache(name TEXT NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL,
                           PRIMARY KEY(name, part));
  )");
  for (const auto& trigger : buildingGenerationTriggers()) db.exec(trigger.second);
}

// Each entry upgrades the schema by one version; append new ones, never edit old ones.
const std::vector<std::function<void(sqlite::Connection&, int)>>& migrations() {
  static const std::vector<std::function<void(sqlite::Connection&, int)>> list = {
      version1,           version2,           version3,       versionNoticesAndReferrals,
      versionAttachments, versionRowVersions, versionMapCache};
  return list;
}

}  // namespace

void addGeometryColumns(sqlite::Connection& db, int srid) {
  addGeometry(db, "buildings", srid, "MULTIPOLYGON");
  addGeometry(db, "zones", srid, "MULTIPOLYGON");
  addGeometry(db, "grids", srid, "MULTIPOLYGON");
  addGeometry(db, "towns", srid, "MULTIPOLYGON");
  addGeometry(db, "source_pois", srid, "GEOMETRY");
  addGeometry(db, "source_lines", srid, "MULTILINESTRING");
  addGeometry(db, "survey_points", srid, "POINT");
  sqlite::Statement s(db, "INSERT OR REPLACE INTO settings(key, value) VALUES('srid', ?)");
  s.bind(1, std::to_string(srid)).run();
}

namespace {

// Our tables, each with the schema version that created it: checkProject() expects those of
// the stored version and guards all of them against foreign triggers and views.
struct ProjectTable {
  std::string name;
  int since;
};
const std::vector<ProjectTable>& projectTableVersions() {
  static const std::vector<ProjectTable> tables = {{"settings", 1},
                                                   {"buildings", 1},
                                                   {"events", 1},
                                                   {"zones", 1},
                                                   {"grids", 1},
                                                   {"towns", 1},
                                                   {"source_pois", 1},
                                                   {"source_lines", 1},
                                                   {"dem_sources", 1},
                                                   {"survey_points", 1},
                                                   {"building_zones", 1},
                                                   {"audit_log", 1},
                                                   {"problems", 3},
                                                   {"plans", 3},
                                                   {"case_events", 3},
                                                   {"notices", 4},
                                                   {"referrals", 4},
                                                   {"attachments", 5},
                                                   {"building_generation", 7},
                                                   {"map_cache", 7}};
  return tables;
}
const std::vector<std::string>& projectTables() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const auto& t : projectTableVersions()) n.push_back(t.name);
    return n;
  }();
  return names;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool isProjectTable(const std::string& name) {
  const auto& t = projectTables();
  return std::find(t.begin(), t.end(), lower(name)) != t.end();
}

// Whether `sql` names one of our tables as a word (other than `except`).
bool mentionsProjectTable(const std::string& sql, const std::string& except) {
  static const std::vector<std::regex> words = [] {
    std::vector<std::regex> w;
    for (const auto& t : projectTables()) w.emplace_back("(^|[^a-z0-9_])" + t + "($|[^a-z0-9_])");
    return w;
  }();
  const std::string text = lower(sql);
  const std::string skip = lower(except);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (projectTables()[i] == skip) continue;
    if (text.find(projectTables()[i]) != std::string::npos && std::regex_search(text, words[i])) {
      return true;
    }
  }
  return false;
}

// Our own triggers and the ones SpatiaLite keeps on a geometry column (geometry checks, the
// R*Tree index and the last-change timestamp): `<kind>_<table>_geom`, touching no other table
// of ours.
bool isKnownTrigger(const std::string& name, const std::string& table, const std::string& sql) {
  const std::string n = lower(name);
  for (const std::string own : {"events", "case_events"}) {
    if (n == own + "_append_only_update" || n == own + "_append_only_delete") {
      return lower(table) == own && !mentionsProjectTable(sql, own);
    }
  }
  for (const auto& trigger : buildingGenerationTriggers()) {
    if (n == trigger.first) return lower(table) == "buildings" && sql == trigger.second;
  }
  static const std::regex spatialite("(ggi|ggu|gii|giu|gid|gci|gcu|gcd|tmi|tmu|tmd)_(.+)_geom");
  std::smatch m;
  return std::regex_match(n, m, spatialite) && m[2].str() == lower(table) &&
         !mentionsProjectTable(sql, table);
}

}  // namespace

bool inWalMode(sqlite::Connection& db) {
  sqlite::Statement s(db, "PRAGMA journal_mode");
  return s.step() && lower(s.text(0)) == "wal";
}

void checkProject(sqlite::Connection& db, const std::string& path) {
  const std::string notProject = "不是房安项目文件: " + path;
  const int version = storedVersion(db);
  if (version == 0) throw StoreError(notProject);
  if (version > currentVersion()) {
    throw StoreError("项目 " + path + " 的数据结构版本 " + std::to_string(version) +
                     " 比本程序支持的版本 " + std::to_string(currentVersion()) + " 新，请升级房安");
  }
  std::vector<std::string> found;
  sqlite::Statement objects(db, "SELECT type, name, tbl_name, IFNULL(sql, '') FROM sqlite_master");
  while (objects.step()) {
    const std::string type = objects.text(0), name = objects.text(1), table = objects.text(2),
                      sql = objects.text(3);
    if (type == "table" && isProjectTable(name)) {
      if (lower(sql).rfind("create table", 0) != 0) {
        throw StoreError(notProject + "（表 " + name + " 不是普通表）");
      }
      found.push_back(lower(name));
    } else if (type == "trigger" && (isProjectTable(table) || mentionsProjectTable(sql, ""))) {
      if (!isKnownTrigger(name, table, sql)) {
        throw StoreError("项目 " + path + " 含有外来触发器 " + name + "（作用于表 " + table +
                         "），为安全起见拒绝打开");
      }
    } else if (type == "view" && mentionsProjectTable(sql, "")) {
      throw StoreError("项目 " + path + " 含有外来视图 " + name + "，为安全起见拒绝打开");
    }
  }
  for (const auto& t : projectTableVersions()) {
    if (t.since <= version && std::find(found.begin(), found.end(), t.name) == found.end()) {
      throw StoreError(notProject + "（缺少表 " + t.name + "）");
    }
  }
}

int currentVersion() { return static_cast<int>(migrations().size()); }

int storedVersion(sqlite::Connection& db) {
  sqlite::Statement s(db, "PRAGMA user_version");
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

void initSpatialMetadata(sqlite::Connection& db) {
  sqlite::Statement exists(db, "SELECT count(*) FROM sqlite_master WHERE name = 'spatial_ref_sys'");
  if (exists.step() && exists.integer(0) > 0) return;
  // InitSpatialMetadata(1) runs in one transaction of its own; without the flag it takes
  // seconds on disk (a transaction per reference system). It cannot run inside ours.
  sqlite::Statement init(db, "SELECT InitSpatialMetadata(1)");
  if (!init.step() || init.integer(0) != 1) throw StoreError("无法初始化 SpatiaLite 元数据");
}

void migrate(sqlite::Connection& db, int srid) {
  const int from = storedVersion(db);  // read again under the write lock
  if (from > currentVersion()) {
    throw StoreError("项目的数据结构版本 " + std::to_string(from) + " 比本程序支持的版本 " +
                     std::to_string(currentVersion()) + " 新，请升级房安");
  }
  for (int v = from; v < currentVersion(); ++v) {
    migrations()[static_cast<size_t>(v)](db, srid);
    db.exec("PRAGMA user_version = " + std::to_string(v + 1));
  }
}

}  // namespace fangan::schema
