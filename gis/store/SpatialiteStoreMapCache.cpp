// SpatialiteStore: the map cache (tables building_generation and map_cache,
// docs/rules.md#map-cache).

#include <algorithm>
#include <filesystem>

#include "gis/store/MapCacheStore.h"
#include "gis/store/Schema.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {

std::optional<std::int64_t> SpatialiteStore::buildingsGeneration() const {
  // The counter only vouches for the content while every trigger that moves it is in place,
  // exactly as the migration wrote it (a file from elsewhere may have dropped or changed them).
  const auto& expected = schema::buildingGenerationTriggers();
  std::size_t intact = 0;
  sqlite::Statement triggers(*db_,
                             "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND name LIKE 'building_generation_%'");
  while (triggers.step()) {
    for (const auto& trigger : expected) {
      if (triggers.text(0) == trigger.first && triggers.text(1) == "buildings" &&
          triggers.text(2) == trigger.second) {
        ++intact;
      }
    }
  }
  if (intact != expected.size()) return std::nullopt;
  sqlite::Statement counter(*db_, "SELECT counter FROM building_generation WHERE id = 1");
  if (!counter.step() || counter.isNull(0)) return std::nullopt;
  return counter.integer(0);
}

std::vector<std::vector<unsigned char>> SpatialiteStore::cacheParts(const std::string& name) const {
  std::vector<std::vector<unsigned char>> parts;
  forEachCachePart(name, [&parts](std::vector<unsigned char> part) {
    parts.push_back(std::move(part));
    return true;
  });
  return parts;
}

std::size_t SpatialiteStore::cacheBytes(const std::string& name) const {
  // length() of a blob reads its size from the record header, not the blob.
  sqlite::Statement s(*db_, "SELECT coalesce(sum(length(data)), 0) FROM map_cache WHERE name = ?");
  s.bind(1, name);
  return s.step() ? static_cast<std::size_t>(std::max<std::int64_t>(0, s.integer(0))) : 0;
}

void SpatialiteStore::forEachCachePart(
    const std::string& name, const std::function<bool(std::vector<unsigned char>)>& visit,
    const std::function<std::vector<unsigned char>()>& buffer) const {
  // Each part read straight into its buffer (a column read would have SQLite assemble a copy of
  // the blob first); the statement, stepping, keeps one snapshot for all the parts.
  sqlite::Statement s(*db_, "SELECT rowid FROM map_cache WHERE name = ? ORDER BY part");
  s.bind(1, name);
  while (s.step()) {
    std::vector<unsigned char> part = buffer ? buffer() : std::vector<unsigned char>{};
    db_->readBlob("map_cache", "data", s.integer(0), part);
    if (!visit(std::move(part))) return;
  }
}

void SpatialiteStore::writeCache(const std::string& name,
                                 const std::vector<std::vector<unsigned char>>& parts) {
  // Derived data is not worth waiting for: while another process writes the project (its
  // writer note is there), opening must not stand in line for the lock; the cache is written
  // on a later opening.
  if (!inTransaction_ && std::filesystem::exists(path_ + "-writer")) {
    throw StoreError("项目 " + path_ + " 正由另一进程写入，地图缓存留待下次打开时写入");
  }
  write([&] {
    sqlite::Statement clear(*db_, "DELETE FROM map_cache WHERE name = ?");
    clear.bind(1, name).run();
    sqlite::Statement insert(*db_, "INSERT INTO map_cache(name, part, data) VALUES(?, ?, ?)");
    for (std::size_t i = 0; i < parts.size(); ++i) {
      insert.reset();
      insert.bind(1, name).bind(2, static_cast<std::int64_t>(i)).bindStatic(3, parts[i]);
      insert.run();
    }
  });
}

bool SpatialiteStore::suspendGenerationTriggers() {
  if (!inTransaction_ || !buildingsGeneration()) return false;
  for (const auto& trigger : schema::buildingGenerationTriggers()) {
    db_->exec("DROP TRIGGER " + trigger.first);
  }
  return true;
}

void SpatialiteStore::resumeGenerationTriggers() {
  db_->exec("UPDATE building_generation SET counter = counter + 1 WHERE id = 1");
  for (const auto& trigger : schema::buildingGenerationTriggers()) db_->exec(trigger.second);
}

BulkBuildingWrites::BulkBuildingWrites(ProjectStore& store)
    : store_(dynamic_cast<SpatialiteStore*>(&store)) {
  if (store_ && !store_->suspendGenerationTriggers()) store_ = nullptr;
}

BulkBuildingWrites::~BulkBuildingWrites() {
  try {
    finish();
  } catch (const std::exception&) {
    // The transaction is failing anyway: its rollback puts the triggers back.
  }
}

void BulkBuildingWrites::finish() {
  if (!store_) return;
  SpatialiteStore* store = store_;
  store_ = nullptr;
  store->resumeGenerationTriggers();
}

std::optional<std::int64_t> buildingsGeneration(const ProjectStore& store) {
  const auto* spatialite = dynamic_cast<const SpatialiteStore*>(&store);
  return spatialite ? spatialite->buildingsGeneration() : std::nullopt;
}

std::vector<std::vector<unsigned char>> mapCacheParts(const ProjectStore& store,
                                                      const std::string& name) {
  const auto* spatialite = dynamic_cast<const SpatialiteStore*>(&store);
  return spatialite ? spatialite->cacheParts(name) : std::vector<std::vector<unsigned char>>{};
}

std::size_t mapCacheBytes(const ProjectStore& store, const std::string& name) {
  const auto* spatialite = dynamic_cast<const SpatialiteStore*>(&store);
  return spatialite ? spatialite->cacheBytes(name) : 0;
}

void forEachMapCachePart(const ProjectStore& store, const std::string& name,
                         const std::function<bool(std::vector<unsigned char>)>& visit,
                         const std::function<std::vector<unsigned char>()>& buffer) {
  if (const auto* spatialite = dynamic_cast<const SpatialiteStore*>(&store)) {
    spatialite->forEachCachePart(name, visit, buffer);
  }
}

void writeMapCache(ProjectStore& store, const std::string& name,
                   const std::vector<std::vector<unsigned char>>& parts) {
  if (auto* spatialite = dynamic_cast<SpatialiteStore*>(&store))
    spatialite->writeCache(name, parts);
}

}  // namespace fangan
