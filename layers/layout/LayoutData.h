#pragma once
// What layouts read from a project, loaded once and then shared read-only by every page of an
// export: the map's layer snapshots, the building records behind the statistics tables, the
// key-zone membership, and the grids and towns an atlas walks through.

#include <QPointF>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Grid.h"
#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"

namespace fangan {

class LayoutData {
 public:
  /// An empty project.
  LayoutData() = default;
  /// Data from parts already loaded (the application passes the map it shows).
  LayoutData(ProjectMap map, std::vector<BuildingRecord> buildings,
             std::vector<std::pair<std::int64_t, std::string>> buildingZoneTypes,
             std::vector<GridRecord> grids, QString projectName, int srid);
  /// Reads everything from `store`: the map layers, the basemaps it lists (those that open),
  /// buildings, zone membership and grids.
  static LayoutData load(const ProjectStore& store);
  /// Reads buildings, zone membership and grids from `store` and takes `map` as it is (the
  /// application's map, already loaded and styled).
  static LayoutData load(const ProjectStore& store, ProjectMap map);

  const ProjectMap& map() const { return map_; }
  /// Raster basemaps the map frames draw under the project's layers (load() takes the
  /// project's listed basemaps; the application passes those it shows).
  const std::vector<RenderLayer>& basemaps() const { return basemaps_; }
  void setBasemaps(std::vector<RenderLayer> basemaps) { basemaps_ = std::move(basemaps); }
  /// Every building record, ordered by id.
  const std::vector<BuildingRecord>& buildings() const { return buildings_; }
  /// Key-zone types (docs/rules.md#key-zones) a building lies in; empty before `fangan analyze`.
  const std::vector<std::string>& zoneTypesOf(std::int64_t buildingId) const;
  /// Grids sorted by town, then grid id.
  const std::vector<GridRecord>& grids() const { return grids_; }
  /// The grid of an id, or null.
  const GridRecord* grid(const QString& gridId) const;
  /// Town names of the towns layer, else of the buildings, in code-point order.
  QStringList townNames() const { return towns_; }
  /// File name of the project without folder (for "data source" lines).
  const QString& projectName() const { return projectName_; }
  /// EPSG code of the project CRS (0 when unknown).
  int srid() const { return srid_; }
  /// Centre of a building's bounding box, or nothing when it has no drawable footprint.
  bool buildingCentre(std::int64_t buildingId, QPointF* centre) const;

 private:
  ProjectMap map_;
  std::vector<RenderLayer> basemaps_;
  std::vector<BuildingRecord> buildings_;
  std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypes_;
  std::vector<GridRecord> grids_;
  QStringList towns_;
  QString projectName_;
  int srid_ = 0;
  std::unordered_map<std::int64_t, QPointF> centres_;
};

}  // namespace fangan
