#pragma once
// The layer tree: one checkable item per map layer (top layer first, as it is drawn), with the
// legend of its style underneath (a swatch, the rule's label, and how many features it draws).

#include <QTreeWidget>

#include "layers/ProjectMap.h"

namespace fangan {
namespace gui {

class LayerTreeWidget : public QTreeWidget {
  Q_OBJECT

 public:
  explicit LayerTreeWidget(QWidget* parent = nullptr);

  /// Rebuilds the tree from a project map.
  void setProjectMap(const ProjectMap& map);
  /// Rebuilds the legend of one layer (after a style change).
  void updateLegend(const ProjectMap& map, int entry);
  /// The top-level item of a map entry, or null.
  QTreeWidgetItem* itemOf(int entry) const;
  /// Checks or unchecks a layer as the user would (emits visibilityChanged).
  void setLayerChecked(int entry, bool checked);

 signals:
  /// The user checked or unchecked the layer at `entry` of the project map.
  void visibilityChanged(int entry, bool visible);

 private:
  void onItemChanged(QTreeWidgetItem* item, int column);
  void fillLegend(QTreeWidgetItem* layerItem, const ProjectMap& map, int entry);

  bool updating_ = false;
};

/// A legend swatch for a symbolizer of a layer of `shape` drawn at `layerOpacity`.
QIcon legendSwatch(const Symbolizer& symbolizer, GeometryShape shape, double layerOpacity = 1.0);

}  // namespace gui
}  // namespace fangan
