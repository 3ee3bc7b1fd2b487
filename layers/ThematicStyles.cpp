#include "layers/ThematicStyles.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace fangan {
namespace {

QString text(const char* source) { return QString::fromUtf8(source); }

// Ascending, numerically when both are numbers ("9" before "10"), else by text.
bool valueLess(const QString& a, const QString& b) {
  const std::optional<double> x = numericValue(a);
  const std::optional<double> y = numericValue(b);
  if (x && y && *x != *y) return *x < *y;
  if (x.has_value() != y.has_value()) return x.has_value();  // numbers before text
  return a < b;
}

// How a feature of a layer of `shape` shows a class colour.
Symbolizer classSymbolizer(const QColor& colour, GeometryShape shape) {
  Symbolizer s;
  switch (shape) {
    case GeometryShape::Line:
      s.stroke = colour;
      s.strokeWidth = 1.5;
      break;
    case GeometryShape::Point:
      s.fill = colour;
      s.stroke = colour.darker(150);
      s.strokeWidth = 1.0;
      s.pointSize = 6;
      break;
    default:
      s.fill = colour;
      s.stroke = colour.darker(150);
      s.strokeWidth = 0.8;
      break;
  }
  return s;
}

StyleRule elseRule(const QString& label, const QColor& colour, GeometryShape shape) {
  StyleRule r;
  r.label = label;
  r.elseRule = true;
  r.symbolizer = classSymbolizer(colour, shape);
  return r;
}

}  // namespace

std::optional<double> numericValue(const QString& value) {
  bool ok = false;
  const double v = value.toDouble(&ok);  // ignores surrounding blanks
  if (!ok || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::vector<ValueCount> distinctValues(const MapLayer& layer, const QString& field) {
  const int at = layer.fieldIndex(field);
  if (at < 0) return {};
  // Grouped by the value's identity (FeatureValues::identity): the loader shares repeated
  // values, so a million features group by a pointer hash instead of a string hash each.
  struct Group {
    QString sample;
    int count = 0;
  };
  std::unordered_map<const void*, Group> groups;
  for (const MapFeature& f : layer.features()) {
    const bool has = at < f.values.size();
    Group& g = groups[has ? f.values.identity(at) : nullptr];
    if (g.count == 0 && has) g.sample = f.values[at];
    ++g.count;
  }
  // Equal values held apart (an edited feature's own copy) merge here.
  QHash<QString, int> byValue;
  for (const auto& [key, group] : groups) byValue[group.sample] += group.count;
  std::vector<ValueCount> values;
  values.reserve(static_cast<std::size_t>(byValue.size()));
  for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) values.push_back({it.key(), *it});
  std::sort(values.begin(), values.end(), [](const ValueCount& a, const ValueCount& b) {
    if (a.count != b.count) return a.count > b.count;
    return valueLess(a.value, b.value);
  });
  return values;
}

bool isNumericField(const MapLayer& layer, const QString& field, int sample) {
  const int at = layer.fieldIndex(field);
  if (at < 0) return false;
  int seen = 0;
  int numbers = 0;
  for (const MapFeature& f : layer.features()) {
    if (at >= f.values.size() || f.values[at].isEmpty()) continue;
    ++seen;
    if (numericValue(f.values[at])) ++numbers;
    if (seen >= sample) break;
  }
  return numbers > 0 && numbers * 5 >= seen * 4;
}

const QVector<QColor>& categoryPalette() {
  // Strong, mid-light hues first; neighbours in the list differ in hue so that the most
  // frequent values, which come first, are the easiest to tell apart.
  static const QVector<QColor> palette = {
      QColor(46, 117, 182), QColor(237, 125, 49), QColor(84, 166, 72),   QColor(200, 50, 60),
      QColor(142, 98, 181), QColor(150, 96, 70),  QColor(222, 110, 180), QColor(165, 170, 50),
      QColor(40, 170, 190), QColor(240, 190, 40), QColor(95, 95, 110),   QColor(120, 200, 160),
  };
  return palette;
}

QColor rampColor(double t) {
  // Pale yellow through orange to deep red: darker means more (floors, age read as "more").
  static const QColor stops[] = {QColor(255, 245, 204), QColor(254, 190, 110), QColor(230, 90, 50),
                                 QColor(140, 20, 40)};
  constexpr int kLast = 3;
  t = std::clamp(t, 0.0, 1.0) * kLast;
  const int i = std::min(kLast - 1, static_cast<int>(std::floor(t)));
  const double f = t - i;
  const QColor& a = stops[i];
  const QColor& b = stops[i + 1];
  const auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
  return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

Style categorizedStyle(const MapLayer& layer, const QString& field, int maxClasses,
                       const ValueLabeler& label) {
  Style style;
  style.name = text(QT_TRANSLATE_NOOP("PresetStyles", "分类着色"));
  const std::vector<ValueCount> values = distinctValues(layer, field);
  const int shown = std::min(static_cast<int>(values.size()), std::max(1, maxClasses));
  const QVector<QColor>& palette = categoryPalette();
  for (int i = 0; i < shown; ++i) {
    const QString& value = values[static_cast<std::size_t>(i)].value;
    StyleRule r;
    if (label) {
      r.label = label(value);
    } else {
      r.label = value.isEmpty() ? text(QT_TRANSLATE_NOOP("PresetStyles", "（空）")) : value;
    }
    r.field = field;
    r.values = {value};
    r.symbolizer = classSymbolizer(palette[i % palette.size()], layer.shape());
    style.rules.append(r);
  }
  if (static_cast<int>(values.size()) > shown) {
    style.rules.append(elseRule(text(QT_TRANSLATE_NOOP("PresetStyles", "其他")),
                                QColor(189, 189, 189), layer.shape()));
  }
  return style;
}

std::vector<double> classBreaks(const std::vector<ValueCount>& values, int classes,
                                ClassMethod method) {
  std::vector<std::pair<double, std::int64_t>> numbers;  // value, features
  for (const ValueCount& v : values) {
    if (const std::optional<double> x = numericValue(v.value)) numbers.emplace_back(*x, v.count);
  }
  if (numbers.empty()) return {};
  std::sort(numbers.begin(), numbers.end());
  classes = std::max(1, classes);
  const double lo = numbers.front().first;
  const double hi = numbers.back().first;
  std::vector<double> bounds;
  bounds.reserve(static_cast<std::size_t>(classes));
  if (method == ClassMethod::EqualInterval) {
    for (int j = 1; j < classes; ++j) bounds.push_back(lo + (hi - lo) * j / classes);
  } else {
    // Bound j is the value of the feature at rank ceil(j·N/classes) in ascending order.
    std::int64_t total = 0;
    for (const auto& n : numbers) total += n.second;
    std::size_t at = 0;
    std::int64_t below = numbers[0].second;  // features with values up to numbers[at]
    for (int j = 1; j < classes; ++j) {
      const std::int64_t rank = (j * total + classes - 1) / classes;
      while (below < rank && at + 1 < numbers.size()) below += numbers[++at].second;
      bounds.push_back(numbers[at].first);
    }
  }
  bounds.push_back(hi);
  return bounds;
}

Style graduatedStyle(const MapLayer& layer, const QString& field, int classes, ClassMethod method) {
  Style style;
  style.name = text(QT_TRANSLATE_NOOP("PresetStyles", "分级着色"));
  const std::vector<ValueCount> values = distinctValues(layer, field);
  const std::vector<double> bounds = classBreaks(values, classes, method);
  const int k = static_cast<int>(bounds.size());
  // Slack for bounds computed in floating point (lo + width·j) that should equal a value.
  const double slack = k > 0 ? 1e-9 * std::max(1.0, std::abs(bounds.back())) : 0;

  // The distinct values of each class with their numbers (k is 0 only when none is a number).
  std::vector<std::vector<std::pair<double, QString>>> members(static_cast<std::size_t>(k));
  bool anyText = false;
  for (const ValueCount& v : values) {
    const std::optional<double> x = numericValue(v.value);
    if (!x) {
      anyText = true;
      continue;
    }
    int j = 0;
    while (j + 1 < k && *x > bounds[static_cast<std::size_t>(j)] + slack) ++j;
    members[static_cast<std::size_t>(j)].emplace_back(*x, v.value);
  }
  for (int j = 0; j < k; ++j) {
    auto& in = members[static_cast<std::size_t>(j)];
    if (in.empty()) continue;
    std::sort(in.begin(), in.end());
    StyleRule r;
    r.field = field;
    for (const auto& m : in) r.values.append(m.second);
    const QString& low = in.front().second;
    const QString& high = in.back().second;
    r.label = in.front().first == in.back().first
                  ? low.trimmed()
                  : QStringLiteral("%1 – %2").arg(low.trimmed(), high.trimmed());
    const QColor colour = rampColor(k == 1 ? 0.5 : static_cast<double>(j) / (k - 1));
    r.symbolizer = classSymbolizer(colour, layer.shape());
    style.rules.append(r);
  }
  if (anyText) {
    style.rules.append(elseRule(text(QT_TRANSLATE_NOOP("PresetStyles", "非数值")),
                                QColor(210, 210, 210), layer.shape()));
  }
  return style;
}

}  // namespace fangan
