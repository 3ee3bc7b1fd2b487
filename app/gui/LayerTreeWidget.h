#pragma once
// The layer tree: one checkable item per map layer (top layer first, as it is drawn), with the
// legend of its style underneath (a swatch, the rule's label, and how many features it draws).
//
// It is also where layers are managed: each layer's context menu moves it in the drawing order,
// sets its opacity, switches it between its preset styles or colours it by a field of its data
// (categorized / graduated). The tree applies each change to its own copy of the map, so that
// it shows the result at once, and reports it through a signal; the owner applies the same
// change to its map and redraws.

#include <QTreeWidget>

#include "layers/ProjectMap.h"

class QMenu;

namespace fangan {
namespace gui {

class LayerTreeWidget : public QTreeWidget {
  Q_OBJECT

 public:
  explicit LayerTreeWidget(QWidget* parent = nullptr);

  /// Rebuilds the tree from a project map (and keeps a copy of it for the layer menus).
  void setProjectMap(const ProjectMap& map);
  /// Rebuilds the legend of one layer (after a style change or an edit) from `map`, which
  /// replaces the tree's copy.
  void updateLegend(const ProjectMap& map, int entry);
  /// The top-level item of a map entry, or null.
  QTreeWidgetItem* itemOf(int entry) const;
  /// Checks or unchecks a layer as the user would (emits visibilityChanged).
  void setLayerChecked(int entry, bool checked);
  /// The map as the tree shows it: the last map given, with the changes made in the tree since.
  const ProjectMap& projectMap() const { return map_; }

  /// Layers drawn over the project's for a view (the coverage view's grid choropleth and
  /// hexagons): listed above the project's layers with their legends, without a checkbox or menu.
  struct Overlay {
    QString title;
    Style style;
    GeometryShape shape = GeometryShape::Polygon;
    std::vector<int> counts;  ///< features per rule (empty: no counts shown)
  };
  /// Replaces the overlays (an empty list removes them).
  void setOverlays(const std::vector<Overlay>& overlays);
  /// Number of overlays shown.
  int overlayCount() const { return static_cast<int>(overlays_.size()); }

  /// The context menu of the layer at `entry` (null for an unknown entry), owned by the caller:
  /// 上移 / 下移, 不透明度…, 样式 (the presets of the layer's kind), 分类着色…, 分级着色…. Its
  /// actions are named moveUp, moveDown, opacity, preset0…presetN, categorized and graduated.
  QMenu* layerMenu(int entry, QWidget* parent = nullptr);

  /// Moves a layer as the user would: to position `to` of the drawing order (emits orderChanged).
  void moveLayer(int entry, int to);
  /// Sets a layer's opacity (0–1) as the user would (emits opacityChanged).
  void setLayerOpacity(int entry, double opacity);
  /// Gives a layer a style as the user would (emits styleChosen, and buildingThemeChosen when it
  /// is one of the building themes).
  void setLayerStyle(int entry, const Style& style);

 signals:
  /// The user checked or unchecked the layer at `entry` of the project map.
  void visibilityChanged(int entry, bool visible);
  /// The user moved the layer at position `from` of the drawing order to position `to`
  /// (ProjectMap::moveEntry). Entries between them shift by one.
  void orderChanged(int from, int to);
  /// The user set the opacity (0–1) of a layer; sent live while the slider moves.
  void opacityChanged(int entry, double opacity);
  /// The user gave a layer a new style (a preset or one computed from the data).
  void styleChosen(int entry, const Style& style);
  /// The style chosen for the buildings is the preset of `theme` (sent after styleChosen), so
  /// that a theme selector elsewhere can follow.
  void buildingThemeChosen(BuildingTheme theme);

 private:
  void rebuild();
  void addOverlayItems();
  void onItemChanged(QTreeWidgetItem* item, int column);
  void showLayerMenu(const QPoint& pos);
  void editOpacity(int entry);
  void editThematic(int entry, bool graduated);
  void refillLegend(int entry);
  void fillLegend(QTreeWidgetItem* layerItem, const ProjectMap& map, int entry);

  ProjectMap map_;
  std::vector<Overlay> overlays_;
  bool updating_ = false;
};

/// A legend swatch for a symbolizer of a layer of `shape` drawn at `layerOpacity`.
QIcon legendSwatch(const Symbolizer& symbolizer, GeometryShape shape, double layerOpacity = 1.0);

}  // namespace gui
}  // namespace fangan
