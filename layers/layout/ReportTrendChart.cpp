#include "layers/layout/ReportTrendChart.h"

#include <QPainterPath>
#include <algorithm>
#include <array>
#include <optional>

namespace fangan {
namespace {

struct Series {
  const char* name;
  QColor color;
  Qt::PenStyle style;
  std::optional<double> (*value)(const TrendPoint&);
};

const std::array<Series, 4> kSeries = {{
    {"排查覆盖率", QColor(31, 87, 163), Qt::SolidLine,
     [](const TrendPoint& p) { return p.total.coverage(); }},
    {"鉴定率", QColor(214, 120, 20), Qt::SolidLine,
     [](const TrendPoint& p) { return p.total.ledger.appraisalRate; }},
    {"整治率", QColor(46, 140, 60), Qt::DashLine,
     [](const TrendPoint& p) { return p.total.ledger.rectificationRate; }},
    {"销号率", QColor(170, 40, 40), Qt::DashDotLine,
     [](const TrendPoint& p) { return p.total.ledger.closureRate; }},
}};

struct EndLabel {
  double y;
  QString text;
  QColor color;
};

QString percentLabel(double rate) { return QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1); }

QString shortDate(const Date& d) { return QStringLiteral("%1/%2").arg(d.month).arg(d.day); }

}  // namespace

void paintReportTrendChart(QPainter& painter, const PaperUnits& units, const QString& fontFamily,
                           const QRectF& frameMm, const std::vector<TrendPoint>& trend) {
  painter.save();
  const QRectF frame = units.mm(frameMm);
  const QFont small = units.font(fontFamily, 7);
  const QFont legend = units.font(fontFamily, 7.5);
  // Plot area: room for the axis labels on the left, the legend above, dates below and the
  // latest values on the right.
  const QRectF plot = frame.adjusted(units.mm(11), units.mm(8), -units.mm(16), -units.mm(8));

  // Legend.
  painter.setFont(legend);
  double x = plot.left();
  for (const Series& s : kSeries) {
    painter.setPen(QPen(s.color, units.pt(1.6), s.style));
    const double y = frame.top() + units.mm(3);
    painter.drawLine(QPointF(x, y), QPointF(x + units.mm(7), y));
    painter.setPen(Qt::black);
    const QString name = QString::fromUtf8(s.name);
    const QRectF text(x + units.mm(8.5), frame.top(), units.mm(24), units.mm(6));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
    x += units.mm(8.5) + painter.fontMetrics().horizontalAdvance(name) + units.mm(6);
  }

  // Axes and grid lines every 20 %.
  painter.setFont(small);
  for (int p = 0; p <= 100; p += 20) {
    const double y = plot.bottom() - plot.height() * p / 100.0;
    painter.setPen(QPen(p == 0 ? QColor(60, 60, 60) : QColor(210, 210, 210), units.pt(0.5)));
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(QRectF(frame.left(), y - units.mm(2.5), units.mm(9.5), units.mm(5)),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(p));
  }
  const int n = static_cast<int>(trend.size());
  auto xOf = [&](int i) {
    return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / double(n - 1);
  };
  auto yOf = [&](double rate) {
    const double clamped = std::min(1.0, std::max(0.0, rate));
    return plot.bottom() - plot.height() * clamped;
  };
  painter.setPen(QColor(60, 60, 60));
  for (int i = 0; i < n; ++i) {
    const double px = xOf(i);
    painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + units.mm(1)));
    painter.drawText(
        QRectF(px - units.mm(10), plot.bottom() + units.mm(1.2), units.mm(20), units.mm(4)),
        Qt::AlignHCenter | Qt::AlignTop, shortDate(trend[i].asOf));
  }
  painter.drawText(QRectF(plot.left(), plot.bottom() + units.mm(4.5), plot.width(), units.mm(3.5)),
                   Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("各期期末（截至日期）"));

  // Lines: a gap where a rate is empty ("—"), a dot at every value.
  painter.setRenderHint(QPainter::Antialiasing, true);
  std::vector<EndLabel> labels;
  for (const Series& s : kSeries) {
    QPainterPath path;
    bool pen = false;
    std::optional<QPointF> last;
    std::optional<double> lastValue;
    for (int i = 0; i < n; ++i) {
      const auto v = s.value(trend[i]);
      if (!v) {
        pen = false;
        continue;
      }
      const QPointF pt(xOf(i), yOf(*v));
      if (pen) {
        path.lineTo(pt);
      } else {
        path.moveTo(pt);
      }
      pen = true;
      last = pt;
      lastValue = v;
    }
    painter.setPen(QPen(s.color, units.pt(1.6), s.style, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(s.color);
    for (int i = 0; i < n; ++i) {
      if (const auto v = s.value(trend[i])) {
        painter.drawEllipse(QPointF(xOf(i), yOf(*v)), units.mm(0.7), units.mm(0.7));
      }
    }
    if (last && lastValue) labels.push_back({last->y(), percentLabel(*lastValue), s.color});
  }

  // The latest values at the right end, pushed apart so that close lines stay readable.
  std::sort(labels.begin(), labels.end(),
            [](const EndLabel& a, const EndLabel& b) { return a.y < b.y; });
  const double gap = units.mm(3.2);
  for (std::size_t i = 1; i < labels.size(); ++i) {
    labels[i].y = std::max(labels[i].y, labels[i - 1].y + gap);
  }
  // Kept above the axis (the dates are beneath it): pushed back up from the bottom.
  const double lowest = plot.bottom() - units.mm(2);
  for (std::size_t i = labels.size(); i-- > 0;) {
    const double limit = i + 1 < labels.size() ? labels[i + 1].y - gap : lowest;
    labels[i].y = std::min(labels[i].y, limit);
  }
  painter.setFont(small);
  for (const EndLabel& l : labels) {
    painter.setPen(l.color);
    painter.drawText(
        QRectF(plot.right() + units.mm(1.5), l.y - units.mm(2), units.mm(15), units.mm(4)),
        Qt::AlignLeft | Qt::AlignVCenter, l.text);
  }
  painter.restore();
}

}  // namespace fangan
