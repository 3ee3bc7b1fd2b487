#pragma once
// One element of a page: map frame, text, legend, scale bar, north arrow, coordinate grid,
// statistics table, chart or box. Items are built from a template once and painted for every
// page (an atlas paints the same items with another area), so they hold only settings.

#include <QPainter>
#include <QRectF>
#include <QString>

#include "layers/layout/ItemPlacement.h"
#include "layers/layout/LayoutContext.h"

namespace fangan {

class LayoutItem {
 public:
  explicit LayoutItem(ItemPlacement placement) : placement_(placement) {}
  virtual ~LayoutItem() = default;
  LayoutItem(const LayoutItem&) = delete;
  LayoutItem& operator=(const LayoutItem&) = delete;

  /// Where the item sits in the page's content area.
  const ItemPlacement& placement() const { return placement_; }
  /// The template type name ("legend", ...).
  virtual QString type() const = 0;
  /// Paints the item into `rect` (device pixels) for the page described by `context`.
  virtual void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const = 0;

 private:
  ItemPlacement placement_;
};

}  // namespace fangan
