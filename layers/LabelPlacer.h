#pragma once
// Greedy label collision avoidance: labels are offered in priority order and each one is kept
// only if its box stays inside the image and meets no box kept before.

#include <QRectF>
#include <vector>

namespace fangan {

class LabelPlacer {
 public:
  /// Labels must lie entirely inside `bounds` (the image).
  explicit LabelPlacer(const QRectF& bounds) : bounds_(bounds) {}

  /// Keeps `box` and returns true when it fits inside the bounds and meets no kept box.
  bool place(const QRectF& box);
  /// The boxes kept so far, in placement order.
  const std::vector<QRectF>& placed() const { return placed_; }

 private:
  QRectF bounds_;
  // A plain list: a map view shows tens to a few hundred labels, where a linear scan beats
  // maintaining an index.
  std::vector<QRectF> placed_;
};

}  // namespace fangan
