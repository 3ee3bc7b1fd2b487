#include <gtest/gtest.h>

#include <string>

#include "gis/model/Date.h"

namespace fangan {

TEST(Date, ParsesLedgerSpellings) {
  EXPECT_EQ(Date::parse("2024-03-05")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("2024/3/5")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("20240305")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("2024年3月5日")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse(" 2024-03-05 00:00:00")->toString(), "2024-03-05");
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("soon"));
  EXPECT_FALSE(Date::parse(""));
}

// A date cell with a very long time part once overflowed the stack: std::regex recursed once per
// character of ".*" (fuzz target row_parser, docs in tests/fuzz/README.md).
TEST(Date, LongTimePartNeitherCrashesNorChangesTheDay) {
  EXPECT_EQ(Date::parse("2024-03-05 " + std::string(1000000, 'x'))->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("2024/3/5T" + std::string(1000000, '0'))->toString(), "2024-03-05");
  EXPECT_FALSE(Date::parse("2024-03-05" + std::string(1000000, '0')));
  EXPECT_FALSE(Date::parse(std::string(1000000, '1')));
}

TEST(Date, AcceptsExactlyTheDocumentedShapes) {
  EXPECT_EQ(Date::parse("2024.3.05")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("2024-3/5")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("2024年12月31")->toString(), "2024-12-31");
  EXPECT_EQ(Date::parse("2024年3月5日 上午")->toString(), "2024-03-05");
  EXPECT_EQ(Date::parse("\t2024-03-05T08:00:00Z \t")->toString(), "2024-03-05");
  EXPECT_FALSE(Date::parse("2024-03-05\n08:00"));
  EXPECT_FALSE(Date::parse("2024-003-05"));
  EXPECT_FALSE(Date::parse("2024-03-005"));
  EXPECT_FALSE(Date::parse("12345-03-05"));
  EXPECT_FALSE(Date::parse("2024030"));
  EXPECT_FALSE(Date::parse("202403051"));
  EXPECT_FALSE(Date::parse("2024年3月"));
  EXPECT_FALSE(Date::parse("2024-03-05x"));
  EXPECT_FALSE(Date::parse("2024-13-01"));
  EXPECT_FALSE(Date::parse("２０２４-03-05"));
}

TEST(Date, DayArithmeticCrossesMonthsAndLeapYears) {
  EXPECT_EQ(Date::parse("1970-01-01")->toDays(), 0);
  EXPECT_EQ(Date::parse("2000-03-01")->toDays() - Date::parse("2000-02-28")->toDays(), 2);
  EXPECT_EQ(Date::parse("2024-02-27")->plusDays(5).toString(), "2024-03-03");
  EXPECT_EQ(Date::parse("2024-02-29")->plusYears(1).toString(), "2025-02-28");
  EXPECT_LT(*Date::parse("2023-12-31"), *Date::parse("2024-01-01"));
}

}  // namespace fangan
