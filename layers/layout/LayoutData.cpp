#include "layers/layout/LayoutData.h"

#include <QFileInfo>
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "gis/store/AttributeColumns.h"
#include "layers/Basemaps.h"
#include "layers/LayerLoader.h"

namespace fangan {
namespace {

// The columns a layout reads of each building: the ledger's, the area columns and what the
// statistics table's own columns ask (awaitingAppraisal, controlled).
std::vector<std::string> layoutColumns() {
  std::vector<std::string> columns = ledgerFactColumns();
  for (const char* c : {"town", "grid", "initial_hazard", "appraisal_grade", "recheck_no_hazard",
                        "direct_engineering", "closed", "control"}) {
    if (std::find(columns.begin(), columns.end(), c) == columns.end()) columns.emplace_back(c);
  }
  return columns;
}

bool awaitingAppraisal(const BuildingRecord& r) {
  const bool found =
      r.initialHazard == InitialHazard::Hazard || r.initialHazard == InitialHazard::Suspect;
  return found && r.appraisalGrade == AppraisalGrade::None && !r.recheckNoHazard.value_or(false) &&
         !r.directEngineering.value_or(false) && !r.isClosed();
}

bool controlled(const BuildingRecord& r) {
  return r.control == ControlMeasure::StopUse || r.control == ControlMeasure::EvacuatedSealed;
}

// The statistics a layout keeps of a record read with (at least) layoutColumns().
void setCounts(const BuildingRecord& r, LayoutBuilding& b) {
  b.facts = ledgerFacts(r);
  b.awaitingAppraisal = awaitingAppraisal(r);
  b.controlled = controlled(r);
}

}  // namespace

std::uint32_t LayoutData::intern(const std::string& name) {
  const auto [it, added] = nameIndex_.emplace(name, static_cast<std::uint32_t>(names_.size()));
  if (added) names_.push_back(name);
  return it->second;
}

void LayoutData::readFromStore(const ProjectStore& store, LayoutData& data) {
  BuildingScan scan;
  scan.footprints = false;
  scan.columns = layoutColumns();
  store.scanBuildings(scan, [&data](const BuildingRecord& r, const Wkb&) {
    LayoutBuilding b;
    b.id = r.id;
    b.town = data.intern(r.town);
    b.grid = data.intern(r.grid);
    setCounts(r, b);
    data.buildings_.push_back(b);
    return true;
  });
}

bool LayoutData::readFromColumns(const ProjectStore& store, LayoutData& data) {
  const std::vector<std::string> names = layoutColumns();
  std::optional<std::vector<AttributeColumn>> columns = readCachedAttributeColumns(store, names);
  if (!columns || columns->empty()) return false;
  const std::vector<std::int64_t>& ids = *columns->front().ids;
  std::vector<std::uint32_t> townOf, gridOf;  // name index per distinct value
  std::vector<const AttributeColumn*> counted;
  const AttributeColumn* town = nullptr;
  const AttributeColumn* grid = nullptr;
  for (const AttributeColumn& c : *columns) {
    if (c.name == "town" || c.name == "grid") {
      (c.name == "town" ? town : grid) = &c;
      std::vector<std::uint32_t>& to = c.name == "town" ? townOf : gridOf;
      for (const auto& value : c.values) to.push_back(data.intern(value.value_or(std::string())));
    } else {
      counted.push_back(&c);
    }
  }
  // Buildings with the same values in every counted column count alike: each group becomes a
  // record once, however many buildings share it.
  const AlikeGroups groups = groupAlikeBuildings(counted);
  std::vector<LayoutBuilding> ofGroup(groups.counts.size());
  for (std::size_t g = 0; g < ofGroup.size(); ++g) setCounts(groups.record(g, counted), ofGroup[g]);
  data.buildings_.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    LayoutBuilding b = ofGroup[groups.groupOf[i]];
    b.id = ids[i];
    b.town = townOf[town->rows[i]];
    b.grid = gridOf[grid->rows[i]];
    data.buildings_.push_back(b);
  }
  return true;
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
  LayoutData data;
  data.map_ = std::move(map);
  const int buildingEntry = data.map_.indexOf(ProjectLayer::Buildings);
  const MapLayer* buildingLayer =
      buildingEntry < 0 ? nullptr
                        : &data.map_.entries()[static_cast<std::size_t>(buildingEntry)].layer;
  if (buildingLayer) data.buildings_.reserve(buildingLayer->features().size());

  if (readFromColumns(store, data)) {
    data.buildingsSource_ = "cache";
  } else {
    readFromStore(store, data);
    data.buildingsSource_ = "scan";
  }
  auto byId = [&data](std::int64_t id) -> LayoutBuilding* {
    const auto it = std::lower_bound(
        data.buildings_.begin(), data.buildings_.end(), id,
        [](const LayoutBuilding& b, std::int64_t wanted) { return b.id < wanted; });
    return it != data.buildings_.end() && it->id == id ? &*it : nullptr;
  };
  if (buildingLayer) {
    for (const MapFeature& f : buildingLayer->features()) {
      if (LayoutBuilding* b = byId(f.id)) {
        b->centre =
            QPointF((f.bounds.minX + f.bounds.maxX) * 0.5, (f.bounds.minY + f.bounds.maxY) * 0.5);
        b->hasCentre = true;
      }
    }
  }

  // Zone membership: each building's types in the order the store gives them, one shared list
  // per distinct set.
  std::map<std::int64_t, std::vector<std::string>> typesById;
  for (auto& [id, type] : store.buildingZoneTypes()) typesById[id].push_back(std::move(type));
  std::map<std::vector<std::string>, std::uint32_t> setIndex;
  for (auto& [id, types] : typesById) {
    LayoutBuilding* b = byId(id);
    if (!b) continue;
    const auto [it, added] =
        setIndex.emplace(types, static_cast<std::uint32_t>(data.zoneTypeSets_.size()));
    if (added) data.zoneTypeSets_.push_back(std::move(types));
    b->zoneTypes = it->second;
  }

  store.forEachGrid([&data](const GridRecord& g, const Wkb&) {
    data.grids_.push_back(g);
    return true;
  });
  std::stable_sort(data.grids_.begin(), data.grids_.end(),
                   [](const GridRecord& a, const GridRecord& b) {
                     return a.town != b.town ? a.town < b.town : a.grid < b.grid;
                   });

  std::set<std::string> towns;
  const int townEntry = data.map_.indexOf(ProjectLayer::Towns);
  if (townEntry >= 0) {
    const MapLayer& layer = data.map_.entries()[static_cast<std::size_t>(townEntry)].layer;
    const int field = layer.fieldIndex(layer_field::kTown);
    for (const MapFeature& f : layer.features()) {
      if (field >= 0 && !f.values[field].isEmpty()) towns.insert(f.values[field].toStdString());
    }
  }
  if (towns.empty()) {
    std::vector<bool> isTown(data.names_.size(), false);
    for (const LayoutBuilding& b : data.buildings_) isTown[b.town] = true;
    for (std::size_t i = 1; i < isTown.size(); ++i) {
      if (isTown[i]) towns.insert(data.names_[i]);
    }
  }
  for (const std::string& t : towns) data.towns_.append(QString::fromStdString(t));

  data.projectName_ = QFileInfo(QString::fromStdString(store.location())).fileName();
  data.srid_ = store.srid();
  return data;
}

std::int64_t LayoutData::nameIndex(const std::string& name) const {
  const auto it = nameIndex_.find(name);
  return it == nameIndex_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

const GridRecord* LayoutData::grid(const QString& gridId) const {
  const std::string id = gridId.toStdString();
  for (const GridRecord& g : grids_) {
    if (g.grid == id) return &g;
  }
  return nullptr;
}

bool LayoutData::buildingCentre(std::int64_t buildingId, QPointF* centre) const {
  const auto it =
      std::lower_bound(buildings_.begin(), buildings_.end(), buildingId,
                       [](const LayoutBuilding& b, std::int64_t wanted) { return b.id < wanted; });
  if (it == buildings_.end() || it->id != buildingId || !it->hasCentre) return false;
  if (centre) *centre = it->centre;
  return true;
}

}  // namespace fangan
