#pragma once
// What layouts read from a project, loaded once and then shared read-only by every page of an
// export: the map's layer snapshots, what the statistics tables count of each building, the
// key-zone membership, and the grids and towns an atlas walks through.

#include <QPointF>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/analysis/Ledger.h"
#include "gis/model/Building.h"
#include "gis/model/Grid.h"
#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"

namespace fangan {

/// One building as a layout counts it: what the ledger asks of it (LedgerFacts), the statistics
/// table's own questions, its town and grid, key-zone types and where it is. About 48 bytes
/// where its record takes a kilobyte: a district of a million buildings exports in tens of
/// megabytes.
struct LayoutBuilding {
  std::int64_t id = 0;
  QPointF centre;               ///< centre of the footprint's bounding box, when hasCentre
  std::uint32_t town = 0;       ///< LayoutData::name() index
  std::uint32_t grid = 0;       ///< LayoutData::name() index
  std::uint32_t zoneTypes = 0;  ///< LayoutData::zoneTypesOf() set; 0 is none
  LedgerFacts facts = 0;
  bool hasCentre = false;          ///< false: no drawable footprint on the map
  bool awaitingAppraisal = false;  ///< 待鉴定 (StatisticsTable.h)
  bool controlled = false;         ///< 管控中: use stopped, or evacuated and sealed
};

class LayoutData {
 public:
  /// An empty project.
  LayoutData() = default;
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
  /// Every building, ordered by id.
  const std::vector<LayoutBuilding>& buildings() const { return buildings_; }
  /// A town or grid name of the buildings ("" for none).
  const std::string& name(std::uint32_t index) const { return names_[index]; }
  const std::string& townOf(const LayoutBuilding& b) const { return names_[b.town]; }
  const std::string& gridOf(const LayoutBuilding& b) const { return names_[b.grid]; }
  /// The index of a town or grid name, or -1 when no building has it.
  std::int64_t nameIndex(const std::string& name) const;
  /// Key-zone types (docs/rules.md#key-zones) a building lies in; empty before `fangan analyze`.
  const std::vector<std::string>& zoneTypesOf(const LayoutBuilding& b) const {
    return zoneTypeSets_[b.zoneTypes];
  }
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
  /// Where the buildings were read: "cache" (the project's attribute cache, current) or "scan"
  /// (a narrow scan of the store); "" for an empty LayoutData.
  const std::string& buildingsSource() const { return buildingsSource_; }
  /// Centre of a building's bounding box, or nothing when it has no drawable footprint.
  bool buildingCentre(std::int64_t buildingId, QPointF* centre) const;

 private:
  std::uint32_t intern(const std::string& name);
  // The buildings from the project's attribute cache when it is current (false otherwise), or
  // by a narrow scan of the store.
  static bool readFromColumns(const ProjectStore& store, LayoutData& data);
  static void readFromStore(const ProjectStore& store, LayoutData& data);

  ProjectMap map_;
  std::vector<RenderLayer> basemaps_;
  std::vector<LayoutBuilding> buildings_;
  std::vector<std::string> names_{std::string()};
  std::unordered_map<std::string, std::uint32_t> nameIndex_{{std::string(), 0}};
  std::vector<std::vector<std::string>> zoneTypeSets_{{}};
  std::vector<GridRecord> grids_;
  QStringList towns_;
  QString projectName_;
  int srid_ = 0;
  std::string buildingsSource_;
};

}  // namespace fangan
