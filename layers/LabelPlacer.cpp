#include "layers/LabelPlacer.h"

namespace fangan {

bool LabelPlacer::place(const QRectF& box) {
  if (!bounds_.contains(box)) return false;
  for (const QRectF& other : placed_) {
    if (other.intersects(box)) return false;
  }
  placed_.push_back(box);
  return true;
}

}  // namespace fangan
