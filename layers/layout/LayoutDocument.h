#pragma once
// A document of layout pages, as the exporters see it: how many pages, each page's sheet, and
// how to paint one. A single map and an atlas are both documents, so PDF, PNG, SVG and the
// preview have one code path.

#include <QPainter>
#include <QString>
#include <atomic>

#include "layers/layout/LayoutContext.h"
#include "layers/layout/PageSetup.h"
#include "layers/layout/PaperUnits.h"

namespace fangan {

class LayoutDocument {
 public:
  virtual ~LayoutDocument() = default;
  /// Number of pages (at least 1).
  virtual int pageCount() const = 0;
  /// The sheet of page `index` (0-based).
  virtual PageSetup pageSetup(int index) const = 0;
  /// The document's title (PDF metadata, window titles).
  virtual QString title() const = 0;
  /// The font family the pages' text is set in.
  virtual QString fontFamily() const = 0;
  /// A short name of page `index` for progress messages ("网格 G01").
  virtual QString pageName(int index) const = 0;
  /// Paints page `index` with the sheet's top-left corner at the device origin. Returns false
  /// when `cancel` was raised.
  virtual bool paintPage(int index, QPainter& painter, const PaperUnits& units,
                         MapRendering rendering, const std::atomic<bool>* cancel) const = 0;
};

}  // namespace fangan
