#include "app/gui/LayerTreeWidget.h"

#include <QPainter>
#include <QPixmap>

#include "app/gui/DisplayText.h"

namespace fangan {
namespace gui {
namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

}  // namespace

QIcon legendSwatch(const Symbolizer& s, GeometryShape shape, double layerOpacity) {
  QPixmap pixmap(20, 14);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setOpacity(s.opacity * layerOpacity);
  const QPen pen = s.stroke.alpha() > 0
                       ? QPen(s.stroke, std::max(1.0, s.strokeWidth), s.strokeStyle)
                       : QPen(Qt::NoPen);
  if (shape == GeometryShape::Line) {
    painter.setPen(pen);
    painter.drawLine(QPointF(1, 7), QPointF(19, 7));
  } else if (shape == GeometryShape::Point) {
    painter.setPen(pen);
    painter.setBrush(s.fill);
    painter.drawEllipse(QPointF(10, 7), 4, 4);
  } else {
    const QRectF box(1.5, 1.5, 17, 11);
    painter.setPen(pen);
    painter.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush));
    painter.drawRect(box);
    if (s.hatch != Qt::NoBrush) {
      painter.setPen(Qt::NoPen);
      painter.setBrush(QBrush(s.hatchColor, s.hatch));
      painter.drawRect(box);
    }
  }
  return QIcon(pixmap);
}

LayerTreeWidget::LayerTreeWidget(QWidget* parent) : QTreeWidget(parent) {
  setHeaderHidden(true);
  setColumnCount(1);
  setRootIsDecorated(true);
  setIconSize(QSize(20, 14));
  setUniformRowHeights(true);
  connect(this, &QTreeWidget::itemChanged, this, &LayerTreeWidget::onItemChanged);
}

void LayerTreeWidget::setProjectMap(const ProjectMap& map) {
  updating_ = true;
  clear();
  const auto& entries = map.entries();
  for (int i = static_cast<int>(entries.size()) - 1; i >= 0; --i) {
    const MapLayerEntry& e = entries[static_cast<std::size_t>(i)];
    auto* item = new QTreeWidgetItem(this);
    item->setData(0, kEntryRole, i);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(0, e.visible ? Qt::Checked : Qt::Unchecked);
    QString title = tr("%1（%2）").arg(layerTitle(e.kind)).arg(e.layer.features().size());
    if (!e.error.isEmpty()) {
      title = tr("%1（加载失败）").arg(layerTitle(e.kind));
      item->setToolTip(0, e.error);
    } else if (e.skippedFeatures > 0) {
      item->setToolTip(0, tr("%n 个几何无法读取，未显示", nullptr, e.skippedFeatures));
    }
    item->setText(0, title);
    fillLegend(item, map, i);
    // Expanded for the layer whose colours carry meaning; the rest stay compact.
    item->setExpanded(e.kind == MapLayerKind::Buildings || e.kind == MapLayerKind::Zones);
  }
  updating_ = false;
}

void LayerTreeWidget::updateLegend(const ProjectMap& map, int entry) {
  QTreeWidgetItem* item = itemOf(entry);
  if (!item) return;
  updating_ = true;
  qDeleteAll(item->takeChildren());
  fillLegend(item, map, entry);
  updating_ = false;
}

QTreeWidgetItem* LayerTreeWidget::itemOf(int entry) const {
  for (int i = 0; i < topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = topLevelItem(i);
    if (item->data(0, kEntryRole).toInt() == entry) return item;
  }
  return nullptr;
}

void LayerTreeWidget::setLayerChecked(int entry, bool checked) {
  if (QTreeWidgetItem* item = itemOf(entry))
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void LayerTreeWidget::fillLegend(QTreeWidgetItem* layerItem, const ProjectMap& map, int entry) {
  const MapLayerEntry& e = map.entries()[static_cast<std::size_t>(entry)];
  const std::vector<int> counts = map.legendCounts(entry);
  const bool countable = e.kind == MapLayerKind::Buildings || e.kind == MapLayerKind::Zones;
  for (int r = 0; r < e.style.rules.size(); ++r) {
    const StyleRule& rule = e.style.rules[r];
    const int count = r < static_cast<int>(counts.size()) ? counts[static_cast<std::size_t>(r)] : 0;
    // Zone types the project does not use would only lengthen the list.
    if (e.kind == MapLayerKind::Zones && count == 0) continue;
    auto* child = new QTreeWidgetItem(layerItem);
    child->setFlags(Qt::ItemIsEnabled);
    child->setIcon(0, legendSwatch(rule.symbolizer, e.layer.shape(), e.style.opacity));
    const QString label = styleText(rule.label);
    child->setText(0, countable ? tr("%1  %2").arg(label).arg(count) : label);
  }
}

void LayerTreeWidget::onItemChanged(QTreeWidgetItem* item, int column) {
  if (updating_ || column != 0 || item->parent() != nullptr) return;
  emit visibilityChanged(item->data(0, kEntryRole).toInt(), item->checkState(0) == Qt::Checked);
}

}  // namespace gui
}  // namespace fangan
