#include "layers/layout/StatisticsTableItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

constexpr double kMinimumFontPt = 5;

}  // namespace

StatisticsTableItem::StatisticsTableItem(ItemPlacement placement, const ItemProperties& p)
    : LayoutItem(placement) {
  const QString rows = p.choice(
      QStringLiteral("rows"),
      {QStringLiteral("subareas"), QStringLiteral("categories"), QStringLiteral("zone_types")},
      QStringLiteral("subareas"));
  rows_ = rows == QLatin1String("categories")   ? TableRows::Categories
          : rows == QLatin1String("zone_types") ? TableRows::ZoneTypes
                                                : TableRows::Subareas;
  columns_ = p.list(
      QStringLiteral("columns"),
      {QStringLiteral("surveyed"), QStringLiteral("initial_hazard"), QStringLiteral("appraised"),
       QStringLiteral("grade_cd"), QStringLiteral("closed"), QStringLiteral("appraisal_rate"),
       QStringLiteral("rectification_rate"), QStringLiteral("closure_rate")});
  for (const QString& key : columns_) {
    if (!statisticsColumnKeys().contains(key)) {
      throw LayoutError(QStringLiteral("%1: 未知统计列 \"%2\"（可用：%3）")
                            .arg(p.where(), key, statisticsColumnKeys().join(", "))
                            .toStdString());
    }
  }
  scope_ = p.choice(QStringLiteral("scope"), {QStringLiteral("self_built"), QStringLiteral("all")},
                    QStringLiteral("self_built")) == QLatin1String("all")
               ? LedgerScope::AllBuildings
               : LedgerScope::SelfBuiltOnly;
  caption_ = p.text(QStringLiteral("caption"),
                    QCoreApplication::translate("Layout", "{area}排查整治情况统计"));
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, kMinimumFontPt);
}

StatisticsTable StatisticsTableItem::table(const LayoutContext& context) const {
  StatisticsTable t = buildStatisticsTable(*context.data, *context.area, rows_, columns_, scope_);
  t.caption = context.expand(caption_);
  return t;
}

void StatisticsTableItem::paint(QPainter& painter, const QRectF& rect,
                                const LayoutContext& context) const {
  const StatisticsTable t = table(context);
  const PaperUnits& u = context.units;
  const int columnCount = static_cast<int>(t.headers.size());
  const bool ledgerColumns = std::any_of(columns_.begin(), columns_.end(), isLedgerColumn);
  const QString scopeNote = ledgerColumns && scope_ == LedgerScope::SelfBuiltOnly
                                ? QCoreApplication::translate("Layout", "台账各列仅统计自建房")
                                : QString();

  // Natural column widths at a font size; shrink the type until the table is narrow enough.
  double pt = fontPt_;
  QFont font;
  QFont bold;
  std::vector<double> widths(static_cast<std::size_t>(columnCount), 0);
  for (;; pt = std::max(kMinimumFontPt, pt * 0.92)) {
    font = u.font(context.fontFamily, pt);
    bold = u.font(context.fontFamily, pt, true);
    const QFontMetricsF m(font);
    const QFontMetricsF mb(bold);
    const double pad = m.height() * 0.6;
    for (int c = 0; c < columnCount; ++c) {
      double w = mb.horizontalAdvance(t.headers[c]);
      for (const QStringList& row : t.rows) w = std::max(w, mb.horizontalAdvance(row[c]));
      widths[static_cast<std::size_t>(c)] = w + pad;
    }
    if (std::accumulate(widths.begin(), widths.end(), 0.0) <= rect.width() || pt <= kMinimumFontPt)
      break;
  }
  const double natural = std::accumulate(widths.begin(), widths.end(), 0.0);
  for (double& w : widths) w *= rect.width() / std::max(1.0, natural);
  const QFontMetricsF m(font);
  const double rowHeight = m.height() * 1.45;

  painter.save();
  double y = rect.top();
  if (!t.caption.isEmpty()) {
    const QFont captionFont = u.font(context.fontFamily, pt + 1.5, true);
    const double h = QFontMetricsF(captionFont).height() * 1.4;
    painter.setFont(captionFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), y, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                     t.caption);
    if (!scopeNote.isEmpty()) {
      painter.setFont(font);
      painter.setPen(QColor(90, 90, 90));
      painter.drawText(QRectF(rect.left(), y, rect.width(), h), Qt::AlignRight | Qt::AlignVCenter,
                       scopeNote);
    }
    y += h;
  }

  // Which rows fit: all, or the first ones, an ellipsis line, and the total rows.
  const int fit = std::max(0, static_cast<int>(std::floor((rect.bottom() - y) / rowHeight)) - 1);
  std::vector<int> shown;
  const int n = static_cast<int>(t.rows.size());
  int hidden = 0;
  if (n <= fit) {
    for (int i = 0; i < n; ++i) shown.push_back(i);
  } else {
    std::vector<int> totals;
    for (int i = 0; i < n; ++i) {
      if (t.totals[static_cast<std::size_t>(i)]) totals.push_back(i);
    }
    const int head = std::max(0, fit - 1 - static_cast<int>(totals.size()));
    for (int i = 0; i < n && static_cast<int>(shown.size()) < head; ++i) {
      if (!t.totals[static_cast<std::size_t>(i)]) shown.push_back(i);
    }
    hidden = n - head - static_cast<int>(totals.size());
    shown.push_back(-1);
    shown.insert(shown.end(), totals.begin(), totals.end());
  }

  const double tableTop = y;
  const QPen rule(QColor(120, 120, 120), u.pt(0.4));
  const auto drawRow = [&](const QStringList& cells, bool header, bool emphasise) {
    double x = rect.left();
    if (header)
      painter.fillRect(QRectF(rect.left(), y, rect.width(), rowHeight), QColor(232, 232, 232));
    painter.setFont(header || emphasise ? bold : font);
    painter.setPen(Qt::black);
    const QFontMetricsF cm(header || emphasise ? bold : font);
    for (int c = 0; c < columnCount; ++c) {
      const double w = widths[static_cast<std::size_t>(c)];
      const QRectF cell(x + m.height() * 0.3, y, w - m.height() * 0.6, rowHeight);
      const Qt::Alignment align = (c == 0   ? Qt::AlignLeft
                                   : header ? Qt::AlignHCenter
                                            : Qt::AlignRight) |
                                  Qt::AlignVCenter;
      painter.drawText(cell, align, cm.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
      x += w;
    }
    y += rowHeight;
    painter.setPen(rule);
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
  };
  drawRow(t.headers, true, false);
  for (int i : shown) {
    if (i < 0) {
      painter.setFont(font);
      painter.setPen(QColor(90, 90, 90));
      painter.drawText(
          QRectF(rect.left() + m.height() * 0.3, y, rect.width(), rowHeight),
          Qt::AlignLeft | Qt::AlignVCenter,
          QCoreApplication::translate("Layout", "…… 另 %1 行未列出（见台账）").arg(hidden));
      y += rowHeight;
      painter.setPen(rule);
      painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
      continue;
    }
    drawRow(t.rows[static_cast<std::size_t>(i)], false, t.totals[static_cast<std::size_t>(i)]);
  }
  // Outer border and column rules.
  painter.setPen(QPen(Qt::black, u.pt(0.6)));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(QRectF(rect.left(), tableTop, rect.width(), y - tableTop));
  painter.setPen(rule);
  double x = rect.left();
  for (int c = 0; c + 1 < columnCount; ++c) {
    x += widths[static_cast<std::size_t>(c)];
    painter.drawLine(QPointF(x, tableTop), QPointF(x, y));
  }
  painter.restore();
}

}  // namespace fangan
