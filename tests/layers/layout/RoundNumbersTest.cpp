#include <gtest/gtest.h>

#include "layers/layout/RoundNumbers.h"

namespace fangan {
namespace {

struct RoundCase {
  double input;
  double expected;
};

class RoundScaleDenominator : public ::testing::TestWithParam<RoundCase> {};

TEST_P(RoundScaleDenominator, RoundsUpToTheNextRoundScale) {
  EXPECT_DOUBLE_EQ(roundScaleDenominator(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Scales, RoundScaleDenominator,
                         ::testing::Values(RoundCase{12345, 15000}, RoundCase{100000, 100000},
                                           RoundCase{100001, 150000}, RoundCase{2600, 3000},
                                           RoundCase{7000, 8000}, RoundCase{8100, 10000},
                                           RoundCase{999.9999999, 1000}));

class RoundLengthAtMost : public ::testing::TestWithParam<RoundCase> {};

TEST_P(RoundLengthAtMost, TakesTheLongestOneTwoFiveLengthThatFits) {
  EXPECT_DOUBLE_EQ(roundLengthAtMost(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Lengths, RoundLengthAtMost,
                         ::testing::Values(RoundCase{7.3, 5}, RoundCase{1999, 1000},
                                           RoundCase{2000, 2000}, RoundCase{0.3, 0.2},
                                           RoundCase{49999, 20000}, RoundCase{0, 0}));

TEST(RoundGridSpacing, GivesAboutTheAskedNumberOfLines) {
  EXPECT_DOUBLE_EQ(roundGridSpacing(1000, 4), 250);
  EXPECT_DOUBLE_EQ(roundGridSpacing(23000, 5), 5000);
  EXPECT_DOUBLE_EQ(roundGridSpacing(0, 5), 0);
}

}  // namespace
}  // namespace fangan
