#include "app/gui/LayerTreeWidget.h"

#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <memory>

#include "app/gui/DisplayText.h"
#include "app/gui/OpacityDialog.h"
#include "app/gui/ThematicDialog.h"
#include "layers/PresetStyles.h"

namespace fangan {
namespace gui {
namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;

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
  setContextMenuPolicy(Qt::CustomContextMenu);
  connect(this, &QTreeWidget::itemChanged, this, &LayerTreeWidget::onItemChanged);
  connect(this, &QWidget::customContextMenuRequested, this, &LayerTreeWidget::showLayerMenu);
}

void LayerTreeWidget::setProjectMap(const ProjectMap& map) {
  // Counted on the caller's map, whose cache then keeps the counts up to date through its edits,
  // rather than only on the copy.
  for (int i = 0; i < static_cast<int>(map.entries().size()); ++i) map.legendCounts(i);
  map_ = map;
  rebuild();
}

void LayerTreeWidget::rebuild() {
  // Layers stay expanded or collapsed as the user left them (by kind, which survives a move or
  // a reload); a layer new to the tree starts expanded when its colours carry meaning.
  QSet<int> shown;
  QSet<int> expanded;
  for (int i = 0; i < topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = topLevelItem(i);
    const int kind = item->data(0, kKindRole).toInt();
    shown.insert(kind);
    if (item->isExpanded()) expanded.insert(kind);
  }
  updating_ = true;
  clear();
  const auto& entries = map_.entries();
  for (int i = static_cast<int>(entries.size()) - 1; i >= 0; --i) {
    const MapLayerEntry& e = entries[static_cast<std::size_t>(i)];
    auto* item = new QTreeWidgetItem(this);
    item->setData(0, kEntryRole, i);
    item->setData(0, kKindRole, static_cast<int>(e.kind));
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
    fillLegend(item, map_, i);
    const int kind = static_cast<int>(e.kind);
    item->setExpanded(shown.contains(kind)
                          ? expanded.contains(kind)
                          : e.kind == ProjectLayer::Buildings || e.kind == ProjectLayer::Zones);
  }
  addOverlayItems();
  updating_ = false;
}

void LayerTreeWidget::setOverlays(const std::vector<Overlay>& overlays) {
  overlays_ = overlays;
  updating_ = true;
  for (int i = topLevelItemCount() - 1; i >= 0; --i) {
    if (topLevelItem(i)->data(0, kEntryRole).toInt() < 0) delete takeTopLevelItem(i);
  }
  addOverlayItems();
  updating_ = false;
}

void LayerTreeWidget::addOverlayItems() {
  // Drawn over the project's layers, so listed above them (the tree lists the top first).
  for (int i = static_cast<int>(overlays_.size()) - 1; i >= 0; --i) {
    const Overlay& overlay = overlays_[static_cast<std::size_t>(i)];
    auto* item = new QTreeWidgetItem;
    item->setData(0, kEntryRole, -1 - i);
    item->setData(0, kKindRole, -1);
    item->setFlags(Qt::ItemIsEnabled);
    item->setText(0, overlay.title);
    for (int r = 0; r < overlay.style.rules.size(); ++r) {
      const StyleRule& rule = overlay.style.rules[r];
      auto* child = new QTreeWidgetItem(item);
      child->setFlags(Qt::ItemIsEnabled);
      child->setIcon(0, legendSwatch(rule.symbolizer, overlay.shape, overlay.style.opacity));
      const QString label = styleText(rule.label);
      const bool counted = r < static_cast<int>(overlay.counts.size());
      child->setText(
          0, counted ? tr("%1  %2").arg(label).arg(overlay.counts[static_cast<std::size_t>(r)])
                     : label);
    }
    insertTopLevelItem(0, item);
    item->setExpanded(true);
  }
}

void LayerTreeWidget::updateLegend(const ProjectMap& map, int entry) {
  map.legendCounts(entry);  // cached in the caller's map, as in setProjectMap
  map_ = map;
  refillLegend(entry);
}

void LayerTreeWidget::refillLegend(int entry) {
  QTreeWidgetItem* item = itemOf(entry);
  if (!item) return;
  updating_ = true;
  qDeleteAll(item->takeChildren());
  fillLegend(item, map_, entry);
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

QMenu* LayerTreeWidget::layerMenu(int entry, QWidget* parent) {
  const int n = static_cast<int>(map_.entries().size());
  if (entry < 0 || entry >= n) return nullptr;
  const MapLayerEntry& e = map_.entries()[static_cast<std::size_t>(entry)];
  auto* menu = new QMenu(parent);

  // The tree lists the top layer first, so "up" is towards the end of the drawing order.
  QAction* up = menu->addAction(tr("上移"));
  up->setObjectName(QStringLiteral("moveUp"));
  up->setEnabled(entry + 1 < n);
  connect(up, &QAction::triggered, this, [this, entry] { moveLayer(entry, entry + 1); });
  QAction* down = menu->addAction(tr("下移"));
  down->setObjectName(QStringLiteral("moveDown"));
  down->setEnabled(entry > 0);
  connect(down, &QAction::triggered, this, [this, entry] { moveLayer(entry, entry - 1); });
  menu->addSeparator();

  QAction* opacity = menu->addAction(tr("不透明度…"));
  opacity->setObjectName(QStringLiteral("opacity"));
  connect(opacity, &QAction::triggered, this, [this, entry] { editOpacity(entry); });

  // A layer that failed to load has no data to style.
  const bool styled = !e.layer.isEmpty();
  QMenu* styles = menu->addMenu(tr("样式"));
  styles->setEnabled(styled);
  const QVector<Style> presets = presetStyles(e.kind);
  for (int i = 0; i < presets.size(); ++i) {
    const Style& preset = presets[i];
    QAction* action = styles->addAction(styleText(preset.name));
    action->setObjectName(QStringLiteral("preset%1").arg(i));
    action->setCheckable(true);
    action->setChecked(e.style.name == preset.name);
    connect(action, &QAction::triggered, this,
            [this, entry, preset] { setLayerStyle(entry, preset); });
  }
  QAction* categorized = menu->addAction(tr("分类着色…"));
  categorized->setObjectName(QStringLiteral("categorized"));
  categorized->setEnabled(styled);
  connect(categorized, &QAction::triggered, this, [this, entry] { editThematic(entry, false); });
  QAction* graduated = menu->addAction(tr("分级着色…"));
  graduated->setObjectName(QStringLiteral("graduated"));
  graduated->setEnabled(styled);
  connect(graduated, &QAction::triggered, this, [this, entry] { editThematic(entry, true); });
  return menu;
}

void LayerTreeWidget::showLayerMenu(const QPoint& pos) {
  QTreeWidgetItem* item = itemAt(pos);
  if (!item) return;
  if (item->parent()) item = item->parent();          // a legend row stands for its layer
  if (item->data(0, kEntryRole).toInt() < 0) return;  // an overlay: nothing to change
  const std::unique_ptr<QMenu> menu(layerMenu(item->data(0, kEntryRole).toInt(), this));
  if (menu) menu->exec(viewport()->mapToGlobal(pos));
}

void LayerTreeWidget::moveLayer(int entry, int to) {
  const int n = static_cast<int>(map_.entries().size());
  if (entry < 0 || entry >= n || to < 0 || to >= n || entry == to) return;
  map_.moveEntry(entry, to);
  rebuild();
  setCurrentItem(itemOf(to));  // the moved layer stays selected, ready to move again
  emit orderChanged(entry, to);
}

void LayerTreeWidget::setLayerOpacity(int entry, double opacity) {
  if (entry < 0 || entry >= static_cast<int>(map_.entries().size())) return;
  map_.setOpacity(entry, opacity);
  refillLegend(entry);  // the swatches show the opacity; the counts are kept
  emit opacityChanged(entry, map_.entries()[static_cast<std::size_t>(entry)].style.opacity);
}

void LayerTreeWidget::setLayerStyle(int entry, const Style& style) {
  if (entry < 0 || entry >= static_cast<int>(map_.entries().size())) return;
  map_.setStyle(entry, style);
  refillLegend(entry);
  emit styleChosen(entry, style);
  if (map_.entries()[static_cast<std::size_t>(entry)].kind != ProjectLayer::Buildings) return;
  for (BuildingTheme theme : buildingThemes()) {
    if (buildingStyle(theme).name == style.name) emit buildingThemeChosen(theme);
  }
}

void LayerTreeWidget::editOpacity(int entry) {
  if (entry < 0 || entry >= static_cast<int>(map_.entries().size())) return;
  const MapLayerEntry& e = map_.entries()[static_cast<std::size_t>(entry)];
  const double before = e.style.opacity;
  OpacityDialog dialog(layerTitle(e.kind), before, this);
  connect(&dialog, &OpacityDialog::opacityChanged, this,
          [this, entry](double opacity) { setLayerOpacity(entry, opacity); });
  if (dialog.exec() == QDialog::Accepted) return;
  // Cancelled: the map followed the slider, so it goes back.
  if (entry < static_cast<int>(map_.entries().size()) &&
      map_.entries()[static_cast<std::size_t>(entry)].style.opacity != before) {
    setLayerOpacity(entry, before);
  }
}

void LayerTreeWidget::editThematic(int entry, bool graduated) {
  if (entry < 0 || entry >= static_cast<int>(map_.entries().size())) return;
  const ProjectLayer kind = map_.entries()[static_cast<std::size_t>(entry)].kind;
  ThematicDialog dialog(
      graduated ? ThematicDialog::Mode::Graduated : ThematicDialog::Mode::Categorized,
      map_.entries()[static_cast<std::size_t>(entry)].layer, this);
  if (dialog.exec() != QDialog::Accepted || !dialog.hasFields()) return;
  // The map may have been replaced while the dialog was open (a project opened in the
  // background); the choice then no longer applies.
  if (entry >= static_cast<int>(map_.entries().size()) ||
      map_.entries()[static_cast<std::size_t>(entry)].kind != kind) {
    return;
  }
  const Style& current = map_.entries()[static_cast<std::size_t>(entry)].style;
  Style style = dialog.style();
  // What the colours do not decide stays: labels (grid and town names) and the layer opacity.
  style.labels = current.labels;
  style.opacity = current.opacity;
  setLayerStyle(entry, style);
}

void LayerTreeWidget::fillLegend(QTreeWidgetItem* layerItem, const ProjectMap& map, int entry) {
  const MapLayerEntry& e = map.entries()[static_cast<std::size_t>(entry)];
  const std::vector<int> counts = map.legendCounts(entry);
  // Counts say how much of the project each class is: always for buildings and zones, and for
  // any layer coloured by its data.
  const bool countable = e.kind == ProjectLayer::Buildings || e.kind == ProjectLayer::Zones ||
                         e.style.name != defaultStyle(e.kind).name;
  for (int r = 0; r < e.style.rules.size(); ++r) {
    const StyleRule& rule = e.style.rules[r];
    const int count = r < static_cast<int>(counts.size()) ? counts[static_cast<std::size_t>(r)] : 0;
    // Zone types the project does not use would only lengthen the list.
    if (e.kind == ProjectLayer::Zones && count == 0) continue;
    auto* child = new QTreeWidgetItem(layerItem);
    child->setFlags(Qt::ItemIsEnabled);
    child->setIcon(0, legendSwatch(rule.symbolizer, e.layer.shape(), e.style.opacity));
    const QString label = styleText(rule.label);
    child->setText(0, countable ? tr("%1  %2").arg(label).arg(count) : label);
  }
}

void LayerTreeWidget::onItemChanged(QTreeWidgetItem* item, int column) {
  if (updating_ || column != 0 || item->parent() != nullptr) return;
  const int entry = item->data(0, kEntryRole).toInt();
  if (entry < 0) return;  // an overlay
  const bool visible = item->checkState(0) == Qt::Checked;
  map_.setVisible(entry, visible);
  emit visibilityChanged(entry, visible);
}

}  // namespace gui
}  // namespace fangan
