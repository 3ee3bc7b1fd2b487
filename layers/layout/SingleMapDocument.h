#pragma once
// A one-page document: a layout showing one area (export-map, the export dialog's preview).

#include "layers/layout/Layout.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

class SingleMapDocument : public LayoutDocument {
 public:
  /// `data` must outlive the document.
  SingleMapDocument(Layout layout, const LayoutData& data, LayoutPage page);

  const Layout& layout() const { return layout_; }
  const LayoutPage& page() const { return page_; }

  int pageCount() const override { return 1; }
  PageSetup pageSetup(int) const override { return layout_.pageSetup(); }
  QString fontFamily() const override { return layout_.fontFamily(); }
  QString title() const override;
  QString pageName(int) const override { return page_.area.label; }
  bool paintPage(int index, QPainter& painter, const PaperUnits& units, MapRendering rendering,
                 const std::atomic<bool>* cancel) const override;

 private:
  Layout layout_;
  const LayoutData& data_;
  LayoutPage page_;
};

}  // namespace fangan
