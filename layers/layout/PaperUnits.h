#pragma once
// Millimetres and points on a paint device of a known resolution. Layout items are placed in
// millimetres and sized in points; they paint in device pixels, converting through this, so one
// paint routine serves PDF (QPdfWriter), PNG (QImage) and SVG (QSvgGenerator) alike.

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace fangan {

/// How printed text is shaped. Without shaping, every glyph is the one the font's character map
/// gives: Noto Sans CJK otherwise substitutes digits that follow Latin letters ("G01") with
/// glyphs no character maps to, and a PDF's text layer then loses them (Qt builds it from the
/// character map), so "G-LMA-21" would be found and copied as "G-LMA-". Chinese and Latin need
/// no shaping; kerning is all that is given up.
inline constexpr QFont::StyleStrategy kPrintStyleStrategy = QFont::PreferNoShaping;

class PaperUnits {
 public:
  /// Units for a device of `dotsPerInch` device pixels per inch.
  explicit PaperUnits(double dotsPerInch) : dpi_(dotsPerInch > 0 ? dotsPerInch : 96) {}

  double dpi() const { return dpi_; }
  /// Device pixels of `mm` millimetres.
  double mm(double mm) const { return mm * dpi_ / 25.4; }
  /// A rectangle in millimetres as device pixels.
  QRectF mm(const QRectF& rect) const {
    return QRectF(mm(rect.x()), mm(rect.y()), mm(rect.width()), mm(rect.height()));
  }
  /// Device pixels of `points` typographic points (1/72 inch).
  double pt(double points) const { return points * dpi_ / 72.0; }
  /// Device pixels per style pixel: Style sizes are 1/96 inch (a "CSS pixel").
  double perStylePixel() const { return dpi_ / 96.0; }

  /// A font of `points` size for this device. The size is set in pixels, so that text
  /// measurements do not depend on the device's own idea of its resolution.
  QFont font(const QString& family, double points, bool bold = false) const;

 private:
  double dpi_;
};

}  // namespace fangan
