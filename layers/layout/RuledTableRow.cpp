#include "layers/layout/RuledTableRow.h"

#include <QFontMetricsF>

namespace fangan {

void paintRuledTableRow(QPainter& painter, const PaperUnits& u, const RuledTableStyle& style,
                        const QStringList& cells, const std::vector<double>& widths, double leftMm,
                        double topMm, bool header) {
  const QFont font = u.font(style.fontFamily, header ? style.headerPt : style.cellPt, header);
  painter.setFont(font);
  const QFontMetricsF metrics(font);
  double x = leftMm;
  for (int i = 0; i < cells.size() && static_cast<std::size_t>(i) < widths.size(); ++i) {
    const double width = widths[static_cast<std::size_t>(i)];
    const QRectF cell(x, topMm, width, style.rowHeight);
    if (header) painter.fillRect(u.mm(cell), style.headerFill);
    painter.setPen(QPen(style.rule, u.mm(0.15)));
    painter.drawRect(u.mm(cell));
    painter.setPen(!header && style.ink ? style.ink(cells[i]) : QColor(Qt::black));
    const QRectF inner = u.mm(cell.adjusted(style.padX, 0, -style.padX, 0));
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(cells[i], Qt::ElideRight, inner.width()));
    x += width;
  }
}

}  // namespace fangan
