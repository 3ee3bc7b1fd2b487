#include <gtest/gtest.h>

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

TEST(Date, DayArithmeticCrossesMonthsAndLeapYears) {
  EXPECT_EQ(Date::parse("1970-01-01")->toDays(), 0);
  EXPECT_EQ(Date::parse("2000-03-01")->toDays() - Date::parse("2000-02-28")->toDays(), 2);
  EXPECT_EQ(Date::parse("2024-02-27")->plusDays(5).toString(), "2024-03-03");
  EXPECT_EQ(Date::parse("2024-02-29")->plusYears(1).toString(), "2025-02-28");
  EXPECT_LT(*Date::parse("2023-12-31"), *Date::parse("2024-01-01"));
}

}  // namespace fangan
