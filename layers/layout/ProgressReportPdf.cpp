#include "layers/layout/ProgressReportPdf.h"

#include <QFontMetricsF>
#include <algorithm>
#include <vector>

#include "gis/report/ReportSummary.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutDocument.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/ReportTable.h"
#include "layers/layout/ReportTrendChart.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

constexpr double kPageWidth = 210;
constexpr double kPageHeight = 297;
constexpr double kMargin = 13;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kTop = 14;
constexpr double kFooterTop = kPageHeight - 12;
constexpr double kBottom = kFooterTop - 3;
constexpr double kTitleBlock = 19;     // title, subtitle and rule on the first page
constexpr double kContinuedBlock = 9;  // the short header of the following pages
constexpr double kChartHeight = 72;
constexpr double kGap = 3;
constexpr double kDpi = 300;
constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

enum class Kind { Heading, Paragraph, Note, Table, Chart };

/// One block placed on a page.
struct Placed {
  Kind kind;
  QString text;
  double top = 0;     // mm
  double height = 0;  // mm
  std::size_t firstRow = 0;
  std::size_t rowCount = 0;
};

class ProgressReportDocument : public LayoutDocument {
 public:
  ProgressReportDocument(const ProgressReport& report, const ProgressReportPdfOptions& options)
      : report_(report), options_(options), units_(kDpi), rows_(reportTableRows(report)) {
    layout();
  }

  int pageCount() const override { return static_cast<int>(pages_.size()); }

  PageSetup pageSetup(int) const override {
    PageSetup page;
    page.paper = PaperSize::A4;
    page.orientation = PageOrientation::Portrait;
    page.marginsMm = QMarginsF(kMargin, kMargin, kMargin, kMargin);
    return page;
  }

  QString title() const override { return q(reportTitle(report_, options_.district)); }
  QString fontFamily() const override { return options_.fontFamily; }
  QString pageName(int index) const override { return QStringLiteral("第 %1 页").arg(index + 1); }

  bool paintPage(int index, QPainter& painter, const PaperUnits& units, MapRendering,
                 const std::atomic<bool>* cancel) const override {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintHeader(painter, units, index);
    for (const Placed& b : pages_[static_cast<std::size_t>(index)]) paintBlock(painter, units, b);
    paintFooter(painter, units, index);
    painter.restore();
    return !(cancel && cancel->load(std::memory_order_relaxed));
  }

 private:
  QFont font(const PaperUnits& units, double points, bool bold = false) const {
    return units.font(options_.fontFamily, points, bold);
  }

  static double pointsOf(Kind kind) {
    return kind == Kind::Heading ? 11 : kind == Kind::Note ? 7 : 9.5;
  }

  double textHeightMm(Kind kind, const QString& text) const {
    const QFont f = font(units_, pointsOf(kind), kind == Kind::Heading);
    const QRectF r = QFontMetricsF(f).boundingRect(QRectF(0, 0, units_.mm(kContentWidth), 1e7),
                                                   kTextFlags, text);
    return r.height() / units_.mm(1.0) + 1.2;
  }

  QString laggardText() const {
    const std::string kind = reportAreaKind(report_);
    QStringList ranking;
    for (std::size_t i : report_.ranked) {
      const ReportRow& r = report_.rows[i];
      ranking << QStringLiteral("%1. %2（%3）")
                     .arg(r.rank)
                     .arg(q(r.now.area), q(percentText(r.now.coverage())));
    }
    QString text = QStringLiteral("排名（按排查覆盖率，其次销号率、整治率）：%1。")
                       .arg(ranking.isEmpty() ? QStringLiteral("无") : ranking.join("　"));
    const std::string base = reportScopeName(report_, "");
    auto list = [&](const std::vector<std::string>& names, auto figure) {
      QStringList items;
      for (const std::string& n : names) {
        for (const ReportRow& r : report_.rows) {
          if (r.now.area == n) items << QStringLiteral("%1（%2）").arg(q(n), figure(r));
        }
      }
      return items.isEmpty() ? QStringLiteral("无") : items.join("、");
    };
    text += QStringLiteral("\n覆盖率低于%1（%2）的%3：%4。")
                .arg(q(base), q(percentText(report_.total.now.coverage())), q(kind),
                     list(report_.lowCoverageAreas(),
                          [](const ReportRow& r) { return q(percentText(r.now.coverage())); }));
    text += QStringLiteral("\n有逾期未责成鉴定的%1：%2。")
                .arg(q(kind), list(report_.overdueAreas(), [](const ReportRow& r) {
                       return QStringLiteral("%1 栋").arg(q(groupDigits(r.now.overdueOrders)));
                     }));
    text += QStringLiteral("\n整治率低于%1（%2）的%3：%4。")
                .arg(q(base), q(percentText(report_.total.now.ledger.rectificationRate)), q(kind),
                     list(report_.lowRectificationAreas(), [](const ReportRow& r) {
                       return q(percentText(r.now.ledger.rectificationRate));
                     }));
    return text;
  }

  QString noteText() const {
    return QStringLiteral(
               "说明：排查覆盖率按全部房屋计，已排查或有现场核查点位的房屋计为已核查；其余数字按自"
               "建房"
               "台账（附件2）口径：①初判有隐患，④已鉴定，⑦按复核无隐患、鉴定A/"
               "B级、工程措施三类销号；"
               "鉴定率＝④/(①−②−③)，整治率＝(⑥+③)/(⑤+③)，销号率＝⑦/①，分母为0记“—”。本期新增为本期末"
               "与上期末（%1）累计数之差。浅红底：低于%"
               "2；红字：有逾期未责成鉴定（发现隐患5日内未责成"
               "业主委托鉴定）。")
        .arg(q(chineseDate(report_.previousAsOf)), q(reportScopeName(report_, "")));
  }

  // Places the blocks page by page; a table continues on the next page with its header.
  void layout() {
    pages_.emplace_back();
    double y = kTop + kTitleBlock;
    auto newPage = [&] {
      pages_.emplace_back();
      y = kTop + kContinuedBlock;
    };
    auto place = [&](Kind kind, const QString& text, double height, bool keepWithNext = false,
                     double nextHeight = 0) {
      if (y + height + (keepWithNext ? nextHeight : 0) > kBottom) newPage();
      pages_.back().push_back(Placed{kind, text, y, height, 0, 0});
      y += height;
    };
    auto text = [&](Kind kind, const QString& t, double nextHeight = 0) {
      place(kind, t, textHeightMm(kind, t), kind == Kind::Heading, nextHeight);
      if (kind != Kind::Heading) y += kGap;
    };
    const QString area = q(reportAreaKind(report_));
    const QString summary = q(reportSummary(report_));
    text(Kind::Heading, QStringLiteral("一、总体情况"), textHeightMm(Kind::Paragraph, summary));
    text(Kind::Paragraph, summary);
    using M = ReportTableMetrics;
    text(Kind::Heading, QStringLiteral("二、各%1进度").arg(area),
         M::kHeaderHeight + 2 * M::kRowHeight);
    std::size_t row = 0;
    while (row < rows_.size()) {
      if (y + M::kHeaderHeight + M::kRowHeight > kBottom) newPage();
      const std::size_t fit =
          static_cast<std::size_t>((kBottom - y - M::kHeaderHeight) / M::kRowHeight);
      const std::size_t count = std::min(fit, rows_.size() - row);
      const double height = M::kHeaderHeight + count * M::kRowHeight;
      pages_.back().push_back(Placed{Kind::Table, QString(), y, height, row, count});
      y += height + kGap;
      row += count;
    }
    const QString laggards = laggardText();
    text(Kind::Heading, QStringLiteral("三、排名与滞后"),
         std::min(textHeightMm(Kind::Paragraph, laggards), 40.0));
    text(Kind::Paragraph, laggards);
    text(Kind::Heading,
         QStringLiteral("四、近%1%2趋势（%3）")
             .arg(report_.trend.size())
             .arg(q(periodKindChinese(report_.request.kind)), q(reportScopeName(report_, ""))),
         kChartHeight);
    place(Kind::Chart, QString(), kChartHeight);
    y += kGap;
    text(Kind::Note, noteText());
  }

  void paintHeader(QPainter& painter, const PaperUnits& units, int index) const {
    painter.setPen(Qt::black);
    const QString period = QStringLiteral("统计期间：%1　　数据截至：%2")
                               .arg(q(periodChinese(report_.period)), q(chineseDate(report_.asOf)));
    if (index == 0) {
      painter.setFont(font(units, 16, true));
      painter.drawText(units.mm(QRectF(kMargin, kTop, kContentWidth, 9)), Qt::AlignCenter, title());
      painter.setFont(font(units, 9));
      painter.drawText(units.mm(QRectF(kMargin, kTop + 9.5, kContentWidth, 5.5)), Qt::AlignCenter,
                       period);
      painter.setPen(QPen(QColor(170, 30, 30), units.pt(1.4)));
      const double rule = kTop + kTitleBlock - 3;
      painter.drawLine(QPointF(units.mm(kMargin), units.mm(rule)),
                       QPointF(units.mm(kMargin + kContentWidth), units.mm(rule)));
      return;
    }
    painter.setFont(font(units, 8));
    painter.setPen(QColor(80, 80, 80));
    painter.drawText(units.mm(QRectF(kMargin, kTop, kContentWidth, 5)),
                     Qt::AlignLeft | Qt::AlignVCenter, title() + QStringLiteral("（续）"));
    painter.drawText(units.mm(QRectF(kMargin, kTop, kContentWidth, 5)),
                     Qt::AlignRight | Qt::AlignVCenter, period);
    painter.setPen(QPen(QColor(120, 120, 120), units.pt(0.5)));
    painter.drawLine(QPointF(units.mm(kMargin), units.mm(kTop + 6)),
                     QPointF(units.mm(kMargin + kContentWidth), units.mm(kTop + 6)));
  }

  void paintBlock(QPainter& painter, const PaperUnits& units, const Placed& b) const {
    switch (b.kind) {
      case Kind::Heading:
      case Kind::Paragraph:
      case Kind::Note:
        painter.setPen(b.kind == Kind::Note ? QColor(70, 70, 70) : QColor(Qt::black));
        painter.setFont(font(units, pointsOf(b.kind), b.kind == Kind::Heading));
        painter.drawText(units.mm(QRectF(kMargin, b.top, kContentWidth, b.height + 2)), kTextFlags,
                         b.text);
        break;
      case Kind::Table:
        paintReportTable(painter, units, options_.fontFamily, report_, rows_, b.firstRow,
                         b.rowCount, kMargin, b.top);
        break;
      case Kind::Chart:
        paintReportTrendChart(painter, units, options_.fontFamily,
                              QRectF(kMargin, b.top, kContentWidth, b.height), report_.trend);
        break;
    }
  }

  void paintFooter(QPainter& painter, const PaperUnits& units, int index) const {
    const QRectF band = units.mm(QRectF(kMargin, kFooterTop, kContentWidth, 5));
    painter.setFont(font(units, 7));
    painter.setPen(QColor(80, 80, 80));
    painter.drawText(
        band, Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("制表日期：%1　　房安 Fangan 生成").arg(q(chineseDate(options_.made))));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第 %1 页 / 共 %2 页").arg(index + 1).arg(pageCount()));
  }

  const ProgressReport& report_;
  ProgressReportPdfOptions options_;
  PaperUnits units_;
  std::vector<const ReportRow*> rows_;
  std::vector<std::vector<Placed>> pages_;
};

}  // namespace

void writeProgressReportPdf(const ProgressReport& report, const std::string& path,
                            const ProgressReportPdfOptions& options) {
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const ProgressReportDocument document(report, options);
  ExportOptions export_;
  export_.dpi = kDpi;
  exportDocument(document, q(path), export_);
}

}  // namespace fangan
