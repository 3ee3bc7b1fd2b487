#include "app/gui/ProjectLoader.h"

#include <QElapsedTimer>
#include <exception>

namespace fangan {
namespace gui {

std::shared_ptr<LoadedProject> loadProject(const QString& path, BuildingTheme theme,
                                           const std::atomic<bool>* cancel,
                                           const std::function<void(MapPreview)>& preview) {
  QElapsedTimer timer;
  timer.start();
  auto loaded = std::make_shared<LoadedProject>();
  loaded->path = path;
  const auto stopped = [cancel]() { return cancel && cancel->load(); };
  try {
    std::unique_ptr<ProjectStore> store = openProject(path.toStdString());
    if (stopped()) {
      loaded->cancelled = true;
      return loaded;
    }
    // The map cache, when it has to be written, is written once the map is shown.
    loaded->map = ProjectMap::openWritingCacheLater(*store, theme, preview);
    if (stopped()) {
      loaded->cancelled = true;
      return loaded;
    }
    loaded->buildingIds = loaded->map.buildingIds(*store);
    if (store->srid() > 0) {
      try {
        loaded->toLonLat =
            std::make_unique<CrsTransform>("EPSG:" + std::to_string(store->srid()), "EPSG:4326");
      } catch (const std::exception&) {
        // The status bar then shows project coordinates only.
      }
    }
    loaded->store = std::move(store);
  } catch (const std::exception& e) {
    loaded->error = QString::fromStdString(e.what());
  }
  loaded->milliseconds = timer.elapsed();
  return loaded;
}

}  // namespace gui
}  // namespace fangan
