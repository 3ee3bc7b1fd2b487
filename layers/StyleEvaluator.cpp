#include "layers/StyleEvaluator.h"

namespace fangan {

StyleEvaluator::StyleEvaluator(const Style& style, const MapLayer& layer) : style_(style) {
  ruleFields_.reserve(static_cast<std::size_t>(style_.rules.size()));
  for (const StyleRule& rule : style_.rules) {
    if (rule.field.isEmpty()) {
      ruleFields_.push_back(-1);
    } else {
      const int at = layer.fieldIndex(rule.field);
      ruleFields_.push_back(at >= 0 ? at : -2);
    }
  }
  labelField_ = style_.labels.field.isEmpty() ? -1 : layer.fieldIndex(style_.labels.field);
}

bool StyleEvaluator::filterMatches(int rule, const MapFeature& feature) const {
  const int field = ruleFields_[static_cast<std::size_t>(rule)];
  if (field == -1) return true;
  if (field < 0 || field >= feature.values.size()) return false;
  return style_.rules[rule].values.contains(feature.values[field]);
}

QString StyleEvaluator::labelText(const MapFeature& feature) const {
  if (labelField_ < 0 || labelField_ >= feature.values.size()) return QString();
  return feature.values[labelField_];
}

std::vector<int> StyleEvaluator::ruleCounts(const MapLayer& layer) const {
  std::vector<int> counts(static_cast<std::size_t>(style_.rules.size()), 0);
  for (const MapFeature& f : layer.features()) {
    forEachRule(f, 0,
                [&counts](const StyleRule&, int i) { ++counts[static_cast<std::size_t>(i)]; });
  }
  return counts;
}

}  // namespace fangan
