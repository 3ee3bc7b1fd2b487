#include <gtest/gtest.h>

#include "app/gui/HugePages.h"

namespace fangan::gui {
namespace {

TEST(HugePages, TheFirstRunAddsTheTunableToTheUsersOwn) {
  HugePagesPlan plan = planHugePages(nullptr, nullptr, nullptr, true);
  EXPECT_TRUE(plan.restart);
  EXPECT_EQ(plan.tunables, "glibc.malloc.hugetlb=1");
  plan = planHugePages("glibc.malloc.arena_max=2", nullptr, nullptr, true);
  EXPECT_TRUE(plan.restart);
  EXPECT_EQ(plan.tunables, "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
}

TEST(HugePages, TheSecondRunAndTheUsersChoiceDoNotRestart) {
  // The second run finds what the first set: no loop.
  HugePagesPlan plan = planHugePages("glibc.malloc.hugetlb=1", nullptr, "1", true);
  EXPECT_FALSE(plan.restart);
  EXPECT_EQ(plan.skip, HugePagesSkip::kNone);
  // A user who chose a value (0 included) keeps it.
  plan = planHugePages("glibc.malloc.hugetlb=0", nullptr, nullptr, true);
  EXPECT_FALSE(plan.restart);
  EXPECT_EQ(plan.skip, HugePagesSkip::kUserTunable);
  plan = planHugePages(nullptr, "0", nullptr, true);
  EXPECT_FALSE(plan.restart);
  EXPECT_EQ(plan.skip, HugePagesSkip::kDisabled);
  plan = planHugePages(nullptr, nullptr, nullptr, false);
  EXPECT_FALSE(plan.restart);
  EXPECT_EQ(plan.skip, HugePagesSkip::kNoKernel);
}

}  // namespace
}  // namespace fangan::gui
