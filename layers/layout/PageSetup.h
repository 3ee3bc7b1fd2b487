#pragma once
// The sheet a layout is printed on: paper size, orientation and margins, all in millimetres.

#include <QMarginsF>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <optional>

namespace fangan {

/// ISO 216 sheets offices print meeting maps on.
enum class PaperSize { A4, A3 };

enum class PageOrientation { Portrait, Landscape };

struct PageSetup {
  PaperSize paper = PaperSize::A4;
  PageOrientation orientation = PageOrientation::Landscape;
  QMarginsF marginsMm = QMarginsF(10, 10, 10, 10);  ///< left, top, right, bottom

  /// Sheet size in millimetres, oriented (A4 landscape: 297 × 210).
  QSizeF sizeMm() const;
  /// The area inside the margins, in millimetres from the sheet's top-left corner.
  QRectF contentMm() const;
  /// Pixel size of the sheet at `dpi`: millimetres / 25.4 × dpi, rounded to whole pixels.
  QSize pixelSize(double dpi) const;
};

/// "A4" / "A3" (case-insensitive), or nothing.
std::optional<PaperSize> paperSizeFromName(const QString& name);
/// "A4" or "A3".
QString paperSizeName(PaperSize paper);
/// "portrait" / "landscape" (case-insensitive), or nothing.
std::optional<PageOrientation> orientationFromName(const QString& name);
/// "portrait" or "landscape".
QString orientationName(PageOrientation orientation);

}  // namespace fangan
