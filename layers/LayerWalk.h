#pragma once
// The one layer walk every map output shares — the canvas image (MapRenderer) and the vector page
// of PDF and SVG (layers/layout/VectorMapOutput.h): layers bottom to top, the features each layer
// has in view, the style rules each feature takes, sub-pixel features as one dot, outlines left
// off tiny filled shapes, then the labels of all layers, top layer first, through one LabelPlacer.
// What differs between outputs is a small policy (MapOutput): pen widths fixed on the device or
// scaled with the page, the simplification tolerance, where a dot lands, the label halo and font
// hinting, and how raster basemaps and translucent layers reach the device.

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "layers/MapLayer.h"
#include "layers/MapViewport.h"
#include "layers/Style.h"

namespace fangan {

class RasterBasemap;

/// One layer to draw and the style to draw it with.
struct RenderLayer {
  MapLayer layer;
  Style style;
  /// When set, the layer is this raster basemap, drawn at style.opacity instead of features.
  std::shared_ptr<const RasterBasemap> raster = nullptr;
};

/// How shapes reach one painter. The walk draws in viewport pixels; the painter maps them onto
/// its device.
struct ShapeOutput {
  /// Pens one device pixel wide whatever the painter's scale (a screen image, where this lets
  /// Qt's raster engine take its fast path), or scaled with the painter (paper: a 0.8 px outline
  /// is 0.2 mm at any resolution).
  bool cosmeticPens = true;
  /// Vertices closer than this (viewport pixels, Manhattan distance) to the previous kept one
  /// are dropped.
  double simplifyTolerance = 1.0;
  /// A sub-pixel feature fills the pixel it falls in (an image), or a pixel-sized square
  /// centred on it (a scaled page).
  bool dotsOnPixelGrid = true;
  /// Device pixels per viewport pixel for hatch patterns (defined in device pixels, 8 × 8), so
  /// that their spacing on paper is their spacing on screen.
  double hatchScale = 1.0;
  bool antialiasing = true;
  /// The shortcuts of a small scale: a feature under kDotSize drawn as one dot, outlines left
  /// off fills under kOutlineMinSize. Off (with simplifyTolerance 0), every shape is drawn
  /// whole with its outline (a benchmark drawing what QGIS draws).
  bool levelOfDetail = true;
};

/// How labels reach the device.
struct LabelOutput {
  enum class Halo {
    /// Eight offset copies of the text in the halo colour: cheap from the glyph cache.
    OffsetCopies,
    /// A lighter rounded box behind the text: in a PDF, copies of the text would be found and
    /// copied nine times over, and stroked CJK outlines make the file ten times larger.
    Box
  };
  Halo halo = Halo::OffsetCopies;
  QFont::HintingPreference hinting = QFont::PreferDefaultHinting;
  QFont::StyleStrategy strategy = QFont::PreferAntialias;
  QRectF bounds;  ///< where labels may stand, in viewport pixels
};

/// The output policy of a walk.
class MapOutput {
 public:
  virtual ~MapOutput() = default;
  virtual ShapeOutput shapes() const = 0;
  virtual LabelOutput labels() const = 0;
  /// Draws a raster basemap layer at `opacity`; false when cancelled. A raster that fails to
  /// draw (its file gone or damaged) leaves its layer empty rather than failing the map.
  virtual bool drawRaster(QPainter& painter, const RasterBasemap& raster, double opacity,
                          const std::atomic<bool>* cancel) = 0;
  /// Draws a translucent layer: `draw` paints it opaque onto the painter it is given (with the
  /// shape output for that painter), and the result is laid over the map at `opacity`, so that
  /// overlapping pieces do not darken. Returns what `draw` returned (false: cancelled).
  using LayerDraw = std::function<bool(QPainter&, const ShapeOutput&)>;
  virtual bool drawTranslucent(QPainter& painter, double opacity, const LayerDraw& draw) = 0;
};

/// What a walk drew.
struct DrawCounts {
  bool cancelled = false;
  int featuresDrawn = 0;  ///< drawn as shapes
  int dotsDrawn = 0;      ///< smaller than a pixel: drawn as one dot
  int labelsPlaced = 0;
};

/// Below this size (viewport pixels, both sides) a polygon or line is drawn as a single dot.
constexpr double kDotSize = 1.0;
/// Below this size outlines are left off filled shapes: they would hide the fill colour.
constexpr double kOutlineMinSize = 4.0;

/// Walks `layers` (bottom to top) over `viewport` onto `painter`, whose transform maps viewport
/// pixels onto the device. `cancel` (may be null) is polled between features.
DrawCounts drawMapLayers(QPainter& painter, const MapViewport& viewport,
                         const std::vector<RenderLayer>& layers, MapOutput& output,
                         const std::atomic<bool>* cancel);

}  // namespace fangan
