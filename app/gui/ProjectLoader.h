#pragma once
// Opening a project: the store, the map's layer snapshots and the building ids the attribute
// table pages through. For a district of a million buildings this takes seconds, so the window
// runs it on a worker thread (the connection is then handed to the window's thread, which alone
// uses it from there on) and keeps working meanwhile.

#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "gis/crs/CrsTransform.h"
#include "gis/store/ProjectStore.h"
#include "layers/PresetStyles.h"
#include "layers/ProjectMap.h"

namespace fangan {
namespace gui {

/// A project read and ready to show.
struct LoadedProject {
  QString path;
  std::unique_ptr<ProjectStore> store;  ///< null when the project could not be opened
  ProjectMap map;
  std::vector<std::int64_t> buildingIds;  ///< ascending
  /// Project CRS → WGS 84 for the status bar's lon/lat; null when the project has no CRS or
  /// PROJ cannot build it. Made here because PROJ reads its database for it (~60 ms), which
  /// the window's thread would otherwise spend just as the map arrives. Its own PROJ context:
  /// it may move to the window's thread.
  std::unique_ptr<CrsTransform> toLonLat;
  QString error;            ///< why it could not be opened
  bool cancelled = false;   ///< stopped by the user: nothing to show
  qint64 milliseconds = 0;  ///< time taken to read it
};

/// Opens the project at `path` and loads what the window shows, colouring buildings by
/// `theme`. Checks `cancel` between layers. Never throws: failures come back in `error`.
/// `preview`, when given, gets the map as it can be shown before the building footprints are
/// mapped (ProjectMap::open), on the loading thread.
std::shared_ptr<LoadedProject> loadProject(const QString& path, BuildingTheme theme,
                                           const std::atomic<bool>* cancel = nullptr,
                                           const std::function<void(MapPreview)>& preview = {});

}  // namespace gui
}  // namespace fangan
