#include "layers/layout/LayoutArea.h"

#include "layers/LayerLoader.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

namespace lf = layer_field;

const MapLayer* layerOf(const LayoutData& data, ProjectLayer kind) {
  const int entry = data.map().indexOf(kind);
  return entry < 0 ? nullptr : &data.map().entries()[static_cast<std::size_t>(entry)].layer;
}

// Adds the polygons of `kind` features whose `field` equals `value` to the area.
void addOutline(const LayoutData& data, ProjectLayer kind, const QString& field,
                const QString& value, LayoutArea& area) {
  const MapLayer* layer = layerOf(data, kind);
  if (!layer) return;
  const int at = layer->fieldIndex(field);
  if (at < 0) return;
  for (const MapFeature& f : layer->features()) {
    if (f.values[at] != value || f.shape != GeometryShape::Polygon) continue;
    area.extent.include(f.bounds);
    area.outline += f.paths;
  }
  if (area.outline.isEmpty()) return;
  auto path = std::make_shared<QPainterPath>();
  path->setFillRule(Qt::OddEvenFill);
  for (const QPolygonF& ring : area.outline) {
    path->addPolygon(ring);
    path->closeSubpath();
  }
  area.outlinePath = std::move(path);
}

// True when a feature's shape meets the area's outline path.
bool meetsOutline(const QPainterPath& outline, const MapFeature& feature) {
  if (feature.shape == GeometryShape::Point) {
    for (const FeaturePaths::Ring part : feature.paths) {
      if (!part.isEmpty() && outline.contains(part.first())) return true;
    }
    return false;
  }
  QPainterPath shape;
  shape.setFillRule(Qt::OddEvenFill);
  for (const FeaturePaths::Ring part : feature.paths) shape.addPolygon(part.toPolygon());
  return outline.intersects(shape);
}

// Extent of the buildings a predicate keeps (areas without a polygon of their own).
template <typename Keep>
Extent buildingExtent(const LayoutData& data, Keep keep) {
  Extent e;
  const MapLayer* layer = layerOf(data, ProjectLayer::Buildings);
  if (!layer) return e;
  const int town = layer->fieldIndex(lf::kTown);
  const int grid = layer->fieldIndex(lf::kGrid);
  for (const MapFeature& f : layer->features()) {
    if (keep(f, town, grid)) e.include(f.bounds);
  }
  return e;
}

}  // namespace

bool LayoutArea::holds(const LayoutBuilding& building, const LayoutData& data) const {
  if (members) return members->count(building.id) > 0;
  switch (kind) {
    case LayoutAreaKind::District:
      return true;
    case LayoutAreaKind::Town:
      return data.townOf(building) == key.toStdString();
    case LayoutAreaKind::Grid:
      return data.gridOf(building) == key.toStdString();
    case LayoutAreaKind::Extent: {
      const QPointF c = building.centre;
      return building.hasCentre && c.x() >= extent.minX && c.x() <= extent.maxX &&
             c.y() >= extent.minY && c.y() <= extent.maxY;
    }
  }
  return false;
}

std::vector<const LayoutBuilding*> buildingsIn(const LayoutArea& area, const LayoutData& data) {
  std::vector<const LayoutBuilding*> in;
  // A town or grid is one name index: compared as a number, not as text, for each building.
  std::int64_t name = -1;
  if (!area.members && (area.kind == LayoutAreaKind::Town || area.kind == LayoutAreaKind::Grid)) {
    name = data.nameIndex(area.key.toStdString());
    if (name < 0) return in;
  }
  for (const LayoutBuilding& b : data.buildings()) {
    const bool holds = name < 0 ? area.holds(b, data)
                                : (area.kind == LayoutAreaKind::Town ? b.town : b.grid) ==
                                      static_cast<std::uint32_t>(name);
    if (holds) in.push_back(&b);
  }
  return in;
}

bool LayoutArea::holds(const MapLayer& layer, const MapFeature& feature) const {
  if (members && layer.kind() == ProjectLayer::Buildings) return members->count(feature.id) > 0;
  if (kind == LayoutAreaKind::District) return true;
  if (kind == LayoutAreaKind::Town) {
    const int at = layer.fieldIndex(lf::kTown);
    if (at >= 0) return feature.values[at] == key;
  } else if (kind == LayoutAreaKind::Grid) {
    const int at = layer.fieldIndex(lf::kGrid);
    if (at >= 0) return feature.values[at] == key;
  } else if (layer.kind() == ProjectLayer::Buildings) {
    const double x = (feature.bounds.minX + feature.bounds.maxX) * 0.5;
    const double y = (feature.bounds.minY + feature.bounds.maxY) * 0.5;
    return x >= extent.minX && x <= extent.maxX && y >= extent.minY && y <= extent.maxY;
  }
  if (!extent.intersects(feature.bounds)) return false;
  return !outlinePath || meetsOutline(*outlinePath, feature);
}

LayoutArea districtArea(const LayoutData& data, const QString& label) {
  LayoutArea area;
  area.kind = LayoutAreaKind::District;
  area.label = label;
  // Towns, grids and buildings frame the district; roads and zones reaching beyond it do not.
  for (ProjectLayer kind : {ProjectLayer::Towns, ProjectLayer::Grids, ProjectLayer::Buildings}) {
    if (const MapLayer* layer = layerOf(data, kind)) area.extent.include(layer->extent());
  }
  if (area.extent.isEmpty()) area.extent = data.map().extent();
  return area;
}

LayoutArea townArea(const LayoutData& data, const QString& town) {
  LayoutArea area;
  area.kind = LayoutAreaKind::Town;
  area.key = town;
  area.label = town;
  area.town = town;
  addOutline(data, ProjectLayer::Towns, lf::kTown, town, area);
  if (area.extent.isEmpty()) {
    area.extent = buildingExtent(data, [&town](const MapFeature& f, int townField, int) {
      return townField >= 0 && f.values[townField] == town;
    });
  }
  if (area.extent.isEmpty()) {
    throw LayoutError(QStringLiteral("项目中没有镇街“%1”").arg(town).toStdString());
  }
  return area;
}

LayoutArea gridArea(const LayoutData& data, const QString& gridId) {
  LayoutArea area;
  area.kind = LayoutAreaKind::Grid;
  area.key = gridId;
  area.label = gridId;
  if (const GridRecord* g = data.grid(gridId)) {
    area.town = QString::fromStdString(g->town);
    if (!g->name.empty()) {
      area.label = QStringLiteral("%1（%2）").arg(QString::fromStdString(g->name), gridId);
    }
  }
  addOutline(data, ProjectLayer::Grids, lf::kGrid, gridId, area);
  if (area.extent.isEmpty()) {
    area.extent = buildingExtent(data, [&gridId](const MapFeature& f, int, int gridField) {
      return gridField >= 0 && f.values[gridField] == gridId;
    });
  }
  if (area.extent.isEmpty()) {
    throw LayoutError(QStringLiteral("项目中没有网格“%1”").arg(gridId).toStdString());
  }
  return area;
}

LayoutArea extentArea(const Extent& extent, const QString& label) {
  LayoutArea area;
  area.kind = LayoutAreaKind::Extent;
  area.label = label;
  area.extent = extent;
  return area;
}

LayoutArea selectionArea(const LayoutData& data, const std::vector<std::int64_t>& buildingIds,
                         const QString& label) {
  auto members =
      std::make_shared<std::unordered_set<std::int64_t>>(buildingIds.begin(), buildingIds.end());
  LayoutArea area = extentArea(
      buildingExtent(
          data, [&members](const MapFeature& f, int, int) { return members->count(f.id) > 0; }),
      label);
  if (area.extent.isEmpty()) throw LayoutError("所选房屋都没有可绘制的轮廓");
  area.members = std::move(members);
  return area;
}

}  // namespace fangan
