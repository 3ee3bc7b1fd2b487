// Categorized and graduated styles on hand-built layers whose classes are known by construction.

#include <gtest/gtest.h>

#include "layers/StyleEvaluator.h"
#include "layers/ThematicStyles.h"

namespace fangan {
namespace {

// A polygon layer with one field `f` holding `values`, one feature each.
MapLayer layerOf(const QStringList& values, GeometryShape shape = GeometryShape::Polygon) {
  std::vector<MapFeature> features;
  for (int i = 0; i < values.size(); ++i) {
    MapFeature f;
    f.id = i + 1;
    f.shape = shape;
    f.paths = {QPolygonF({QPointF(i, 0), QPointF(i + 1, 0), QPointF(i + 1, 1)})};
    f.bounds.include(i, 0);
    f.bounds.include(i + 1, 1);
    f.values = {QStringLiteral("id%1").arg(i), values[i]};
    features.push_back(f);
  }
  return MapLayer(ProjectLayer::Buildings, shape, {"id", "f"}, std::move(features));
}

QStringList repeated(const QString& value, int times) {
  QStringList out;
  for (int i = 0; i < times; ++i) out << value;
  return out;
}

// The value sets of the ordinary rules, in order.
std::vector<QStringList> valueSets(const Style& style) {
  std::vector<QStringList> out;
  for (const StyleRule& r : style.rules) {
    if (!r.elseRule) out.push_back(r.values);
  }
  return out;
}

TEST(ThematicStyles, DistinctValuesComeMostFrequentFirstAndTiesInNumericOrder) {
  // Pooled and separately allocated copies of one value count together.
  QStringList values = repeated("masonry", 3) + repeated("frame", 2) + QStringList{"10", "9"};
  values << QString::fromUtf8("masonry");  // its own string data
  const std::vector<ValueCount> distinct = distinctValues(layerOf(values), "f");
  ASSERT_EQ(distinct.size(), 4u);
  EXPECT_EQ(distinct[0].value, "masonry");
  EXPECT_EQ(distinct[0].count, 4);
  EXPECT_EQ(distinct[1].value, "frame");
  EXPECT_EQ(distinct[1].count, 2);
  EXPECT_EQ(distinct[2].value, "9");  // numerically before "10", though after it as text
  EXPECT_EQ(distinct[3].value, "10");
  EXPECT_TRUE(distinctValues(layerOf(values), "missing").empty());
}

TEST(ThematicStyles, CategorizedHasOneRulePerValueByFrequencyAndAnElseRuleForTheRest) {
  const QStringList values = repeated("a", 5) + repeated("b", 4) + repeated("c", 3) +
                             repeated("d", 2) + QStringList{"e", ""};
  const MapLayer layer = layerOf(values);
  const Style style = categorizedStyle(layer, "f", 3);
  ASSERT_EQ(style.rules.size(), 4);
  EXPECT_EQ(valueSets(style), (std::vector<QStringList>{{"a"}, {"b"}, {"c"}}));
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(style.rules[i].field, "f");
    EXPECT_FALSE(style.rules[i].elseRule);
    EXPECT_EQ(style.rules[i].symbolizer.fill, categoryPalette()[i]);
  }
  EXPECT_EQ(style.rules[0].label, "a");
  const StyleRule& other = style.rules[3];
  EXPECT_TRUE(other.elseRule);
  EXPECT_EQ(other.label, QString::fromUtf8("其他"));
  // Each feature is drawn by exactly one rule; the else-rule takes d, d, e and the empty value.
  EXPECT_EQ(StyleEvaluator(style, layer).ruleCounts(layer), (std::vector<int>{5, 4, 3, 4}));
}

TEST(ThematicStyles, CategorizedWithFewValuesHasNoElseRuleAndUsesTheLabeler) {
  const MapLayer layer = layerOf({"x", "y", "y", ""});
  const Style style = categorizedStyle(layer, "f", 12, [](const QString& v) {
    return v.isEmpty() ? QStringLiteral("none") : v.toUpper();
  });
  ASSERT_EQ(style.rules.size(), 3);
  EXPECT_EQ(valueSets(style), (std::vector<QStringList>{{"y"}, {""}, {"x"}}));
  EXPECT_EQ(style.rules[0].label, "Y");
  EXPECT_EQ(style.rules[1].label, "none");
  for (const StyleRule& r : style.rules) EXPECT_FALSE(r.elseRule);
  EXPECT_EQ(StyleEvaluator(style, layer).ruleCounts(layer), (std::vector<int>{2, 1, 1}));
}

TEST(ThematicStyles, CategorizedLinesAreColouredByTheirStroke) {
  const Style style = categorizedStyle(layerOf({"road", "rail"}, GeometryShape::Line), "f", 12);
  ASSERT_EQ(style.rules.size(), 2);
  EXPECT_EQ(style.rules[0].symbolizer.fill.alpha(), 0);
  EXPECT_EQ(style.rules[0].symbolizer.stroke, categoryPalette()[0]);
}

// Ten features: six of 1, then 2, 3, 4 and 100.
std::vector<ValueCount> skewed() { return {{"1", 6}, {"2", 1}, {"3", 1}, {"4", 1}, {"100", 1}}; }

TEST(ThematicStyles, QuantileBreaksAreTheValuesAtEqualRanks) {
  // 1..10 once each: ranks 2, 4, 6, 8 and the largest.
  std::vector<ValueCount> even;
  for (int i = 10; i >= 1; --i) even.push_back({QString::number(i), 1});
  EXPECT_EQ(classBreaks(even, 5, ClassMethod::Quantile), (std::vector<double>{2, 4, 6, 8, 10}));
  // One value spanning three quantiles repeats as a bound.
  EXPECT_EQ(classBreaks(skewed(), 5, ClassMethod::Quantile),
            (std::vector<double>{1, 1, 1, 3, 100}));
}

TEST(ThematicStyles, EqualIntervalBreaksDivideTheRangeEvenly) {
  const std::vector<double> bounds = classBreaks(skewed(), 5, ClassMethod::EqualInterval);
  const std::vector<double> expected = {20.8, 40.6, 60.4, 80.2, 100};
  ASSERT_EQ(bounds.size(), expected.size());
  for (std::size_t i = 0; i < bounds.size(); ++i) EXPECT_NEAR(bounds[i], expected[i], 1e-9);
  EXPECT_EQ(classBreaks({{"1990", 3}, {"2010", 1}, {"n/a", 4}}, 4, ClassMethod::EqualInterval),
            (std::vector<double>{1995, 2000, 2005, 2010}));
  EXPECT_TRUE(classBreaks({{"n/a", 4}, {"", 2}}, 5, ClassMethod::Quantile).empty());
}

TEST(ThematicStyles, GraduatedQuantileClassesHoldTheirValueStrings) {
  const QStringList values = repeated("1", 6) + QStringList{"2", "3", "4", "100", "", "n/a"};
  const MapLayer layer = layerOf(values);
  const Style style = graduatedStyle(layer, "f", 5, ClassMethod::Quantile);
  // Bounds 1, 1, 1, 3, 100: classes 2 and 3 are empty and left out.
  EXPECT_EQ(valueSets(style), (std::vector<QStringList>{{"1"}, {"2", "3"}, {"4", "100"}}));
  ASSERT_EQ(style.rules.size(), 4);
  EXPECT_EQ(style.rules[0].label, "1");
  EXPECT_EQ(style.rules[1].label, QString::fromUtf8("2 – 3"));
  EXPECT_EQ(style.rules[2].label, QString::fromUtf8("4 – 100"));
  // Colours keep their place on the ramp: the first class is the lightest, the last the darkest.
  EXPECT_EQ(style.rules[0].symbolizer.fill, rampColor(0));
  EXPECT_EQ(style.rules[1].symbolizer.fill, rampColor(0.75));
  EXPECT_EQ(style.rules[2].symbolizer.fill, rampColor(1));
  EXPECT_GT(rampColor(0).lightness(), rampColor(1).lightness());
  // What is not a number goes to the else-rule.
  EXPECT_TRUE(style.rules[3].elseRule);
  EXPECT_EQ(style.rules[3].label, QString::fromUtf8("非数值"));
  EXPECT_EQ(StyleEvaluator(style, layer).ruleCounts(layer), (std::vector<int>{6, 2, 2, 2}));
}

TEST(ThematicStyles, GraduatedEqualIntervalSeparatesTheOutlier) {
  const QStringList values = repeated("1", 6) + QStringList{"2", "3", "4", "100"};
  const MapLayer layer = layerOf(values);
  const Style style = graduatedStyle(layer, "f", 5, ClassMethod::EqualInterval);
  EXPECT_EQ(valueSets(style), (std::vector<QStringList>{{"1", "2", "3", "4"}, {"100"}}));
  EXPECT_EQ(style.rules.size(), 2);  // every value is a number: no else-rule
  EXPECT_EQ(style.rules[0].label, QString::fromUtf8("1 – 4"));
}

TEST(ThematicStyles, GraduatedClassBoundsIncludeTheirUpperValue) {
  // Equal intervals over 0..10 in 5 classes: 2 and 4 close the first two classes.
  const MapLayer layer = layerOf({"0", "2", "3", "4", "5", "10"});
  const Style style = graduatedStyle(layer, "f", 5, ClassMethod::EqualInterval);
  EXPECT_EQ(valueSets(style), (std::vector<QStringList>{{"0", "2"}, {"3", "4"}, {"5"}, {"10"}}));
}

TEST(ThematicStyles, NumericFieldsAreToldFromText) {
  EXPECT_TRUE(isNumericField(layerOf({"3", "", "12", "7"}), "f"));
  EXPECT_TRUE(isNumericField(layerOf({"3", "4", "5", "6", "不详"}), "f"));  // one stray in five
  EXPECT_FALSE(isNumericField(layerOf({"3", "masonry", "frame"}), "f"));
  EXPECT_FALSE(isNumericField(layerOf({"", ""}), "f"));
  EXPECT_FALSE(isNumericField(layerOf({"1"}), "missing"));
  EXPECT_FALSE(numericValue("nan").has_value());
  EXPECT_EQ(numericValue(" 12 "), 12.0);
}

}  // namespace
}  // namespace fangan
