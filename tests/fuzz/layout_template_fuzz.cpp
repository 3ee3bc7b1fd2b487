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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  // Made once and never destroyed: a QGuiApplication torn down among the static destructors at
  // exit can outlive parts of Qt it needs.
  static const HeadlessGui* const gui = new HeadlessGui;
  (void)gui;
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
