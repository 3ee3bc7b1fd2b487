#include "gis/store/LayerRegistry.h"

#include <algorithm>
#include <stdexcept>

#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"

namespace fangan {

namespace {

std::vector<LayerInfo>& registry() {
  static std::vector<LayerInfo> layers = {
      {ProjectLayer::Buildings, "buildings", "房屋", true, GeometryKind::Polygonal, "buildings",
       true, building_columns::names(), 2},
      {ProjectLayer::Survey,
       "survey",
       "排查点",
       true,
       GeometryKind::Point,
       "survey_points",
       true,
       {"code", "date", "inspector", "result"},
       5},
      {ProjectLayer::Zones,
       "zones",
       "重点区域",
       true,
       GeometryKind::Polygonal,
       "zones",
       true,
       {"type", "name"},
       0},
      {ProjectLayer::Grids,
       "grids",
       "网格",
       true,
       GeometryKind::Polygonal,
       "grids",
       true,
       {"grid", "name", "town", "manager", "phone", "capacity_per_day"},
       3},
      {ProjectLayer::Towns,
       "towns",
       "镇街",
       true,
       GeometryKind::Polygonal,
       "towns",
       true,
       {"town", "name"},
       4},
      {ProjectLayer::Pois,
       "pois",
       "兴趣点",
       true,
       GeometryKind::Any,
       "source_pois",
       true,
       {"category", "name"},
       6},
      {ProjectLayer::Lines,
       "lines",
       "道路与水系",
       true,
       GeometryKind::Lineal,
       "source_lines",
       true,
       {"category", "name"},
       1},
      {ProjectLayer::Events,
       "events",
       "检查记录",
       false,
       GeometryKind::Any,
       "events",
       false,
       {},
       -1},
      {ProjectLayer::Audit,
       "audit",
       "操作日志",
       false,
       GeometryKind::Any,
       "audit_log",
       false,
       {},
       -1},
  };
  return layers;
}

bool isWord(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

const std::vector<LayerInfo>& projectLayers() { return registry(); }

bool isExtensionLayer(ProjectLayer layer) {
  return static_cast<int>(layer) >= kFirstExtensionLayer;
}

void registerLayer(const LayerInfo& info) {
  if (!isExtensionLayer(info.layer)) {
    throw std::invalid_argument("a registered layer takes a value from kFirstExtensionLayer on");
  }
  if (!isWord(info.name) || !isWord(info.table)) {
    throw std::invalid_argument("layer and table names are lower-case words: " + info.name);
  }
  for (const std::string& key : info.importKeys) {
    if (!isWord(key) || key == "id" || key == "geom") {
      throw std::invalid_argument("import key \"" + key + "\" of layer " + info.name);
    }
  }
  for (const LayerInfo& l : registry()) {
    if (l.layer == info.layer || l.name == info.name || l.table == info.table) {
      throw std::invalid_argument("layer " + info.name + " clashes with layer " + l.name);
    }
  }
  registry().push_back(info);
}

void unregisterLayer(ProjectLayer layer) {
  auto& layers = registry();
  layers.erase(std::remove_if(
                   layers.begin(), layers.end(),
                   [&](const LayerInfo& l) { return isExtensionLayer(layer) && l.layer == layer; }),
               layers.end());
}

std::vector<ProjectLayer> mapLayers() {
  std::vector<const LayerInfo*> drawn;
  for (const LayerInfo& l : registry()) {
    if (l.spatial && l.mapOrder >= 0) drawn.push_back(&l);
  }
  std::stable_sort(drawn.begin(), drawn.end(), [](const LayerInfo* a, const LayerInfo* b) {
    return a->mapOrder < b->mapOrder;
  });
  std::vector<ProjectLayer> out;
  for (const LayerInfo* l : drawn) out.push_back(l->layer);
  return out;
}

std::string geometryColumnType(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::Polygonal:
      return "MULTIPOLYGON";
    case GeometryKind::Lineal:
      return "MULTILINESTRING";
    case GeometryKind::Point:
      return "POINT";
    case GeometryKind::Any:
      break;
  }
  return "GEOMETRY";
}

const LayerInfo& layerInfo(ProjectLayer layer) {
  for (const auto& l : projectLayers()) {
    if (l.layer == layer) return l;
  }
  throw std::logic_error("layer missing from the registry");
}

std::string layerName(ProjectLayer layer) { return layerInfo(layer).name; }

std::optional<ProjectLayer> parseImportLayer(const std::string& name) {
  const std::string n = normalizeCell(name);
  for (const auto& l : projectLayers()) {
    if (l.importable && l.name == n) return l.layer;
  }
  return std::nullopt;
}

}  // namespace fangan
