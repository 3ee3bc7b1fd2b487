#include "layers/layout/PaperUnits.h"

#include <algorithm>
#include <cmath>

namespace fangan {

QFont PaperUnits::font(const QString& family, double points, bool bold) const {
  QFont f(family);
  f.setPixelSize(std::max(1, static_cast<int>(std::lround(pt(points)))));
  f.setBold(bold);
  // Hinting snaps glyphs to the device grid, which changes text width with the resolution and
  // would make a PNG and a PDF of the same layout break lines differently.
  f.setHintingPreference(QFont::PreferNoHinting);
  f.setStyleStrategy(kPrintStyleStrategy);
  return f;
}

}  // namespace fangan
