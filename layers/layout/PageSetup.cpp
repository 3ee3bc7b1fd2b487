#include "layers/layout/PageSetup.h"

#include <cmath>

namespace fangan {

QSizeF PageSetup::sizeMm() const {
  const QSizeF portrait = paper == PaperSize::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
  return orientation == PageOrientation::Portrait ? portrait : portrait.transposed();
}

QRectF PageSetup::contentMm() const {
  return QRectF(QPointF(0, 0), sizeMm()).marginsRemoved(marginsMm);
}

QSize PageSetup::pixelSize(double dpi) const {
  const QSizeF mm = sizeMm();
  return QSize(static_cast<int>(std::lround(mm.width() / 25.4 * dpi)),
               static_cast<int>(std::lround(mm.height() / 25.4 * dpi)));
}

std::optional<PaperSize> paperSizeFromName(const QString& name) {
  if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) return PaperSize::A4;
  if (name.compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0) return PaperSize::A3;
  return std::nullopt;
}

QString paperSizeName(PaperSize paper) {
  return paper == PaperSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

std::optional<PageOrientation> orientationFromName(const QString& name) {
  if (name.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
    return PageOrientation::Portrait;
  if (name.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
    return PageOrientation::Landscape;
  return std::nullopt;
}

QString orientationName(PageOrientation orientation) {
  return orientation == PageOrientation::Portrait ? QStringLiteral("portrait")
                                                  : QStringLiteral("landscape");
}

}  // namespace fangan
