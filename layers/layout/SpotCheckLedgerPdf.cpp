#include "layers/layout/SpotCheckLedgerPdf.h"

#include <QFontMetricsF>
#include <QPen>
#include <memory>
#include <vector>

#include "gis/io/SpotCheckLedgerSheets.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/RuledTableRow.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// A4 landscape in millimetres, 10 mm margins.
constexpr double kWidth = 297;
constexpr double kHeight = 210;
constexpr double kMargin = 10;
constexpr double kContentWidth = kWidth - 2 * kMargin;
constexpr double kTitleHeight = 10;
constexpr double kSubtitleHeight = 6;
constexpr double kCaptionHeight = 7;
constexpr double kRowHeight = 6.5;
constexpr double kFooterTop = kHeight - kMargin - 5;
constexpr double kPadX = 1.2;
constexpr double kTitlePt = 15;
constexpr double kTextPt = 8;
constexpr double kSmallPt = 7;

const QColor kRuleColor(90, 90, 90);
const QColor kHeaderFill(232, 236, 242);
const QColor kFlagColor(190, 20, 20);

// A table to print: text cells, relative column widths and the column of the action.
struct PrintTable {
  QString caption;
  QStringList headers;
  std::vector<double> widths;  // mm, adding up to kContentWidth
  std::vector<QStringList> rows;
};

PrintTable printable(const SheetTable& sheet, const QString& caption,
                     const std::vector<double>& weights) {
  PrintTable t;
  t.caption = caption;
  double total = 0;
  for (const double w : weights) total += w;
  for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
    t.headers << q(sheet.columns[i].name);
    t.widths.push_back(kContentWidth * weights[i] / total);
  }
  for (const auto& row : sheet.rows) {
    QStringList cells;
    for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
      QString text = row[i] ? q(*row[i]) : QString();
      if (sheet.columns[i].type == SheetColumn::Type::Real && row[i]) {
        text = QString::number(std::stod(*row[i]) * 100, 'f', 1) + QStringLiteral("%");
      }
      if (sheet.columns[i].type == SheetColumn::Type::Real && !row[i]) text = QStringLiteral("—");
      cells << text;
    }
    t.rows.push_back(cells);
  }
  return t;
}

// A slice of a table on a page.
struct Block {
  const PrintTable* table;
  std::size_t first;
  std::size_t count;
  bool continued;
};

class LedgerDocument : public LayoutDocument {
 public:
  LedgerDocument(const SpotCheckLedger& ledger, QString family)
      : ledger_(ledger), family_(std::move(family)) {
    towns_ = printable(spotCheckLedgerTownsTable(ledger),
                       QStringLiteral("镇街汇总（正确率低于90%的责令重新排查）"),
                       {18, 14, 9, 9, 9, 9, 9, 10, 14});
    rows_ =
        printable(spotCheckLedgerRowsTable(ledger), QStringLiteral("抽查明细（每栋抽查房屋一行）"),
                  {12, 16, 30, 9, 11, 10, 9, 43});
    paginate();
  }

  int pageCount() const override { return static_cast<int>(pages_.size()); }
  PageSetup pageSetup(int) const override {
    PageSetup p;
    p.paper = PaperSize::A4;
    p.orientation = PageOrientation::Landscape;
    p.marginsMm = QMarginsF(kMargin, kMargin, kMargin, kMargin);
    return p;
  }
  QString title() const override { return QStringLiteral("抽查台账"); }
  QString fontFamily() const override { return family_; }
  QString pageName(int index) const override { return QStringLiteral("第 %1 页").arg(index + 1); }

  bool paintPage(int index, QPainter& painter, const PaperUnits& u, MapRendering,
                 const std::atomic<bool>* cancel) const override {
    if (cancel && cancel->load()) return false;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    double y = kMargin;
    painter.setPen(Qt::black);
    painter.setFont(u.font(family_, kTitlePt, true));
    const QString heading = index == 0 ? QStringLiteral("经营性自建房抽查台账")
                                       : QStringLiteral("经营性自建房抽查台账（续）");
    painter.drawText(u.mm(QRectF(kMargin, y, kContentWidth, kTitleHeight)),
                     Qt::AlignHCenter | Qt::AlignVCenter, heading);
    y += kTitleHeight;
    painter.setFont(u.font(family_, kSmallPt));
    const auto& s = ledger_.sample;
    painter.drawText(u.mm(QRectF(kMargin, y, kContentWidth, kSubtitleHeight)),
                     Qt::AlignHCenter | Qt::AlignVCenter,
                     QStringLiteral("抽样日期 %1　抽查比例 %2%（不少于经营性自建房总量的10%）　"
                                    "随机种子 %3　抽查 %4 栋")
                         .arg(q(s.drawn.toString()))
                         .arg(s.sample.rate * 100, 0, 'f', 0)
                         .arg(s.sample.seed)
                         .arg(ledger_.rows.size()));
    y += kSubtitleHeight + 2;
    for (const Block& block : pages_[static_cast<std::size_t>(index)]) {
      y = paintBlock(painter, u, block, y) + 4;
    }
    painter.setFont(u.font(family_, kSmallPt));
    painter.setPen(kRuleColor);
    painter.drawText(u.mm(QRectF(kMargin, kFooterTop, kContentWidth, 5)),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第 %1 / %2 页").arg(index + 1).arg(pageCount()));
    painter.restore();
    return true;
  }

 private:
  double blockHeight(std::size_t rows) const { return kCaptionHeight + kRowHeight * (rows + 1); }

  void paginate() {
    double room = kFooterTop - kMargin - kTitleHeight - kSubtitleHeight - 4;
    std::vector<Block> page;
    auto place = [&](const PrintTable& table) {
      std::size_t first = 0;
      bool continued = false;
      do {
        const double free = room - kCaptionHeight - kRowHeight - 4;
        std::size_t fit = free > 0 ? static_cast<std::size_t>(free / kRowHeight) : 0;
        if (fit == 0 && !page.empty()) {
          pages_.push_back(page);
          page.clear();
          room = kFooterTop - kMargin - kTitleHeight - kSubtitleHeight - 4;
          continue;
        }
        fit = std::max<std::size_t>(1, fit);
        const std::size_t count = std::min(fit, table.rows.size() - first);
        page.push_back({&table, first, count, continued});
        room -= blockHeight(count) + 4;
        first += count;
        continued = true;
      } while (first < table.rows.size());
    };
    place(towns_);
    place(rows_);
    pages_.push_back(page);
  }

  double paintBlock(QPainter& painter, const PaperUnits& u, const Block& b, double y) const {
    const PrintTable& t = *b.table;
    painter.setPen(Qt::black);
    painter.setFont(u.font(family_, kTextPt, true));
    painter.drawText(u.mm(QRectF(kMargin, y, kContentWidth, kCaptionHeight)),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     t.caption + (b.continued ? QStringLiteral("（续）") : QString()));
    y += kCaptionHeight;
    RuledTableStyle style;
    style.fontFamily = family_;
    style.headerPt = kTextPt;
    style.cellPt = kSmallPt;
    style.rowHeight = kRowHeight;
    style.padX = kPadX;
    style.rule = kRuleColor;
    style.headerFill = kHeaderFill;
    style.ink = [](const QString& cell) {
      const bool flag = cell == QStringLiteral("责令重新排查") || cell == QStringLiteral("错排") ||
                        cell == QStringLiteral("漏排");
      return flag ? kFlagColor : QColor(Qt::black);
    };
    auto paintRow = [&](const QStringList& cells, bool header) {
      paintRuledTableRow(painter, u, style, cells, t.widths, kMargin, y, header);
      y += kRowHeight;
    };
    paintRow(t.headers, true);
    for (std::size_t r = b.first; r < b.first + b.count; ++r) paintRow(t.rows[r], false);
    return y;
  }

  const SpotCheckLedger& ledger_;
  QString family_;
  PrintTable towns_;
  PrintTable rows_;
  std::vector<std::vector<Block>> pages_;
};

}  // namespace

std::unique_ptr<LayoutDocument> spotCheckLedgerDocument(const SpotCheckLedger& ledger,
                                                        const QString& fontFamily) {
  return std::make_unique<LedgerDocument>(ledger, fontFamily);
}

void writeSpotCheckLedgerPdf(const SpotCheckLedger& ledger, const std::string& path,
                             const QString& fontFamily) {
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const auto document = spotCheckLedgerDocument(ledger, fontFamily);
  ExportOptions options;
  options.dpi = 300;
  exportDocument(*document, q(path), options);
}

}  // namespace fangan
