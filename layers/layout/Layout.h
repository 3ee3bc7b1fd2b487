#pragma once
// A layout built from a template: the page setup and the items, ready to paint any number of
// pages (one per area in an atlas). Painting computes the map frame's view first, because the
// legend, scale bar, grid and chart depend on it, then paints the items in template order.

#include <QHash>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "layers/layout/LayoutContext.h"
#include "layers/layout/LayoutItem.h"
#include "layers/layout/LayoutTemplate.h"
#include "layers/layout/PageSetup.h"

namespace fangan {

class MapFrameItem;

/// One page to paint: its area and its texts.
struct LayoutPage {
  LayoutArea area;
  /// Placeholder values added to (or replacing) the layout's own: "date", "district", "page",
  /// "pages", "source", "note" ...
  QHash<QString, QString> variables;
  /// Texts replacing those of text items by role ("title" → the `--title` of the command line).
  QHash<QString, QString> roleTexts;
};

class Layout {
 public:
  /// Builds the items of `layoutTemplate`. Throws LayoutError naming the item at fault.
  static Layout fromTemplate(const LayoutTemplate& layoutTemplate);

  const QString& name() const { return name_; }
  /// The template's title (without the area).
  const QString& title() const { return title_; }
  const QString& description() const { return description_; }
  const PageSetup& pageSetup() const { return page_; }
  /// Another paper size, orientation or margins (items keep their edge distances).
  void setPageSetup(const PageSetup& page) { page_ = page; }
  const QString& fontFamily() const { return fontFamily_; }
  const std::vector<std::shared_ptr<const LayoutItem>>& items() const { return items_; }
  /// The map frame (the first "map" item), or null for a layout without a map.
  const MapFrameItem* mapFrame() const { return mapFrame_; }

  /// The context items see on `page`: layers, map frame view and placeholder values.
  LayoutContext context(const LayoutData& data, const LayoutPage& page,
                        const PaperUnits& units) const;
  /// Paints `page` with the sheet's top-left corner at the device origin. Returns false when
  /// `cancel` was raised (the page is then incomplete).
  bool paint(QPainter& painter, const LayoutData& data, const LayoutPage& page,
             const PaperUnits& units, MapRendering rendering = MapRendering::Auto,
             const std::atomic<bool>* cancel = nullptr) const;

 private:
  QString name_;
  QString title_;
  QString description_;
  QString fontFamily_;
  PageSetup page_;
  std::vector<std::shared_ptr<const LayoutItem>> items_;
  const MapFrameItem* mapFrame_ = nullptr;
};

}  // namespace fangan
