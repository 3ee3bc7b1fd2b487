#pragma once
// The export dialog: choose a template, the area (district, a town, a grid or the current
// view), titles and sheet, see the page as it will print, and write a PDF, PNG or SVG, or an
// atlas with one page per grid or town (with progress and cancel). The page is composed by the
// layout engine in layers/layout; this dialog only collects choices and shows results.

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <atomic>
#include <memory>
#include <optional>

#include "gis/store/ProjectStore.h"
#include "layers/ProjectMap.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/LayoutDocument.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace fangan {
namespace gui {

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  /// Reads the project's buildings and grids from `store` and takes `map` as the application
  /// shows it; `currentView` is offered as an area; `projectPath` finds project templates.
  /// `basemaps`: the raster basemaps the window shows, drawn under the map frames' layers.
  ExportDialog(const ProjectStore& store, const ProjectMap& map, const QString& projectPath,
               const Extent& currentView, QWidget* parent = nullptr,
               std::vector<RenderLayer> basemaps = {});
  ~ExportDialog() override;

  QComboBox* templateSelector() const { return templates_; }
  QComboBox* areaSelector() const { return areas_; }
  QComboBox* outputSelector() const { return output_; }
  QLineEdit* titleEdit() const { return title_; }
  /// The last preview rendered (null before the first one finishes).
  QImage previewImage() const { return previewImage_; }
  /// True while a preview is being rendered.
  bool previewPending() const;

  /// Writes the current choice to `path` (format by extension), showing progress for atlases.
  /// Returns false with the reason in `error` (empty when the user cancelled).
  bool exportTo(const QString& path, QString* error);

 private:
  void fillAreas();
  void schedulePreview();
  void startPreview();
  void showPreview();
  void chooseFileAndExport();
  /// The document the current choices describe; throws LayoutError.
  std::unique_ptr<LayoutDocument> document() const;

  LayoutData data_;
  QString projectPath_;
  Extent currentView_;

  QComboBox* templates_ = nullptr;
  QComboBox* output_ = nullptr;
  QComboBox* areas_ = nullptr;
  QLineEdit* title_ = nullptr;
  QLineEdit* subtitle_ = nullptr;
  QLineEdit* note_ = nullptr;
  QLineEdit* source_ = nullptr;
  QLineEdit* pages_ = nullptr;
  QComboBox* paper_ = nullptr;
  QComboBox* orientation_ = nullptr;
  QSpinBox* dpi_ = nullptr;
  QLabel* preview_ = nullptr;
  QLabel* status_ = nullptr;

  QTimer* previewTimer_ = nullptr;
  QFutureWatcher<QImage>* previewWatcher_ = nullptr;
  std::shared_ptr<std::atomic<bool>> previewCancel_;
  std::shared_ptr<const LayoutDocument> previewDocument_;
  QImage previewImage_;
};

}  // namespace gui
}  // namespace fangan
