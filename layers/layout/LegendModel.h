#pragma once
// What a legend lists: for each chosen layer, the style rules that draw at least one feature of
// the page's area inside the map frame, each with how many features it draws. A class with no
// feature on the page is left out, so the legend explains exactly what the map shows.

#include <QList>
#include <QString>
#include <vector>

#include "layers/MapRenderer.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/MapFrameView.h"

namespace fangan {

/// One legend line: a rule's label, how it paints, and its feature count.
struct LegendEntry {
  QString label;  ///< translated for display
  Symbolizer symbolizer;
  GeometryShape shape = GeometryShape::Polygon;
  int count = 0;
};

/// The lines of one layer under its heading.
struct LegendGroup {
  ProjectLayer kind = ProjectLayer::Buildings;
  QString title;
  std::vector<LegendEntry> entries;
};

/// Legend groups for the layers of `kinds` (in that order) found in `layers`. A feature counts
/// when its bounding box meets the frame, it belongs to `area` (LayoutArea::holds), and the rule
/// draws it at the frame's scale; rules that draw none are left out, and so are empty groups.
std::vector<LegendGroup> buildLegend(const std::vector<RenderLayer>& layers,
                                     const MapFrameView& view, const LayoutArea& area,
                                     const QList<ProjectLayer>& kinds);

}  // namespace fangan
