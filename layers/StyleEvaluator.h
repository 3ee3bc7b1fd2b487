#pragma once
// A style bound to one layer: field names resolved to value positions once, so that matching a
// feature is a few string comparisons. Shared by the renderer and the legend counts.

#include <QString>
#include <vector>

#include "layers/MapLayer.h"
#include "layers/Style.h"

namespace fangan {

class StyleEvaluator {
 public:
  /// Binds `style` to the fields of `layer`. A rule on a field the layer lacks never matches.
  StyleEvaluator(const Style& style, const MapLayer& layer);

  const Style& style() const { return style_; }

  /// Calls `apply(const StyleRule&, int ruleIndex)` for every rule that draws `feature` at
  /// scale denominator `scale`, in style order (Mapnik semantics: all matching rules, else-rules
  /// only when no ordinary rule matched). A scale of 0 ignores scale ranges.
  template <typename Apply>
  void forEachRule(const MapFeature& feature, double scale, Apply&& apply) const;

  /// True when `rule` (by index) matches `feature` by its filter alone.
  bool filterMatches(int rule, const MapFeature& feature) const;

  /// The positions in MapFeature::values of the fields the rules filter on, each once: which
  /// rules draw a feature depends only on its values there.
  std::vector<int> filterFields() const;

  /// Label text of `feature` ("" when the style has no labels or the value is empty).
  QString labelText(const MapFeature& feature) const;

  /// Number of features each rule draws, ignoring scale (for the legend).
  std::vector<int> ruleCounts(const MapLayer& layer) const;

 private:
  Style style_;
  std::vector<int> ruleFields_;  // value position per rule; -1 = rule has no field; -2 = missing
  int labelField_ = -1;
};

template <typename Apply>
void StyleEvaluator::forEachRule(const MapFeature& feature, double scale, Apply&& apply) const {
  bool matched = false;
  const int n = static_cast<int>(style_.rules.size());
  for (int i = 0; i < n; ++i) {
    const StyleRule& rule = style_.rules[i];
    if (rule.elseRule || !filterMatches(i, feature)) continue;
    matched = true;
    if (scale <= 0 || rule.appliesAtScale(scale)) apply(rule, i);
  }
  if (matched) return;
  for (int i = 0; i < n; ++i) {
    const StyleRule& rule = style_.rules[i];
    if (rule.elseRule && (scale <= 0 || rule.appliesAtScale(scale))) apply(rule, i);
  }
}

}  // namespace fangan
