#pragma once
// The coverage-gaps view (覆盖缺口视图): grids coloured by survey coverage (a choropleth of
// checked / total in five classes, red to green) and a hexagon density layer of the unchecked
// buildings, both built as in-memory layer snapshots from computeCoverage(). The main window
// draws them with the project's layers while the view is on.

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

#include "gis/analysis/spatial/Coverage.h"
#include "gis/store/ProjectStore.h"
#include "layers/MapLayer.h"
#include "layers/MapRenderer.h"
#include "layers/Style.h"

namespace fangan {
namespace gui {

class CoverageView {
  Q_DECLARE_TR_FUNCTIONS(fangan::gui::CoverageView)

 public:
  /// Number of coverage classes and of hexagon count classes.
  static constexpr int kClasses = 5;
  /// Hexagon circumradius in metres.
  static constexpr double kHexSize = 250;

  /// Attribute names of the grid coverage layer.
  static const QString kGridField;     ///< grid id
  static const QString kClassField;    ///< class "0".."4", "none" without buildings
  static const QString kRateField;     ///< "0.7500" or "—"
  static const QString kCaptionField;  ///< label: grid name and rate
  /// Attribute names of the hexagon layer.
  static const QString kCountField;  ///< unchecked buildings in the hexagon

  /// Coverage class of a rate: 0 below 80 %, 1 below 90 %, 2 below 95 %, 3 below 99 %, 4 from
  /// 99 %; empty without buildings.
  static std::optional<int> coverageClass(std::optional<double> rate);
  /// Class (0..kClasses-1) of a hexagon with `count` unchecked buildings when the densest has
  /// `maxCount`: equal intervals of 1..maxCount.
  static int countClass(std::int64_t count, std::int64_t maxCount);

  /// The choropleth style of the grid coverage layer (translucent, red to green).
  static Style gridCoverageStyle();
  /// The graduated style of the hexagon layer for a densest hexagon of `maxCount`.
  static Style hexDensityStyle(std::int64_t maxCount);

  /// Computes coverage from `store` (read-only) and builds both layers.
  void compute(const ProjectStore& store);
  /// Drops the layers.
  void clear();

  const CoverageReport& report() const { return report_; }
  const MapLayer& gridLayer() const { return grids_; }
  const Style& gridStyle() const { return gridStyle_; }
  const MapLayer& hexLayer() const { return hexes_; }
  const Style& hexStyle() const { return hexStyle_; }
  /// The layers to draw under the project's buildings: choropleth, then hexagons.
  std::vector<RenderLayer> renderLayers() const;

 private:
  CoverageReport report_;
  MapLayer grids_;
  Style gridStyle_;
  MapLayer hexes_;
  Style hexStyle_;
};

}  // namespace gui
}  // namespace fangan
