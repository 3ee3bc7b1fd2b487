#include "layers/layout/ReportTable.h"

#include "gis/report/ReportSummary.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

enum class Mark { None, LowCoverage, LowRectification, Overdue };

struct Column {
  const char* header;
  double width;  // mm; the widths add up to ReportTableMetrics::kWidth
  QString (*text)(const ProgressReport&, const ReportRow&);
  Mark mark;
};

QString count(std::int64_t n) { return q(groupDigits(n)); }
QString change(std::int64_t n) { return q(signedCount(n)); }

const Column kColumns[] = {
    {"排名", 7,
     [](const ProgressReport&, const ReportRow& r) {
       return r.rank > 0 ? QString::number(r.rank) : QString();
     },
     Mark::None},
    {"区域", 22,
     [](const ProgressReport& p, const ReportRow& r) {
       return r.now.area == "*" ? QStringLiteral("合计") : q(reportAreaName(p, r.now.area));
     },
     Mark::None},
    {"排查\n覆盖率", 12,
     [](const ProgressReport&, const ReportRow& r) { return q(percentText(r.now.coverage())); },
     Mark::LowCoverage},
    {"覆盖率较上期\n(百分点)", 15,
     [](const ProgressReport&, const ReportRow& r) {
       return q(pointsText(r.change.coveragePoints));
     },
     Mark::None},
    {"已排查\n自建房", 12,
     [](const ProgressReport&, const ReportRow& r) { return count(r.now.ledger.surveyed); },
     Mark::None},
    {"本期\n新增排查", 12,
     [](const ProgressReport&, const ReportRow& r) { return change(r.change.newlySurveyed); },
     Mark::None},
    {"初判\n隐患①", 11,
     [](const ProgressReport&, const ReportRow& r) { return count(r.now.ledger.initialHazard); },
     Mark::None},
    {"本期\n新增①", 11,
     [](const ProgressReport&, const ReportRow& r) { return change(r.change.newHazards); },
     Mark::None},
    {"已鉴定④\n(本期)", 12,
     [](const ProgressReport&, const ReportRow& r) {
       return QStringLiteral("%1 (%2)").arg(count(r.now.ledger.appraised),
                                            change(r.change.appraised));
     },
     Mark::None},
    {"已整治⑥+③\n(本期)", 14,
     [](const ProgressReport&, const ReportRow& r) {
       const auto done = r.now.ledger.cdEngineered + r.now.ledger.directEngineering;
       return QStringLiteral("%1 (%2)").arg(count(done), change(r.change.rectified));
     },
     Mark::None},
    {"已销号⑦\n(本期)", 12,
     [](const ProgressReport&, const ReportRow& r) {
       return QStringLiteral("%1 (%2)").arg(count(r.now.ledger.closed), change(r.change.closed));
     },
     Mark::None},
    {"鉴定率", 11,
     [](const ProgressReport&, const ReportRow& r) {
       return q(percentText(r.now.ledger.appraisalRate));
     },
     Mark::None},
    {"整治率", 11,
     [](const ProgressReport&, const ReportRow& r) {
       return q(percentText(r.now.ledger.rectificationRate));
     },
     Mark::LowRectification},
    {"销号率", 11,
     [](const ProgressReport&, const ReportRow& r) {
       return q(percentText(r.now.ledger.closureRate));
     },
     Mark::None},
    {"逾期未\n责成鉴定", 11,
     [](const ProgressReport&, const ReportRow& r) { return count(r.now.overdueOrders); },
     Mark::Overdue},
};

const QColor kLaggardGround(250, 218, 214);
const QColor kOverdueText(190, 20, 20);
const QColor kHeaderGround(232, 236, 242);
const QColor kTotalGround(240, 240, 240);

bool marked(Mark mark, const ReportRow& r) {
  switch (mark) {
    case Mark::LowCoverage:
      return r.lowCoverage;
    case Mark::LowRectification:
      return r.lowRectification;
    case Mark::Overdue:
      return r.now.overdueOrders > 0 && r.now.area != "*";
    case Mark::None:
      break;
  }
  return false;
}

}  // namespace

std::vector<const ReportRow*> reportTableRows(const ProgressReport& report) {
  std::vector<const ReportRow*> rows;
  for (std::size_t i : report.ranked) rows.push_back(&report.rows[i]);
  for (const ReportRow& r : report.rows) {
    if (r.now.area.empty()) rows.push_back(&r);
  }
  rows.push_back(&report.total);
  return rows;
}

void paintReportTable(QPainter& painter, const PaperUnits& units, const QString& fontFamily,
                      const ProgressReport& report, const std::vector<const ReportRow*>& rows,
                      std::size_t first, std::size_t count, double leftMm, double topMm) {
  using M = ReportTableMetrics;
  painter.save();
  const QPen grid(QColor(120, 120, 120), units.pt(0.4));
  // Header.
  painter.setFont(units.font(fontFamily, 6.3, true));
  double x = leftMm;
  for (const Column& c : kColumns) {
    const QRectF cell = units.mm(QRectF(x, topMm, c.width, M::kHeaderHeight));
    painter.fillRect(cell, kHeaderGround);
    painter.setPen(grid);
    painter.drawRect(cell);
    painter.setPen(Qt::black);
    painter.drawText(cell, Qt::AlignCenter, QString::fromUtf8(c.header));
    x += c.width;
  }
  double y = topMm + M::kHeaderHeight;
  for (std::size_t i = first; i < first + count && i < rows.size(); ++i) {
    const ReportRow& r = *rows[i];
    const bool total = r.now.area == "*";
    painter.setFont(units.font(fontFamily, 7, total));
    x = leftMm;
    for (const Column& c : kColumns) {
      const QRectF cell = units.mm(QRectF(x, y, c.width, M::kRowHeight));
      const bool flag = marked(c.mark, r);
      if (total) painter.fillRect(cell, kTotalGround);
      if (flag && c.mark != Mark::Overdue) painter.fillRect(cell, kLaggardGround);
      painter.setPen(grid);
      painter.drawRect(cell);
      painter.setPen(flag && c.mark == Mark::Overdue ? kOverdueText : QColor(Qt::black));
      const bool name = c.mark == Mark::None && std::string(c.header) == "区域";
      painter.drawText(cell.adjusted(units.mm(1), 0, -units.mm(1), 0),
                       (name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       c.text(report, r));
      x += c.width;
    }
    y += M::kRowHeight;
  }
  painter.setPen(QPen(Qt::black, units.pt(0.9)));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(units.mm(QRectF(leftMm, topMm, M::kWidth, y - topMm)));
  painter.restore();
}

}  // namespace fangan
