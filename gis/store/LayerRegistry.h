#pragma once
// The one list of a project's layers: for each its interchange name, its Chinese name, the
// geometry it stores, its table, and — for layers a file can be imported into — the interchange
// keys of its attributes. The importer, the store's summary, `fangan info` and the command
// line's --layer read it here instead of keeping their own switch per layer.

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
};

/// Every layer, in `fangan info` order.
const std::vector<LayerInfo>& projectLayers();

/// The entry of `layer`.
const LayerInfo& layerInfo(ProjectLayer layer);

/// The importable layer called `name` (case and surrounding blanks ignored); std::nullopt for
/// any other name.
std::optional<ProjectLayer> parseImportLayer(const std::string& name);

}  // namespace fangan
