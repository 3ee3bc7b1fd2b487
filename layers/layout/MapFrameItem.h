#pragma once
// The map frame: the page's area drawn with the project's layer styles at a round paper scale,
// the rest of the frame dimmed, the area's outline on top, a thin border around.
//
// Template properties (all optional):
//   "theme": "hazard_grade" | "survey_status" | "health_code"   how buildings are coloured
//   "layers": ["zones", "lines", "buildings", "grids", "towns"] layers shown (drawing order is
//                                                                always ProjectMap's)
//   "building_labels": "code"        label buildings with their code ...
//   "building_labels_max_scale": 4000  ... at scales larger than 1:n
//   "mask_outside": true             dim what lies outside a town or grid
//   "mask_opacity": 0.55             0 (no dimming) … 1 (white)
//   "outline_color": "#6e3c82", "outline_width_pt": 1.6   the area's outline
//   "margin": 0.03                   room around the area, as a fraction of its size
//   "round_scale": true              round the scale up to 1:n with a round n
//   "border_width_pt": 0.6           frame border
//   "background": "#ffffff"
//   "rendering": "auto" | "vector" | "image"
//   "highlight": {"field": "survey", "values": ["not_surveyed"], "label": "未排查（圈示）",
//                 "color": "#d7191c", "size_px": 9}
//                                    a ring around every building of the area whose `field`
//                                    (a buildings-layer attribute: survey, hazard, health,
//                                    control) is one of `values`, so that a few cases stand out
//                                    at district scale where footprints are dots

#include <QColor>
#include <QStringList>
#include <vector>

#include "layers/PresetStyles.h"
#include "layers/ProjectMap.h"
#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"

namespace fangan {

class MapFrameItem : public LayoutItem {
 public:
  /// Above this many features in the frame, "auto" rendering places an image of the map rather
  /// than vector shapes: a PDF of a million footprints would be hundreds of megabytes and slow
  /// to open, while an image at the output resolution looks the same on paper.
  static constexpr long long kVectorFeatureLimit = 150000;

  MapFrameItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("map"); }
  /// The building theme of the frame.
  BuildingTheme theme() const { return theme_; }
  /// Snapshots of the layers this frame shows, styled (theme, building labels), bottom to top;
  /// with a highlight, a point layer of rings follows the buildings.
  std::vector<RenderLayer> renderLayers(const ProjectMap& map) const;
  /// The view of this frame at `rect` (device pixels) showing `area`.
  MapFrameView view(const QRectF& rect, const LayoutArea& area, const PaperUnits& units) const;
  /// The rendering actually used for a frame showing `features` features under `requested`.
  MapRendering renderingFor(MapRendering requested, long long features) const;

  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  RenderLayer highlightLayer(const MapLayer& buildings) const;
  void paintImage(QPainter& painter, const LayoutContext& context) const;
  void paintMask(QPainter& painter, const LayoutContext& context) const;

  BuildingTheme theme_ = BuildingTheme::HazardGrade;
  QStringList layers_;
  QString buildingLabels_;
  double buildingLabelsMaxScale_ = 4000;
  bool maskOutside_ = true;
  double maskOpacity_ = 0.55;
  QColor outlineColor_ = QColor(110, 60, 130);
  double outlineWidthPt_ = 1.6;
  double margin_ = 0.03;
  bool roundScale_ = true;
  double borderWidthPt_ = 0.6;
  QColor background_ = Qt::white;
  MapRendering rendering_ = MapRendering::Auto;
  QString highlightField_;
  QStringList highlightValues_;
  QString highlightLabel_;
  QColor highlightColor_ = QColor(215, 25, 28);
  double highlightSize_ = 9;
};

}  // namespace fangan
