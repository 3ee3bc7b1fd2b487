#include <gtest/gtest.h>

#include "layers/StyleEvaluator.h"

namespace fangan {
namespace {

MapLayer layerWithValues(const QStringList& fields, const std::vector<QVector<QString>>& rows) {
  std::vector<MapFeature> features;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    MapFeature f;
    f.id = static_cast<std::int64_t>(i + 1);
    f.shape = GeometryShape::Polygon;
    f.paths = {QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)})};
    f.bounds.include(0, 0);
    f.bounds.include(1, 1);
    f.values = rows[i];
    features.push_back(f);
  }
  return MapLayer(ProjectLayer::Buildings, GeometryShape::Polygon, fields, std::move(features));
}

StyleRule rule(const QString& field, const QStringList& values, bool elseRule = false) {
  StyleRule r;
  r.field = field;
  r.values = values;
  r.elseRule = elseRule;
  return r;
}

std::vector<int> rulesFor(const StyleEvaluator& e, const MapFeature& f, double scale = 0) {
  std::vector<int> out;
  e.forEachRule(f, scale, [&out](const StyleRule&, int i) { out.push_back(i); });
  return out;
}

TEST(StyleEvaluator, EveryMatchingRuleDrawsAndElseOnlyWhenNoneMatched) {
  const MapLayer layer =
      layerWithValues({"grade", "control"}, {{"C", "stop_use"}, {"A", ""}, {"", ""}});
  Style style;
  style.rules = {rule("grade", {"C", "D"}), rule("control", {"stop_use"}), rule("grade", {"A"}),
                 rule("", {}, true)};
  const StyleEvaluator e(style, layer);
  const auto& f = layer.features();
  EXPECT_EQ(rulesFor(e, f[0]), (std::vector<int>{0, 1}));
  EXPECT_EQ(rulesFor(e, f[1]), (std::vector<int>{2}));
  EXPECT_EQ(rulesFor(e, f[2]), (std::vector<int>{3}));
  EXPECT_EQ(e.ruleCounts(layer), (std::vector<int>{1, 1, 1, 1}));
}

TEST(StyleEvaluator, ScaleRangesIncludeTheMinimumAndExcludeTheMaximum) {
  const MapLayer layer = layerWithValues({"k"}, {{"x"}});
  Style style;
  StyleRule near = rule("", {});
  near.maxScale = 10000;
  StyleRule far = rule("", {});
  far.minScale = 10000;
  style.rules = {near, far};
  const StyleEvaluator e(style, layer);
  EXPECT_EQ(rulesFor(e, layer.features()[0], 9999), std::vector<int>{0});
  EXPECT_EQ(rulesFor(e, layer.features()[0], 10000), std::vector<int>{1});
  EXPECT_EQ(rulesFor(e, layer.features()[0], 0), (std::vector<int>{0, 1}));
}

TEST(StyleEvaluator, RuleOnAMissingFieldNeverMatches) {
  const MapLayer layer = layerWithValues({"k"}, {{"x"}});
  Style style;
  style.rules = {rule("nope", {"x"}), rule("", {}, true)};
  style.labels.field = "k";
  const StyleEvaluator e(style, layer);
  EXPECT_EQ(rulesFor(e, layer.features()[0]), std::vector<int>{1});
  EXPECT_EQ(e.labelText(layer.features()[0]), "x");
}

}  // namespace
}  // namespace fangan
