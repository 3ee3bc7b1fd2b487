#include <gtest/gtest.h>

#include "gis/report/ReportPeriod.h"

namespace fangan {
namespace {

Date d(const char* text) { return *Date::parse(text); }

TEST(ReportPeriod, WeekRunsMondayToSunday) {
  const ReportPeriod p = periodContaining(PeriodKind::Week, d("2024-12-04"));
  EXPECT_EQ(p.first, d("2024-12-02"));
  EXPECT_EQ(p.last, d("2024-12-08"));
  EXPECT_EQ(p.asOf(d("2024-12-04")), d("2024-12-04"));
  EXPECT_EQ(p.asOf(d("2024-12-20")), d("2024-12-08"));
  const ReportPeriod before = previousPeriod(p);
  EXPECT_EQ(before.first, d("2024-11-25"));
  EXPECT_EQ(before.last, d("2024-12-01"));
  // A Sunday belongs to the week that began on the Monday before it; a Monday starts one.
  EXPECT_EQ(periodContaining(PeriodKind::Week, d("2024-12-08")).first, d("2024-12-02"));
  EXPECT_EQ(periodContaining(PeriodKind::Week, d("2024-12-09")).first, d("2024-12-09"));
  // Across a year's end.
  const ReportPeriod newYear = periodContaining(PeriodKind::Week, d("2025-01-01"));
  EXPECT_EQ(newYear.first, d("2024-12-30"));
  EXPECT_EQ(newYear.last, d("2025-01-05"));
  EXPECT_EQ(periodChinese(newYear), "2024年12月30日至2025年1月5日");
  EXPECT_EQ(periodChinese(p), "2024年12月2日至12月8日");
}

TEST(ReportPeriod, DekadsAreFirstMiddleAndLastToMonthEnd) {
  EXPECT_EQ(periodContaining(PeriodKind::Dekad, d("2024-12-10")).first, d("2024-12-01"));
  EXPECT_EQ(periodContaining(PeriodKind::Dekad, d("2024-12-10")).last, d("2024-12-10"));
  EXPECT_EQ(periodContaining(PeriodKind::Dekad, d("2024-12-11")).first, d("2024-12-11"));
  EXPECT_EQ(periodContaining(PeriodKind::Dekad, d("2024-12-20")).last, d("2024-12-20"));
  const ReportPeriod last = periodContaining(PeriodKind::Dekad, d("2024-12-25"));
  EXPECT_EQ(last.first, d("2024-12-21"));
  EXPECT_EQ(last.last, d("2024-12-31"));
  EXPECT_EQ(periodChinese(last), "2024年12月下旬");
  // The dekad before the first of March is February's last, to the 29th in a leap year.
  const ReportPeriod feb = previousPeriod(periodContaining(PeriodKind::Dekad, d("2024-03-05")));
  EXPECT_EQ(feb.first, d("2024-02-21"));
  EXPECT_EQ(feb.last, d("2024-02-29"));
  EXPECT_EQ(periodContaining(PeriodKind::Dekad, d("2023-02-22")).last, d("2023-02-28"));
}

TEST(ReportPeriod, HalfMonths) {
  const ReportPeriod first = periodContaining(PeriodKind::HalfMonth, d("2024-11-15"));
  EXPECT_EQ(first.first, d("2024-11-01"));
  EXPECT_EQ(first.last, d("2024-11-15"));
  const ReportPeriod second = periodContaining(PeriodKind::HalfMonth, d("2024-11-16"));
  EXPECT_EQ(second.first, d("2024-11-16"));
  EXPECT_EQ(second.last, d("2024-11-30"));
  EXPECT_EQ(previousPeriod(first).first, d("2024-10-16"));
  EXPECT_EQ(previousPeriod(first).last, d("2024-10-31"));
  EXPECT_EQ(periodChinese(second), "2024年11月下半月");
}

TEST(ReportPeriod, MonthEndsInFebruaryOfLeapYears) {
  const ReportPeriod leap = periodContaining(PeriodKind::Month, d("2024-02-10"));
  EXPECT_EQ(leap.first, d("2024-02-01"));
  EXPECT_EQ(leap.last, d("2024-02-29"));
  EXPECT_EQ(periodContaining(PeriodKind::Month, d("2023-02-10")).last, d("2023-02-28"));
  EXPECT_EQ(periodContaining(PeriodKind::Month, d("2000-02-01")).last, d("2000-02-29"));
  EXPECT_EQ(periodContaining(PeriodKind::Month, d("1900-02-01")).last, d("1900-02-28"));
  EXPECT_EQ(periodContaining(PeriodKind::HalfMonth, d("2024-02-20")).last, d("2024-02-29"));
  EXPECT_EQ(previousPeriod(periodContaining(PeriodKind::Month, d("2024-03-31"))).last,
            d("2024-02-29"));
  EXPECT_EQ(previousPeriod(periodContaining(PeriodKind::Month, d("2024-01-15"))).first,
            d("2023-12-01"));
}

TEST(ReportPeriod, DayAndKeys) {
  const ReportPeriod day = periodContaining(PeriodKind::Day, d("2024-12-04"));
  EXPECT_EQ(day.first, day.last);
  EXPECT_EQ(previousPeriod(day).first, d("2024-12-03"));
  EXPECT_EQ(parsePeriodKind("half-month"), PeriodKind::HalfMonth);
  EXPECT_FALSE(parsePeriodKind("fortnight").has_value());
  EXPECT_EQ(weekdayIndex(d("2024-12-02")), 0);
  EXPECT_EQ(weekdayIndex(d("2024-12-08")), 6);
  EXPECT_EQ(chineseDate(d("2024-12-04")), "2024年12月4日");
}

}  // namespace
}  // namespace fangan
