#include "layers/layout/LegendModel.h"

#include <QCoreApplication>
#include <algorithm>

#include "layers/StyleEvaluator.h"
#include "layers/layout/LayerNames.h"

namespace fangan {

std::vector<LegendGroup> buildLegend(const std::vector<RenderLayer>& layers,
                                     const MapFrameView& view, const LayoutArea& area,
                                     const QList<ProjectLayer>& kinds) {
  std::vector<LegendGroup> groups;
  const Extent frame = view.extent();
  const double scale = view.scaleDenominator();
  for (ProjectLayer kind : kinds) {
    for (const RenderLayer& layer : layers) {
      if (layer.raster || layer.layer.kind() != kind) continue;  // basemaps have no legend
      const StyleEvaluator evaluator(layer.style, layer.layer);
      std::vector<int> counts(static_cast<std::size_t>(layer.style.rules.size()), 0);
      const auto& features = layer.layer.features();
      for (int index : layer.layer.featuresIn(frame)) {
        const MapFeature& f = features[static_cast<std::size_t>(index)];
        if (!area.holds(layer.layer, f)) continue;
        evaluator.forEachRule(f, scale, [&counts](const StyleRule&, int rule) {
          ++counts[static_cast<std::size_t>(rule)];
        });
      }
      LegendGroup group;
      group.kind = kind;
      group.title = mapLayerTitle(kind);
      for (int i = 0; i < layer.style.rules.size(); ++i) {
        if (counts[static_cast<std::size_t>(i)] == 0) continue;
        const StyleRule& rule = layer.style.rules[i];
        // The swatch shows the colour seen on the map: a translucent layer's opacity included.
        Symbolizer symbol = rule.symbolizer;
        symbol.opacity *= std::clamp(layer.style.opacity, 0.0, 1.0);
        group.entries.push_back(
            {QCoreApplication::translate("PresetStyles", rule.label.toUtf8().constData()), symbol,
             layer.layer.shape(), counts[static_cast<std::size_t>(i)]});
      }
      if (group.entries.empty()) continue;
      // A layer drawn in two passes (buildings and their highlight rings) has one heading.
      if (!groups.empty() && groups.back().kind == kind) {
        for (LegendEntry& e : group.entries) groups.back().entries.push_back(std::move(e));
      } else {
        groups.push_back(std::move(group));
      }
    }
  }
  return groups;
}

}  // namespace fangan
