#include <gtest/gtest.h>

#include "gis/analysis/spatial/ZoneRules.h"

namespace fangan {
namespace {

TEST(ZoneRules, DefaultFileHasDocumentedDistances) {
  const ZoneRules rules = loadZoneRules(defaultZoneRulesPath());
  auto distanceOf = [&](const std::string& type, const std::string& category) {
    for (const auto& r : rules.rules) {
      if (r.type != type) continue;
      for (const auto& c : r.categories) {
        if (c == category) return r.distance;
      }
    }
    return -1.0;
  };
  EXPECT_EQ(distanceOf("school", "school"), 200);
  EXPECT_EQ(distanceOf("kindergarten", "kindergarten"), 200);
  EXPECT_EQ(distanceOf("hospital", "hospital"), 100);
  EXPECT_EQ(distanceOf("hospital", "clinic"), 100);
  EXPECT_EQ(distanceOf("market", "marketplace"), 100);
  EXPECT_EQ(distanceOf("enterprise", "factory"), 100);
  EXPECT_EQ(distanceOf("construction", "construction"), 100);
  EXPECT_EQ(distanceOf("rail_road", "rail"), 50);
  EXPECT_EQ(distanceOf("rail_road", "primary"), 30);
  EXPECT_EQ(distanceOf("school", "学校"), 200);
  const auto slope = rules.forType("slope");
  ASSERT_EQ(slope.size(), 1u);
  EXPECT_EQ(slope[0].method, ZoneMethod::Slope);
  EXPECT_EQ(slope[0].thresholdDegrees, 25);
  EXPECT_EQ(slope[0].minArea, 2000);
  EXPECT_EQ(rules.forType("rail_road").size(), 2u);
}

TEST(ZoneRules, ParsesOptionsCommentsBomAndCrlf) {
  const ZoneRules rules = parseZoneRules(
      "\xEF\xBB\xBF# comment\r\n\r\nschool buffer School,学校 150 segments=16\r\n"
      "  slope slope - 30 min_area=500\n",
      "t.rules");
  ASSERT_EQ(rules.rules.size(), 2u);
  EXPECT_EQ(rules.rules[0].categories, (std::vector<std::string>{"school", "学校"}));
  EXPECT_EQ(rules.rules[0].distance, 150);
  EXPECT_EQ(rules.rules[0].segments, 16);
  EXPECT_EQ(rules.rules[0].line, 3);
  EXPECT_EQ(rules.rules[1].thresholdDegrees, 30);
  EXPECT_EQ(rules.rules[1].minArea, 500);
  EXPECT_EQ(rules.types(), (std::vector<std::string>{"school", "slope"}));
}

std::string errorOf(const std::string& text) {
  try {
    parseZoneRules(text, "z.rules");
  } catch (const ZoneRulesError& e) {
    return e.what();
  }
  return "";
}

TEST(ZoneRules, MistakesNameFileAndLine) {
  EXPECT_NE(errorOf("# ok\nplayground buffer x 10\n").find("z.rules:2:"), std::string::npos);
  EXPECT_NE(errorOf("school buffer school 0\n").find("z.rules:1:"), std::string::npos);
  EXPECT_NE(errorOf("school buffer school 9000\n").find("5000"), std::string::npos);
  EXPECT_NE(errorOf("school around school 10\n").find("around"), std::string::npos);
  EXPECT_NE(errorOf("slope slope steep 25\n").find("-"), std::string::npos);
  EXPECT_NE(errorOf("slope slope - 95\n").find("z.rules:1:"), std::string::npos);
  EXPECT_NE(errorOf("school buffer school 10 min_area=3\n").find("min_area"), std::string::npos);
  EXPECT_NE(errorOf("school buffer school 10 segments=0\n").find("segments"), std::string::npos);
  EXPECT_NE(errorOf("school buffer a 10\nschool buffer b,a 20\n").find("z.rules:2:"),
            std::string::npos);
  EXPECT_NE(errorOf("school buffer a\n").find("z.rules:1:"), std::string::npos);
  EXPECT_EQ(errorOf("school buffer a 10\nhospital buffer a 20\n"), "");  // other type: fine
}

// A rules file saved in GBK: the category "经营" as GBK bytes. It was stored as broken text and
// crashed the JSON report (found by the zone_rules fuzzer); now the line is refused.
TEST(ZoneRules, TextThatIsNotUtf8IsRefusedWithItsLine) {
  EXPECT_EQ(errorOf("# ok\nschool buffer \xbe\xad\xd3\xaa 10\n"),
            "z.rules:2: 不是 UTF-8 文本，请将规则文件以 UTF-8 编码保存");
}

TEST(ZoneRules, ParamsJsonIsStableAndComplete) {
  const ZoneRules rules =
      parseZoneRules("rail_road corridor rail,\"x\" 50\nslope slope - 25\n", "t");
  EXPECT_EQ(ruleParamsJson(rules.rules[0]),
            "{\"method\":\"corridor\",\"layer\":\"lines\",\"categories\":[\"rail\",\"\\\"x\\\"\"],"
            "\"distance_m\":50,\"segments\":8}");
  EXPECT_EQ(ruleParamsJson(rules.rules[1], "/d/dem.tif"),
            "{\"method\":\"slope\",\"layer\":\"dem\",\"dem\":\"/d/dem.tif\",\"threshold_deg\":25,"
            "\"min_area_m2\":2000}");
}

}  // namespace
}  // namespace fangan
