#include <gtest/gtest.h>

#include <random>

#include "gis/store/ValueIndexes.h"

namespace fangan {
namespace {

TEST(ValueIndexes, WidenAsTheIndexesGrowAndKeepEveryOneHeld) {
  ValueIndexes indexes;
  std::vector<std::uint32_t> expected;
  std::mt19937 random(5);
  const auto add = [&](std::uint32_t v) {
    indexes.push_back(v);
    expected.push_back(v);
  };
  for (int i = 0; i < 300; ++i) add(static_cast<std::uint32_t>(random() % 256));
  EXPECT_EQ(indexes.width(), 1);
  add(256);
  EXPECT_EQ(indexes.width(), 2);
  for (int i = 0; i < 300; ++i) add(static_cast<std::uint32_t>(random() % 65536));
  add(65536);
  EXPECT_EQ(indexes.width(), 4);
  add(4000000000u);
  ASSERT_EQ(indexes.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) ASSERT_EQ(indexes[i], expected[i]) << i;
}

TEST(ValueIndexes, EqualWhateverTheirWidths) {
  ValueIndexes narrow;
  for (std::uint32_t v : {3u, 0u, 255u, 7u}) narrow.push_back(v);
  const unsigned char wide[] = {3, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 7, 0, 0, 0};
  ValueIndexes read;
  read.assign(4, wide, 4);
  EXPECT_EQ(read.width(), 4);
  EXPECT_EQ(read[2], 255u);
  EXPECT_EQ(narrow, read);
  read.assign(4, wide, 3);
  EXPECT_NE(narrow, read);  // one fewer
  ValueIndexes other = narrow;
  other.push_back(8);
  narrow.push_back(9);
  EXPECT_NE(narrow, other);
}

}  // namespace
}  // namespace fangan
