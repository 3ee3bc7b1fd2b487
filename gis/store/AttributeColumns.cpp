#include "gis/store/AttributeColumns.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <thread>

#include "gis/store/BuildingColumns.h"
#include "gis/store/MapCacheStore.h"

namespace fangan {
namespace {

constexpr std::uint32_t kMagic = 0x4c434146;  // "FACL"
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint32_t kFormat = 1;

// Ids as runs of consecutive numbers: an imported district is one run.
void putIds(ByteWriter& w, const std::vector<std::int64_t>& ids) {
  std::vector<std::pair<std::int64_t, std::uint32_t>> runs;
  for (const std::int64_t id : ids) {
    if (!runs.empty() && runs.back().first + runs.back().second == id &&
        runs.back().second < UINT32_MAX) {
      ++runs.back().second;
    } else {
      runs.emplace_back(id, 1);
    }
  }
  w.put(static_cast<std::uint32_t>(runs.size()));
  for (const auto& [start, length] : runs) {
    w.put(start);
    w.put(length);
  }
}

bool getIds(ByteReader& r, std::vector<std::int64_t>& ids, std::uint32_t rows) {
  const auto runs = r.get<std::uint32_t>();
  if (!r.ok() || runs > r.remaining() / 12) return false;
  ids.reserve(rows);
  for (std::uint32_t i = 0; i < runs && r.ok(); ++i) {
    const auto start = r.get<std::int64_t>();
    const auto length = r.get<std::uint32_t>();
    if (!r.ok() || length > rows - ids.size()) return false;
    // Ascending and without repeats, as the store reads them.
    if (!ids.empty() && start <= ids.back()) return false;
    if (start > INT64_MAX - length) return false;
    for (std::uint32_t k = 0; k < length; ++k) ids.push_back(start + k);
  }
  return r.ok() && ids.size() == rows;
}

}  // namespace

struct AttributeColumnsBuilder::Pending {
  const building_columns::Column* column = nullptr;
  std::vector<std::optional<std::string>> values;
  std::unordered_map<std::string, std::uint32_t> indexOf;
  std::optional<std::uint32_t> unknown;
  ValueIndexes rows;
};

const std::vector<std::string>& cachedAttributeColumns() {
  static const std::vector<std::string> names = {
      "code", "address", "town", "community", "grid", "survey_status", "survey_date",
      "initial_hazard", "appraisal_grade", "control", "rectification", "closed", "self_built",
      "floors", "structure", "year_built", "use", "use_subtype", "people_dense",
      // The dashboard's (app/gui/DashboardPanel.cpp) besides those.
      "recheck_no_hazard", "direct_engineering", "appraisal_date", "rectification_done",
      "closed_date", "closure_basis"};
  return names;
}

AttributeColumnsBuilder::AttributeColumnsBuilder(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    auto p = std::make_shared<Pending>();
    p->column = building_columns::find(name);
    if (!p->column) throw StoreError("没有这一房屋字段: " + name);
    pending_.push_back(std::move(p));
  }
}

void AttributeColumnsBuilder::add(const BuildingRecord& record) {
  ids_.push_back(record.id);
  for (auto& p : pending_) {
    std::optional<std::string> value = p->column->get(record);
    std::uint32_t index = 0;
    if (!value) {
      if (!p->unknown) {
        p->unknown = static_cast<std::uint32_t>(p->values.size());
        p->values.emplace_back();
      }
      index = *p->unknown;
    } else {
      const auto [it, added] =
          p->indexOf.try_emplace(*value, static_cast<std::uint32_t>(p->values.size()));
      if (added) p->values.emplace_back(std::move(value));
      index = it->second;
    }
    p->rows.push_back(index);
  }
}

bool sameBuildings(const AttributeColumn& a, const AttributeColumn& b) {
  return a.ids == b.ids || *a.ids == *b.ids;
}

std::vector<AttributeColumn> AttributeColumnsBuilder::finish(std::int64_t generation) {
  std::vector<AttributeColumn> columns;
  const auto ids = std::make_shared<const std::vector<std::int64_t>>(std::move(ids_));
  for (auto& p : pending_) {
    AttributeColumn c;
    c.name = p->column->name;
    c.generation = generation;
    c.ids = ids;
    c.values = std::move(p->values);
    c.rows = std::move(p->rows);
    columns.push_back(std::move(c));
  }
  pending_.clear();
  return columns;
}

namespace {
constexpr std::size_t kWorkerBatch = 2048;
constexpr std::size_t kWorkerQueued = 8;  // batches waiting at most: bounded memory
}  // namespace

struct AttributeColumnsOnWorker::Worker {
  explicit Worker(const std::vector<std::string>& names) : builder(names) {
    thread = std::thread([this]() { run(); });
  }
  ~Worker() { close(); }
  /// Lets the thread take what is queued and end, and waits for it.
  void close() {
    {
      const std::lock_guard<std::mutex> lock(mutex);
      closed = true;
    }
    changed.notify_all();
    if (thread.joinable()) thread.join();
  }
  void run() {
    for (;;) {
      std::vector<BuildingRecord> batch;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this]() { return closed || !queued.empty(); });
        if (queued.empty()) return;  // closed, and everything taken
        batch = std::move(queued.front());
        queued.pop_front();
      }
      changed.notify_all();
      for (const BuildingRecord& r : batch) builder.add(r);
    }
  }
  void push(std::vector<BuildingRecord> batch) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [this]() { return queued.size() < kWorkerQueued; });
      queued.push_back(std::move(batch));
    }
    changed.notify_all();
  }
  AttributeColumnsBuilder builder;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::vector<BuildingRecord>> queued;
  bool closed = false;
  std::thread thread;
};

AttributeColumnsOnWorker::AttributeColumnsOnWorker(const std::vector<std::string>& names)
    : worker_(std::make_unique<Worker>(names)) {
  batch_.reserve(kWorkerBatch);
}

AttributeColumnsOnWorker::~AttributeColumnsOnWorker() = default;

void AttributeColumnsOnWorker::add(const BuildingRecord& record) {
  batch_.push_back(record);
  if (batch_.size() == kWorkerBatch) {
    worker_->push(std::move(batch_));
    batch_ = {};
    batch_.reserve(kWorkerBatch);
  }
}

std::vector<AttributeColumn> AttributeColumnsOnWorker::finish(std::int64_t generation) {
  if (!batch_.empty()) worker_->push(std::move(batch_));
  batch_ = {};
  worker_->close();
  return worker_->builder.finish(generation);
}

std::string attributeColumnCacheName(const std::string& column) { return "column:" + column; }

Bytes packAttributeColumn(const AttributeColumn& column) {
  Bytes out;
  ByteWriter w(out);
  w.put(kMagic);
  w.put(kByteOrder);
  w.put(kFormat);
  w.put(column.generation);
  w.put(static_cast<std::uint32_t>(column.name.size()));
  w.append(column.name.data(), column.name.size());
  w.put(static_cast<std::uint32_t>(column.rows.size()));
  putIds(w, *column.ids);
  w.put(static_cast<std::uint32_t>(column.values.size()));
  for (const auto& v : column.values) {
    w.put(static_cast<std::uint8_t>(v ? 1 : 0));
    if (!v) continue;
    w.put(static_cast<std::uint32_t>(v->size()));
    w.append(v->data(), v->size());
  }
  // Indexes as narrow as the dictionary allows: one byte for a grade, four for the codes.
  const std::size_t n = column.values.size();
  const std::uint8_t width = n <= 0x100 ? 1 : (n <= 0x10000 ? 2 : 4);
  w.put(width);
  out.reserve(out.size() + column.rows.size() * width);
  for (std::size_t i = 0; i < column.rows.size(); ++i) {
    const std::uint32_t index = column.rows[i];
    if (width == 1) w.put(static_cast<std::uint8_t>(index));
    if (width == 2) w.put(static_cast<std::uint16_t>(index));
    if (width == 4) w.put(index);
  }
  return out;
}

std::optional<AttributeColumn> unpackAttributeColumn(const Bytes& bytes) {
  ByteReader r(bytes);
  AttributeColumn c;
  if (r.get<std::uint32_t>() != kMagic || r.get<std::uint32_t>() != kByteOrder ||
      r.get<std::uint32_t>() != kFormat || !r.ok()) {
    return std::nullopt;
  }
  c.generation = r.get<std::int64_t>();
  const auto nameSize = r.get<std::uint32_t>();
  const unsigned char* name = r.take(nameSize);
  if (!name) return std::nullopt;
  c.name.assign(reinterpret_cast<const char*>(name), nameSize);
  const auto rows = r.get<std::uint32_t>();
  std::vector<std::int64_t> ids;
  if (!r.ok() || !getIds(r, ids, rows)) return std::nullopt;
  c.ids = std::make_shared<const std::vector<std::int64_t>>(std::move(ids));
  const auto distinct = r.get<std::uint32_t>();
  if (!r.ok() || distinct > r.remaining()) return std::nullopt;  // a byte each at least
  c.values.reserve(distinct);
  for (std::uint32_t i = 0; i < distinct; ++i) {
    if (r.get<std::uint8_t>() == 0) {
      c.values.emplace_back();
      continue;
    }
    const auto size = r.get<std::uint32_t>();
    const unsigned char* text = r.take(size);
    if (!text) return std::nullopt;
    c.values.emplace_back(std::string(reinterpret_cast<const char*>(text), size));
  }
  const auto width = r.get<std::uint8_t>();
  if (!r.ok() || (width != 1 && width != 2 && width != 4)) return std::nullopt;
  const unsigned char* indexes = r.take(static_cast<std::size_t>(rows) * width);
  if (!indexes || !r.atEnd()) return std::nullopt;
  c.rows.assign(width, indexes, rows);
  for (std::uint32_t i = 0; i < rows; ++i) {
    if (c.rows[i] >= distinct) return std::nullopt;
  }
  return c;
}

void writeAttributeColumns(ProjectStore& store, const std::vector<AttributeColumn>& columns) {
  for (const AttributeColumn& c : columns) {
    writeMapCache(store, attributeColumnCacheName(c.name), {packAttributeColumn(c)});
  }
}

AlikeGroups groupAlikeBuildings(const std::vector<const AttributeColumn*>& columns,
                                const std::vector<std::uint32_t>& extra) {
  AlikeGroups groups;
  if (columns.empty()) return groups;
  const std::size_t n = columns.front()->rows.size();
  groups.width = columns.size() + (extra.empty() ? 0 : 1);
  groups.groupOf.resize(n);
  // A hash of the tuple picks the candidate groups; the tuple itself decides.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> groupsOfHash;
  std::vector<std::uint32_t> tuple(groups.width);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t hash = 1469598103934665603ull;
    for (std::size_t c = 0; c < groups.width; ++c) {
      tuple[c] = c < columns.size() ? columns[c]->rows[i] : extra[i];
      hash = (hash ^ tuple[c]) * 1099511628211ull;
    }
    std::vector<std::uint32_t>& candidates = groupsOfHash[hash];
    std::optional<std::uint32_t> found;
    for (const std::uint32_t g : candidates) {
      if (std::equal(tuple.begin(), tuple.end(), groups.tuples.begin() + g * groups.width)) {
        found = g;
        break;
      }
    }
    if (!found) {
      found = static_cast<std::uint32_t>(groups.counts.size());
      candidates.push_back(*found);
      groups.tuples.insert(groups.tuples.end(), tuple.begin(), tuple.end());
      groups.counts.push_back(0);
    }
    ++groups.counts[*found];
    groups.groupOf[i] = *found;
  }
  return groups;
}

BuildingRecord AlikeGroups::record(std::size_t g,
                                   const std::vector<const AttributeColumn*>& columns) const {
  BuildingRecord r;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const building_columns::Column* column = building_columns::find(columns[c]->name);
    if (!column) throw StoreError("没有这一房屋字段: " + columns[c]->name);
    const std::optional<std::string>& value = columns[c]->values[tuples[g * width + c]];
    if (value) column->setText(r, *value);
  }
  return r;
}

std::optional<std::vector<AttributeColumn>> readCachedAttributeColumns(
    const ProjectStore& store, const std::vector<std::string>& names) {
  const std::optional<std::int64_t> generation = buildingsGeneration(store);
  if (!generation) return std::nullopt;
  std::vector<AttributeColumn> columns;
  for (const std::string& name : names) {
    std::optional<AttributeColumn> column;
    for (const Bytes& part : mapCacheParts(store, attributeColumnCacheName(name))) {
      std::optional<AttributeColumn> c = unpackAttributeColumn(part);
      if (c && c->name == name && c->generation == *generation) column = std::move(c);
    }
    if (!column) return std::nullopt;
    if (!columns.empty()) {
      if (!sameBuildings(columns.front(), *column)) return std::nullopt;
      column->ids = columns.front().ids;  // one list, not one per column
    }
    columns.push_back(std::move(*column));
  }
  if (buildingsGeneration(store) != generation) return std::nullopt;
  return columns;
}

std::shared_ptr<const AttributeColumn> AttributeColumnCache::get(const ProjectStore& store,
                                                                 const std::string& name,
                                                                 const std::atomic<bool>* cancel) {
  const std::optional<std::int64_t> generation = buildingsGeneration(store);
  if (!generation) return nullptr;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = kept_.begin(); it != kept_.end(); ++it) {
      if ((*it)->name == name && (*it)->generation == *generation) {
        auto column = *it;
        kept_.splice(kept_.begin(), kept_, it);
        lastSource_ = "memory";
        return column;
      }
    }
  }
  // The project's cache, when it was made at this generation and nothing moved it while the
  // part was read (the part and the counter are two statements).
  std::optional<AttributeColumn> column;
  std::string source = "cache";
  for (const Bytes& part : mapCacheParts(store, attributeColumnCacheName(name))) {
    std::optional<AttributeColumn> c = unpackAttributeColumn(part);
    if (c && c->name == name && c->generation == *generation) column = std::move(c);
  }
  if (column && buildingsGeneration(store) != generation) column.reset();
  if (!column) {
    source = "scan";
    if (!building_columns::find(name)) throw StoreError("没有这一房屋字段: " + name);
    AttributeColumnsBuilder builder({name});
    BuildingScan scan;
    scan.footprints = false;
    scan.columns = {name};
    bool stopped = false;
    store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
      if (cancel && cancel->load()) {
        stopped = true;
        return false;
      }
      builder.add(r);
      return true;
    });
    if (stopped) return nullptr;
    // One statement read the rows (one snapshot); tagged only when the counter held around it.
    const bool held = buildingsGeneration(store) == generation;
    column = std::move(builder.finish(held ? *generation : -1).front());
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  // The kept columns of this generation hold the same buildings: one list of ids for all.
  for (const auto& kept : kept_) {
    if (kept->generation == column->generation && sameBuildings(*kept, *column)) {
      column->ids = kept->ids;
      break;
    }
  }
  auto shared = std::make_shared<const AttributeColumn>(std::move(*column));
  lastSource_ = source;
  if (shared->generation >= 0) keep(shared);
  return shared;
}

void AttributeColumnCache::keep(const std::shared_ptr<const AttributeColumn>& column) {
  kept_.remove_if([&](const auto& c) { return c->name == column->name; });
  kept_.push_front(column);
  while (kept_.size() > kKept) kept_.pop_back();
}

std::string AttributeColumnCache::lastSource() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return lastSource_;
}

void AttributeColumnCache::clear() {
  const std::lock_guard<std::mutex> lock(mutex_);
  kept_.clear();
  lastSource_.clear();
}

}  // namespace fangan
