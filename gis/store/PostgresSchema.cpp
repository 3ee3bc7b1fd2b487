#include "gis/store/PostgresSchema.h"

#include <functional>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan::pg_schema {

namespace {

// Version 1: the foundation schema (as Schema.cpp version1). Columns keep the SpatiaLite
// affinities: INTEGER → bigint, TEXT → text (dates are ISO text, so values compare as stored).
void version1(pg::Connection& db, int srid) {
  db.exec(R"(
    CREATE TABLE fangan_schema(version integer NOT NULL);
    INSERT INTO fangan_schema VALUES (0);
    CREATE TABLE settings(key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE buildings(
      id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, address text, town text,
      community text, grid text, self_built bigint, floors bigint, structure text,
      year_built bigint, design_life bigint, use text, use_subtype text, people_dense bigint,
      pro_designed bigint, alt_added_floors bigint, alt_structure bigint, alt_use bigint,
      alt_basement bigint, distress bigint, survey_status text, survey_date text,
      initial_hazard text, hazard_found_date text, recheck_no_hazard bigint,
      direct_engineering bigint, appraisal_grade text, appraisal_date text, control text,
      rectification text, rectification_done bigint, rectification_date text, closed bigint,
      closed_date text, closure_basis text);
    CREATE INDEX buildings_town ON buildings(town);
    CREATE INDEX buildings_grid ON buildings(grid);
    CREATE TABLE events(
      id bigserial PRIMARY KEY, building_id bigint NOT NULL REFERENCES buildings(id),
      code text NOT NULL, date text NOT NULL, kind text NOT NULL, inspector text, result text,
      note text, photos text, recorded_at text NOT NULL);
    CREATE INDEX events_building ON events(building_id);
    CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'inspection history is append-only'; END $$;
    CREATE TRIGGER events_append_only_update BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only();
    CREATE TABLE zones(id bigserial PRIMARY KEY, type text NOT NULL, name text, source text,
                       params text NOT NULL DEFAULT '{}');
    CREATE INDEX zones_type ON zones(type);
    CREATE TABLE grids(id bigserial PRIMARY KEY, grid text NOT NULL UNIQUE, name text, town text,
                       manager text, phone text, capacity_per_day bigint);
    CREATE TABLE towns(id bigserial PRIMARY KEY, town text NOT NULL UNIQUE);
    CREATE TABLE source_pois(id bigserial PRIMARY KEY, category text NOT NULL, name text);
    CREATE TABLE source_lines(id bigserial PRIMARY KEY, category text NOT NULL, name text);
    CREATE TABLE dem_sources(id bigserial PRIMARY KEY, path text NOT NULL, description text);
    CREATE TABLE survey_points(id bigserial PRIMARY KEY, code text, date text, inspector text,
                               result text);
    CREATE TABLE building_zones(building_id bigint NOT NULL, zone_id bigint NOT NULL,
                                PRIMARY KEY(building_id, zone_id));
    CREATE INDEX building_zones_zone ON building_zones(zone_id);
    CREATE TABLE audit_log(id bigserial PRIMARY KEY, at text NOT NULL, who text NOT NULL,
                           action text NOT NULL, target text, field text, old_value text,
                           new_value text);
  )");
  if (srid > 0) addGeometryColumns(db, srid);
}

// Version 2: figures as of a date (as Schema.cpp version2).
void version2(pg::Connection& db, int) {
  db.exec(R"(
    ALTER TABLE buildings ADD COLUMN appraisal_ordered_date text;
    ALTER TABLE buildings ADD COLUMN entered_date text;
    ALTER TABLE audit_log ADD COLUMN effective_date text;
    CREATE INDEX audit_log_target ON audit_log(target);
  )");
}

// Version 3: responsibility on the record and the case registers (as Schema.cpp version3).
void version3(pg::Connection& db, int) {
  db.exec(R"(
    ALTER TABLE buildings ADD COLUMN owner text;
    ALTER TABLE buildings ADD COLUMN owner_phone text;
    ALTER TABLE buildings ADD COLUMN occupant text;
    ALTER TABLE buildings ADD COLUMN occupant_phone text;
    ALTER TABLE buildings ADD COLUMN department text;
    ALTER TABLE buildings ADD COLUMN approval_project bigint;
    ALTER TABLE buildings ADD COLUMN approval_project_no text;
    ALTER TABLE buildings ADD COLUMN approval_land bigint;
    ALTER TABLE buildings ADD COLUMN approval_land_no text;
    ALTER TABLE buildings ADD COLUMN approval_planning bigint;
    ALTER TABLE buildings ADD COLUMN approval_planning_no text;
    ALTER TABLE buildings ADD COLUMN approval_construction bigint;
    ALTER TABLE buildings ADD COLUMN approval_construction_no text;
    ALTER TABLE buildings ADD COLUMN approval_fire bigint;
    ALTER TABLE buildings ADD COLUMN approval_fire_no text;
    CREATE TABLE problems(
      id bigserial PRIMARY KEY, reference text, source text NOT NULL, found_date text NOT NULL,
      building_id bigint REFERENCES buildings(id), code text, location text, town text,
      description text NOT NULL, responsible_unit text, responsible_person text, deadline text,
      state text NOT NULL, state_date text);
    CREATE INDEX problems_building ON problems(building_id);
    CREATE TABLE plans(
      id bigserial PRIMARY KEY, building_id bigint NOT NULL REFERENCES buildings(id),
      code text NOT NULL, measure text NOT NULL, route text, responsible_unit text,
      responsible_person text, start_date text, due_date text NOT NULL, milestones text,
      state text NOT NULL, state_date text);
    CREATE INDEX plans_building ON plans(building_id);
    CREATE TABLE case_events(
      id bigserial PRIMARY KEY, subject text NOT NULL, subject_id bigint NOT NULL,
      date text NOT NULL, from_state text, to_state text NOT NULL, who text, note text,
      evidence text, recorded_at text NOT NULL);
    CREATE INDEX case_events_subject ON case_events(subject, subject_id);
    CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'case history is append-only'; END $$;
    CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
      FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
  )");
}

// Row versions (as Schema.cpp versionRowVersions, docs/rules.md#row-versions). Here a trigger
// counts them, so that no client can update a building without moving its version: whatever
// an UPDATE sets row_version to, the row gets its old version, plus one when anything else in
// it changed (an update that changes nothing, like a grid assignment that finds the same grid,
// leaves it).
void versionRowVersions(pg::Connection& db, int) {
  db.exec(R"(
    ALTER TABLE buildings ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
    CREATE FUNCTION fangan_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.row_version := OLD.row_version;
        IF NEW IS DISTINCT FROM OLD THEN NEW.row_version := OLD.row_version + 1; END IF;
        RETURN NEW;
      END $$;
    CREATE TRIGGER buildings_row_version BEFORE UPDATE ON buildings
      FOR EACH ROW EXECUTE FUNCTION fangan_row_version();
  )");
}

// Change notifications for the live view (ChangeFeed.h): every statement that changes buildings
// or appends inspection events tells the listeners on channel `fangan_changes` which buildings,
// as the payload "SCHEMA ID" (one per building, at most 200 a statement) or "SCHEMA *" (more,
// or new/removed buildings: reload everything). PostgreSQL sends them at commit, folds equal
// payloads of one transaction, and drops them on rollback. Statement triggers, so a COPY of a
// million buildings costs one notification, not a million.
void versionChangeFeed(pg::Connection& db, int) {
  // Transition tables need one trigger per event (and none is needed for INSERT/DELETE). The
  // functions keep the project's search path: a client may write schema.buildings without it.
  db.exec(R"(
    CREATE FUNCTION fangan_notify(channel_schema text, ids bigint[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE id bigint;
      BEGIN
        IF ids IS NULL OR cardinality(ids) > 200 THEN
          PERFORM pg_notify('fangan_changes', channel_schema || ' *');
        ELSE
          FOREACH id IN ARRAY ids LOOP
            PERFORM pg_notify('fangan_changes', channel_schema || ' ' || id);
          END LOOP;
        END IF;
      END $$;
    CREATE FUNCTION fangan_notify_buildings_updated() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        PERFORM fangan_notify(TG_TABLE_SCHEMA,
                              (SELECT array_agg(DISTINCT id ORDER BY id) FROM changed));
        RETURN NULL;
      END $$;
    CREATE FUNCTION fangan_notify_buildings_added_or_removed() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        PERFORM fangan_notify(TG_TABLE_SCHEMA, NULL);
        RETURN NULL;
      END $$;
    CREATE FUNCTION fangan_notify_events_added() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        PERFORM fangan_notify(TG_TABLE_SCHEMA,
                              (SELECT array_agg(DISTINCT building_id ORDER BY building_id)
                               FROM changed));
        RETURN NULL;
      END $$;
    CREATE TRIGGER buildings_notify_updated AFTER UPDATE ON buildings
      REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION fangan_notify_buildings_updated();
    CREATE TRIGGER buildings_notify_added_or_removed AFTER INSERT OR DELETE ON buildings
      FOR EACH STATEMENT EXECUTE FUNCTION fangan_notify_buildings_added_or_removed();
    CREATE TRIGGER events_notify_added AFTER INSERT ON events
      REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION fangan_notify_events_added();
  )");
}

// Hazard notices, referrals (docs/rules.md#notice, #referral) and the building archive's
// attachments (as Schema.cpp versionNoticesAndReferrals and versionAttachments): same columns,
// constraints and indexes; BLOB is bytea, REAL double precision.
void versionNoticesReferralsAttachments(pg::Connection& db, int) {
  db.exec(R"(
    CREATE TABLE notices(
      id bigserial PRIMARY KEY, number text NOT NULL UNIQUE,
      building_id bigint NOT NULL REFERENCES buildings(id), code text NOT NULL, town text,
      year bigint NOT NULL, sequence bigint NOT NULL, issued_date text NOT NULL,
      deadline text, UNIQUE(year, town, sequence));
    CREATE INDEX notices_building ON notices(building_id);
    CREATE TABLE referrals(
      id bigserial PRIMARY KEY, building_id bigint REFERENCES buildings(id), code text,
      problem_id bigint REFERENCES problems(id), town text, kind text NOT NULL,
      referred_date text NOT NULL, department text NOT NULL, description text,
      state text NOT NULL, state_date text, feedback text, feedback_date text,
      closed_date text);
    CREATE INDEX referrals_building ON referrals(building_id);
    CREATE TABLE attachments(
      id bigserial PRIMARY KEY, building_id bigint NOT NULL REFERENCES buildings(id),
      event_id bigint REFERENCES events(id), kind text NOT NULL, file_name text NOT NULL,
      media_type text NOT NULL, sha256 text NOT NULL, size bigint NOT NULL, bytes bytea NOT NULL,
      thumbnail bytea, width bigint, height bigint, exif_time text, latitude double precision,
      longitude double precision, added_at text NOT NULL, added_by text);
    CREATE UNIQUE INDEX attachments_building_sha ON attachments(building_id, sha256);
  )");
}

const std::vector<std::function<void(pg::Connection&, int)>>& migrations() {
  static const std::vector<std::function<void(pg::Connection&, int)>> list = {
      version1,           version2,          version3,
      versionRowVersions, versionChangeFeed, versionNoticesReferralsAttachments};
  return list;
}

void addGeometry(pg::Connection& db, const std::string& table, int srid, const std::string& type) {
  db.exec("ALTER TABLE " + table + " ADD COLUMN geom geometry(" + type + ", " +
          std::to_string(srid) + "); CREATE INDEX " + table + "_geom ON " + table +
          " USING gist (geom)");
}

}  // namespace

void addGeometryColumns(pg::Connection& db, int srid) {
  const auto known = db.query("SELECT count(*) FROM spatial_ref_sys WHERE srid = $1",
                              {pg::Param::of(std::int64_t{srid})});
  if (known.integer(0, 0) == 0) {
    throw StoreError("服务器的 PostGIS 不认识坐标系 EPSG:" + std::to_string(srid));
  }
  addGeometry(db, "buildings", srid, "MultiPolygon");
  addGeometry(db, "zones", srid, "MultiPolygon");
  addGeometry(db, "grids", srid, "MultiPolygon");
  addGeometry(db, "towns", srid, "MultiPolygon");
  addGeometry(db, "source_pois", srid, "Geometry");
  addGeometry(db, "source_lines", srid, "MultiLineString");
  addGeometry(db, "survey_points", srid, "Point");
  db.query(
      "INSERT INTO settings(key, value) VALUES('srid', $1) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      {pg::Param::of(std::optional<std::string>(std::to_string(srid)))});
}

int currentVersion() { return static_cast<int>(migrations().size()); }

int storedVersion(pg::Connection& db) {
  const auto has = db.query(
      "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND "
      "tablename = 'fangan_schema'");
  if (has.integer(0, 0) == 0) return 0;
  const auto v = db.query("SELECT version FROM fangan_schema");
  return v.rows() ? static_cast<int>(v.integer(0, 0)) : 0;
}

void migrate(pg::Connection& db, int srid) {
  const int from = storedVersion(db);
  if (from > currentVersion()) {
    throw StoreError("项目的数据结构版本 " + std::to_string(from) + " 比本程序支持的版本 " +
                     std::to_string(currentVersion()) + " 新，请升级房安");
  }
  for (int v = from; v < currentVersion(); ++v) {
    migrations()[static_cast<size_t>(v)](db, srid);
    db.exec("UPDATE fangan_schema SET version = " + std::to_string(v + 1));
  }
}

}  // namespace fangan::pg_schema
