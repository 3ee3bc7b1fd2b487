#pragma once
// The attribute cache (docs/rules.md#map-cache): building columns held column by column,
// dictionary-encoded, so that the attribute table's filter and sort over a million buildings
// touch a few megabytes instead of stepping through every row of the store. A column is kept in
// the project beside the map cache (written when the map cache is, from the same read of the
// records) and tagged with the buildings generation it was made at: it is used only while the
// store still reports that generation, else it is read again from the store. Values are the
// store's canonical text, so a caller evaluates its own rules once per distinct value.

#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/store/PackedBytes.h"
#include "gis/store/ProjectStore.h"
#include "gis/store/ValueIndexes.h"

namespace fangan {

/// One column of every building, in id order.
struct AttributeColumn {
  std::string name;              ///< a building_columns name
  std::int64_t generation = -1;  ///< the buildings generation it holds; -1: unknown
  /// The buildings, ascending; shared by the columns of one generation read together.
  std::shared_ptr<const std::vector<std::int64_t>> ids =
      std::make_shared<const std::vector<std::int64_t>>();
  /// The distinct canonical values; std::nullopt for unknown.
  std::vector<std::optional<std::string>> values;
  ValueIndexes rows;  ///< per building (parallel to ids): index into values
};

/// True when two columns hold the same buildings in the same order (rows line up).
bool sameBuildings(const AttributeColumn& a, const AttributeColumn& b);

/// The columns the attribute table filters and sorts on and the dashboard counts from, kept in
/// the project's cache.
const std::vector<std::string>& cachedAttributeColumns();

/// Builds columns from records visited in id order (one pass, any number of columns).
class AttributeColumnsBuilder {
 public:
  explicit AttributeColumnsBuilder(const std::vector<std::string>& names);
  void add(const BuildingRecord& record);
  /// The columns, tagged with `generation`.
  std::vector<AttributeColumn> finish(std::int64_t generation);

 private:
  struct Pending;
  std::vector<std::shared_ptr<Pending>> pending_;
  std::vector<std::int64_t> ids_;
};

/// The same, fed on a thread of its own: add() copies the record into a batch and returns, so
/// that the thread reading the store does not wait for the columns (both cores at work).
class AttributeColumnsOnWorker {
 public:
  explicit AttributeColumnsOnWorker(const std::vector<std::string>& names);
  /// Stops the worker (what it built is dropped).
  ~AttributeColumnsOnWorker();
  AttributeColumnsOnWorker(const AttributeColumnsOnWorker&) = delete;
  AttributeColumnsOnWorker& operator=(const AttributeColumnsOnWorker&) = delete;
  void add(const BuildingRecord& record);
  /// Waits for the worker to take every record added, then the columns, tagged `generation`.
  std::vector<AttributeColumn> finish(std::int64_t generation);

 private:
  struct Worker;
  std::unique_ptr<Worker> worker_;
  std::vector<BuildingRecord> batch_;
};

/// Name of a column's cache in the store ("column:appraisal_grade").
std::string attributeColumnCacheName(const std::string& column);
/// A column as cache bytes, and back (std::nullopt for damaged or foreign bytes).
Bytes packAttributeColumn(const AttributeColumn& column);
std::optional<AttributeColumn> unpackAttributeColumn(const Bytes& bytes);
/// Writes columns into the project's cache (one transaction each). Throws StoreError.
void writeAttributeColumns(ProjectStore& store, const std::vector<AttributeColumn>& columns);

/// The named columns from the project's cache, when every one of them is there at the
/// buildings' generation as it stands now (and still stands after the read); std::nullopt when
/// any is missing or stale, or the store keeps no generation: the caller scans the store. The
/// columns share one list of ids.
std::optional<std::vector<AttributeColumn>> readCachedAttributeColumns(
    const ProjectStore& store, const std::vector<std::string>& names);

/// Buildings alike in every one of some columns (and in one more key per building, when given),
/// grouped: a caller counting from the cache works each group out once, from one record, however
/// many buildings share it (the dashboard, print layouts).
struct AlikeGroups {
  std::size_t width = 0;               ///< the columns, then the extra key when given
  std::vector<std::uint32_t> tuples;   ///< group g's value indexes at g * width
  std::vector<int> counts;             ///< buildings per group
  std::vector<std::uint32_t> groupOf;  ///< per building (row), its group
  /// A record holding group g's values of `columns` (the columns grouped by, in that order);
  /// its other members are unknown. Throws StoreError for a column name the store lacks.
  BuildingRecord record(std::size_t g, const std::vector<const AttributeColumn*>& columns) const;
};

/// Groups the rows of `columns` (over the same buildings) by their tuple of value indexes and
/// `extra[row]` when `extra` is not empty.
AlikeGroups groupAlikeBuildings(const std::vector<const AttributeColumn*>& columns,
                                const std::vector<std::uint32_t>& extra = {});

/// Columns of one open project, as they stand now. Thread-safe: the table's queries run on a
/// worker thread.
class AttributeColumnCache {
 public:
  /// Column `name` of the buildings as they are now: kept in memory while the generation holds,
  /// else read from the project's cache when it is current, else by one narrow scan of the
  /// store. nullptr when the store keeps no generation (a server project: the caller scans),
  /// or when `cancel` turned true.
  std::shared_ptr<const AttributeColumn> get(const ProjectStore& store, const std::string& name,
                                             const std::atomic<bool>* cancel = nullptr);
  /// How the last get() answered: "memory", "cache" or "scan".
  std::string lastSource() const;
  /// Forgets every column (another project).
  void clear();

  /// Columns kept in memory at most (the most recently used).
  static constexpr std::size_t kKept = 16;

 private:
  void keep(const std::shared_ptr<const AttributeColumn>& column);

  mutable std::mutex mutex_;
  std::list<std::shared_ptr<const AttributeColumn>> kept_;  // most recently used first
  std::string lastSource_;
};

}  // namespace fangan
