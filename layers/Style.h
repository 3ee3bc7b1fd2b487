#pragma once
// What to draw, as data (Mapnik's Style / Rule / Symbolizer): a style is an ordered list of rules,
// each a filter on one field, a scale range and a symbolizer; plus how to label. The renderer
// (MapRenderer) walks these; nothing here draws.
//
// Rule semantics follow Mapnik: every rule whose filter and scale range match draws, in order
// (so an overlay rule such as a hatch can follow a colour rule); an "else" rule draws only when
// no ordinary rule matched the feature.

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fangan {

/// How one matched rule paints a feature. Sizes are in device-independent pixels.
struct Symbolizer {
  QColor fill = Qt::transparent;       ///< area fill (alpha respected); transparent = none
  Qt::BrushStyle hatch = Qt::NoBrush;  ///< pattern painted over the fill in `hatchColor`
  QColor hatchColor = Qt::black;
  QColor stroke = Qt::transparent;  ///< outline or line colour; transparent = none
  double strokeWidth = 1.0;
  Qt::PenStyle strokeStyle = Qt::SolidLine;
  double opacity = 1.0;    ///< applied to everything this symbolizer paints
  double pointSize = 6.0;  ///< diameter of point markers

  /// True when this symbolizer paints an area (a fill or a hatch).
  bool paintsArea() const { return fill.alpha() > 0 || hatch != Qt::NoBrush; }
  /// The colour a feature smaller than a pixel is drawn with (fill, else stroke).
  QColor dotColor() const;
};

/// One rule: a filter (field value in a set), a scale range and a symbolizer.
struct StyleRule {
  QString label;          ///< legend text (Chinese source text, translated for display)
  QString field;          ///< empty: the rule matches every feature
  QStringList values;     ///< the feature's `field` value must be one of these
  bool elseRule = false;  ///< matches only features no ordinary rule matched
  /// Scale denominators: the rule applies while minScale <= scale < maxScale; 0 = no bound.
  double minScale = 0;
  double maxScale = 0;
  Symbolizer symbolizer;

  /// True when the rule applies at scale denominator `scale`.
  bool appliesAtScale(double scale) const;
};

/// How a layer's features are labelled.
struct LabelStyle {
  QString field;  ///< empty: no labels
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  double pixelSize = 13;
  bool bold = false;
  QColor color = QColor(40, 40, 40);
  QColor halo = QColor(255, 255, 255, 220);
  double haloWidth = 2;
  double minScale = 0;  ///< as StyleRule
  double maxScale = 0;
  /// A feature narrower on screen than this many pixels is not labelled (the label would
  /// float over its neighbours).
  double minFeaturePixels = 24;

  /// True when labels are drawn at scale denominator `scale`.
  bool appliesAtScale(double scale) const;
};

/// A named, ordered list of rules plus labelling.
struct Style {
  QString name;  ///< display name (Chinese source text)
  QVector<StyleRule> rules;
  LabelStyle labels;
  /// Opacity of the layer as a whole: the layer is drawn opaque on its own image which is then
  /// laid over the map at this opacity, so overlapping features (buffer corridors made of many
  /// pieces) do not darken where they overlap, as they do with translucent fills.
  double opacity = 1.0;
};

}  // namespace fangan
