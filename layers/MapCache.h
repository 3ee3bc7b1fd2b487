#pragma once
// The map cache (docs/rules.md#map-cache): a layer snapshot packed into a few blobs inside the
// project (footprints in project coordinates, label points, the packed R-tree and the
// attribute values, dictionary-encoded), so that opening a large project reads them in order
// instead of decoding every building record and WKB again. A cache is tagged with the
// buildings generation it was made at and read only while the store still reports that
// generation: a stale cache is rebuilt, never shown.

#include <cstdint>
#include <optional>
#include <vector>

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
  Bypassed  ///< from the store; no cache read or written (none valid, or the store keeps none)
};

/// The buildings layer: from the cache when it is valid, else from the store, writing the cache
/// when `writable` (the same store) is given and the buildings did not change during the read.
/// A cache that cannot be written (a read-only file, a lock held elsewhere) is left stale.
MapLayer loadBuildingLayer(const ProjectStore& store, ProjectStore* writable, int* skipped,
                           MapCacheUse* use = nullptr);

}  // namespace fangan
