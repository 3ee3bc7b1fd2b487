// Accuracy per town from stored outcomes (gis/analysis/SpotCheckOutcome.h), hand-computed:
// 9 of 10 correct is exactly 90 % and not flagged; 8 of 10 is flagged 责令重新排查.

#include <gtest/gtest.h>

#include <cstdio>

#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckOutcome.h"

namespace fangan {
namespace {

Date d(const char* text) { return *Date::parse(text); }

std::string code(char town, int i) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d", town, i);
  return buf;
}

SpotCheckSample tenEach() {
  SpotCheckSample s;
  s.seed = 7;
  s.rate = 0.1;
  for (const char t : {'A', 'B', 'C'}) {
    SpotCheckStratum stratum;
    stratum.town = std::string(1, t) + "镇";
    stratum.base = 100;
    stratum.eligible = 60;
    for (int i = 1; i <= 10; ++i) stratum.codes.push_back(code(t, i));
    s.towns.push_back(stratum);
  }
  return s;
}

InspectionEvent outcome(std::int64_t id, const std::string& c, const char* date,
                        const std::string& result, const std::string& kind = "spot_check") {
  InspectionEvent e;
  e.id = id;
  e.code = c;
  e.date = d(date);
  e.kind = kind;
  e.result = result;
  return e;
}

TEST(SpotCheckOutcome, ParsesChineseAndKeys) {
  EXPECT_EQ(parseSpotCheckOutcome("错排"), SpotCheckOutcome::WronglySurveyed);
  EXPECT_EQ(parseSpotCheckOutcome(" 漏排 "), SpotCheckOutcome::Missed);
  EXPECT_EQ(parseSpotCheckOutcome("Correct"), SpotCheckOutcome::Correct);
  EXPECT_FALSE(parseSpotCheckOutcome("无隐患").has_value());                 // not a sheet outcome
  EXPECT_EQ(spotCheckOutcomeOfResult("无隐患"), SpotCheckOutcome::Correct);  // patrol sheet
  EXPECT_EQ(spotCheckOutcomeOfResult("有隐患"), SpotCheckOutcome::WronglySurveyed);
  EXPECT_FALSE(spotCheckOutcomeOfResult("无法进入").has_value());
}

TEST(SpotCheckOutcome, NinetyPercentIsNotFlaggedEightyIs) {
  std::vector<InspectionEvent> events;
  std::int64_t id = 1;
  // A镇: 9 correct, 1 错排 → 0.9, not flagged.
  for (int i = 1; i <= 9; ++i) events.push_back(outcome(id++, code('A', i), "2024-04-02", "正确"));
  events.push_back(outcome(id++, code('A', 10), "2024-04-02", "错排"));
  // B镇: 8 correct, 1 错排, 1 漏排 → 0.8, flagged.
  for (int i = 1; i <= 8; ++i) events.push_back(outcome(id++, code('B', i), "2024-04-03", "正确"));
  events.push_back(outcome(id++, code('B', 9), "2024-04-03", "错排"));
  events.push_back(outcome(id++, code('B', 10), "2024-04-03", "漏排"));
  // C镇: nothing checked yet, and noise that must not count: an outcome before the draw, an
  // event of another kind, a code outside the sample.
  events.push_back(outcome(id++, code('C', 1), "2024-03-20", "错排"));
  events.push_back(outcome(id++, code('C', 2), "2024-04-03", "错排", "patrol"));
  events.push_back(outcome(id++, "Z99", "2024-04-03", "错排"));

  const auto results = spotCheckTownResults(tenEach(), events, d("2024-04-01"));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].town, "A镇");
  EXPECT_EQ(results[0].checked, 10);
  EXPECT_EQ(results[0].correct, 9);
  EXPECT_EQ(results[0].wronglySurveyed, 1);
  EXPECT_DOUBLE_EQ(*results[0].accuracy, 0.9);
  EXPECT_FALSE(results[0].resurvey);
  EXPECT_EQ(results[1].correct, 8);
  EXPECT_EQ(results[1].wronglySurveyed, 1);
  EXPECT_EQ(results[1].missed, 1);
  EXPECT_DOUBLE_EQ(*results[1].accuracy, 0.8);
  EXPECT_TRUE(results[1].resurvey);
  EXPECT_EQ(results[2].checked, 0);
  EXPECT_FALSE(results[2].accuracy.has_value());
  EXPECT_FALSE(results[2].resurvey);
  EXPECT_EQ(townsOrderedToResurvey(results), std::vector<std::string>{"B镇"});
}

TEST(SpotCheckOutcome, ALaterOutcomeSupersedesAnEarlierOne) {
  std::vector<InspectionEvent> events;
  for (int i = 1; i <= 9; ++i) events.push_back(outcome(i, code('A', i), "2024-04-02", "正确"));
  // A10 first recorded 错排, then corrected to 正确 by a new event: 10 of 10.
  events.push_back(outcome(20, code('A', 10), "2024-04-02", "错排"));
  events.push_back(outcome(21, code('A', 10), "2024-04-05", "正确"));
  auto results = spotCheckTownResults(tenEach(), events, d("2024-04-01"));
  EXPECT_EQ(results[0].correct, 10);
  // Same day: the later event id wins.
  events.push_back(outcome(22, code('A', 10), "2024-04-05", "漏排"));
  results = spotCheckTownResults(tenEach(), events, d("2024-04-01"));
  EXPECT_EQ(results[0].correct, 9);
  EXPECT_EQ(results[0].missed, 1);
}

TEST(SpotCheckOutcome, SavedSampleRoundTrips) {
  SavedSpotCheckSample saved;
  saved.sample = tenEach();
  saved.sample.rate = 0.15;
  saved.sample.seed = 18446744073709551615ULL;
  saved.scope = SpotCheckScope::All;
  saved.drawn = d("2024-04-01");
  const auto back = parseSpotCheckSample(formatSpotCheckSample(saved));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->sample.seed, saved.sample.seed);
  EXPECT_DOUBLE_EQ(back->sample.rate, 0.15);
  EXPECT_EQ(back->scope, SpotCheckScope::All);
  EXPECT_EQ(back->drawn, saved.drawn);
  ASSERT_EQ(back->sample.towns.size(), 3u);
  EXPECT_EQ(back->sample.towns[1].codes, saved.sample.towns[1].codes);
  EXPECT_EQ(back->sample.towns[1].base, 100);
  EXPECT_EQ(back->townOf("B03"), "B镇");
  EXPECT_FALSE(parseSpotCheckSample("seed\tx\n").has_value());
}

}  // namespace
}  // namespace fangan
