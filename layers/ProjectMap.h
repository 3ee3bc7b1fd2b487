#pragma once
// A project's map: its layers loaded as snapshots, each with a style and a visibility, in
// drawing order. The interface binds widgets to this; renders take a copy of what is visible.

#include <QString>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "gis/store/ProjectStore.h"
#include "layers/MapCache.h"
#include "layers/MapLayer.h"
#include "layers/MapRenderer.h"
#include "layers/PresetStyles.h"
#include "layers/Style.h"

namespace fangan {

/// One layer of the map with how it is shown.
struct MapLayerEntry {
  ProjectLayer kind = ProjectLayer::Buildings;
  MapLayer layer;  ///< empty when the layer failed to load
  Style style;
  bool visible = true;
  int skippedFeatures = 0;  ///< geometries that could not be decoded
  QString error;            ///< why the layer failed to load; empty when it loaded
};

/// What a large project's map shows before its footprints are mapped: every layer but the
/// buildings, and in their place the buildings' density from the map cache (BuildingDensity.h)
/// when the cache is current.
struct MapPreview {
  std::vector<RenderLayer> layers;  ///< bottom to top
  Extent extent;                    ///< the project's area (towns, grids, the density)
  std::int64_t buildings = 0;       ///< buildings counted in the density; 0: no density
};

class ProjectMap {
 public:
  /// The drawing order, bottom first: areas under buildings, outlines and points over them.
  static std::vector<ProjectLayer> drawingOrder();

  /// An empty map.
  ProjectMap() = default;
  /// Loads every layer of `store` that has features (one store query per layer). A layer that
  /// fails to load keeps its error in its entry instead of stopping the others.
  static ProjectMap load(const ProjectStore& store,
                         BuildingTheme theme = BuildingTheme::HazardGrade);
  /// As load(), and when the buildings came from the store rather than the map cache, writes
  /// the cache for the next opening (docs/rules.md#map-cache). `preview`, when given, is called
  /// (on the calling thread) once the other layers are read, before the buildings.
  static ProjectMap open(ProjectStore& store, BuildingTheme theme = BuildingTheme::HazardGrade,
                         const std::function<void(MapPreview)>& preview = nullptr);
  /// As open(), but a cache to be written is not written: it is kept for the caller to take
  /// (takePendingCache) and write when the map is on screen (writePendingMapCache). A SpatiaLite
  /// project's buildings are read through a connection of its own, on a thread of its own,
  /// while `store` reads the other layers: they are what is committed, so `store` must hold no
  /// open transaction (an opening's fresh store).
  static ProjectMap openWritingCacheLater(ProjectStore& store, BuildingTheme theme,
                                          const std::function<void(MapPreview)>& preview);

  /// How the buildings layer was read when the map was loaded.
  MapCacheUse buildingsCacheUse() const { return cacheUse_; }
  /// The ids of every building, ascending (the attribute table's rows): those of the buildings
  /// layer when it holds every building (none left out, no error), the same read as the map's;
  /// else read from `store`, a scan of the buildings table (~0.35 s at 10^6 buildings).
  std::vector<std::int64_t> buildingIds(const ProjectStore& store) const;
  /// The cache openWritingCacheLater() left to write, once; null when there is none.
  std::shared_ptr<PendingMapCache> takePendingCache() { return std::move(pendingCache_); }

  /// The layers, bottom to top.
  const std::vector<MapLayerEntry>& entries() const { return entries_; }
  /// Position of a layer kind in entries(), or -1 when the project has none.
  int indexOf(ProjectLayer kind) const;
  /// Shows or hides a layer.
  void setVisible(int entry, bool visible);
  /// Replaces a layer's style.
  void setStyle(int entry, const Style& style);
  /// Moves a layer in the drawing order from position `from` to position `to` (both indexes of
  /// entries() before the move; the layers between shift by one). Out-of-range indexes do
  /// nothing.
  void moveEntry(int from, int to);
  /// Sets the opacity of a layer as a whole (Style::opacity), clamped to 0–1.
  void setOpacity(int entry, double opacity);

  /// The theme the buildings are coloured by.
  BuildingTheme buildingTheme() const { return theme_; }
  /// Recolours the buildings layer.
  void setBuildingTheme(BuildingTheme theme);

  /// Takes an edited building record into the buildings snapshot (a new snapshot sharing the
  /// geometries; renders under way keep the old one). False when the map has no such building.
  bool updateBuilding(const BuildingRecord& record);

  /// Snapshots of the visible layers with their styles, bottom to top, for a render.
  std::vector<RenderLayer> visibleLayers() const;
  /// The project's area: extent of the buildings, grids and towns (source layers such as roads
  /// and rivers run far beyond it); of all layers when those are empty.
  Extent extent() const;
  /// The building under `point` (see MapLayer::featureAt), or null. Valid until the map changes.
  const MapFeature* buildingAt(const QPointF& point, double tolerance) const;
  /// The feature of a layer kind with store id `id`, or null (bisection: layers are read in id
  /// order).
  const MapFeature* featureById(ProjectLayer kind, std::int64_t id) const;
  /// Number of features drawn by each rule of a layer's style (legend counts). Counted once per
  /// style (a pass over 10^6 buildings takes a few hundred milliseconds) and then kept up to date
  /// through updateBuilding(); loading a map in the background counts the buildings there.
  std::vector<int> legendCounts(int entry) const;

 private:
  std::vector<MapLayerEntry> entries_;
  mutable std::map<int, std::vector<int>> legendCache_;  // entry → counts of its current style
  BuildingTheme theme_ = BuildingTheme::HazardGrade;
  MapCacheUse cacheUse_ = MapCacheUse::Bypassed;
  std::shared_ptr<PendingMapCache> pendingCache_;

  static ProjectMap read(const ProjectStore& store, ProjectStore* writable, BuildingTheme theme,
                         const std::function<void(MapPreview)>& preview, bool cacheLater);
};

}  // namespace fangan
