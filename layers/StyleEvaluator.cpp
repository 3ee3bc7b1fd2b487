#include "layers/StyleEvaluator.h"

#include <algorithm>
#include <string>
#include <unordered_map>

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

std::vector<int> StyleEvaluator::filterFields() const {
  std::vector<int> fields;
  for (int field : ruleFields_) {
    if (field >= 0 && std::find(fields.begin(), fields.end(), field) == fields.end()) {
      fields.push_back(field);
    }
  }
  return fields;
}

std::vector<int> StyleEvaluator::ruleCounts(const MapLayer& layer) const {
  // Which rules draw a feature depends only on the values of the fields the rules filter on, so
  // features are grouped by those values and the rules evaluated once per group. Values are
  // grouped by their identity (FeatureValues::identity: the loader shares repeated values), so
  // grouping costs a pointer hash per feature; equal values held apart form separate groups with
  // the same rules, which leaves the counts exact.
  const std::vector<int> fields = filterFields();
  struct Group {
    const MapFeature* sample = nullptr;
    int count = 0;
  };
  std::unordered_map<std::string, Group> groups;
  std::string key;
  for (const MapFeature& f : layer.features()) {
    key.clear();
    for (int field : fields) {
      const void* data = field < f.values.size() ? f.values.identity(field) : nullptr;
      key.append(reinterpret_cast<const char*>(&data), sizeof data);
    }
    Group& group = groups[key];
    if (!group.sample) group.sample = &f;
    ++group.count;
  }
  std::vector<int> counts(static_cast<std::size_t>(style_.rules.size()), 0);
  for (const auto& [unused, group] : groups) {
    // The count by value: clang before C++20 cannot capture a structured binding.
    forEachRule(*group.sample, 0, [&counts, n = group.count](const StyleRule&, int i) {
      counts[static_cast<std::size_t>(i)] += n;
    });
  }
  return counts;
}

}  // namespace fangan
