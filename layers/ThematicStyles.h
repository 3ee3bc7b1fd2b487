#pragma once
// Styles computed from a layer's data, as the user asks for them in the layer tree: categorized
// (one colour per value of a field) and graduated (classes of a numeric field on a light-to-dark
// ramp). Pure functions of the snapshot, so they are tested without widgets.
//
// Rules filter by "field value in a set" (StyleEvaluator), so a graduated class is the set of
// the distinct value strings that fall in it. That suits the fields the snapshots hold (floors,
// year built: a few hundred distinct values at most), not continuous measurements.

#include <QColor>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>
#include <vector>

#include "layers/MapLayer.h"
#include "layers/Style.h"

namespace fangan {

/// How graduated classes are cut.
enum class ClassMethod {
  Quantile,       ///< about the same number of features per class
  EqualInterval,  ///< classes of equal width between the smallest and largest value
};

/// One distinct value of a field and how many features have it.
struct ValueCount {
  QString value;
  int count = 0;
};

/// The legend label of a value ("masonry" → "砖混"); empty function: the value itself.
using ValueLabeler = std::function<QString(const QString& value)>;

/// The distinct values of `field` over the features of `layer`, most frequent first (ties: in
/// ascending order, numerically when both are numbers). Empty when the layer lacks the field.
std::vector<ValueCount> distinctValues(const MapLayer& layer, const QString& field);

/// `text` as a finite number, or nothing (empty text, "n/a", "nan").
std::optional<double> numericValue(const QString& text);

/// True when `field` holds numbers: at least four in five of the first `sample` non-empty values
/// are numbers (a stray "不详" among floor counts does not disqualify the field).
bool isNumericField(const MapLayer& layer, const QString& field, int sample = 200);

/// The colours of categories, in order: distinguishable hues of similar weight.
const QVector<QColor>& categoryPalette();
/// The colour at `t` (0 = lightest … 1 = darkest) of the graduated ramp.
QColor rampColor(double t);

/// One rule per distinct value of `field`, most frequent first, coloured from
/// categoryPalette(); when there are more than `maxClasses` values, the rest share an "其他"
/// else-rule in grey.
Style categorizedStyle(const MapLayer& layer, const QString& field, int maxClasses = 12,
                       const ValueLabeler& label = {});

/// Class upper bounds for `classes` classes of the numeric values (with their feature counts) in
/// `values`: a value v falls in the first class whose bound is >= v. The last bound is the
/// largest value. Quantile bounds repeat where one value spans several quantiles; the classes
/// they would make are empty. Empty when no value is numeric.
std::vector<double> classBreaks(const std::vector<ValueCount>& values, int classes,
                                ClassMethod method);

/// `classes` classes of the numeric values of `field` on the ramp, labelled "lowest – highest"
/// by the values in each; empty classes are left out (their colours too, so a colour keeps
/// meaning the same part of the range). Values that are not numbers (empty, text) go to an
/// else-rule "非数值".
Style graduatedStyle(const MapLayer& layer, const QString& field, int classes, ClassMethod method);

}  // namespace fangan
