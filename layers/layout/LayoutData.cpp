#include "layers/layout/LayoutData.h"

#include <QFileInfo>
#include <algorithm>
#include <set>

#include "layers/Basemaps.h"
#include "layers/LayerLoader.h"

namespace fangan {

LayoutData::LayoutData(ProjectMap map, std::vector<BuildingRecord> buildings,
                       std::vector<std::pair<std::int64_t, std::string>> buildingZoneTypes,
                       std::vector<GridRecord> grids, QString projectName, int srid)
    : map_(std::move(map)),
      buildings_(std::move(buildings)),
      grids_(std::move(grids)),
      projectName_(std::move(projectName)),
      srid_(srid) {
  for (auto& [id, type] : buildingZoneTypes) zoneTypes_[id].push_back(std::move(type));
  std::stable_sort(grids_.begin(), grids_.end(), [](const GridRecord& a, const GridRecord& b) {
    return a.town != b.town ? a.town < b.town : a.grid < b.grid;
  });

  std::set<std::string> towns;
  const int townEntry = map_.indexOf(ProjectLayer::Towns);
  if (townEntry >= 0) {
    const MapLayer& layer = map_.entries()[static_cast<std::size_t>(townEntry)].layer;
    const int field = layer.fieldIndex(layer_field::kTown);
    for (const MapFeature& f : layer.features()) {
      if (field >= 0 && !f.values[field].isEmpty()) towns.insert(f.values[field].toStdString());
    }
  }
  if (towns.empty()) {
    for (const BuildingRecord& b : buildings_) {
      if (!b.town.empty()) towns.insert(b.town);
    }
  }
  for (const std::string& t : towns) towns_.append(QString::fromStdString(t));

  const int buildingEntry = map_.indexOf(ProjectLayer::Buildings);
  if (buildingEntry >= 0) {
    for (const MapFeature& f :
         map_.entries()[static_cast<std::size_t>(buildingEntry)].layer.features()) {
      centres_[f.id] =
          QPointF((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5);
    }
  }
}

LayoutData LayoutData::load(const ProjectStore& store) {
  LayoutData data = load(store, ProjectMap::load(store));
  std::vector<RenderLayer> basemaps;
  for (const LoadedBasemap& basemap : loadBasemaps(store)) {
    if (!basemap.raster) continue;  // a file that no longer opens is left out of the map
    RenderLayer layer;
    layer.raster = basemap.raster;
    layer.style.opacity = kBasemapOpacity;
    basemaps.push_back(std::move(layer));
  }
  data.setBasemaps(std::move(basemaps));
  return data;
}

LayoutData LayoutData::load(const ProjectStore& store, ProjectMap map) {
  std::vector<BuildingRecord> buildings;
  // As many as the map holds: growing by doubling would hold two copies of a million records
  // for a moment (the peak memory of a district's export).
  const int buildingEntry = map.indexOf(ProjectLayer::Buildings);
  if (buildingEntry >= 0) {
    buildings.reserve(
        map.entries()[static_cast<std::size_t>(buildingEntry)].layer.features().size());
  }
  store.forEachBuilding([&buildings](const BuildingRecord& r, const Wkb&) {
    buildings.push_back(r);
    return true;
  });
  std::vector<GridRecord> grids;
  store.forEachGrid([&grids](const GridRecord& g, const Wkb&) {
    grids.push_back(g);
    return true;
  });
  return LayoutData(std::move(map), std::move(buildings), store.buildingZoneTypes(),
                    std::move(grids),
                    QFileInfo(QString::fromStdString(store.location())).fileName(), store.srid());
}

const std::vector<std::string>& LayoutData::zoneTypesOf(std::int64_t buildingId) const {
  static const std::vector<std::string> none;
  const auto it = zoneTypes_.find(buildingId);
  return it == zoneTypes_.end() ? none : it->second;
}

const GridRecord* LayoutData::grid(const QString& gridId) const {
  const std::string id = gridId.toStdString();
  for (const GridRecord& g : grids_) {
    if (g.grid == id) return &g;
  }
  return nullptr;
}

bool LayoutData::buildingCentre(std::int64_t buildingId, QPointF* centre) const {
  const auto it = centres_.find(buildingId);
  if (it == centres_.end()) return false;
  if (centre) *centre = it->second;
  return true;
}

}  // namespace fangan
