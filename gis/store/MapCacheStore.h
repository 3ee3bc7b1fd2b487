#pragma once
// Where the map cache lives in a project (docs/rules.md#map-cache): named runs of blobs, valid
// for one buildings generation. Only SpatiaLite projects keep one; for other stores there is no
// generation, nothing is read and writes are ignored, so the map reads their layers.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan {

/// A number that moves with every insert, update and delete of a building row, by any
/// connection or process (triggers in the file keep it); std::nullopt when the store cannot
/// vouch for it (not SpatiaLite, or the triggers are missing or altered).
std::optional<std::int64_t> buildingsGeneration(const ProjectStore& store);
/// The stored parts of cache `name`, in part order, read in one statement (one snapshot);
/// empty when there is none.
std::vector<std::vector<unsigned char>> mapCacheParts(const ProjectStore& store,
                                                      const std::string& name);
/// The size in bytes of the stored parts of cache `name` (0 when there is none).
std::size_t mapCacheBytes(const ProjectStore& store, const std::string& name);
/// Visits the stored parts of cache `name` in part order, all read in one statement (one
/// snapshot), each as soon as it is read; stop by returning false. `buffer`, when given, hands
/// out the vector each part is read into (one whose parts were visited already: its memory is
/// used again, its old bytes overwritten).
void forEachMapCachePart(const ProjectStore& store, const std::string& name,
                         const std::function<bool(std::vector<unsigned char>)>& visit,
                         const std::function<std::vector<unsigned char>()>& buffer = {});
/// Replaces cache `name` with `parts` in one transaction (the open one, or its own). Derived
/// data: not audit-logged, and the buildings generation does not move. Throws StoreError.
void writeMapCache(ProjectStore& store, const std::string& name,
                   const std::vector<std::vector<unsigned char>>& parts);

class SpatialiteStore;

/// Many building rows written in one transaction (an import): the counting triggers are dropped
/// for the transaction and the generation moved once at its end, not once a row. Create it after
/// the transaction began and finish() it before the commit; destroyed earlier (an error), it puts
/// the triggers back all the same, and a rollback undoes both. A no-op for other stores.
class BulkBuildingWrites {
 public:
  explicit BulkBuildingWrites(ProjectStore& store);
  ~BulkBuildingWrites();
  BulkBuildingWrites(const BulkBuildingWrites&) = delete;
  BulkBuildingWrites& operator=(const BulkBuildingWrites&) = delete;
  /// Moves the generation and puts the triggers back (once).
  void finish();

 private:
  SpatialiteStore* store_ = nullptr;
};

}  // namespace fangan
