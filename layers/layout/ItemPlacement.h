#pragma once
// Where a layout item sits, the way CSS places an absolutely positioned box: distances of its
// edges from the edges of the page's content area (inside the margins) and/or its size, all in
// millimetres. Edges rather than coordinates let one template fit A4 and A3, portrait and
// landscape: a legend given as {"right": 0, "top": 20, "width": 60} stays at the right edge.

#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <optional>

namespace fangan {

struct ItemPlacement {
  std::optional<double> left;
  std::optional<double> top;
  std::optional<double> right;
  std::optional<double> bottom;
  std::optional<double> width;
  std::optional<double> height;

  /// The item's rectangle in page millimetres. Per axis: both edges give the size; one edge and
  /// the size give the position; the size alone centres the item; one edge alone stretches it to
  /// the opposite edge; nothing fills the content area. A negative size becomes 0.
  QRectF resolve(const QRectF& content) const;

  /// Reads "left", "top", "right", "bottom", "width", "height" (numbers, mm) of a template item.
  /// Throws LayoutError naming `where` when one of them is not a number, or when none is given
  /// and `required` is set (an item placed by something else, such as the coordinate grid
  /// around the map frame, needs none).
  static ItemPlacement fromJson(const QJsonObject& item, const QString& where,
                                bool required = true);
};

}  // namespace fangan
