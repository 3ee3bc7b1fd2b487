#pragma once
// The area a map page is about: the whole district, a town, a grid, or any extent (the current
// view, a selection). It fixes what the map frame shows, which buildings the legend counts and
// the statistics table sum, and the outline drawn around it.

#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QVector>
#include <cstdint>
#include <memory>
#include <unordered_set>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Geometry.h"
#include "layers/MapLayer.h"

namespace fangan {

class LayoutData;
struct LayoutBuilding;

enum class LayoutAreaKind { District, Town, Grid, Extent };

struct LayoutArea {
  LayoutAreaKind kind = LayoutAreaKind::District;
  QString key;    ///< town name or grid id; empty for the district and extents
  QString label;  ///< how titles name the area ("全区", the town, "网格名（G01）")
  QString town;   ///< the town a grid belongs to; the town itself for towns
  Extent extent;  ///< what the map frame must show
  QVector<QPolygonF> outline;  ///< rings of the town or grid polygon(s); empty otherwise
  /// The outline as one odd-even path (built once: atlas pages test many features against it).
  std::shared_ptr<const QPainterPath> outlinePath;
  /// For selections: the buildings that belong, by id; null means "by kind" (see holds()).
  std::shared_ptr<const std::unordered_set<std::int64_t>> members;

  /// True when a building belongs to the area: towns and grids by the record's town / grid
  /// (the ledger's grouping, so that the legend, the table and `fangan ledger` agree), extents by
  /// the centre of the footprint's bounding box.
  bool holds(const LayoutBuilding& building, const LayoutData& data) const;
  /// True when a map feature belongs to the area: by its town or grid attribute when its layer
  /// has one, else by its shape meeting the area's outline (its bounding box meeting the
  /// area's extent for areas without an outline).
  bool holds(const MapLayer& layer, const MapFeature& feature) const;
};

/// The buildings of `data` the area holds (holds() above), in id order.
std::vector<const LayoutBuilding*> buildingsIn(const LayoutArea& area, const LayoutData& data);

/// The whole project, named `label`.
LayoutArea districtArea(const LayoutData& data, const QString& label);
/// A town by name. Throws LayoutError when the project has no such town.
LayoutArea townArea(const LayoutData& data, const QString& town);
/// A grid by id. Throws LayoutError when the project has no such grid.
LayoutArea gridArea(const LayoutData& data, const QString& gridId);
/// A given extent (the canvas view), named `label`.
LayoutArea extentArea(const Extent& extent, const QString& label);
/// The extent of some buildings (a selection), holding exactly them. Throws LayoutError when
/// none of the ids has a footprint.
LayoutArea selectionArea(const LayoutData& data, const std::vector<std::int64_t>& buildingIds,
                         const QString& label);

}  // namespace fangan
