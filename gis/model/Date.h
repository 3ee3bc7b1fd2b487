#pragma once
// A calendar date (proleptic Gregorian), as the campaign ledgers write it: YYYY-MM-DD.

#include <optional>
#include <string>

namespace fangan {

/// A calendar day. Comparable; converts to a day number for date arithmetic.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  /// Parses "YYYY-MM-DD" (also "YYYY/MM/DD", "YYYY.MM.DD", "YYYYMMDD" and "YYYY年M月D日").
  static std::optional<Date> parse(const std::string& text);
  /// The system's local date today.
  static Date today();
  /// Builds a date from days since 1970-01-01.
  static Date fromDays(long days);
  /// Days since 1970-01-01 (negative before).
  long toDays() const;
  /// "YYYY-MM-DD".
  std::string toString() const;
  /// This date plus n days.
  Date plusDays(long n) const { return fromDays(toDays() + n); }
  /// Same month and day, n years later (29 Feb becomes 28 Feb in a common year).
  Date plusYears(int n) const;

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.toDays() < b.toDays(); }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

}  // namespace fangan
