#pragma once
// The 底图 (basemap) menu of the main window: add a local raster (GeoTIFF, MBTiles, …) to the
// project, show or hide each basemap, remove one. The list lives in the project (Basemaps.h);
// what is shown or hidden lives here, for this session. The window prepends renderLayers() to
// the canvas layers, so that the basemaps are drawn under everything else, and re-renders on
// changed().

#include <QMenu>
#include <QString>
#include <QStringList>
#include <memory>
#include <set>
#include <vector>

#include "gis/store/ProjectStore.h"
#include "layers/MapRenderer.h"
#include "layers/RasterBasemap.h"

namespace fangan {
namespace gui {

class BasemapMenu : public QMenu {
  Q_OBJECT

 public:
  explicit BasemapMenu(QWidget* parent = nullptr);

  /// Loads the basemaps of `store` (null: no project). Files that no longer open stay listed
  /// (so they can be removed) and are reported through unavailable(). `store` must outlive
  /// this menu or the next setProject call.
  void setProject(ProjectStore* store);

  /// Adds the raster at `path` to the project and shows it. On failure returns false and puts
  /// the reason (naming the file) in `error`.
  bool addBasemap(const QString& path, QString* error = nullptr);
  /// Removes the basemap of `path` (as listed) from the project.
  bool removeBasemap(const QString& path);
  /// The listed paths, bottom first (as stored in the project).
  QStringList basemapPaths() const;
  /// Shows or hides a listed basemap (as its check action does).
  void setBasemapVisible(const QString& path, bool visible);
  bool isBasemapVisible(const QString& path) const;

  /// The visible basemaps that opened, bottom first, ready to go under the other layers.
  std::vector<RenderLayer> renderLayers() const;

  /// Asks for a raster file and adds it, explaining failures in a message box.
  void chooseBasemap();
  /// Explains unavailable() messages in a message box (connect it queued, so that the box
  /// comes up once the project has opened).
  void showUnavailable(const QStringList& messages);

 signals:
  /// The basemaps to draw changed (added, removed, shown or hidden).
  void changed();
  /// Listed basemaps that did not open when the project was loaded, one message each (naming
  /// the file and the reason).
  void unavailable(const QStringList& messages);

 private:
  struct Entry {
    QString path;  ///< as stored
    std::shared_ptr<const RasterBasemap> raster;
    QString error;
  };

  void rebuild();

  ProjectStore* store_ = nullptr;
  std::vector<Entry> entries_;
  std::set<QString> hidden_;  ///< paths the user hid
  QAction* addAction_ = nullptr;
  QAction* listEnd_ = nullptr;  ///< separator after the per-basemap actions
  QMenu* removeMenu_ = nullptr;
  std::vector<QAction*> listed_;  ///< the per-basemap actions of this menu and removeMenu_
};

}  // namespace gui
}  // namespace fangan
