#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include "gis/analysis/SpotCheck.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

std::string numbered(const char* prefix, int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%02d", prefix, i);
  return buf;
}

// Every record is self-built. Town 甲: 30 commercial first judged no hazard (A01–A30), 5
// non-commercial no hazard (N01–N05), 3 commercial awaiting appraisal (H01–H03), 2 commercial
// never surveyed (U01–U02): commercial base 35, pool 30.
// Town 乙: 5 commercial no hazard (B01–B05), B06 graded A, B07 C rectified and closed: base 7,
// pool 5 (A/B-graded and closed-after-rectification are not in the pool).
// Town 丙: only non-commercial (R01–R04).
std::vector<BuildingRecord> spotFixture() {
  std::vector<BuildingRecord> v;
  for (int i = 1; i <= 30; ++i) v.push_back(cleanRecord(numbered("A", i), "甲", true));
  for (int i = 1; i <= 5; ++i) v.push_back(cleanRecord(numbered("N", i), "甲", false));
  for (int i = 1; i <= 3; ++i) {
    v.push_back(withHazard(cleanRecord(numbered("H", i), "甲", true), "2024-03-01"));
  }
  for (int i = 1; i <= 2; ++i) {
    BuildingRecord u = cleanRecord(numbered("U", i), "甲", true);
    u.surveyStatus = SurveyStatus::NotSurveyed;
    u.initialHazard = InitialHazard::Unknown;
    v.push_back(u);
  }
  for (int i = 1; i <= 5; ++i) v.push_back(cleanRecord(numbered("B", i), "乙", true));
  v.push_back(appraised(withHazard(cleanRecord("B06", "乙", true)), AppraisalGrade::A));
  v.push_back(
      closedOn(reinforced(appraised(withHazard(cleanRecord("B07", "乙", true)), AppraisalGrade::C)),
               ClosureBasis::Engineering));
  for (int i = 1; i <= 4; ++i) v.push_back(cleanRecord(numbered("R", i), "丙", false));
  return v;
}

SpotCheckOptions opts(double rate, std::uint64_t seed,
                      SpotCheckScope scope = SpotCheckScope::CommercialOnly) {
  SpotCheckOptions o;
  o.rate = rate;
  o.seed = seed;
  o.scope = scope;
  return o;
}

TEST(SpotCheck, HashFunctionsMatchReferenceValues) {
  EXPECT_EQ(splitmix64(0), 0xE220A8397B1DCDAFULL);  // first output of splitmix64 seeded with 0
  EXPECT_EQ(fnv1a64(""), 0xCBF29CE484222325ULL);
  EXPECT_EQ(fnv1a64("a"), 0xAF63DC4C8601EC8CULL);
  EXPECT_EQ(spotCheckKey(7, "A01"), splitmix64(7 ^ fnv1a64("A01")));
}

TEST(SpotCheck, StratifiesByTownWithCeilOfRate) {
  const SpotCheckSample sample = drawSpotCheckSample(spotFixture(), opts(0.10, 42));
  EXPECT_EQ(sample.seed, 42u);
  ASSERT_EQ(sample.towns.size(), 2u);  // 丙 has no eligible commercial building
  const SpotCheckStratum& b = sample.towns[0];
  const SpotCheckStratum& a = sample.towns[1];
  EXPECT_EQ(b.town, "乙");  // "乙" (U+4E59) sorts before "甲" (U+7532)
  EXPECT_EQ(b.base, 7);
  EXPECT_EQ(b.eligible, 5);
  EXPECT_EQ(b.codes.size(), 1u);  // ceil(0.1 × 7)
  EXPECT_EQ(a.town, "甲");
  EXPECT_EQ(a.base, 35);
  EXPECT_EQ(a.eligible, 30);
  EXPECT_EQ(a.codes.size(), 4u);  // ceil(0.1 × 35 commercial houses), not ceil(0.1 × 30 pool)
  for (const std::string& code : a.codes) EXPECT_EQ(code[0], 'A') << code;
  EXPECT_EQ(b.codes[0][0], 'B');

  const SpotCheckSample quarter = drawSpotCheckSample(spotFixture(), opts(0.25, 42));
  EXPECT_EQ(quarter.towns[0].codes.size(), 2u);  // ceil(1.75)
  EXPECT_EQ(quarter.towns[1].codes.size(), 9u);  // ceil(8.75)
  const SpotCheckSample all = drawSpotCheckSample(spotFixture(), opts(1.0, 42));
  EXPECT_EQ(all.towns[0].codes.size(), 5u);  // the whole pool: 7 wanted, 5 drawable
  EXPECT_EQ(all.towns[1].codes.size(), 30u);
}

TEST(SpotCheck, FloatingPointRoundingDoesNotInflateTheSampleSize) {
  std::vector<BuildingRecord> v;
  for (int i = 1; i <= 25; ++i) v.push_back(cleanRecord(numbered("K", i), "丁", true));
  // 0.28 × 25 evaluates to 7.000000000000001 in binary floating point; the sample is 7.
  EXPECT_EQ(drawSpotCheckSample(v, opts(0.28, 3)).towns[0].codes.size(), 7u);
  EXPECT_EQ(drawSpotCheckSample(v, opts(0.29, 3)).towns[0].codes.size(), 8u);  // ceil(7.25)
}

TEST(SpotCheck, DrawsTheFirstKByKey) {
  const SpotCheckSample sample = drawSpotCheckSample(spotFixture(), opts(0.25, 9));
  std::vector<std::pair<std::uint64_t, std::string>> keyed;
  for (int i = 1; i <= 5; ++i) {
    keyed.emplace_back(spotCheckKey(9, numbered("B", i)), numbered("B", i));
  }
  std::sort(keyed.begin(), keyed.end());
  EXPECT_EQ(sample.towns[0].codes, (std::vector<std::string>{keyed[0].second, keyed[1].second}));
}

TEST(SpotCheck, ScopeAllIncludesNonCommercial) {
  const SpotCheckSample sample =
      drawSpotCheckSample(spotFixture(), opts(0.10, 1, SpotCheckScope::All));
  ASSERT_EQ(sample.towns.size(), 3u);
  EXPECT_EQ(sample.towns[0].town, "丙");  // U+4E19
  EXPECT_EQ(sample.towns[0].base, 4);
  EXPECT_EQ(sample.towns[0].eligible, 4);
  EXPECT_EQ(sample.towns[0].codes.size(), 1u);
  EXPECT_EQ(sample.towns[2].base, 40);  // every self-built house of 甲
  EXPECT_EQ(sample.towns[2].eligible, 35);
  EXPECT_EQ(sample.towns[2].codes.size(), 4u);  // ceil(4.0)
}

TEST(SpotCheck, SameSeedSameSampleDifferentSeedDifferentSample) {
  const std::vector<BuildingRecord> records = spotFixture();
  std::vector<BuildingRecord> reversed(records.rbegin(), records.rend());
  const SpotCheckSample first = drawSpotCheckSample(records, opts(0.25, 2024));
  const SpotCheckSample again = drawSpotCheckSample(reversed, opts(0.25, 2024));
  const SpotCheckSample other = drawSpotCheckSample(records, opts(0.25, 2025));
  ASSERT_EQ(first.towns.size(), 2u);
  EXPECT_EQ(first.towns[1].codes, again.towns[1].codes);  // input order does not matter
  EXPECT_EQ(first.towns[0].codes, again.towns[0].codes);
  const std::set<std::string> a(first.towns[1].codes.begin(), first.towns[1].codes.end());
  const std::set<std::string> b(other.towns[1].codes.begin(), other.towns[1].codes.end());
  EXPECT_NE(a, b);
}

TEST(SpotCheck, PoolIsTheSelfBuiltHousesFirstJudgedNoHazard) {
  EXPECT_TRUE(isSpotCheckEligible(cleanRecord("x", "甲", true), SpotCheckScope::CommercialOnly));
  EXPECT_FALSE(isSpotCheckEligible(cleanRecord("x", "甲", false), SpotCheckScope::CommercialOnly));
  EXPECT_TRUE(isSpotCheckEligible(cleanRecord("x", "甲", false), SpotCheckScope::All));
  EXPECT_FALSE(isSpotCheckEligible(withHazard(cleanRecord("x", "甲", true)), SpotCheckScope::All));
  BuildingRecord notSelfBuilt = cleanRecord("x", "甲", true);
  notSelfBuilt.selfBuilt = false;
  EXPECT_FALSE(isSpotCheckEligible(notSelfBuilt, SpotCheckScope::All));
  EXPECT_FALSE(isSpotCheckBase(notSelfBuilt, SpotCheckScope::All));
  // Re-checked, A/B-graded or closed after rectification: the town verdict was not "no hazard".
  BuildingRecord rechecked = withHazard(cleanRecord("x", "甲", true));
  rechecked.recheckNoHazard = true;
  EXPECT_FALSE(isSpotCheckEligible(rechecked, SpotCheckScope::All));
  EXPECT_FALSE(isSpotCheckEligible(appraised(cleanRecord("x", "甲", true), AppraisalGrade::B),
                                   SpotCheckScope::All));
  EXPECT_FALSE(isSpotCheckEligible(
      closedOn(reinforced(cleanRecord("x", "甲", true)), ClosureBasis::Engineering),
      SpotCheckScope::All));
  BuildingRecord unsurveyed = cleanRecord("x", "甲", true);
  unsurveyed.surveyStatus = SurveyStatus::NotSurveyed;
  EXPECT_FALSE(isSpotCheckEligible(unsurveyed, SpotCheckScope::All));
  EXPECT_TRUE(isSpotCheckBase(unsurveyed, SpotCheckScope::CommercialOnly));
}

// The issue's hand-computed case: a town of 100 commercial self-built houses of which 50 were
// first judged no hazard (the other 50 not yet surveyed) samples ceil(0.10 × 100) = 10, not
// ceil(0.10 × 50) = 5.
TEST(SpotCheck, SampleSizeIsTenPercentOfAllCommercialSelfBuiltHouses) {
  std::vector<BuildingRecord> v;
  for (int i = 1; i <= 100; ++i) {
    BuildingRecord r = cleanRecord(numbered("T", i), "戊", true);
    if (i > 50) {
      r.surveyStatus = SurveyStatus::NotSurveyed;
      r.initialHazard = InitialHazard::Unknown;
    }
    v.push_back(r);
  }
  for (int i = 1; i <= 40; ++i) {  // non-self-built commercial buildings: neither base nor pool
    BuildingRecord r = cleanRecord(numbered("W", i), "戊", true);
    r.selfBuilt = false;
    v.push_back(r);
  }
  const SpotCheckSample sample = drawSpotCheckSample(v, opts(0.10, 5));
  ASSERT_EQ(sample.towns.size(), 1u);
  EXPECT_EQ(sample.towns[0].base, 100);
  EXPECT_EQ(sample.towns[0].eligible, 50);
  ASSERT_EQ(sample.towns[0].codes.size(), 10u);
  for (const std::string& code : sample.towns[0].codes) {
    EXPECT_EQ(code[0], 'T');
    EXPECT_LE(std::stoi(code.substr(1)), 50) << code;
  }
}

TEST(SpotCheck, RejectsRatesOutsideTenPercentToOne) {
  EXPECT_THROW(drawSpotCheckSample(spotFixture(), opts(0.09, 1)), std::invalid_argument);
  EXPECT_THROW(drawSpotCheckSample(spotFixture(), opts(0.0, 1)), std::invalid_argument);
  EXPECT_THROW(drawSpotCheckSample(spotFixture(), opts(1.5, 1)), std::invalid_argument);
  EXPECT_THROW(drawSpotCheckSample(spotFixture(), opts(std::nan(""), 1)), std::invalid_argument);
  EXPECT_NO_THROW(drawSpotCheckSample(spotFixture(), opts(0.10, 1)));
}

TEST(SpotCheck, AccuracyPerTownFlagsBelowNinetyPercent) {
  SpotCheckSample sample;
  sample.towns = {
      {"X", 100, 100, {}}, {"Y", 40, 40, {"Y1", "Y2", "Y3", "Y4"}}, {"Z", 20, 20, {"Z1", "Z2"}}};
  std::map<std::string, bool> results;
  for (int i = 1; i <= 10; ++i) {
    sample.towns[0].codes.push_back(numbered("X", i));
    results[numbered("X", i)] = i != 10;  // 9 of 10 confirmed: exactly 90 %
  }
  results["Y1"] = true;
  results["Y2"] = true;
  results["Y3"] = false;     // Y4 not checked yet: 2 of 3
  results["OTHER"] = false;  // not in the sample: ignored
  const std::vector<SpotCheckTownAccuracy> acc = spotCheckAccuracy(sample, results);
  ASSERT_EQ(acc.size(), 3u);
  EXPECT_EQ(acc[0].town, "X");
  EXPECT_EQ(acc[0].sampled, 10);
  EXPECT_EQ(acc[0].checked, 10);
  EXPECT_EQ(acc[0].confirmed, 9);
  EXPECT_DOUBLE_EQ(*acc[0].accuracy, 0.9);
  EXPECT_FALSE(acc[0].resurvey);
  EXPECT_EQ(acc[1].sampled, 4);
  EXPECT_EQ(acc[1].checked, 3);
  EXPECT_EQ(acc[1].confirmed, 2);
  EXPECT_DOUBLE_EQ(*acc[1].accuracy, 2.0 / 3.0);
  EXPECT_TRUE(acc[1].resurvey);
  EXPECT_EQ(acc[2].checked, 0);
  EXPECT_FALSE(acc[2].accuracy);
  EXPECT_FALSE(acc[2].resurvey);
  // A stricter threshold flags X too.
  EXPECT_TRUE(spotCheckAccuracy(sample, results, 0.95)[0].resurvey);
}

}  // namespace
}  // namespace fangan
