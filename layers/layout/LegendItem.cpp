#include "layers/layout/LegendItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "layers/layout/LayerNames.h"
#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

// Text never shrinks below this: smaller print is unreadable at meeting-table distance.
constexpr double kMinimumFontPt = 5;

struct LegendRow {
  const LegendGroup* group = nullptr;
  const LegendEntry* entry = nullptr;  ///< null: the group's heading
};

// Slots the rows take in columns of `perColumn`, a heading never ending a column.
int slotsNeeded(const std::vector<LegendRow>& rows, int perColumn) {
  int slot = 0;
  for (const LegendRow& r : rows) {
    if (!r.entry && perColumn > 1 && slot % perColumn == perColumn - 1) ++slot;
    ++slot;
  }
  return slot;
}

}  // namespace

LegendItem::LegendItem(ItemPlacement placement, const ItemProperties& p) : LayoutItem(placement) {
  const QStringList keys =
      p.list(QStringLiteral("layers"), {QStringLiteral("buildings"), QStringLiteral("zones")});
  for (const QString& key : keys) {
    const auto kind = mapLayerKindFromKey(key);
    if (!kind) {
      throw LayoutError(QStringLiteral("%1: 未知图层 \"%2\"（可用：%3）")
                            .arg(p.where(), key, mapLayerKeys().join(", "))
                            .toStdString());
    }
    kinds_.append(*kind);
  }
  title_ = p.text(QStringLiteral("title"), QCoreApplication::translate("Layout", "图例"));
  counts_ = p.flag(QStringLiteral("counts"), counts_);
  headings_ = p.flag(QStringLiteral("headings"), headings_);
  note_ = p.text(QStringLiteral("note"));
  fontPt_ = p.number(QStringLiteral("font_pt"), fontPt_, kMinimumFontPt);
  titlePt_ = p.number(QStringLiteral("title_pt"), titlePt_, kMinimumFontPt);
  maxColumns_ = static_cast<int>(p.number(QStringLiteral("max_columns"), maxColumns_, 1));
  border_ = p.flag(QStringLiteral("border"), border_);
}

void paintLegendSwatch(QPainter& painter, const QRectF& box, const LegendEntry& entry,
                       double devicePerStylePixel) {
  const Symbolizer& s = entry.symbolizer;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setOpacity(s.opacity);
  const double width = std::max(0.5, s.strokeWidth * devicePerStylePixel);
  const QPen stroke = s.stroke.alpha() > 0
                          ? QPen(s.stroke, width, s.strokeStyle, Qt::FlatCap, Qt::MiterJoin)
                          : QPen(Qt::NoPen);
  switch (entry.shape) {
    case GeometryShape::Line: {
      QPen line = stroke;
      line.setCapStyle(Qt::RoundCap);
      painter.setPen(line);
      painter.drawLine(QPointF(box.left(), box.center().y()),
                       QPointF(box.right(), box.center().y()));
      break;
    }
    case GeometryShape::Point: {
      const double r = s.pointSize * 0.5 * devicePerStylePixel;
      painter.setPen(stroke);
      painter.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush));
      painter.drawEllipse(box.center(), r, r);
      break;
    }
    case GeometryShape::Polygon:
    case GeometryShape::Empty: {
      // A hatch-only rule (an overlay such as "under control") is shown over white, as it is
      // seen over the colour of whatever class the building has.
      const QRectF r = box.adjusted(width / 2, width / 2, -width / 2, -width / 2);
      painter.setPen(Qt::NoPen);
      painter.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::white));
      painter.drawRect(r);
      if (s.hatch != Qt::NoBrush) {
        QBrush hatch(s.hatchColor, s.hatch);
        hatch.setTransform(QTransform::fromScale(devicePerStylePixel, devicePerStylePixel));
        painter.setBrush(hatch);
        painter.drawRect(r);
      }
      painter.setBrush(Qt::NoBrush);
      painter.setPen(s.stroke.alpha() > 0 ? stroke : QPen(QColor(120, 120, 120), width));
      painter.drawRect(r);
      break;
    }
  }
  painter.restore();
}

void LegendItem::paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const {
  if (!context.map) return;
  const std::vector<LegendGroup> groups =
      buildLegend(context.layers, *context.map, *context.area, kinds_);
  std::vector<LegendRow> rows;
  for (const LegendGroup& g : groups) {
    if (headings_ && (groups.size() > 1 || title_.isEmpty())) rows.push_back({&g, nullptr});
    for (const LegendEntry& e : g.entries) rows.push_back({&g, &e});
  }
  const PaperUnits& u = context.units;
  painter.save();
  if (border_) {
    painter.setPen(QPen(QColor(60, 60, 60), u.pt(0.5)));
    painter.setBrush(Qt::white);
    painter.drawRect(rect);
  }
  const QRectF inner = rect.adjusted(u.mm(2), u.mm(1.5), -u.mm(2), -u.mm(1.5));
  double top = inner.top();
  if (!title_.isEmpty()) {
    const QFont titleFont = u.font(context.fontFamily, titlePt_, true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const double h = QFontMetricsF(titleFont).height() * 1.35;
    painter.drawText(QRectF(inner.left(), top, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                     title_);
    top += h;
  }
  const QString note = context.expand(note_);
  double bottom = inner.bottom();
  const QFont noteFont = u.font(context.fontFamily, std::max(kMinimumFontPt, fontPt_ * 0.85));
  if (!note.isEmpty()) bottom -= QFontMetricsF(noteFont).height() * 1.3;

  // Shrink until the rows fit in at most max_columns columns, each wide enough for its text.
  const double available = std::max(1.0, bottom - top);
  double pt = fontPt_;
  QFont font;
  double lineHeight = 0;
  int perColumn = 1;
  int columns = 1;
  double columnWidth = inner.width();
  for (;; pt = std::max(kMinimumFontPt, pt * 0.9)) {
    font = u.font(context.fontFamily, pt);
    const QFontMetricsF m(font);
    const QFontMetricsF bold(u.font(context.fontFamily, pt, true));
    lineHeight = m.height() * 1.45;
    perColumn = std::max(1, static_cast<int>(std::floor(available / lineHeight)));
    columns = std::max(1, (slotsNeeded(rows, perColumn) + perColumn - 1) / perColumn);
    double widest = 0;
    for (const LegendRow& r : rows) {
      const double text = r.entry
                              ? lineHeight * 1.9 + m.horizontalAdvance(r.entry->label) +
                                    (counts_ ? m.horizontalAdvance(QStringLiteral(" 00000")) : 0)
                              : bold.horizontalAdvance(r.group->title);
      widest = std::max(widest, text);
    }
    columnWidth = (inner.width() - (columns - 1) * u.mm(3)) / columns;
    if ((columns <= maxColumns_ && widest <= columnWidth) || pt <= kMinimumFontPt) break;
  }
  const QFontMetricsF metrics(font);
  const QFont headingFont = u.font(context.fontFamily, pt, true);
  const double swatchWidth = lineHeight * 1.5;
  const double swatchHeight = lineHeight * 0.62;
  int slot = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // A heading never ends a column: it moves to the top of the next one.
    if (!rows[i].entry && perColumn > 1 && slot % perColumn == perColumn - 1) ++slot;
    const int column = slot / perColumn;
    if (column >= columns) break;
    const double x = inner.left() + column * (columnWidth + u.mm(3));
    const double y = top + (slot % perColumn) * lineHeight;
    ++slot;
    const QRectF line(x, y, columnWidth, lineHeight);
    painter.setPen(Qt::black);
    if (!rows[i].entry) {
      painter.setFont(headingFont);
      painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, rows[i].group->title);
      continue;
    }
    const LegendEntry& e = *rows[i].entry;
    paintLegendSwatch(painter,
                      QRectF(x, y + (lineHeight - swatchHeight) / 2, swatchWidth, swatchHeight), e,
                      u.perStylePixel());
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF label = line.adjusted(swatchWidth + lineHeight * 0.4, 0, 0, 0);
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(e.label, Qt::ElideRight, label.width()));
    if (counts_) {
      painter.setPen(QColor(60, 60, 60));
      painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QString::number(e.count));
    }
  }
  if (!note.isEmpty()) {
    painter.setFont(noteFont);
    painter.setPen(QColor(80, 80, 80));
    painter.drawText(QRectF(inner.left(), bottom, inner.width(), inner.bottom() - bottom),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(noteFont).elidedText(note, Qt::ElideRight, inner.width()));
  }
  painter.restore();
}

}  // namespace fangan
