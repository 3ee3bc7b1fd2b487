#include "layers/layout/ClassChartItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>

#include "layers/layout/LegendModel.h"

namespace fangan {

ClassChartItem::ClassChartItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  title_ = p.text(QStringLiteral("title"), QCoreApplication::translate("Layout", "房屋分类统计"));
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, 4);
}

void ClassChartItem::paint(QPainter& painter, const QRectF& rect,
                           const LayoutContext& context) const {
  if (!context.map) return;
  const std::vector<LegendGroup> groups =
      buildLegend(context.layers, *context.map, *context.area, {ProjectLayer::Buildings});
  if (groups.empty()) return;
  // Overlay rules (a hatch over the class colour) count buildings twice; bars show classes.
  std::vector<const LegendEntry*> bars;
  int total = 0;
  for (const LegendEntry& e : groups.front().entries) {
    if (e.symbolizer.fill.alpha() == 0) continue;
    bars.push_back(&e);
    total += e.count;
  }
  if (bars.empty()) return;
  int largest = 0;
  for (const LegendEntry* e : bars) largest = std::max(largest, e->count);

  const PaperUnits& u = context.units;
  const QFont font = u.font(context.fontFamily, fontPt_);
  const QFontMetricsF m(font);
  painter.save();
  double y = rect.top();
  if (!title_.isEmpty()) {
    const QFont titleFont = u.font(context.fontFamily, fontPt_ + 1.5, true);
    const double h = QFontMetricsF(titleFont).height() * 1.4;
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), y, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                     context.expand(title_));
    y += h;
  }
  const double rowHeight =
      std::min(m.height() * 1.5, (rect.bottom() - y) / static_cast<double>(bars.size()));
  double labelWidth = 0;
  for (const LegendEntry* e : bars)
    labelWidth = std::max(labelWidth, m.horizontalAdvance(e->label));
  labelWidth += m.height() * 0.5;
  const double valueWidth = m.horizontalAdvance(QStringLiteral("00000 (100.0%)"));
  const double barSpace = std::max(1.0, rect.width() - labelWidth - valueWidth);
  painter.setFont(font);
  for (const LegendEntry* e : bars) {
    const QRectF row(rect.left(), y, rect.width(), rowHeight);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(row.left(), y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     e->label);
    const double w = barSpace * e->count / std::max(1, largest);
    QColor fill = e->symbolizer.fill;
    fill.setAlpha(255);
    painter.fillRect(QRectF(row.left() + labelWidth, y + rowHeight * 0.18, w, rowHeight * 0.64),
                     fill);
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(
        QRectF(row.left() + labelWidth + w + m.height() * 0.3, y, valueWidth, rowHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1 (%2%)")
            .arg(e->count)
            .arg(100.0 * e->count / std::max(1, total), 0, 'f', 1));
    y += rowHeight;
  }
  painter.restore();
}

}  // namespace fangan
