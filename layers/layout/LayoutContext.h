#pragma once
// Everything an item needs while one page is painted: the project data, the page's area, the
// device units, the map frame's view (computed before any item paints, because the legend,
// scale bar and grid depend on it) and the placeholder values of its texts.

#include <QHash>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

#include "layers/MapRenderer.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/MapFrameView.h"
#include "layers/layout/PaperUnits.h"

namespace fangan {

/// How the map frame reaches the output.
enum class MapRendering {
  Auto,    ///< vector up to MapFrameItem::kVectorFeatureLimit features in the frame, else image
  Vector,  ///< shapes and text (VectorMapOutput.h): sharp, selectable, larger files for big maps
  Image    ///< an image from MapRenderer at the output resolution, placed in the frame
};

struct LayoutContext {
  const LayoutData* data = nullptr;
  const LayoutArea* area = nullptr;
  PaperUnits units{96};
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  std::vector<RenderLayer> layers;    ///< what the map frame draws, bottom to top
  std::optional<MapFrameView> map;    ///< the layout's map frame, when it has one
  QHash<QString, QString> variables;  ///< placeholder values: {area}, {date}, {scale}, ...
  QHash<QString, QString> roleTexts;  ///< replacement texts of text items by role ("title")
  MapRendering rendering = MapRendering::Auto;
  const std::atomic<bool>* cancel = nullptr;

  /// `text` with every {name} replaced by its variable ({name} stays when unknown; "{{" is "{").
  QString expand(const QString& text) const;
  /// True when the export was cancelled.
  bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

}  // namespace fangan
