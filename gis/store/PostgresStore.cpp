#include "gis/store/PostgresStore.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "gis/store/BuildingColumns.h"
#include "gis/store/PostgresParams.h"
#include "gis/store/PostgresSchema.h"
#include "gis/store/PostgresSecurity.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

using pg::Param;
using Text = std::optional<std::string>;

using pg::text;
Param id(std::int64_t v) { return Param::of(v); }

std::string columnList() {
  std::string s;
  for (const auto& n : building_columns::names()) s += (s.empty() ? "" : ", ") + n;
  return s;
}

// Attribute columns then entered_date and row_version, as readBuilding expects them.
std::string readList() { return columnList() + ", entered_date, row_version"; }

// readList() with NULL in place of the columns a narrow scan does not ask for (as in
// SpatialiteStore.cpp), so readBuilding's positions hold and those values never cross the
// network. The row version is always read. Unknown names are refused.
std::string narrowList(const std::vector<std::string>& wanted) {
  const auto& all = building_columns::names();
  for (const auto& w : wanted) {
    if (w != "entered_date" && std::find(all.begin(), all.end(), w) == all.end()) {
      throw StoreError("内部错误: 未知的房屋字段 " + w);
    }
  }
  auto asked = [&](const std::string& n) {
    return std::find(wanted.begin(), wanted.end(), n) != wanted.end();
  };
  std::string s;
  for (const auto& n : all) s += (s.empty() ? "" : ", ") + (asked(n) ? n : "NULL");
  return s + (asked("entered_date") ? ", entered_date" : ", NULL") + ", row_version";
}

BuildingRecord readBuilding(const pg::Result& r, int row, int first) {
  const size_t n = building_columns::names().size();
  std::vector<Text> v(n);
  for (size_t i = 0; i < n; ++i) {
    const int col = first + static_cast<int>(i);
    if (!r.isNull(row, col)) v[i] = r.text(row, col);
  }
  BuildingRecord b = building_columns::fromValues(v);
  const int entered = first + static_cast<int>(n);
  if (!r.isNull(row, entered)) b.enteredDate = Date::parse(r.text(row, entered));
  b.rowVersion = r.integer(row, entered + 1);
  return b;
}

const char* sourceTable(ProjectLayer layer) {
  return layer == ProjectLayer::Pois ? "source_pois" : "source_lines";
}

// Hex EWKB of a 2D WKB with the SRID written in (COPY text format input of a geometry column).
void appendHexEwkb(std::string& out, const Wkb& wkb, int srid) {
  static const char* digits = "0123456789ABCDEF";
  auto hex = [&](unsigned char b) {
    out += digits[b >> 4];
    out += digits[b & 15];
  };
  if (wkb.size() < 5) {
    out += "\\N";
    return;
  }
  const bool little = wkb[0] == 1;
  auto put32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) hex(static_cast<unsigned char>(v >> (8 * (little ? i : 3 - i))));
  };
  std::uint32_t type = 0;
  for (int i = 0; i < 4; ++i) {
    const std::uint32_t b = wkb[static_cast<size_t>(1 + i)];
    type |= b << (8 * (little ? i : 3 - i));
  }
  hex(wkb[0]);
  put32(type | 0x20000000u);
  put32(static_cast<std::uint32_t>(srid));
  for (size_t i = 5; i < wkb.size(); ++i) hex(wkb[i]);
}

constexpr int kPage = 5000;                // rows per page of a long scan
constexpr std::int64_t kFlushRows = 5000;  // buildings per piece of the open COPY
// Ids reserved from the sequence at a time: each reservation ends the COPY under way.
constexpr int kReservedIds = 50000;
constexpr int kDirectUpserts = 16;  // upserts per transaction before bulk mode

}  // namespace

std::unique_ptr<ProjectStore> createPostgresProject(const std::string& location, int srid) {
  return std::make_unique<PostgresStore>(location, true, srid);
}

std::unique_ptr<ProjectStore> openPostgresProject(const std::string& location) {
  return std::make_unique<PostgresStore>(location, false, 0);
}

class PostgresStore::PgTransaction : public Transaction {
 public:
  explicit PgTransaction(PostgresStore& store) : store_(store) {
    if (store_.inTransaction_) throw StoreError("内部错误: 事务已打开");
    try {
      store_.db().exec("BEGIN");
    } catch (const ConnectionLostError&) {
      // Dropped while idle (the server restarted since the last statement): nothing was
      // written, so connect again and begin there; a second failure is the caller's.
      store_.restoreConnection();
      store_.db_->exec("BEGIN");
    }
    store_.inTransaction_ = true;
  }
  ~PgTransaction() override {
    if (done_) return;
    store_.db_->copyAbort();
    store_.pending_.clear();
    store_.pendingRows_ = 0;
    try {
      store_.db_->exec("ROLLBACK");
    } catch (...) {
      // A dropped connection rolled back already on the server.
    }
    store_.forgetTransaction();
    try {
      const auto srid = store_.setting("srid");
      store_.srid_ = srid ? std::stoi(*srid) : 0;
    } catch (...) {
      // Without a connection the CRS cannot have changed on the server.
    }
  }
  void commit() override {
    if (done_) return;
    store_.flushPending();
    for (const std::string& index : store_.deferredIndexes_) store_.db_->exec(index);
    store_.db_->exec("COMMIT");
    done_ = true;
    store_.forgetTransaction();
  }

 private:
  PostgresStore& store_;
  bool done_ = false;
};

void PostgresStore::deferIndexes() {
  // A first import into an empty table: the geometry, town and grid indexes are built once at
  // commit rather than row by row (the table stays locked until then, as it is being created).
  const auto r = db().query(
      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
      "tablename = 'buildings' AND indexname IN ('buildings_geom', 'buildings_town', "
      "'buildings_grid')");
  for (int i = 0; i < r.rows(); ++i) {
    db().exec("DROP INDEX " + pg::quoteIdent(r.text(i, 0)));
    deferredIndexes_.push_back(r.text(i, 1));
  }
}

void PostgresStore::forgetTransaction() {
  deferredIndexes_.clear();
  inTransaction_ = false;
  upsertsInTransaction_ = 0;
  codeIds_.clear();
  codeIdsLoaded_ = false;
  reservedIds_.clear();
  nextReserved_ = 0;
}

template <typename F>
auto PostgresStore::inWrite(F&& body) -> decltype(body()) {
  if (inTransaction_) return body();
  PgTransaction t(*this);
  if constexpr (std::is_void_v<decltype(body())>) {
    body();
    t.commit();
  } else {
    auto result = body();
    t.commit();
    return result;
  }
}

void PostgresStore::write(const std::function<void()>& body) { inWrite(body); }

PostgresStore::PostgresStore(const std::string& location, bool create, int createSrid)
    : location_(location) {
  const pg::Location where = pg::parseLocation(location);
  db_ = std::make_unique<pg::Connection>(where.conninfo);
  schema_ = where.schema;
  db_->exec("SET client_min_messages = warning");
  const auto postgis = db_->query("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'");
  if (postgis.integer(0, 0) == 0) {
    try {
      db_->exec("CREATE EXTENSION postgis");
    } catch (const StoreError&) {
      throw StoreError("数据库未安装 PostGIS 扩展，请管理员执行 CREATE EXTENSION postgis: " +
                       location);
    }
  }
  const std::string schema = pg::quoteIdent(where.schema);
  if (create) db_->exec("CREATE SCHEMA IF NOT EXISTS " + schema);
  const auto exists =
      db_->query("SELECT count(*) FROM pg_namespace WHERE nspname = $1", {text(where.schema)});
  if (exists.integer(0, 0) == 0) throw StoreError("服务器上没有这个项目 (模式不存在): " + location);
  setUpSession();
  const int stored = pg_schema::storedVersion(*db_);
  if (create && stored > 0) throw StoreError("服务器上已有这个项目: " + location);
  if (!create && stored == 0) throw StoreError("不是房安项目: " + location);
  if (stored != pg_schema::currentVersion()) {
    PgTransaction t(*this);
    pg_schema::migrate(*db_, createSrid);
    // Users of an older project read and write the tables this migration added as their roles
    // say, from this opening on, not only after the next `fangan users add`.
    if (stored > 0) refreshServerSecurity(*db_, schema_);
    t.commit();
  }
  const auto s = setting("srid");
  srid_ = s ? std::stoi(*s) : 0;
  serverAudit_ = db_->query(
                        "SELECT count(*) FROM pg_trigger WHERE tgname = 'buildings_audit' AND "
                        "tgrelid = 'buildings'::regclass")
                     .integer(0, 0) > 0;
}

PostgresStore::~PostgresStore() = default;

pg::Connection& PostgresStore::db() const {
  // Outside a transaction a dropped connection is taken up again before the next statement;
  // inside one, the transaction is gone with it and the statement fails (ConnectionLostError).
  if (!inTransaction_ && !db_->ok()) restoreConnection();
  flushPending();
  return *db_;
}

void PostgresStore::setUpSession() const {
  db_->exec("SET client_min_messages = warning");
  db_->query("SELECT set_config('application_name', $1, false)",
             {text(serverApplicationName(schema_))});
  db_->exec("SET search_path TO " + pg::quoteIdent(schema_) + ", public");
}

void PostgresStore::restoreConnection() const {
  db_->reset();
  setUpSession();
}

void PostgresStore::reconnect() {
  if (inTransaction_) throw StoreError("内部错误: 事务中不能重新连接");
  if (!db_->ok()) {
    restoreConnection();
    return;
  }
  try {
    db_->exec("SELECT 1");  // libpq sees a drop only when it next talks to the server
  } catch (const ConnectionLostError&) {
    restoreConnection();
  }
}

std::string serverApplicationName(const std::string& schema) { return "fangan " + schema; }

pg::Result PostgresStore::readQuery(const std::string& sql, const pg::Params& params) const {
  return db().query(sql, params);
}

void PostgresStore::streamPending() const {
  if (!db_->copying()) db_->copyBegin("buildings(id, " + columnList() + ", entered_date, geom)");
  std::string data;
  data.swap(pending_);
  pendingRows_ = 0;
  db_->copyPut(std::move(data));
}

void PostgresStore::flushPending() const {
  if (pendingRows_ > 0) streamPending();
  if (db_->copying()) db_->copyEnd();
}

int PostgresStore::schemaVersion() const { return pg_schema::storedVersion(db()); }

void PostgresStore::assignCrs(int srid) {
  if (srid_ != 0) throw StoreError("项目坐标系已设定为 EPSG:" + std::to_string(srid_));
  if (srid <= 0) throw StoreError("无效的坐标系 EPSG:" + std::to_string(srid));
  inWrite([&] { pg_schema::addGeometryColumns(db(), srid); });
  srid_ = srid;
}

std::optional<std::string> PostgresStore::setting(const std::string& key) const {
  const auto r = db().query("SELECT value FROM settings WHERE key = $1", {text(key)});
  if (r.rows() == 0) return std::nullopt;
  return r.text(0, 0);
}

void PostgresStore::setSetting(const std::string& key, const std::string& value) {
  inWrite([&] {
    const auto old = setting(key);
    restoreSetting(key, value);
    audit("fangan", "setting", "settings:" + key, "value", old.value_or(""), value);
  });
}

std::map<std::string, std::string> PostgresStore::settings() const {
  const auto r = db().query("SELECT key, value FROM settings ORDER BY key COLLATE \"C\"");
  std::map<std::string, std::string> out;
  for (int i = 0; i < r.rows(); ++i) out[r.text(i, 0)] = r.text(i, 1);
  return out;
}

void PostgresStore::restoreSetting(const std::string& key, const std::string& value) {
  if (key == "srid") return;  // the CRS is the store's own (assignCrs)
  inWrite([&] {
    db().query(
        "INSERT INTO settings(key, value) VALUES($1, $2) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        {text(key), text(value)});
  });
}

std::unique_ptr<Transaction> PostgresStore::begin() {
  return std::make_unique<PgTransaction>(*this);
}

std::vector<LayerSummary> PostgresStore::summary() const {
  struct Source {
    ProjectLayer layer;
    const char* table;
    bool spatial;
  };
  const Source sources[] = {
      {ProjectLayer::Buildings, "buildings", true}, {ProjectLayer::Survey, "survey_points", true},
      {ProjectLayer::Zones, "zones", true},         {ProjectLayer::Grids, "grids", true},
      {ProjectLayer::Towns, "towns", true},         {ProjectLayer::Pois, "source_pois", true},
      {ProjectLayer::Lines, "source_lines", true},  {ProjectLayer::Events, "events", false},
      {ProjectLayer::Audit, "audit_log", false}};
  std::vector<LayerSummary> out;
  for (const auto& src : sources) {
    LayerSummary ls{src.layer, 0, {}};
    const bool extent = src.spatial && srid_ > 0;
    const std::string from = std::string(" FROM ") + src.table;
    const auto r = db().query(
        extent ? "SELECT n, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT count(*) "
                 "AS n, ST_Extent(geom) AS e" +
                     from + ") s"
               : "SELECT count(*)" + from);
    ls.count = r.integer(0, 0);
    if (extent && !r.isNull(0, 1)) {
      ls.extent.include(r.real(0, 1), r.real(0, 2));
      ls.extent.include(r.real(0, 3), r.real(0, 4));
    }
    out.push_back(ls);
  }
  return out;
}

void PostgresStore::appendAudit(const AuditEntry& e) {
  inWrite([&] {
    db().query(
        "INSERT INTO audit_log(at, who, action, target, field, old_value, new_value, "
        "effective_date) VALUES($1, $2, $3, $4, $5, $6, $7, $8)",
        {text(e.when.empty() ? utcTimestamp() : e.when), text(e.who.empty() ? "fangan" : e.who),
         text(e.action), text(e.target), text(e.field), text(e.oldValue), text(e.newValue),
         text(changeDay().toString())});
  });
}

void PostgresStore::pageById(const std::string& sql, pg::Params params,
                             const std::function<bool(const pg::Result&, int)>& visit) const {
  std::int64_t after = 0;
  params.push_back(id(after));
  const std::string page = sql + " ORDER BY id LIMIT " + std::to_string(kPage);
  for (;;) {
    params.back() = id(after);
    const auto r = db().query(page, params);
    for (int i = 0; i < r.rows(); ++i) {
      if (!visit(r, i)) return;
    }
    if (r.rows() < kPage) return;
    after = r.integer(r.rows() - 1, 0);
  }
}

void PostgresStore::forEachBuildingChange(
    const std::function<bool(const BuildingChange&)>& visit) const {
  pageById(
      "SELECT id, substr(target, 11), field, old_value, new_value, "
      "coalesce(effective_date, substr(at, 1, 10)) FROM audit_log "
      "WHERE action = 'update' AND target LIKE 'buildings:%' AND id > $1",
      {}, [&](const pg::Result& r, int i) {
        BuildingChange c;
        c.auditId = r.integer(i, 0);
        c.code = r.text(i, 1);
        c.field = r.text(i, 2);
        c.oldValue = r.text(i, 3);
        c.newValue = r.text(i, 4);
        const auto day = Date::parse(r.text(i, 5));
        if (!day) return true;
        c.effective = *day;
        return visit(c);
      });
}

std::vector<AuditEntry> PostgresStore::auditLog(int limit) const {
  const auto r = db().query(
      "SELECT id, at, who, action, target, field, old_value, new_value FROM audit_log "
      "ORDER BY id DESC LIMIT $1",
      {id(limit)});
  std::vector<AuditEntry> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4),
                   r.text(i, 5), r.text(i, 6), r.text(i, 7)});
  }
  return out;
}

std::int64_t PostgresStore::upsertBuilding(const BuildingRecord& record, const Wkb& footprint,
                                           const std::string& who) {
  if (record.code.empty()) throw StoreError("房屋编码为空");
  return inWrite([&]() -> std::int64_t {
    const auto values = building_columns::values(record);
    const std::string entered = changeDay().toString();
    if (++upsertsInTransaction_ > kDirectUpserts) {
      // Bulk mode: every code known in memory, new buildings sent with COPY.
      if (!codeIdsLoaded_) {
        const auto r = db().query("SELECT code, id FROM buildings");
        for (int i = 0; i < r.rows(); ++i) codeIds_[r.text(i, 0)] = r.integer(i, 1);
        codeIdsLoaded_ = true;
        if (codeIds_.size() <= static_cast<size_t>(kDirectUpserts)) deferIndexes();
      }
      const auto known = codeIds_.find(record.code);
      if (known == codeIds_.end()) {
        if (nextReserved_ == reservedIds_.size()) {
          const auto r = db().query(
              "SELECT nextval(pg_get_serial_sequence('buildings', 'id')) FROM "
              "generate_series(1, " +
              std::to_string(kReservedIds) + ")");
          reservedIds_.clear();
          for (int i = 0; i < r.rows(); ++i) reservedIds_.push_back(r.integer(i, 0));
          std::sort(reservedIds_.begin(), reservedIds_.end());
          nextReserved_ = 0;
        }
        const std::int64_t newId = reservedIds_[nextReserved_++];
        pending_ += std::to_string(newId);
        for (const auto& v : values) {
          pending_ += '\t';
          pg::appendCopyValue(pending_, v);
        }
        pending_ += '\t';
        pending_ += entered;
        pending_ += '\t';
        appendHexEwkb(pending_, footprint, srid_);
        pending_ += '\n';
        codeIds_[record.code] = newId;
        if (++pendingRows_ >= kFlushRows) streamPending();
        return newId;
      }
    } else {
      pg::Params p;
      for (const auto& v : values) p.push_back(Param::of(v));
      p.push_back(text(entered));
      p.push_back(Param::of(footprint));
      std::string marks;
      for (size_t i = 1; i <= values.size() + 1; ++i) marks += "$" + std::to_string(i) + ", ";
      const auto r =
          db().query("INSERT INTO buildings(" + columnList() + ", entered_date, geom) VALUES(" +
                         marks + "ST_GeomFromWKB($" + std::to_string(values.size() + 2) + ", " +
                         std::to_string(srid_) + ")) ON CONFLICT(code) DO NOTHING RETURNING id",
                     p);
      if (r.rows() == 1) return r.integer(0, 0);
    }
    const auto existing = buildingByCode(record.code);
    if (!existing) throw StoreError("内部错误: 房屋 " + record.code + " 写入失败");
    BuildingRecord updated = record;
    updated.id = existing->id;
    updateBuilding(updated, who);
    db().query("UPDATE buildings SET geom = ST_GeomFromWKB($1, " + std::to_string(srid_) +
                   ") WHERE id = $2",
               {Param::of(footprint), id(existing->id)});
    return existing->id;
  });
}

void PostgresStore::updateBuilding(const BuildingRecord& record, const std::string& who) {
  inWrite([&] {
    const auto old = buildingById(record.id);
    if (!old) throw StoreError("房屋不存在: id " + std::to_string(record.id));
    writeChanges(*old, record, who);
  });
}

std::int64_t PostgresStore::editBuilding(const BuildingRecord& record, std::int64_t readVersion,
                                         const std::string& who) {
  return inWrite([&]() -> std::int64_t {
    // FOR UPDATE: the row stays locked to the end of the transaction, so no other editor moves
    // it between the check and the write; one that holds it makes this wait, then this reads
    // the version it committed (docs/rules.md#row-versions).
    const auto r = db().query(
        "SELECT id, " + readList() + " FROM buildings WHERE id = $1 FOR UPDATE", {id(record.id)});
    if (r.rows() == 0) {
      // Row-level security lets this user read the row but not update it (another grid).
      const auto seen = buildingById(record.id);
      if (seen) throw StoreError("无权修改房屋 " + seen->code);
      throw StoreError("房屋不存在: id " + std::to_string(record.id));
    }
    BuildingRecord old = readBuilding(r, 0, 1);
    old.id = record.id;
    if (old.rowVersion != readVersion) {
      StaleEdit stale{old.code, readVersion, old.rowVersion, "", ""};
      const auto last =
          db().query("SELECT who, at FROM audit_log WHERE target = $1 ORDER BY id DESC LIMIT 1",
                     {text("buildings:" + old.code)});
      if (last.rows() == 1) {
        stale.who = last.text(0, 0);
        stale.when = last.text(0, 1);
      }
      throw StaleEditError(stale);
    }
    const auto version = writeChanges(old, record, who);
    return version ? *version : old.rowVersion;
  });
}

std::optional<std::int64_t> PostgresStore::writeChanges(const BuildingRecord& old,
                                                        const BuildingRecord& record,
                                                        const std::string& who) {
  // One UPDATE of every changed column: the row_version trigger moves the version once.
  const auto& names = building_columns::names();
  const auto before = building_columns::values(old);
  const auto after = building_columns::values(record);
  if (serverAudit_) {
    // The trigger writes the audit rows; it reads the business day from this setting.
    db().query("SELECT set_config('fangan.change_date', $1, true)", {text(changeDay().toString())});
  }
  std::string set;
  pg::Params params;
  std::vector<size_t> changed;
  for (size_t i = 0; i < names.size(); ++i) {
    if (before[i] == after[i]) continue;
    params.push_back(Param::of(after[i]));
    set += (set.empty() ? "" : ", ") + names[i] + " = $" + std::to_string(params.size());
    changed.push_back(i);
  }
  if (changed.empty()) return std::nullopt;
  params.push_back(id(record.id));
  const auto r = db().query("UPDATE buildings SET " + set + " WHERE id = $" +
                                std::to_string(params.size()) + " RETURNING row_version",
                            params);
  if (r.rows() != 1) {
    // Row-level security hid the row from this user's UPDATE.
    throw StoreError("无权修改房屋 " + old.code);
  }
  if (!serverAudit_) {
    for (const size_t i : changed) {
      audit(who, "update", "buildings:" + old.code, names[i], before[i].value_or(""),
            after[i].value_or(""));
    }
  }
  return r.integer(0, 0);
}

void PostgresStore::setBuildingGrids(
    const std::vector<std::pair<std::int64_t, std::string>>& grids) {
  inWrite([&] {
    db().exec("CREATE TEMP TABLE fangan_grid_update(id bigint, grid text) ON COMMIT DROP");
    std::string data;
    for (const auto& [bid, grid] : grids) {
      data += std::to_string(bid);
      data += '\t';
      pg::appendCopyValue(data, grid);
      data += '\n';
    }
    if (!data.empty()) db().copyIn("fangan_grid_update(id, grid)", data);
    db().exec(
        // Unchanged rows are not written: they keep their version and stay unlocked for
        // editors while the analysis goes on (docs/rules.md#row-versions).
        "UPDATE buildings b SET grid = u.grid FROM fangan_grid_update u WHERE b.id = u.id "
        "AND b.grid IS DISTINCT FROM u.grid; "
        "DROP TABLE fangan_grid_update");
  });
}

std::optional<BuildingRecord> PostgresStore::buildingByCode(const std::string& code) const {
  const auto r =
      db().query("SELECT id, " + readList() + " FROM buildings WHERE code = $1", {text(code)});
  if (r.rows() == 0) return std::nullopt;
  BuildingRecord b = readBuilding(r, 0, 1);
  b.id = r.integer(0, 0);
  return b;
}

std::optional<BuildingRecord> PostgresStore::buildingById(std::int64_t bid) const {
  const auto r =
      db().query("SELECT id, " + readList() + " FROM buildings WHERE id = $1", {id(bid)});
  if (r.rows() == 0) return std::nullopt;
  BuildingRecord b = readBuilding(r, 0, 1);
  b.id = r.integer(0, 0);
  return b;
}

Wkb PostgresStore::buildingFootprint(std::int64_t bid) const {
  const auto r = db().query("SELECT ST_AsBinary(geom) FROM buildings WHERE id = $1", {id(bid)});
  return r.rows() ? r.bytes(0, 0) : Wkb();
}

namespace {
std::string envelope(int srid) {
  return "ST_MakeEnvelope($1, $2, $3, $4, " + std::to_string(srid) + ")";
}
pg::Params boxParams(const Extent& box) {
  auto real = [](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return Param::of(Text(buf));
  };
  return {real(box.minX), real(box.minY), real(box.maxX), real(box.maxY)};
}
}  // namespace

void PostgresStore::forEachBuilding(const Visitor<BuildingRecord>& visit, const Extent* box) const {
  std::string sql = "SELECT id, ST_AsBinary(geom), " + readList() + " FROM buildings WHERE ";
  pg::Params params;
  if (box) {
    if (srid_ == 0) return;
    sql += "geom && " + envelope(srid_) + " AND ";
    params = boxParams(*box);
  }
  sql += "id > $" + std::to_string(params.size() + 1);
  pageById(sql, params, [&](const pg::Result& r, int i) {
    BuildingRecord b = readBuilding(r, i, 2);
    b.id = r.integer(i, 0);
    return visit(b, r.bytes(i, 1));
  });
}

void PostgresStore::scanBuildings(const BuildingScan& scan,
                                  const Visitor<BuildingRecord>& visit) const {
  std::string sql = std::string("SELECT id, ") + (scan.footprints ? "ST_AsBinary(geom)" : "NULL") +
                    ", " + (scan.columns.empty() ? readList() : narrowList(scan.columns)) +
                    " FROM buildings WHERE ";
  pg::Params params;
  if (!scan.town.empty()) {
    params.push_back(text(scan.town));
    sql += "town = $" + std::to_string(params.size()) + " AND ";
  }
  if (!scan.grid.empty()) {
    params.push_back(text(scan.grid));
    sql += "grid = $" + std::to_string(params.size()) + " AND ";
  }
  sql += "id > $" + std::to_string(params.size() + 1);
  const Wkb none;
  pageById(sql, params, [&](const pg::Result& r, int i) {
    BuildingRecord b = readBuilding(r, i, 2);
    b.id = r.integer(i, 0);
    return visit(b, scan.footprints ? r.bytes(i, 1) : none);
  });
}

std::optional<std::string> PostgresStore::codeOfAddress(const std::string& fragment) const {
  if (fragment.empty()) return std::nullopt;
  const auto r = db().query(
      "SELECT code FROM buildings WHERE strpos(lower(address), lower($1)) > 0 "
      "ORDER BY id LIMIT 1",
      {text(fragment)});
  if (r.rows() == 0) return std::nullopt;
  return r.text(0, 0);
}

std::vector<std::int64_t> PostgresStore::buildingIds() const {
  const auto r = db().query("SELECT id FROM buildings ORDER BY id");
  std::vector<std::int64_t> ids;
  ids.reserve(static_cast<size_t>(r.rows()));
  for (int i = 0; i < r.rows(); ++i) ids.push_back(r.integer(i, 0));
  return ids;
}

std::vector<std::string> PostgresStore::buildingAreaNames(BuildingArea area) const {
  const std::string column = area == BuildingArea::Town ? "town" : "grid";
  // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
  const auto r = db().query("SELECT DISTINCT " + column + " COLLATE \"C\" AS v FROM buildings " +
                            "WHERE " + column + " IS NOT NULL AND " + column + " <> '' ORDER BY v");
  std::vector<std::string> names;
  for (int i = 0; i < r.rows(); ++i) names.push_back(r.text(i, 0));
  return names;
}

std::vector<std::int64_t> PostgresStore::buildingsInBox(const Extent& box) const {
  if (srid_ == 0) return {};
  const auto r = db().query(
      "SELECT id FROM buildings WHERE geom && " + envelope(srid_) + " ORDER BY id", boxParams(box));
  std::vector<std::int64_t> ids;
  for (int i = 0; i < r.rows(); ++i) ids.push_back(r.integer(i, 0));
  return ids;
}

std::int64_t PostgresStore::appendEvent(const InspectionEvent& e) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query(
        "INSERT INTO events(building_id, code, date, kind, inspector, result, note, photos, "
        "recorded_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {id(e.buildingId), text(e.code), text(e.date.toString()), text(e.kind), text(e.inspector),
         text(e.result), text(e.note), text(e.photos),
         text(e.recordedAt.empty() ? utcTimestamp() : e.recordedAt)});
    return r.integer(0, 0);
  });
}

namespace {
std::vector<InspectionEvent> readEvents(const pg::Result& r) {
  std::vector<InspectionEvent> out;
  for (int i = 0; i < r.rows(); ++i) {
    InspectionEvent e;
    e.id = r.integer(i, 0);
    e.buildingId = r.integer(i, 1);
    e.code = r.text(i, 2);
    e.date = Date::parse(r.text(i, 3)).value_or(Date{});
    e.kind = r.text(i, 4);
    e.inspector = r.text(i, 5);
    e.result = r.text(i, 6);
    e.note = r.text(i, 7);
    e.photos = r.text(i, 8);
    e.recordedAt = r.text(i, 9);
    out.push_back(e);
  }
  return out;
}
constexpr const char* kEventColumns =
    "SELECT id, building_id, code, date, kind, inspector, result, note, photos, recorded_at "
    "FROM events ";
}  // namespace

std::vector<InspectionEvent> PostgresStore::eventsOfKinds(
    const std::vector<std::string>& kinds) const {
  if (kinds.empty()) return {};
  std::string marks;
  pg::Params params;
  for (const auto& k : kinds) {
    params.push_back(text(k));
    marks += (marks.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return readEvents(db().query(
      std::string(kEventColumns) + "WHERE kind IN (" + marks + ") ORDER BY date COLLATE \"C\", id",
      params));
}

std::vector<InspectionEvent> PostgresStore::events(std::int64_t buildingId) const {
  return readEvents(db().query(
      std::string(kEventColumns) + "WHERE building_id = $1 ORDER BY date COLLATE \"C\", id",
      {id(buildingId)}));
}

std::int64_t PostgresStore::insertZone(const ZoneRecord& z, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query(
        "INSERT INTO zones(type, name, source, params, geom) VALUES($1, $2, $3, $4, "
        "ST_GeomFromWKB($5, " +
            std::to_string(srid_) + ")) RETURNING id",
        {text(z.type), text(z.name), text(z.source), text(z.params.empty() ? "{}" : z.params),
         Param::of(polygon)});
    return r.integer(0, 0);
  });
}

std::int64_t PostgresStore::deleteDerivedZones(const std::string& type) {
  return inWrite([&]() -> std::int64_t {
    const std::string derived = "type = $1 AND coalesce(source, '') NOT LIKE 'import:%'";
    db().query(
        "DELETE FROM building_zones WHERE zone_id IN (SELECT id FROM zones WHERE " + derived + ")",
        {text(type)});
    return db().query("DELETE FROM zones WHERE " + derived, {text(type)}).affected();
  });
}

void PostgresStore::forEachZone(const Visitor<ZoneRecord>& visit) const {
  pageById("SELECT id, type, name, source, params, ST_AsBinary(geom) FROM zones WHERE id > $1", {},
           [&](const pg::Result& r, int i) {
             ZoneRecord z{r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4)};
             return visit(z, r.bytes(i, 5));
           });
}

std::int64_t PostgresStore::upsertGrid(const GridRecord& g, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query(
        "INSERT INTO grids(grid, name, town, manager, phone, capacity_per_day, geom) "
        "VALUES($1, $2, $3, $4, $5, $6, ST_GeomFromWKB($7, " +
            std::to_string(srid_) +
            ")) ON CONFLICT(grid) DO UPDATE SET name = excluded.name, town = excluded.town, "
            "manager = excluded.manager, phone = excluded.phone, capacity_per_day = "
            "excluded.capacity_per_day, geom = excluded.geom RETURNING id",
        {text(g.grid), text(g.name), text(g.town), text(g.manager), text(g.phone),
         Param::of(g.capacityPerDay ? Text(std::to_string(*g.capacityPerDay)) : Text()),
         Param::of(polygon)});
    return r.integer(0, 0);
  });
}

void PostgresStore::forEachGrid(const Visitor<GridRecord>& visit) const {
  pageById(
      "SELECT id, grid, name, town, manager, phone, capacity_per_day, ST_AsBinary(geom) FROM "
      "grids WHERE id > $1",
      {}, [&](const pg::Result& r, int i) {
        GridRecord g{r.integer(i, 0),
                     r.text(i, 1),
                     r.text(i, 2),
                     r.text(i, 3),
                     r.text(i, 4),
                     r.text(i, 5),
                     {}};
        if (!r.isNull(i, 6)) g.capacityPerDay = static_cast<int>(r.integer(i, 6));
        return visit(g, r.bytes(i, 7));
      });
}

std::int64_t PostgresStore::upsertTown(const TownRecord& t, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query("INSERT INTO towns(town, geom) VALUES($1, ST_GeomFromWKB($2, " +
                                  std::to_string(srid_) +
                                  ")) ON CONFLICT(town) DO UPDATE SET geom = excluded.geom "
                                  "RETURNING id",
                              {text(t.town), Param::of(polygon)});
    return r.integer(0, 0);
  });
}

void PostgresStore::forEachTown(const Visitor<TownRecord>& visit) const {
  pageById("SELECT id, town, ST_AsBinary(geom) FROM towns WHERE id > $1", {},
           [&](const pg::Result& r, int i) {
             TownRecord t{r.integer(i, 0), r.text(i, 1)};
             return visit(t, r.bytes(i, 2));
           });
}

std::int64_t PostgresStore::insertSource(ProjectLayer layer, const SourceFeature& f, const Wkb& g) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query(std::string("INSERT INTO ") + sourceTable(layer) +
                                  "(category, name, geom) VALUES($1, $2, ST_GeomFromWKB($3, " +
                                  std::to_string(srid_) + ")) RETURNING id",
                              {text(f.category), text(f.name), Param::of(g)});
    return r.integer(0, 0);
  });
}

void PostgresStore::forEachSource(ProjectLayer layer, const Visitor<SourceFeature>& visit) const {
  pageById(std::string("SELECT id, category, name, ST_AsBinary(geom) FROM ") + sourceTable(layer) +
               " WHERE id > $1",
           {}, [&](const pg::Result& r, int i) {
             SourceFeature f{r.integer(i, 0), r.text(i, 1), r.text(i, 2)};
             return visit(f, r.bytes(i, 3));
           });
}

std::int64_t PostgresStore::insertSurveyPoint(const SurveyPoint& p, const Wkb& point) {
  return inWrite([&]() -> std::int64_t {
    const auto r = db().query(
        "INSERT INTO survey_points(code, date, inspector, result, geom) VALUES($1, $2, $3, $4, "
        "ST_GeomFromWKB($5, " +
            std::to_string(srid_) + ")) RETURNING id",
        {text(p.code), Param::of(p.date ? Text(p.date->toString()) : Text()), text(p.inspector),
         text(p.result), Param::of(point)});
    return r.integer(0, 0);
  });
}

void PostgresStore::forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const {
  pageById(
      "SELECT id, code, date, inspector, result, ST_AsBinary(geom) FROM survey_points WHERE "
      "id > $1",
      {}, [&](const pg::Result& r, int i) {
        SurveyPoint p;
        p.id = r.integer(i, 0);
        p.code = r.text(i, 1);
        if (!r.isNull(i, 2)) p.date = Date::parse(r.text(i, 2));
        p.inspector = r.text(i, 3);
        p.result = r.text(i, 4);
        return visit(p, r.bytes(i, 5));
      });
}

void PostgresStore::replaceBuildingZones(
    const std::vector<std::pair<std::int64_t, std::int64_t>>& links) {
  inWrite([&] {
    db().exec("DELETE FROM building_zones");
    std::vector<std::pair<std::int64_t, std::int64_t>> unique = links;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    std::string data;
    for (const auto& [b, z] : unique) {
      data += std::to_string(b);
      data += '\t';
      data += std::to_string(z);
      data += '\n';
      if (data.size() > (8u << 20)) {
        db().copyIn("building_zones(building_id, zone_id)", data);
        data.clear();
      }
    }
    if (!data.empty()) db().copyIn("building_zones(building_id, zone_id)", data);
  });
}

std::vector<std::pair<std::int64_t, std::string>> PostgresStore::buildingZoneTypes() const {
  const auto r = db().query(
      "SELECT DISTINCT bz.building_id, z.type COLLATE \"C\" AS t FROM building_zones bz JOIN "
      "zones z ON z.id = bz.zone_id ORDER BY bz.building_id, t");
  std::vector<std::pair<std::int64_t, std::string>> out;
  out.reserve(static_cast<size_t>(r.rows()));
  for (int i = 0; i < r.rows(); ++i) out.emplace_back(r.integer(i, 0), r.text(i, 1));
  return out;
}

void PostgresStore::forEachBuildingZone(
    const std::function<bool(std::int64_t, std::int64_t)>& visit) const {
  std::int64_t lastB = 0, lastZ = 0;
  for (;;) {
    const auto r = db().query(
        "SELECT building_id, zone_id FROM building_zones WHERE (building_id, zone_id) > ($1, $2) "
        "ORDER BY building_id, zone_id LIMIT " +
            std::to_string(kPage * 4),
        {id(lastB), id(lastZ)});
    for (int i = 0; i < r.rows(); ++i) {
      if (!visit(r.integer(i, 0), r.integer(i, 1))) return;
    }
    if (r.rows() < kPage * 4) return;
    lastB = r.integer(r.rows() - 1, 0);
    lastZ = r.integer(r.rows() - 1, 1);
  }
}

std::vector<std::int64_t> PostgresStore::zonesOfBuilding(std::int64_t buildingId) const {
  const auto r =
      db().query("SELECT zone_id FROM building_zones WHERE building_id = $1 ORDER BY zone_id",
                 {id(buildingId)});
  std::vector<std::int64_t> out;
  for (int i = 0; i < r.rows(); ++i) out.push_back(r.integer(i, 0));
  return out;
}

}  // namespace fangan
