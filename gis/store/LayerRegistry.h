#pragma once
// The one list of a project's layers: for each its interchange name, its Chinese name, the
// geometry it stores, its table, the interchange keys of its attributes (for layers a file can
// be imported into) and its place in the map's drawing order. The importer, the store, the map,
// the layouts, `fangan info` and the command line's --layer read it here instead of keeping
// their own switch per layer.
//
// Layers can also be added at run time (registerLayer): such a layer keeps its features in a
// table of text columns, one per import key, that the store creates on first use; the importer,
// the store and the map handle it with no other code.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/GeometryKind.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// One layer of a project.
struct LayerInfo {
  ProjectLayer layer;
  std::string name;         ///< interchange name ("buildings"), as `fangan import --layer` takes it
  std::string chinese;      ///< Chinese name (房屋)
  bool spatial = true;      ///< has a geometry column (and an R*Tree index idx_<table>_geom)
  GeometryKind geometry;    ///< what the geometry column holds (spatial layers)
  std::string table;        ///< the store's table
  bool importable = false;  ///< a file can be imported into it
  std::vector<std::string> importKeys;  ///< interchange keys of its attributes, in schema order
  int mapOrder = -1;  ///< place in the map's drawing order (lowest first); -1: not drawn
};

/// Every layer, in `fangan info` order.
const std::vector<LayerInfo>& projectLayers();

/// The entry of `layer`.
const LayerInfo& layerInfo(ProjectLayer layer);

/// True for a layer added by registerLayer() (stored as text columns, see above).
bool isExtensionLayer(ProjectLayer layer);

/// Adds a layer. Its value must be kFirstExtensionLayer or more, its name and table new, and
/// both made of lower-case letters, digits and '_' (the table name goes into SQL); its
/// import keys likewise. Throws std::invalid_argument otherwise. Not thread-safe: register at
/// start-up, before stores and maps are opened.
void registerLayer(const LayerInfo& info);

/// Removes a layer added by registerLayer() (tests); its stored table stays in any project.
void unregisterLayer(ProjectLayer layer);

/// The spatial layers the map draws, in drawing order (bottom first).
std::vector<ProjectLayer> mapLayers();

/// The geometry column type a layer's table gets ("MULTIPOLYGON", "POINT", ...).
std::string geometryColumnType(GeometryKind kind);

/// The importable layer called `name` (case and surrounding blanks ignored); std::nullopt for
/// any other name.
std::optional<ProjectLayer> parseImportLayer(const std::string& name);

}  // namespace fangan
