#include "layers/layout/AtlasDocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "layers/layout/LayoutError.h"

namespace fangan {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Layout", text); }

// Space the contents title takes above the entries, millimetres.
constexpr double kContentsHeaderMm = 22;
// Narrowest useful contents column: a grid name, its id and a page number.
constexpr double kContentsColumnMm = 95;

}  // namespace

AtlasDocument::AtlasDocument(Layout layout, const LayoutData& data, std::vector<LayoutArea> areas,
                             QHash<QString, QString> variables, QString title)
    : layout_(std::move(layout)),
      data_(data),
      areas_(std::move(areas)),
      variables_(std::move(variables)),
      title_(std::move(title)) {
  if (areas_.empty()) throw LayoutError("图集没有任何页面（项目中没有网格或镇街）");
  // Town headings when the pages are grids of more than one town.
  bool severalTowns = false;
  for (const LayoutArea& a : areas_) severalTowns = severalTowns || a.town != areas_.front().town;
  QString town;
  for (std::size_t i = 0; i < areas_.size(); ++i) {
    const LayoutArea& a = areas_[i];
    if (a.kind == LayoutAreaKind::Grid && severalTowns && (i == 0 || a.town != town)) {
      town = a.town;
      lines_.push_back({town.isEmpty() ? tr("（未填镇街）") : town, -1});
    }
    lines_.push_back({a.label, static_cast<int>(i)});
  }
  const int perPage = linesPerPage() * columnsPerPage();
  contentsPages_ = std::max(1, static_cast<int>((lines_.size() + perPage - 1) / perPage));
}

std::vector<LayoutArea> AtlasDocument::areas(const LayoutData& data, AtlasBy by,
                                             const QString& town) {
  std::vector<LayoutArea> out;
  if (by == AtlasBy::Town) {
    for (const QString& name : data.townNames()) {
      if (!town.isEmpty() && name != town) continue;
      out.push_back(townArea(data, name));
    }
    return out;
  }
  for (const GridRecord& g : data.grids()) {
    if (!town.isEmpty() && QString::fromStdString(g.town) != town) continue;
    try {
      out.push_back(gridArea(data, QString::fromStdString(g.grid)));
    } catch (const LayoutError&) {
      // A grid with neither polygon nor buildings has nothing to map.
    }
  }
  return out;
}

int AtlasDocument::linesPerPage() const {
  const double height = layout_.pageSetup().contentMm().height() - kContentsHeaderMm;
  return std::max(1, static_cast<int>(std::floor(height / kContentsLineMm)));
}

int AtlasDocument::columnsPerPage() const {
  return std::max(
      1, static_cast<int>(std::floor(layout_.pageSetup().contentMm().width() / kContentsColumnMm)));
}

QString AtlasDocument::pageName(int index) const {
  if (index < contentsPages_) return tr("目录");
  return areas_[static_cast<std::size_t>(index - contentsPages_)].label;
}

bool AtlasDocument::paintPage(int index, QPainter& painter, const PaperUnits& units,
                              MapRendering rendering, const std::atomic<bool>* cancel) const {
  bool complete = true;
  if (index < contentsPages_) {
    paintContents(index, painter, units);
  } else {
    LayoutPage page;
    page.area = areas_[static_cast<std::size_t>(index - contentsPages_)];
    page.variables = variables_;
    page.variables[QStringLiteral("page")] = QString::number(index + 1);
    page.variables[QStringLiteral("pages")] = QString::number(pageCount());
    complete = layout_.paint(painter, data_, page, units, rendering, cancel);
  }
  paintFooter(index, painter, units);
  return complete;
}

void AtlasDocument::paintContents(int page, QPainter& painter, const PaperUnits& units) const {
  const QRectF content = layout_.pageSetup().contentMm();
  const QString family = layout_.fontFamily();
  painter.save();
  painter.setPen(Qt::black);
  const QFont titleFont = units.font(family, 18, true);
  painter.setFont(titleFont);
  painter.drawText(units.mm(QRectF(content.left(), content.top(), content.width(), 11)),
                   Qt::AlignHCenter | Qt::AlignVCenter, title_);
  painter.setFont(units.font(family, 12));
  painter.drawText(units.mm(QRectF(content.left(), content.top() + 11, content.width(), 8)),
                   Qt::AlignHCenter | Qt::AlignVCenter,
                   page == 0 ? tr("目　录") : tr("目　录（续）"));

  const int perColumn = linesPerPage();
  const int columns = columnsPerPage();
  const double columnWidth = (content.width() - (columns - 1) * 8.0) / columns;
  const QFont entryFont = units.font(family, 10);
  const QFont headingFont = units.font(family, 10, true);
  const QFontMetricsF metrics(entryFont);
  const int first = page * perColumn * columns;
  const int last = std::min(static_cast<int>(lines_.size()), first + perColumn * columns);
  for (int i = first; i < last; ++i) {
    const int slot = i - first;
    const double x = content.left() + (slot / perColumn) * (columnWidth + 8.0);
    const double y = content.top() + kContentsHeaderMm + (slot % perColumn) * kContentsLineMm;
    const QRectF line = units.mm(QRectF(x, y, columnWidth, kContentsLineMm));
    const ContentsLine& entry = lines_[static_cast<std::size_t>(i)];
    if (entry.area < 0) {
      painter.setFont(headingFont);
      painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
      continue;
    }
    painter.setFont(entryFont);
    const QString number = QString::number(pageNumberOfArea(entry.area));
    const double numberWidth = metrics.horizontalAdvance(number);
    const QRectF label = line.adjusted(units.mm(4), 0, -numberWidth - units.mm(4), 0);
    const QString text = metrics.elidedText(entry.text, Qt::ElideRight, label.width());
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    // Dotted leader from the name to the number, the way printed contents guide the eye.
    const double from = label.left() + metrics.horizontalAdvance(text) + units.mm(1.5);
    const double to = line.right() - numberWidth - units.mm(1.5);
    if (to > from) {
      painter.save();
      painter.setPen(QPen(QColor(110, 110, 110), units.pt(0.6), Qt::DotLine));
      const double baseline = line.center().y() + metrics.ascent() * 0.3;
      painter.drawLine(QPointF(from, baseline), QPointF(to, baseline));
      painter.restore();
    }
  }
  painter.restore();
}

void AtlasDocument::paintFooter(int index, QPainter& painter, const PaperUnits& units) const {
  const PageSetup setup = layout_.pageSetup();
  const double bottom = setup.marginsMm.bottom();
  if (bottom < 4) return;  // no room below the content
  const QSizeF sheet = setup.sizeMm();
  painter.save();
  painter.setFont(units.font(layout_.fontFamily(), 8));
  painter.setPen(QColor(60, 60, 60));
  painter.drawText(units.mm(QRectF(0, sheet.height() - bottom, sheet.width(), bottom)),
                   Qt::AlignHCenter | Qt::AlignVCenter,
                   tr("第 %1 页 / 共 %2 页").arg(index + 1).arg(pageCount()));
  painter.restore();
}

}  // namespace fangan
