#include "layers/layout/LedgerFormDocument.h"

#include <QFontMetricsF>
#include <QPen>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Geometry in millimetres from the sheet's top-left corner (docs/rules.md#ledger-forms).
constexpr double kMargin = 12;
constexpr double kAttachmentHeight = 7;
constexpr double kTitleHeight = 12;
constexpr double kReporterHeight = 7;
constexpr double kTableTop = kMargin + kAttachmentHeight + kTitleHeight + kReporterHeight + 1;
constexpr double kBodyRowHeight = 8;
constexpr double kMinHeaderRow = 7;
constexpr double kPad = 1.0;
constexpr double kSignatureGap = 5;
constexpr double kSignatureHeight = 8;
constexpr double kPageNumberHeight = 6;

constexpr double kAttachmentPt = 12;
constexpr double kTitlePt = 18;
constexpr double kLinePt = 10.5;
constexpr double kHeaderPt = 9;
constexpr double kBodyPt = 10;
constexpr double kSignaturePt = 11;

constexpr int kWrap = Qt::AlignCenter | Qt::TextWordWrap;
constexpr double kMeasureDpi = 300;

QString cellText(const LedgerFormCell& cell) {
  switch (cell.kind) {
    case LedgerFormCellKind::Text:
      return q(cell.text);
    case LedgerFormCellKind::Count:
      return QString::number(static_cast<qlonglong>(std::llround(cell.value)));
    case LedgerFormCellKind::Rate:
      if (cell.empty) return q(ledgerFormDash());
      return QString::number(cell.value * 100, 'f', 2) + QStringLiteral("%");
    case LedgerFormCellKind::Blank:
      return QString();
  }
  return QString();
}

}  // namespace

LedgerFormDocument::LedgerFormDocument(LedgerForm form, QString fontFamily)
    : form_(std::move(form)), fontFamily_(std::move(fontFamily)) {
  setup_.paper = form_.columns > 12 ? PaperSize::A3 : PaperSize::A4;
  setup_.orientation = PageOrientation::Landscape;
  setup_.marginsMm = QMarginsF(kMargin, kMargin, kMargin, kMargin);
  const double total = std::accumulate(form_.columnWidths.begin(), form_.columnWidths.end(), 0.0);
  for (double w : form_.columnWidths)
    columns_.push_back(total > 0 ? w / total * contentWidth() : 0);
  measureHeader();
  measureBody();
  paginate();
}

double LedgerFormDocument::contentWidth() const { return setup_.sizeMm().width() - 2 * kMargin; }

double LedgerFormDocument::columnLeft(int col) const {
  double x = 0;
  for (int c = 0; c < col && c < static_cast<int>(columns_.size()); ++c) x += columns_[c];
  return x;
}

void LedgerFormDocument::measureHeader() {
  headerHeights_.assign(static_cast<std::size_t>(std::max(0, form_.headerRows)), kMinHeaderRow);
  const PaperUnits units(kMeasureDpi);
  const QFontMetricsF metrics(units.font(fontFamily_, kHeaderPt, true));
  std::vector<LedgerFormHeaderCell> cells = form_.header;
  // Single-row cells first: a spanning cell then adds only what its rows still lack.
  std::stable_sort(cells.begin(), cells.end(),
                   [](const auto& a, const auto& b) { return a.rowSpan < b.rowSpan; });
  for (const LedgerFormHeaderCell& cell : cells) {
    const double width = columnLeft(cell.col + cell.colSpan) - columnLeft(cell.col) - 2 * kPad;
    const QRectF box =
        metrics.boundingRect(QRectF(0, 0, units.mm(width), 1e7), kWrap, q(cell.text));
    const double need = box.height() / units.mm(1.0) + 2 * kPad;
    double have = 0;
    for (int r = cell.row; r < cell.row + cell.rowSpan; ++r) have += headerHeights_[r];
    if (need > have) headerHeights_[cell.row + cell.rowSpan - 1] += need - have;
  }
}

void LedgerFormDocument::measureBody() {
  const PaperUnits units(kMeasureDpi);
  const QFontMetricsF metrics(units.font(fontFamily_, kBodyPt, true));
  for (const std::vector<LedgerFormCell>& cells : form_.body) {
    double height = kBodyRowHeight;
    for (int c = 0; c < form_.columns && c < static_cast<int>(cells.size()); ++c) {
      const QRectF box = metrics.boundingRect(QRectF(0, 0, units.mm(columns_[c] - 2 * kPad), 1e7),
                                              kWrap, cellText(cells[c]));
      height = std::max(height, box.height() / units.mm(1.0) + 2 * kPad);
    }
    bodyHeights_.push_back(height);
  }
}

void LedgerFormDocument::paginate() {
  const double header = std::accumulate(headerHeights_.begin(), headerHeights_.end(), 0.0);
  const double bottom =
      setup_.sizeMm().height() - kMargin - kPageNumberHeight - kSignatureGap - kSignatureHeight;
  const double room = bottom - kTableTop - header;
  std::size_t first = 0;
  while (first < form_.body.size()) {
    std::size_t count = 0;
    double used = 0;
    while (first + count < form_.body.size() &&
           (count == 0 || used + bodyHeights_[first + count] <= room)) {
      used += bodyHeights_[first + count];
      ++count;
    }
    pages_.push_back(Page{first, count});
    first += count;
  }
  if (pages_.empty()) pages_.push_back(Page{});
}

PageSetup LedgerFormDocument::pageSetup(int) const { return setup_; }

QString LedgerFormDocument::title() const { return q(form_.attachment + "　" + form_.title); }

QString LedgerFormDocument::pageName(int index) const {
  return QStringLiteral("%1 第%2页").arg(q(form_.attachment)).arg(index + 1);
}

bool LedgerFormDocument::paintPage(int index, QPainter& painter, const PaperUnits& units,
                                   MapRendering, const std::atomic<bool>* cancel) const {
  if (cancel && cancel->load()) return false;
  const Page& page = pages_.at(static_cast<std::size_t>(index));
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  paintTop(painter, units);
  double y = paintHeader(painter, units, kTableTop);
  for (std::size_t r = 0; r < page.rowCount; ++r) {
    paintRow(painter, units, page.firstRow + r, y);
    y += bodyHeights_[page.firstRow + r];
  }
  painter.setPen(Qt::black);
  painter.setFont(units.font(fontFamily_, kSignaturePt));
  painter.drawText(
      units.mm(QRectF(kMargin + 4, y + kSignatureGap, contentWidth() - 8, kSignatureHeight)),
      Qt::AlignLeft | Qt::AlignVCenter, q(form_.signatureLine()));
  if (pageCount() > 1) {
    painter.setFont(units.font(fontFamily_, kLinePt));
    const double top = setup_.sizeMm().height() - kMargin - kPageNumberHeight;
    painter.drawText(units.mm(QRectF(kMargin, top, contentWidth(), kPageNumberHeight)),
                     Qt::AlignHCenter | Qt::AlignBottom,
                     QStringLiteral("第 %1 页 共 %2 页").arg(index + 1).arg(pageCount()));
  }
  painter.restore();
  return true;
}

void LedgerFormDocument::paintTop(QPainter& painter, const PaperUnits& units) const {
  const double width = contentWidth();
  painter.setPen(Qt::black);
  painter.setFont(units.font(fontFamily_, kAttachmentPt, true));
  painter.drawText(units.mm(QRectF(kMargin, kMargin, width, kAttachmentHeight)),
                   Qt::AlignLeft | Qt::AlignVCenter, q(form_.attachment));
  painter.setFont(units.font(fontFamily_, kTitlePt, true));
  painter.drawText(units.mm(QRectF(kMargin, kMargin + kAttachmentHeight, width, kTitleHeight)),
                   Qt::AlignHCenter | Qt::AlignVCenter, q(form_.title));
  const QRectF line(kMargin, kMargin + kAttachmentHeight + kTitleHeight, width, kReporterHeight);
  painter.setFont(units.font(fontFamily_, kLinePt));
  painter.drawText(units.mm(line), Qt::AlignLeft | Qt::AlignVCenter, q(form_.reporterLine()));
  painter.drawText(units.mm(line), Qt::AlignRight | Qt::AlignVCenter, q(form_.unit));
}

double LedgerFormDocument::paintHeader(QPainter& painter, const PaperUnits& units,
                                       double top) const {
  std::vector<double> rowTop(headerHeights_.size() + 1, top);
  for (std::size_t r = 0; r < headerHeights_.size(); ++r)
    rowTop[r + 1] = rowTop[r] + headerHeights_[r];
  painter.setFont(units.font(fontFamily_, kHeaderPt, true));
  for (const LedgerFormHeaderCell& cell : form_.header) {
    const double x0 = kMargin + columnLeft(cell.col);
    const double x1 = kMargin + columnLeft(cell.col + cell.colSpan);
    const QRectF box(x0, rowTop[cell.row], x1 - x0,
                     rowTop[cell.row + cell.rowSpan] - rowTop[cell.row]);
    painter.setPen(QPen(Qt::black, units.pt(0.6)));
    painter.setBrush(QColor(242, 242, 242));
    painter.drawRect(units.mm(box));
    painter.setPen(Qt::black);
    painter.drawText(units.mm(box.adjusted(kPad, kPad, -kPad, -kPad)), kWrap, q(cell.text));
  }
  return rowTop.back();
}

void LedgerFormDocument::paintRow(QPainter& painter, const PaperUnits& units, std::size_t row,
                                  double top) const {
  const std::vector<LedgerFormCell>& cells = form_.body.at(row);
  const bool total = row + 1 == form_.body.size();
  painter.setFont(units.font(fontFamily_, kBodyPt, total));
  painter.setBrush(Qt::NoBrush);
  for (int c = 0; c < form_.columns; ++c) {
    const QRectF box(kMargin + columnLeft(c), top, columns_[c], bodyHeights_.at(row));
    painter.setPen(QPen(Qt::black, units.pt(0.6)));
    painter.drawRect(units.mm(box));
    if (c >= static_cast<int>(cells.size())) continue;
    painter.drawText(units.mm(box.adjusted(kPad, 0, -kPad, 0)), kWrap, cellText(cells[c]));
  }
}

}  // namespace fangan
