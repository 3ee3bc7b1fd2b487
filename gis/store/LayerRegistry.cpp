#include "gis/store/LayerRegistry.h"

#include <stdexcept>

#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"

namespace fangan {

const std::vector<LayerInfo>& projectLayers() {
  static const std::vector<LayerInfo> layers = {
      {ProjectLayer::Buildings, "buildings", "房屋", true, GeometryKind::Polygonal, "buildings",
       true, building_columns::names()},
      {ProjectLayer::Survey,
       "survey",
       "排查点",
       true,
       GeometryKind::Point,
       "survey_points",
       true,
       {"code", "date", "inspector", "result"}},
      {ProjectLayer::Zones,
       "zones",
       "重点区域",
       true,
       GeometryKind::Polygonal,
       "zones",
       true,
       {"type", "name"}},
      {ProjectLayer::Grids,
       "grids",
       "网格",
       true,
       GeometryKind::Polygonal,
       "grids",
       true,
       {"grid", "name", "town", "manager", "phone", "capacity_per_day"}},
      {ProjectLayer::Towns,
       "towns",
       "镇街",
       true,
       GeometryKind::Polygonal,
       "towns",
       true,
       {"town", "name"}},
      {ProjectLayer::Pois,
       "pois",
       "兴趣点",
       true,
       GeometryKind::Any,
       "source_pois",
       true,
       {"category", "name"}},
      {ProjectLayer::Lines,
       "lines",
       "道路与水系",
       true,
       GeometryKind::Lineal,
       "source_lines",
       true,
       {"category", "name"}},
      {ProjectLayer::Events, "events", "检查记录", false, GeometryKind::Any, "events", false, {}},
      {ProjectLayer::Audit, "audit", "操作日志", false, GeometryKind::Any, "audit_log", false, {}},
  };
  return layers;
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
