#include "layers/ProjectMap.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "gis/store/LayerRegistry.h"
#include "gis/store/MapCacheStore.h"
#include "layers/BuildingDensity.h"
#include "layers/LayerLoader.h"
#include "layers/RasterBasemap.h"
#include "layers/StyleEvaluator.h"

namespace fangan {

std::vector<ProjectLayer> ProjectMap::drawingOrder() { return mapLayers(); }

ProjectMap ProjectMap::load(const ProjectStore& store, BuildingTheme theme) {
  return read(store, nullptr, theme, nullptr, false);
}

ProjectMap ProjectMap::open(ProjectStore& store, BuildingTheme theme,
                            const std::function<void(MapPreview)>& preview) {
  return read(store, &store, theme, preview, false);
}

ProjectMap ProjectMap::openWritingCacheLater(ProjectStore& store, BuildingTheme theme,
                                             const std::function<void(MapPreview)>& preview) {
  return read(store, &store, theme, preview, true);
}

std::vector<std::int64_t> ProjectMap::buildingIds(const ProjectStore& store) const {
  const int at = indexOf(ProjectLayer::Buildings);
  if (at < 0) return store.buildingIds();
  const MapLayerEntry& e = entries_[static_cast<std::size_t>(at)];
  // Every building row becomes a feature or counts as skipped: with none skipped, the features
  // are the buildings.
  if (e.skippedFeatures != 0 || !e.error.isEmpty()) return store.buildingIds();
  std::vector<std::int64_t> ids;
  ids.reserve(e.layer.features().size());
  for (const MapFeature& f : e.layer.features()) ids.push_back(f.id);
  if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());
  return ids;
}

ProjectMap ProjectMap::read(const ProjectStore& store, ProjectStore* writable, BuildingTheme theme,
                            const std::function<void(MapPreview)>& preview, bool cacheLater) {
  ProjectMap map;
  map.theme_ = theme;
  const auto loadEntryFrom = [&](const ProjectStore& from, ProjectLayer kind) {
    MapLayerEntry entry;
    entry.kind = kind;
    entry.style = kind == ProjectLayer::Buildings ? buildingStyle(theme) : defaultStyle(kind);
    try {
      entry.layer = kind == ProjectLayer::Buildings
                        ? loadBuildingLayer(from, writable, &entry.skippedFeatures, &map.cacheUse_,
                                            cacheLater ? &map.pendingCache_ : nullptr)
                        : loadMapLayer(from, kind, &entry.skippedFeatures);
    } catch (const std::exception& e) {
      entry.error = QString::fromStdString(e.what());
    }
    return entry;
  };
  const auto loadEntry = [&](ProjectLayer kind) { return loadEntryFrom(store, kind); };
  // When the cache is to be written later (nothing is written during the read), a SpatiaLite
  // project's buildings, which take the time, are read on a thread of their own through a
  // connection of its own while this one reads the other layers and shows the preview: the
  // decoding leaves part of the two cores idle, which the other layers' reading then takes
  // (10^6 buildings: ~80-100 ms of zones). Should that connection not open, they are read
  // here afterwards.
  std::optional<MapLayerEntry> buildings;
  std::thread buildingsReader;
  if (cacheLater && buildingsGeneration(store)) {
    buildingsReader = std::thread([&buildings, &loadEntryFrom, location = store.location()]() {
      std::unique_ptr<ProjectStore> own;
      try {
        own = openSpatialiteProject(location);
      } catch (const std::exception&) {
        return;
      }
      buildings = loadEntryFrom(*own, ProjectLayer::Buildings);
    });
  }
  // Joined on every way out, an exception from the preview's receiver too.
  struct Joiner {
    std::thread& thread;
    ~Joiner() {
      if (thread.joinable()) thread.join();
    }
  } joiner{buildingsReader};
  // Empty layers stay out of the layer tree, except buildings: a project is about them, and
  // an empty entry says so more clearly than a missing one.
  const auto kept = [](const MapLayerEntry& e) {
    return !e.layer.isEmpty() || !e.error.isEmpty() || e.kind == ProjectLayer::Buildings;
  };
  // The small layers first; the buildings, which take the time, last, so that a preview with
  // their density where they go can be shown meanwhile.
  std::vector<MapLayerEntry> entries;
  std::size_t buildingsAt = 0;
  for (ProjectLayer kind : drawingOrder()) {
    if (kind == ProjectLayer::Buildings) {
      buildingsAt = entries.size();
      continue;
    }
    MapLayerEntry entry = loadEntry(kind);
    if (kept(entry)) entries.push_back(std::move(entry));
  }
  if (preview) {
    MapPreview first;
    for (std::size_t i = 0; i <= entries.size(); ++i) {
      if (i == buildingsAt) {
        try {
          if (const auto density = readBuildingDensity(store)) {
            RenderLayer layer;
            layer.raster = buildingDensityRaster(*density, store.srid());
            if (layer.raster) {
              first.layers.push_back(std::move(layer));
              first.extent.include(density->extent);
              first.buildings = density->buildings;
            }
          }
        } catch (const std::exception&) {
          // No density then: the towns and grids alone until the footprints come.
        }
      }
      if (i == entries.size()) break;
      const MapLayerEntry& e = entries[i];
      if (e.layer.isEmpty()) continue;
      if (e.kind == ProjectLayer::Towns || e.kind == ProjectLayer::Grids) {
        first.extent.include(e.layer.extent());
      }
      first.layers.push_back(RenderLayer{e.layer, e.style, nullptr});
    }
    if (first.extent.isEmpty()) {
      for (const RenderLayer& l : first.layers) {
        if (!l.raster) first.extent.include(l.layer.extent());
      }
    }
    preview(std::move(first));
  }
  if (buildingsReader.joinable()) buildingsReader.join();
  entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(buildingsAt),
                 buildings ? std::move(*buildings) : loadEntry(ProjectLayer::Buildings));
  map.entries_ = std::move(entries);
  // Counted here, on the loading thread, rather than when the legend is first shown.
  map.legendCounts(map.indexOf(ProjectLayer::Buildings));
  return map;
}

bool ProjectMap::updateBuilding(const BuildingRecord& record) {
  const int entry = indexOf(ProjectLayer::Buildings);
  if (entry < 0) return false;
  MapLayer& layer = entries_[static_cast<std::size_t>(entry)].layer;
  const MapFeature* feature = featureById(ProjectLayer::Buildings, record.id);
  if (!feature) return false;
  const int index = static_cast<int>(feature - layer.features().data());
  MapLayer updated = layer.withValues(index, buildingFeatureValues(record));
  // Legend counts follow the one feature instead of being counted again over the layer.
  auto cached = legendCache_.find(entry);
  if (cached != legendCache_.end()) {
    const StyleEvaluator evaluator(entries_[static_cast<std::size_t>(entry)].style, layer);
    std::vector<int>& counts = cached->second;
    const auto adjust = [&counts](int delta) {
      return [&counts, delta](const StyleRule&, int rule) {
        if (rule < static_cast<int>(counts.size())) counts[static_cast<std::size_t>(rule)] += delta;
      };
    };
    evaluator.forEachRule(*feature, 0, adjust(-1));
    evaluator.forEachRule(updated.features()[static_cast<std::size_t>(index)], 0, adjust(+1));
  }
  layer = std::move(updated);
  return true;
}

int ProjectMap::indexOf(ProjectLayer kind) const {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind == kind) return static_cast<int>(i);
  }
  return -1;
}

void ProjectMap::setVisible(int entry, bool visible) {
  if (entry >= 0 && entry < static_cast<int>(entries_.size()))
    entries_[static_cast<std::size_t>(entry)].visible = visible;
}

void ProjectMap::setStyle(int entry, const Style& style) {
  if (entry >= 0 && entry < static_cast<int>(entries_.size())) {
    entries_[static_cast<std::size_t>(entry)].style = style;
    legendCache_.erase(entry);
  }
}

void ProjectMap::moveEntry(int from, int to) {
  const int n = static_cast<int>(entries_.size());
  if (from < 0 || from >= n || to < 0 || to >= n || from == to) return;
  MapLayerEntry moved = std::move(entries_[static_cast<std::size_t>(from)]);
  entries_.erase(entries_.begin() + from);
  entries_.insert(entries_.begin() + to, std::move(moved));
  // The cached counts are keyed by position; they follow their layers rather than being counted
  // again (a pass over the buildings costs hundreds of milliseconds).
  const auto moveIndex = [from, to](int i) {
    if (i == from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (to < from && i >= to && i < from) return i + 1;
    return i;
  };
  std::map<int, std::vector<int>> remapped;
  for (auto& [index, counts] : legendCache_) remapped[moveIndex(index)] = std::move(counts);
  legendCache_ = std::move(remapped);
}

void ProjectMap::setOpacity(int entry, double opacity) {
  // The rules are unchanged, so the legend counts stay valid.
  if (entry >= 0 && entry < static_cast<int>(entries_.size()))
    entries_[static_cast<std::size_t>(entry)].style.opacity = std::clamp(opacity, 0.0, 1.0);
}

void ProjectMap::setBuildingTheme(BuildingTheme theme) {
  theme_ = theme;
  setStyle(indexOf(ProjectLayer::Buildings), buildingStyle(theme));
}

std::vector<RenderLayer> ProjectMap::visibleLayers() const {
  std::vector<RenderLayer> layers;
  for (const MapLayerEntry& e : entries_) {
    if (e.visible && !e.layer.isEmpty()) layers.push_back({e.layer, e.style});
  }
  return layers;
}

Extent ProjectMap::extent() const {
  Extent area;
  Extent all;
  for (const MapLayerEntry& entry : entries_) {
    all.include(entry.layer.extent());
    if (entry.kind == ProjectLayer::Buildings || entry.kind == ProjectLayer::Grids ||
        entry.kind == ProjectLayer::Towns) {
      area.include(entry.layer.extent());
    }
  }
  return area.isEmpty() ? all : area;
}

const MapFeature* ProjectMap::buildingAt(const QPointF& point, double tolerance) const {
  const int at = indexOf(ProjectLayer::Buildings);
  if (at < 0) return nullptr;
  const MapLayer& layer = entries_[static_cast<std::size_t>(at)].layer;
  const std::optional<int> feature = layer.featureAt(point, tolerance);
  if (!feature) return nullptr;
  return &layer.features()[static_cast<std::size_t>(*feature)];
}

const MapFeature* ProjectMap::featureById(ProjectLayer kind, std::int64_t id) const {
  const int at = indexOf(kind);
  if (at < 0) return nullptr;
  const std::vector<MapFeature>& features = entries_[static_cast<std::size_t>(at)].layer.features();
  // Layers are read in id order, so bisection finds it; a layer built otherwise falls back to a
  // scan.
  const auto it =
      std::lower_bound(features.begin(), features.end(), id,
                       [](const MapFeature& f, std::int64_t wanted) { return f.id < wanted; });
  if (it != features.end() && it->id == id) return &*it;
  for (const MapFeature& f : features) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

std::vector<int> ProjectMap::legendCounts(int entry) const {
  if (entry < 0 || entry >= static_cast<int>(entries_.size())) return {};
  auto cached = legendCache_.find(entry);
  if (cached != legendCache_.end()) return cached->second;
  const MapLayerEntry& e = entries_[static_cast<std::size_t>(entry)];
  std::vector<int> counts = StyleEvaluator(e.style, e.layer).ruleCounts(e.layer);
  legendCache_[entry] = counts;
  return counts;
}

}  // namespace fangan
