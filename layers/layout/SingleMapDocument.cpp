#include "layers/layout/SingleMapDocument.h"

namespace fangan {

SingleMapDocument::SingleMapDocument(Layout layout, const LayoutData& data, LayoutPage page)
    : layout_(std::move(layout)), data_(data), page_(std::move(page)) {}

QString SingleMapDocument::title() const {
  const auto it = page_.roleTexts.constFind(QStringLiteral("title"));
  if (it != page_.roleTexts.constEnd()) return *it;
  return page_.area.label + layout_.title();
}

bool SingleMapDocument::paintPage(int, QPainter& painter, const PaperUnits& units,
                                  MapRendering rendering, const std::atomic<bool>* cancel) const {
  return layout_.paint(painter, data_, page_, units, rendering, cancel);
}

}  // namespace fangan
