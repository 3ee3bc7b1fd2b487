#include "layers/layout/ScaleBarItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <cmath>

#include "layers/layout/RoundNumbers.h"

namespace fangan {

ScaleBarLabel scaleBarLabel(double metres, double totalMetres) {
  if (totalMetres >= 1000) {
    return {QString::number(metres / 1000.0, 'g', 6),
            QCoreApplication::translate("Layout", "千米")};
  }
  return {QString::number(metres, 'g', 6), QCoreApplication::translate("Layout", "米")};
}

QString scaleRatioText(double denominator) {
  QString digits = QString::number(std::llround(denominator));
  for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char(' '));
  return QStringLiteral("1:") + digits;
}

ScaleBarItem::ScaleBarItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, 4);
  ratio_ = p.flag(QStringLiteral("ratio"), ratio_);
  barHeightMm_ = p.number(QStringLiteral("bar_height_mm"), barHeightMm_, 0.2);
}

void ScaleBarItem::paint(QPainter& painter, const QRectF& rect,
                         const LayoutContext& context) const {
  if (!context.map) return;
  const PaperUnits& u = context.units;
  const QFont font = u.font(context.fontFamily, fontPt_);
  const QFontMetricsF m(font);
  const double unitWidth = m.horizontalAdvance(QStringLiteral(" 千米"));
  // The bar may take the width left after the unit, and half a label sticks out at each end.
  const double usable = rect.width() - unitWidth - m.horizontalAdvance(QStringLiteral("00"));
  const double metresPerDevice = 1.0 / context.map->deviceLength(1.0);
  const double total = roundLengthAtMost(usable * metresPerDevice);
  if (total <= 0) return;
  const double barWidth = context.map->deviceLength(total);
  // 1 and 5 split in 5 segments, 2 in 4: every boundary is then a round number.
  const double lead = total / std::pow(10.0, std::floor(std::log10(total) + 1e-9));
  const int segments = std::lround(lead) == 2 ? 4 : 5;

  painter.save();
  painter.setFont(font);
  const double left = rect.left() + m.horizontalAdvance(QStringLiteral("0"));
  double y = rect.top();
  if (ratio_) {
    const QString ratio = QCoreApplication::translate("Layout", "比例尺 %1")
                              .arg(scaleRatioText(context.map->scaleDenominator()));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(left, y, rect.width(), m.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     ratio);
    y += m.height() * 1.25;
  }
  const double barHeight = u.mm(barHeightMm_);
  painter.setPen(QPen(Qt::black, u.pt(0.5)));
  for (int i = 0; i < segments; ++i) {
    const double x0 = left + barWidth * i / segments;
    painter.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
    painter.drawRect(QRectF(x0, y, barWidth / segments, barHeight));
  }
  y += barHeight + m.height() * 0.15;
  // Labels at both ends and the middle boundary (when there is one), the unit after the last.
  QList<int> labelled = {0, segments};
  if (segments % 2 == 0) labelled.insert(1, segments / 2);
  for (int i : labelled) {
    const double x = left + barWidth * i / segments;
    const ScaleBarLabel label = scaleBarLabel(total * i / segments, total);
    const double w = m.horizontalAdvance(label.number);
    painter.drawText(QRectF(x - w / 2, y, w, m.height()), Qt::AlignCenter, label.number);
    if (i == segments) {
      painter.drawText(QRectF(x + w / 2, y, unitWidth, m.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral(" ") + label.unit);
    }
  }
  painter.restore();
}

}  // namespace fangan
