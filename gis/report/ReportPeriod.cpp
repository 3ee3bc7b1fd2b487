#include "gis/report/ReportPeriod.h"

namespace fangan {

std::string periodKindKey(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::Day:
      return "day";
    case PeriodKind::Week:
      return "week";
    case PeriodKind::Dekad:
      return "dekad";
    case PeriodKind::HalfMonth:
      return "half-month";
    case PeriodKind::Month:
      return "month";
  }
  return "";
}

std::optional<PeriodKind> parsePeriodKind(const std::string& key) {
  for (PeriodKind k : {PeriodKind::Day, PeriodKind::Week, PeriodKind::Dekad, PeriodKind::HalfMonth,
                       PeriodKind::Month}) {
    if (periodKindKey(k) == key) return k;
  }
  return std::nullopt;
}

std::string periodKindChinese(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::Day:
      return "日";
    case PeriodKind::Week:
      return "周";
    case PeriodKind::Dekad:
      return "旬";
    case PeriodKind::HalfMonth:
      return "半月";
    case PeriodKind::Month:
      return "月";
  }
  return "";
}

std::string periodReportChinese(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::Day:
      return "日动态";
    case PeriodKind::Week:
      return "周报";
    case PeriodKind::Dekad:
      return "旬报";
    case PeriodKind::HalfMonth:
      return "半月报";
    case PeriodKind::Month:
      return "月报";
  }
  return "";
}

int weekdayIndex(const Date& day) {
  // 1970-01-01 was a Thursday (index 3).
  const long d = day.toDays();
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

int daysInMonth(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) return 29;
  return days[(month - 1) % 12];
}

ReportPeriod periodContaining(PeriodKind kind, const Date& day) {
  ReportPeriod p;
  p.kind = kind;
  const int end = daysInMonth(day.year, day.month);
  auto inMonth = [&](int first, int last) {
    p.first = Date{day.year, day.month, first};
    p.last = Date{day.year, day.month, last};
  };
  switch (kind) {
    case PeriodKind::Day:
      p.first = p.last = day;
      break;
    case PeriodKind::Week:
      p.first = day.plusDays(-weekdayIndex(day));
      p.last = p.first.plusDays(6);
      break;
    case PeriodKind::Dekad:
      if (day.day <= 10) {
        inMonth(1, 10);
      } else if (day.day <= 20) {
        inMonth(11, 20);
      } else {
        inMonth(21, end);
      }
      break;
    case PeriodKind::HalfMonth:
      if (day.day <= 15) {
        inMonth(1, 15);
      } else {
        inMonth(16, end);
      }
      break;
    case PeriodKind::Month:
      inMonth(1, end);
      break;
  }
  return p;
}

ReportPeriod previousPeriod(const ReportPeriod& period) {
  return periodContaining(period.kind, period.first.plusDays(-1));
}

std::string chineseDate(const Date& day) {
  return std::to_string(day.year) + "年" + chineseMonthDay(day);
}

std::string chineseMonthDay(const Date& day) {
  return std::to_string(day.month) + "月" + std::to_string(day.day) + "日";
}

std::string periodChinese(const ReportPeriod& period) {
  const Date& f = period.first;
  const std::string month = std::to_string(f.year) + "年" + std::to_string(f.month) + "月";
  switch (period.kind) {
    case PeriodKind::Day:
      return chineseDate(f);
    case PeriodKind::Week:
      return chineseDate(f) + "至" +
             (period.last.year == f.year ? chineseMonthDay(period.last) : chineseDate(period.last));
    case PeriodKind::Dekad:
      return month + (f.day == 1 ? "上旬" : f.day == 11 ? "中旬" : "下旬");
    case PeriodKind::HalfMonth:
      return month + (f.day == 1 ? "上半月" : "下半月");
    case PeriodKind::Month:
      return month;
  }
  return "";
}

}  // namespace fangan
