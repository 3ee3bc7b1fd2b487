#pragma once
// The map cache (docs/rules.md#map-cache): a layer snapshot packed into a few blobs inside the
// project (footprints in project coordinates, label points, the packed R-tree and the
// attribute values, dictionary-encoded), so that opening a large project reads them in order
// instead of decoding every building record and WKB again. A cache is tagged with the
// buildings generation it was made at and read only while the store still reports that
// generation: a stale cache is rebuilt, never shown.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "gis/store/AttributeColumns.h"
#include "gis/store/PackedBytes.h"
#include "gis/store/ProjectStore.h"
#include "layers/MapLayer.h"

namespace fangan {

/// Name of the buildings layer's cache in the store.
inline constexpr const char* kBuildingsMapCache = "buildings";

/// Packs `layer` (with `skipped`, the features its load left out) for `generation`.
std::vector<Bytes> packMapLayer(const MapLayer& layer, std::int64_t generation, int skipped);

/// Unpacks a layer packed by packMapLayer() for `generation`. std::nullopt when the parts were
/// made for another generation or format, or are damaged in any way.
std::optional<MapLayer> unpackMapLayer(const std::vector<Bytes>& parts, std::int64_t generation,
                                       int* skipped = nullptr);

/// How the buildings layer was read.
enum class MapCacheUse {
  Read,     ///< from a valid cache
  Written,  ///< from the store, and the cache was (re)written
  Pending,  ///< from the store; the cache is to be written after the map is shown
  Bypassed  ///< from the store; no cache read or written (none valid, or the store keeps none)
};

/// A map cache made from a layer just read from the store, to be written once the map is shown
/// (writePendingMapCache), so that the first opening after a change does not wait for it.
struct PendingMapCache {
  MapLayer layer;                        ///< shares the shown layer's data
  std::int64_t generation = 0;           ///< the buildings generation the layer was read at
  int skipped = 0;                       ///< features the read left out
  std::vector<AttributeColumn> columns;  ///< from the same read
};

/// The buildings layer: from the cache when it is valid, else from the store, writing the cache
/// when `writable` (the same store) is given and the buildings did not change during the read.
/// A cache that cannot be written (a read-only file, a lock held elsewhere) is left stale. With
/// `later`, the cache is not written but handed over there (use: Pending), for the caller to
/// write with writePendingMapCache when it suits it.
MapLayer loadBuildingLayer(const ProjectStore& store, ProjectStore* writable, int* skipped,
                           MapCacheUse* use = nullptr,
                           std::shared_ptr<PendingMapCache>* later = nullptr);

/// Writes a pending cache (map, attribute columns, density) into `store`, the same project
/// through any connection, in one transaction, and only while the buildings are still at its
/// generation: false when they moved meanwhile or `cancel` turned true (nothing written then).
/// `othersWrote`, when given, tells whether another connection committed anything to the
/// project between this call and the write (the caller's own view of the file moves with this
/// write's commit, and cannot tell it from theirs). Throws StoreError (a read-only file, a lock
/// held too long elsewhere).
bool writePendingMapCache(ProjectStore& store, PendingMapCache& cache,
                          const std::atomic<bool>* cancel = nullptr, bool* othersWrote = nullptr);

}  // namespace fangan
