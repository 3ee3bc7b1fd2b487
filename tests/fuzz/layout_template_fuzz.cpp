// Fuzz target `layout_template`: a layout template JSON file (layers/layout/LayoutTemplate.h,
// format in data/templates/README.md), built into a Layout and painted as one page of an empty
// project on a small image (24 dpi), so that every item reads its properties. Input: the file's
// bytes. Invariant: a template is drawn or refused with LayoutError.

#include <QImage>
#include <QPainter>

#include "FuzzTarget.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/Layout.h"
#include "layers/layout/LayoutError.h"

// Made once and never destroyed: a QGuiApplication torn down among the static destructors at
// exit can outlive parts of Qt it needs. A global with external linkage, so that the compiler
// keeps the pointer and LeakSanitizer sees the object as reachable (a function-local static
// pointer was optimised away and the object reported as leaked).
fangan::HeadlessGui* fuzzLayoutTemplateGui = nullptr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  if (!fuzzLayoutTemplateGui) fuzzLayoutTemplateGui = new HeadlessGui;
  static const LayoutData emptyProject;
  try {
    const LayoutTemplate parsed = LayoutTemplate::parse(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<int>(size)),
        QStringLiteral("/fuzz/template.json"));
    const Layout layout = Layout::fromTemplate(parsed);
    const PaperUnits units(24);
    QImage image(layout.pageSetup().pixelSize(units.dpi()), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    layout.paint(painter, emptyProject, LayoutPage{}, units);
  } catch (const LayoutError&) {
  }
  return 0;
}
