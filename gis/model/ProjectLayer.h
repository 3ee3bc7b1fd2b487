#pragma once
// The one name of a project's layers, used by the store, the importer, the map and the
// layouts alike. What each layer is (tables, Chinese name, geometry, import columns) lives in
// gis/store/LayerRegistry; layers added at run time take values from kFirstExtensionLayer on.

namespace fangan {

/// The layers a project holds, as `fangan info` lists them.
enum class ProjectLayer : int {
  Buildings,
  Survey,
  Zones,
  Grids,
  Towns,
  Pois,
  Lines,
  Events,
  Audit
};

/// The first value a layer registered at run time (gis/store/LayerRegistry) may take.
constexpr int kFirstExtensionLayer = 100;

}  // namespace fangan
