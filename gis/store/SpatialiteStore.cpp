#include "gis/store/SpatialiteStore.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "gis/store/BuildingColumns.h"
#include "gis/store/DataVersion.h"
#include "gis/store/LayerRegistry.h"
#include "gis/store/RtreePacking.h"
#include "gis/store/Schema.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

std::string columnList() {
  std::string s;
  for (const auto& n : building_columns::names()) s += (s.empty() ? "" : ", ") + n;
  return s;
}

// The attribute columns and, last, the store-kept entered_date and row_version (readBuilding
// reads them all).
std::string readList() { return columnList() + ", entered_date, row_version"; }

// readList() with NULL in place of the columns not asked for, so that readBuilding's positions
// hold: a narrow scan skips their decoding, not their place. Unknown names are refused.
std::string narrowList(const std::vector<std::string>& wanted) {
  for (const auto& w : wanted) {
    const auto& all = building_columns::names();
    if (w != "entered_date" && std::find(all.begin(), all.end(), w) == all.end()) {
      throw StoreError("内部错误: 未知的房屋字段 " + w);
    }
  }
  auto asked = [&](const std::string& n) {
    return std::find(wanted.begin(), wanted.end(), n) != wanted.end();
  };
  std::string s;
  for (const auto& n : building_columns::names()) {
    s += s.empty() ? "" : ", ";
    s += asked(n) ? n : "NULL";
  }
  // The row version is always read: an edit of a narrowly read record names it.
  return s + (asked("entered_date") ? ", entered_date" : ", NULL") + ", row_version";
}

const char* sourceTable(ProjectLayer layer) {
  return layer == ProjectLayer::Pois ? "source_pois" : "source_lines";
}

}  // namespace

std::unique_ptr<ProjectStore> createSpatialiteProject(const std::string& path, int srid) {
  if (std::filesystem::exists(path)) throw StoreError("项目文件已存在: " + path);
  return std::make_unique<SpatialiteStore>(path, true, srid);
}

std::unique_ptr<ProjectStore> openSpatialiteProject(const std::string& path) {
  if (!std::filesystem::exists(path)) throw StoreError("项目文件不存在: " + path);
  return std::make_unique<SpatialiteStore>(path, false, 0);
}

namespace {
// Page cache sizes (negative = KiB). Writes get a large cache so a big import keeps its dirty
// pages in memory instead of spilling them to the WAL again and again (allocated only as used);
// outside them a small one, since a full scan of a million buildings (opening the map) would
// otherwise leave up to 256 MB of pages behind in an application that stays open all day. 4 MB
// (1,000 pages) holds every interior page a lookup walks; scans read each page once, from the
// system's file cache. The window keeps several connections (map, table, panels' workers): at
// 16 MB each they held ~75 MB of a 1 M-building window.
constexpr const char* kWriteCache = "PRAGMA cache_size=-262144";
constexpr const char* kReadCache = "PRAGMA cache_size=-4096";
}  // namespace

void SpatialiteStore::shrinkCache() {
  try {
    db_->exec(kReadCache);  // frees the pages above the limit
  } catch (...) {
    // Only a memory figure: the data is committed or rolled back either way.
  }
}

class SpatialiteStore::SqlTransaction : public Transaction {
 public:
  explicit SqlTransaction(SpatialiteStore& store) : store_(store) {
    if (store_.inTransaction_) throw StoreError("内部错误: 事务已打开");
    store_.db_->beginWrite();
    store_.inTransaction_ = true;
    store_.db_->exec(kWriteCache);
  }
  ~SqlTransaction() override {
    if (!done_) {
      try {
        store_.db_->rollbackWrite();
      } catch (...) {
        // The connection already rolled back (e.g. after a constraint abort); nothing to undo.
      }
      store_.inTransaction_ = false;
      store_.shrinkCache();
      store_.deferredTriggers_.clear();  // the DROP TRIGGERs rolled back too
      // A CRS assigned inside the transaction is gone with it.
      const auto srid = store_.setting("srid");
      store_.srid_ = srid ? std::stoi(*srid) : 0;
      store_.insertBuilding_.reset();
    }
  }
  void commit() override {
    if (done_) return;
    store_.finishDeferredIndex();
    store_.db_->commitWrite();
    done_ = true;
    store_.inTransaction_ = false;
    store_.shrinkCache();
  }

 private:
  SpatialiteStore& store_;
  bool done_ = false;
};

template <typename F>
auto SpatialiteStore::inWrite(F&& body) -> decltype(body()) {
  if (inTransaction_) return body();
  SqlTransaction t(*this);
  if constexpr (std::is_void_v<decltype(body())>) {
    body();
    t.commit();
  } else {
    auto result = body();
    t.commit();
    return result;
  }
}

void SpatialiteStore::write(const std::function<void()>& body) { inWrite(body); }

SpatialiteStore::SpatialiteStore(const std::string& path, bool create, int createSrid)
    : path_(path) {
  db_ = std::make_unique<sqlite::Connection>(path, create);
  // Opening reads only: readers never take the write lock, so any number of them work while
  // one process writes (WAL). Commits are durable across a power cut: synchronous=FULL syncs
  // the WAL at every commit (docs/rules.md#durability).
  if (create || !schema::inWalMode(*db_)) db_->exec("PRAGMA journal_mode=WAL");
  // bench/durability_bench.sh measures the cost against NORMAL through this variable; nothing
  // else sets it.
  const char* bench = std::getenv("FANGAN_BENCH_SYNCHRONOUS");
  const bool normal = bench && std::string(bench) == "NORMAL";
  db_->exec(normal ? "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                   : "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  db_->exec(kReadCache);
  if (!create) schema::checkProject(*db_, path);
  try {
    if (create) schema::initSpatialMetadata(*db_);
    if (create || schema::storedVersion(*db_) < schema::currentVersion()) {
      // A short write of its own; another process may have migrated meanwhile (migrate()
      // reads the version again under the lock).
      SqlTransaction t(*this);
      schema::migrate(*db_, createSrid);
      t.commit();
    }
  } catch (...) {
    if (create) {
      db_.reset();
      std::filesystem::remove(path);
      std::filesystem::remove(path + "-wal");
      std::filesystem::remove(path + "-shm");
    }
    throw;
  }
  const auto s = setting("srid");
  srid_ = s ? std::stoi(*s) : 0;
}

SpatialiteStore::~SpatialiteStore() {
  insertBuilding_.reset();
  findCode_.reset();
}

void SpatialiteStore::assignCrs(int srid) {
  if (srid_ != 0) throw StoreError("项目坐标系已设定为 EPSG:" + std::to_string(srid_));
  if (srid <= 0) throw StoreError("无效的坐标系 EPSG:" + std::to_string(srid));
  inWrite([&] { schema::addGeometryColumns(*db_, srid); });
  srid_ = srid;
  insertBuilding_.reset();  // its SQL embeds the SRID
}

void SpatialiteStore::deferBuildingIndex() {
  if (!deferredTriggers_.empty() || !inTransaction_) return;
  sqlite::Statement triggers(*db_,
                             "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                             "name IN ('gii_buildings_geom', 'tmi_buildings_geom')");
  std::vector<std::string> names;
  while (triggers.step()) {
    names.push_back(triggers.text(0));
    deferredTriggers_.push_back(triggers.text(1));
  }
  sqlite::Statement next(*db_, "SELECT IFNULL(max(id), 0) + 1 FROM buildings");
  deferredFromId_ = next.step() ? next.integer(0) : 1;
  for (const auto& n : names) db_->exec("DROP TRIGGER \"" + n + "\"");
}

void SpatialiteStore::finishDeferredIndex() {
  if (deferredTriggers_.empty()) return;
  sqlite::Statement holds(*db_, "SELECT EXISTS(SELECT 1 FROM idx_buildings_geom_rowid)");
  if (holds.step() && holds.integer(0) == 0) {
    packBuildingIndex();
  } else {
    // SQLite's R*Tree rounds min down and max up when storing floats, so boxes stay
    // conservative. OR REPLACE: a building inserted and then re-upserted with a new footprint
    // in the same transaction was already put in the index by SpatiaLite's geometry-update
    // trigger.
    sqlite::Statement index(
        *db_,
        "INSERT OR REPLACE INTO idx_buildings_geom(pkid, xmin, xmax, ymin, ymax) "
        "SELECT id, MbrMinX(geom), MbrMaxX(geom), MbrMinY(geom), MbrMaxY(geom) "
        "FROM buildings WHERE id >= ? AND geom IS NOT NULL");
    index.bind(1, deferredFromId_).run();
  }
  db_->exec(
      "UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
      "WHERE Lower(f_table_name) = 'buildings' AND Lower(f_geometry_column) = 'geom'");
  for (const auto& sql : deferredTriggers_) db_->exec(sql);
  deferredTriggers_.clear();
}

void SpatialiteStore::packBuildingIndex() {
  // The index is empty (a first import): every footprint goes in at once, packed
  // (RtreePacking.h), in the node size the module gave the table's root.
  sqlite::Statement root(*db_, "SELECT length(data) FROM idx_buildings_geom_node WHERE nodeno = 1");
  if (!root.step()) throw StoreError("内部错误: 空间索引缺少根节点");
  const int nodeSize = static_cast<int>(root.integer(0));
  std::vector<RtreeEntry> entries;
  sqlite::Statement boxes(*db_,
                          "SELECT id, MbrMinX(geom), MbrMaxX(geom), MbrMinY(geom), MbrMaxY(geom) "
                          "FROM buildings WHERE geom IS NOT NULL");
  while (boxes.step()) {
    entries.push_back(
        {boxes.integer(0), boxes.real(1), boxes.real(2), boxes.real(3), boxes.real(4)});
  }
  const PackedRtree tree = packRtree(std::move(entries), nodeSize);
  const sqlite::Connection::ShadowTableWrites shadow(*db_);
  sqlite::Statement node(*db_,
                         "INSERT OR REPLACE INTO idx_buildings_geom_node(nodeno, data) "
                         "VALUES(?, ?)");
  for (const auto& [number, data] : tree.nodes) {
    node.reset();
    node.bind(1, number).bindStatic(2, data).run();
  }
  // The two maps: entry → its leaf, node → its parent.
  const auto insertPairs = [this](const char* sql,
                                  const std::vector<std::pair<std::int64_t, std::int64_t>>& pairs) {
    sqlite::Statement insert(*db_, sql);
    for (const auto& [key, value] : pairs) {
      insert.reset();
      insert.bind(1, key).bind(2, value).run();
    }
  };
  insertPairs("INSERT INTO idx_buildings_geom_rowid(rowid, nodeno) VALUES(?, ?)", tree.rowids);
  insertPairs("INSERT INTO idx_buildings_geom_parent(nodeno, parentnode) VALUES(?, ?)",
              tree.parents);
}

int SpatialiteStore::schemaVersion() const { return schema::storedVersion(*db_); }

std::int64_t SpatialiteStore::dataVersion() const { return db_->dataVersion(); }

std::int64_t projectDataVersion(const ProjectStore& store) {
  const auto* spatialite = dynamic_cast<const SpatialiteStore*>(&store);
  return spatialite ? spatialite->dataVersion() : 0;
}

std::optional<std::string> SpatialiteStore::setting(const std::string& key) const {
  sqlite::Statement s(*db_, "SELECT value FROM settings WHERE key = ?");
  s.bind(1, key);
  if (s.step()) return s.text(0);
  return std::nullopt;
}

void SpatialiteStore::setSetting(const std::string& key, const std::string& value) {
  inWrite([&] {
    const auto old = setting(key);
    sqlite::Statement s(*db_,
                        "INSERT INTO settings(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
    audit("fangan", "setting", "settings:" + key, "value", old.value_or(""), value);
  });
}

std::map<std::string, std::string> SpatialiteStore::settings() const {
  sqlite::Statement s(*db_, "SELECT key, value FROM settings ORDER BY key");
  std::map<std::string, std::string> out;
  while (s.step()) out[s.text(0)] = s.text(1);
  return out;
}

void SpatialiteStore::restoreSetting(const std::string& key, const std::string& value) {
  if (key == "srid") return;  // the CRS is the store's own (assignCrs)
  inWrite([&] {
    sqlite::Statement s(*db_,
                        "INSERT INTO settings(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
  });
}

std::unique_ptr<Transaction> SpatialiteStore::begin() {
  return std::make_unique<SqlTransaction>(*this);
}

std::vector<LayerSummary> SpatialiteStore::summary() const {
  std::vector<LayerSummary> out;
  for (const LayerInfo& src : projectLayers()) {
    LayerSummary ls{src.layer, 0, {}};
    if (isExtensionLayer(src.layer) && !hasTable(src.table)) {
      out.push_back(ls);
      continue;
    }
    sqlite::Statement c(*db_, "SELECT count(*) FROM " + src.table);
    if (c.step()) ls.count = c.integer(0);
    if (src.spatial && ls.count > 0 && srid_ > 0) {
      // The R*Tree holds every bbox: its min/max is the layer extent without reading geometries.
      sqlite::Statement e(*db_, std::string("SELECT min(xmin), min(ymin), max(xmax), max(ymax) "
                                            "FROM idx_") +
                                    src.table + "_geom");
      if (e.step() && !e.isNull(0)) {
        ls.extent.include(e.real(0), e.real(1));
        ls.extent.include(e.real(2), e.real(3));
      }
    }
    out.push_back(ls);
  }
  return out;
}

void SpatialiteStore::appendAudit(const AuditEntry& e) {
  inWrite([&] {
    sqlite::Statement s(*db_,
                        "INSERT INTO audit_log(at, who, action, target, field, old_value, "
                        "new_value, effective_date) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.when.empty() ? utcTimestamp() : e.when)
        .bind(2, e.who.empty() ? std::string("fangan") : e.who)
        .bind(3, e.action)
        .bind(4, e.target)
        .bind(5, e.field)
        .bind(6, e.oldValue)
        .bind(7, e.newValue)
        .bind(8, changeDay().toString())
        .run();
  });
}

void SpatialiteStore::forEachBuildingChange(
    const std::function<bool(const BuildingChange&)>& visit) const {
  sqlite::Statement s(*db_,
                      "SELECT id, substr(target, 11), field, old_value, new_value, "
                      "coalesce(effective_date, substr(at, 1, 10)) FROM audit_log "
                      "WHERE action = 'update' AND target LIKE 'buildings:%' ORDER BY id");
  while (s.step()) {
    BuildingChange c;
    c.auditId = s.integer(0);
    c.code = s.text(1);
    c.field = s.text(2);
    c.oldValue = s.text(3);
    c.newValue = s.text(4);
    const auto day = Date::parse(s.text(5));
    if (!day) continue;
    c.effective = *day;
    if (!visit(c)) break;
  }
}

std::vector<AuditEntry> SpatialiteStore::auditLog(int limit) const {
  sqlite::Statement s(*db_,
                      "SELECT id, at, who, action, target, field, old_value, new_value FROM "
                      "audit_log ORDER BY id DESC LIMIT ?");
  s.bind(1, limit);
  std::vector<AuditEntry> out;
  while (s.step()) {
    out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                   s.text(7)});
  }
  return out;
}

BuildingRecord SpatialiteStore::readBuilding(const sqlite::Statement& s, int first) const {
  // Typed reads: an INTEGER-stored flag or number is taken as an integer; everything else goes
  // through the column's text setter, as BuildingColumns::fromValues would.
  BuildingRecord r;
  int col = first;
  for (const building_columns::Column& c : building_columns::columns()) {
    const int type = s.storageClass(col);
    if (type == SQLITE_INTEGER && c.setInteger) {
      c.setInteger(r, s.integer(col));
    } else if (type != SQLITE_NULL) {
      c.setText(r, s.textView(col));
    }
    ++col;
  }
  if (!s.isNull(col)) r.enteredDate = Date::parse(std::string(s.textView(col)));
  r.rowVersion = s.integer(col + 1);
  return r;
}

std::int64_t SpatialiteStore::upsertBuilding(const BuildingRecord& record, const Wkb& footprint,
                                             const std::string& who) {
  if (record.code.empty()) throw StoreError("房屋编码为空");
  return inWrite([&]() -> std::int64_t {
    deferBuildingIndex();
    if (!insertBuilding_) {
      std::string placeholders;
      for (size_t i = 0; i < building_columns::names().size(); ++i) placeholders += "?, ";
      // DO NOTHING on a known code, then update: one statement per new building on bulk loads.
      insertBuilding_ = std::make_unique<sqlite::Statement>(
          *db_, "INSERT INTO buildings(" + columnList() + ", entered_date, geom) VALUES(" +
                    placeholders + "?, GeomFromWKB(?, " + std::to_string(srid_) +
                    ")) ON CONFLICT(code) DO NOTHING");
    }
    auto& ins = *insertBuilding_;
    ins.reset();
    const auto values = building_columns::values(record);
    int i = 1;
    for (const auto& v : values) ins.bind(i++, v);
    ins.bind(i++, changeDay().toString());
    ins.bindStatic(i, footprint);
    ins.run();
    if (db_->changes() == 1) return db_->lastInsertId();

    if (!findCode_) {
      findCode_ =
          std::make_unique<sqlite::Statement>(*db_, "SELECT id FROM buildings WHERE code = ?");
    }
    findCode_->reset();
    findCode_->bind(1, record.code);
    if (!findCode_->step()) throw StoreError("内部错误: 房屋 " + record.code + " 写入失败");
    const std::int64_t existingId = findCode_->integer(0);
    findCode_->reset();
    BuildingRecord updated = record;
    updated.id = existingId;
    updateBuilding(updated, who);
    sqlite::Statement g(*db_,
                        "UPDATE buildings SET geom = GeomFromWKB(?1, ?2), row_version = "
                        "row_version + 1 WHERE id = ?3 AND geom IS NOT GeomFromWKB(?1, ?2)");
    g.bind(1, footprint).bind(2, srid_).bind(3, existingId).run();
    return existingId;
  });
}

void SpatialiteStore::updateBuilding(const BuildingRecord& record, const std::string& who) {
  inWrite([&] {
    const auto old = buildingById(record.id);
    if (!old) throw StoreError("房屋不存在: id " + std::to_string(record.id));
    writeChanges(*old, record, who);
  });
}

std::int64_t SpatialiteStore::editBuilding(const BuildingRecord& record, std::int64_t readVersion,
                                           const std::string& who) {
  // The write transaction (BEGIN IMMEDIATE) holds the file's write lock: no other writer can
  // move the row between the check and the update (docs/rules.md#row-versions).
  return inWrite([&]() -> std::int64_t {
    const auto old = buildingById(record.id);
    if (!old) throw StoreError("房屋不存在: id " + std::to_string(record.id));
    if (old->rowVersion != readVersion) throw StaleEditError(staleEdit(*old, readVersion));
    return writeChanges(*old, record, who) ? old->rowVersion + 1 : old->rowVersion;
  });
}

bool SpatialiteStore::writeChanges(const BuildingRecord& old, const BuildingRecord& record,
                                   const std::string& who) {
  // One UPDATE of every changed column, so that an edit moves the row version once.
  const auto& names = building_columns::names();
  const auto before = building_columns::values(old);
  const auto after = building_columns::values(record);
  std::string set;
  std::vector<size_t> changed;
  for (size_t i = 0; i < names.size(); ++i) {
    if (before[i] == after[i]) continue;
    set += names[i] + " = ?, ";
    changed.push_back(i);
  }
  if (changed.empty()) return false;
  sqlite::Statement u(*db_,
                      "UPDATE buildings SET " + set + "row_version = row_version + 1 WHERE id = ?");
  int n = 1;
  for (const size_t i : changed) u.bind(n++, after[i]);
  u.bind(n, record.id).run();
  for (const size_t i : changed) {
    audit(who, "update", "buildings:" + old.code, names[i], before[i].value_or(""),
          after[i].value_or(""));
  }
  return true;
}

StaleEdit SpatialiteStore::staleEdit(const BuildingRecord& current,
                                     std::int64_t readVersion) const {
  StaleEdit stale{current.code, readVersion, current.rowVersion, "", ""};
  sqlite::Statement s(*db_,
                      "SELECT who, at FROM audit_log WHERE target = ? ORDER BY id DESC LIMIT 1");
  s.bind(1, "buildings:" + current.code);
  if (s.step()) {
    stale.who = s.text(0);
    stale.when = s.text(1);
  }
  return stale;
}

void SpatialiteStore::setBuildingGrids(
    const std::vector<std::pair<std::int64_t, std::string>>& grids) {
  inWrite([&] {
    // Only rows whose grid changes are written (and move their version).
    sqlite::Statement u(*db_,
                        "UPDATE buildings SET grid = ?1, row_version = row_version + 1 "
                        "WHERE id = ?2 AND grid IS NOT ?1");
    for (const auto& [id, grid] : grids) {
      u.reset();
      u.bind(1, grid).bind(2, id).run();
    }
  });
}

std::optional<BuildingRecord> SpatialiteStore::buildingByCode(const std::string& code) const {
  sqlite::Statement s(*db_, "SELECT id, " + readList() + " FROM buildings WHERE code = ?");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  BuildingRecord r = readBuilding(s, 1);
  r.id = s.integer(0);
  return r;
}

std::optional<BuildingRecord> SpatialiteStore::buildingById(std::int64_t id) const {
  sqlite::Statement s(*db_, "SELECT id, " + readList() + " FROM buildings WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  BuildingRecord r = readBuilding(s, 1);
  r.id = s.integer(0);
  return r;
}

Wkb SpatialiteStore::buildingFootprint(std::int64_t id) const {
  sqlite::Statement s(*db_, "SELECT AsBinary(geom) FROM buildings WHERE id = ?");
  s.bind(1, id);
  return s.step() ? s.blob(0) : Wkb();
}

void SpatialiteStore::forEachBuilding(const Visitor<BuildingRecord>& visit,
                                      const Extent* box) const {
  std::string sql = "SELECT id, AsBinary(geom), " + readList() + " FROM buildings";
  if (box) {
    sql +=
        " WHERE id IN (SELECT pkid FROM idx_buildings_geom WHERE xmin <= ?3 AND xmax >= ?1 "
        "AND ymin <= ?4 AND ymax >= ?2)";
  }
  sql += " ORDER BY id";
  sqlite::Statement s(*db_, sql);
  if (box) s.bind(1, box->minX).bind(2, box->minY).bind(3, box->maxX).bind(4, box->maxY);
  while (s.step()) {
    BuildingRecord r = readBuilding(s, 2);
    r.id = s.integer(0);
    if (!visit(r, s.blob(1))) break;
  }
}

void SpatialiteStore::scanBuildings(const BuildingScan& scan,
                                    const Visitor<BuildingRecord>& visit) const {
  // Values are bound, never spliced into the SQL.
  std::string sql = std::string("SELECT id, ") + (scan.footprints ? "AsBinary(geom)" : "NULL") +
                    ", " + (scan.columns.empty() ? readList() : narrowList(scan.columns)) +
                    " FROM buildings WHERE 1";
  if (!scan.town.empty()) sql += " AND town = ?1";
  if (!scan.grid.empty()) sql += " AND grid = ?2";
  sql += " ORDER BY id";
  sqlite::Statement s(*db_, sql);
  if (!scan.town.empty()) s.bind(1, scan.town);
  if (!scan.grid.empty()) s.bind(2, scan.grid);
  const Wkb none;
  while (s.step()) {
    BuildingRecord r = readBuilding(s, 2);
    r.id = s.integer(0);
    if (!visit(r, scan.footprints ? s.blob(1) : none)) break;
  }
}

std::optional<std::string> SpatialiteStore::codeOfAddress(const std::string& fragment) const {
  if (fragment.empty()) return std::nullopt;
  sqlite::Statement s(*db_,
                      "SELECT code FROM buildings WHERE instr(lower(address), lower(?)) > 0 "
                      "ORDER BY id LIMIT 1");
  s.bind(1, fragment);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

std::vector<std::int64_t> SpatialiteStore::buildingIds() const {
  sqlite::Statement s(*db_, "SELECT id FROM buildings ORDER BY id");
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.integer(0));
  return ids;
}

std::vector<std::string> SpatialiteStore::buildingAreaNames(BuildingArea area) const {
  const std::string column = area == BuildingArea::Town ? "town" : "grid";
  sqlite::Statement s(*db_, "SELECT DISTINCT " + column + " FROM buildings WHERE " + column +
                                " IS NOT NULL AND " + column + " <> '' ORDER BY " + column);
  std::vector<std::string> names;
  while (s.step()) names.push_back(s.text(0));
  return names;
}

std::vector<std::int64_t> SpatialiteStore::buildingsInBox(const Extent& box) const {
  sqlite::Statement s(*db_,
                      "SELECT pkid FROM idx_buildings_geom WHERE xmin <= ?3 AND xmax >= ?1 AND "
                      "ymin <= ?4 AND ymax >= ?2 ORDER BY pkid");
  s.bind(1, box.minX).bind(2, box.minY).bind(3, box.maxX).bind(4, box.maxY);
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.integer(0));
  return ids;
}

std::int64_t SpatialiteStore::appendEvent(const InspectionEvent& e) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(*db_,
                        "INSERT INTO events(building_id, code, date, kind, inspector, result, "
                        "note, photos, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.buildingId)
        .bind(2, e.code)
        .bind(3, e.date.toString())
        .bind(4, e.kind)
        .bind(5, e.inspector)
        .bind(6, e.result)
        .bind(7, e.note)
        .bind(8, e.photos)
        .bind(9, e.recordedAt.empty() ? utcTimestamp() : e.recordedAt)
        .run();
    return db_->lastInsertId();
  });
}

namespace {

std::vector<InspectionEvent> readEvents(sqlite::Statement& s) {
  std::vector<InspectionEvent> out;
  while (s.step()) {
    InspectionEvent e;
    e.id = s.integer(0);
    e.buildingId = s.integer(1);
    e.code = s.text(2);
    e.date = Date::parse(s.text(3)).value_or(Date{});
    e.kind = s.text(4);
    e.inspector = s.text(5);
    e.result = s.text(6);
    e.note = s.text(7);
    e.photos = s.text(8);
    e.recordedAt = s.text(9);
    out.push_back(e);
  }
  return out;
}

}  // namespace

std::vector<InspectionEvent> SpatialiteStore::eventsOfKinds(
    const std::vector<std::string>& kinds) const {
  if (kinds.empty()) return {};
  std::string marks;
  for (std::size_t i = 0; i < kinds.size(); ++i) marks += i ? ", ?" : "?";
  sqlite::Statement s(*db_,
                      "SELECT id, building_id, code, date, kind, inspector, result, note, photos, "
                      "recorded_at FROM events WHERE kind IN (" +
                          marks + ") ORDER BY date, id");
  for (std::size_t i = 0; i < kinds.size(); ++i) s.bind(static_cast<int>(i) + 1, kinds[i]);
  return readEvents(s);
}

std::vector<InspectionEvent> SpatialiteStore::events(std::int64_t buildingId) const {
  sqlite::Statement s(*db_,
                      "SELECT id, building_id, code, date, kind, inspector, result, note, photos, "
                      "recorded_at FROM events WHERE building_id = ? ORDER BY date, id");
  s.bind(1, buildingId);
  return readEvents(s);
}

std::int64_t SpatialiteStore::insertZone(const ZoneRecord& z, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(*db_,
                        "INSERT INTO zones(type, name, source, params, geom) VALUES(?, ?, ?, ?, "
                        "GeomFromWKB(?, ?))");
    s.bind(1, z.type).bind(2, z.name).bind(3, z.source);
    s.bind(4, z.params.empty() ? std::string("{}") : z.params).bind(5, polygon).bind(6, srid_);
    s.run();
    return db_->lastInsertId();
  });
}

std::int64_t SpatialiteStore::deleteDerivedZones(const std::string& type) {
  return inWrite([&]() -> std::int64_t {
    const std::string derived = "type = ? AND IFNULL(source, '') NOT LIKE 'import:%'";
    sqlite::Statement links(*db_,
                            "DELETE FROM building_zones WHERE zone_id IN (SELECT id FROM zones "
                            "WHERE " +
                                derived + ")");
    links.bind(1, type).run();
    sqlite::Statement s(*db_, "DELETE FROM zones WHERE " + derived);
    s.bind(1, type).run();
    return db_->changes();
  });
}

void SpatialiteStore::forEachZone(const Visitor<ZoneRecord>& visit) const {
  sqlite::Statement s(
      *db_, "SELECT id, type, name, source, params, AsBinary(geom) FROM zones ORDER BY id");
  while (s.step()) {
    ZoneRecord z{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)};
    if (!visit(z, s.blob(5))) break;
  }
}

std::int64_t SpatialiteStore::upsertGrid(const GridRecord& g, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(
        *db_,
        "INSERT INTO grids(grid, name, town, manager, phone, capacity_per_day, geom) "
        "VALUES(?, ?, ?, ?, ?, ?, GeomFromWKB(?, ?)) ON CONFLICT(grid) DO UPDATE SET "
        "name = excluded.name, town = excluded.town, manager = excluded.manager, "
        "phone = excluded.phone, capacity_per_day = excluded.capacity_per_day, geom = "
        "excluded.geom");
    s.bind(1, g.grid).bind(2, g.name).bind(3, g.town).bind(4, g.manager).bind(5, g.phone);
    if (g.capacityPerDay) {
      s.bind(6, *g.capacityPerDay);
    } else {
      s.bindNull(6);
    }
    s.bind(7, polygon).bind(8, srid_).run();
    sqlite::Statement id(*db_, "SELECT id FROM grids WHERE grid = ?");
    id.bind(1, g.grid);
    return id.step() ? id.integer(0) : 0;
  });
}

void SpatialiteStore::forEachGrid(const Visitor<GridRecord>& visit) const {
  sqlite::Statement s(*db_,
                      "SELECT id, grid, name, town, manager, phone, capacity_per_day, "
                      "AsBinary(geom) FROM grids ORDER BY id");
  while (s.step()) {
    GridRecord g{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), {}};
    if (!s.isNull(6)) g.capacityPerDay = static_cast<int>(s.integer(6));
    if (!visit(g, s.blob(7))) break;
  }
}

std::int64_t SpatialiteStore::upsertTown(const TownRecord& t, const Wkb& polygon) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(*db_,
                        "INSERT INTO towns(town, geom) VALUES(?, GeomFromWKB(?, ?)) "
                        "ON CONFLICT(town) DO UPDATE SET geom = excluded.geom");
    s.bind(1, t.town).bind(2, polygon).bind(3, srid_).run();
    sqlite::Statement id(*db_, "SELECT id FROM towns WHERE town = ?");
    id.bind(1, t.town);
    return id.step() ? id.integer(0) : 0;
  });
}

void SpatialiteStore::forEachTown(const Visitor<TownRecord>& visit) const {
  sqlite::Statement s(*db_, "SELECT id, town, AsBinary(geom) FROM towns ORDER BY id");
  while (s.step()) {
    TownRecord t{s.integer(0), s.text(1)};
    if (!visit(t, s.blob(2))) break;
  }
}

std::int64_t SpatialiteStore::insertSource(ProjectLayer layer, const SourceFeature& f,
                                           const Wkb& g) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(*db_, std::string("INSERT INTO ") + sourceTable(layer) +
                                  "(category, name, geom) VALUES(?, ?, GeomFromWKB(?, ?))");
    s.bind(1, f.category).bind(2, f.name).bind(3, g).bind(4, srid_).run();
    return db_->lastInsertId();
  });
}

void SpatialiteStore::forEachSource(ProjectLayer layer, const Visitor<SourceFeature>& visit) const {
  sqlite::Statement s(*db_, std::string("SELECT id, category, name, AsBinary(geom) FROM ") +
                                sourceTable(layer) + " ORDER BY id");
  while (s.step()) {
    SourceFeature f{s.integer(0), s.text(1), s.text(2)};
    if (!visit(f, s.blob(3))) break;
  }
}

std::int64_t SpatialiteStore::insertSurveyPoint(const SurveyPoint& p, const Wkb& point) {
  return inWrite([&]() -> std::int64_t {
    sqlite::Statement s(*db_,
                        "INSERT INTO survey_points(code, date, inspector, result, geom) "
                        "VALUES(?, ?, ?, ?, GeomFromWKB(?, ?))");
    s.bind(1, p.code);
    if (p.date) {
      s.bind(2, p.date->toString());
    } else {
      s.bindNull(2);
    }
    s.bind(3, p.inspector).bind(4, p.result).bind(5, point).bind(6, srid_).run();
    return db_->lastInsertId();
  });
}

void SpatialiteStore::forEachSurveyPoint(const Visitor<SurveyPoint>& visit) const {
  sqlite::Statement s(*db_,
                      "SELECT id, code, date, inspector, result, AsBinary(geom) FROM "
                      "survey_points ORDER BY id");
  while (s.step()) {
    SurveyPoint p;
    p.id = s.integer(0);
    p.code = s.text(1);
    if (!s.isNull(2)) p.date = Date::parse(s.text(2));
    p.inspector = s.text(3);
    p.result = s.text(4);
    if (!visit(p, s.blob(5))) break;
  }
}

void SpatialiteStore::replaceBuildingZones(
    const std::vector<std::pair<std::int64_t, std::int64_t>>& links) {
  inWrite([&] {
    db_->exec("DELETE FROM building_zones");
    sqlite::Statement s(*db_,
                        "INSERT OR IGNORE INTO building_zones(building_id, zone_id) VALUES(?, ?)");
    for (const auto& [b, z] : links) {
      s.reset();
      s.bind(1, b).bind(2, z).run();
    }
  });
}

std::vector<std::pair<std::int64_t, std::string>> SpatialiteStore::buildingZoneTypes() const {
  sqlite::Statement s(*db_,
                      "SELECT DISTINCT bz.building_id, z.type FROM building_zones bz JOIN zones z "
                      "ON z.id = bz.zone_id ORDER BY bz.building_id, z.type");
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (s.step()) out.emplace_back(s.integer(0), s.text(1));
  return out;
}

void SpatialiteStore::forEachBuildingZone(
    const std::function<bool(std::int64_t, std::int64_t)>& visit) const {
  // The primary key (building_id, zone_id) of the WITHOUT ROWID table is this order: no sort.
  sqlite::Statement s(*db_,
                      "SELECT building_id, zone_id FROM building_zones "
                      "ORDER BY building_id, zone_id");
  while (s.step()) {
    if (!visit(s.integer(0), s.integer(1))) break;
  }
}

std::vector<std::int64_t> SpatialiteStore::zonesOfBuilding(std::int64_t buildingId) const {
  sqlite::Statement s(*db_,
                      "SELECT zone_id FROM building_zones WHERE building_id = ? ORDER BY zone_id");
  s.bind(1, buildingId);
  std::vector<std::int64_t> out;
  while (s.step()) out.push_back(s.integer(0));
  return out;
}

}  // namespace fangan
