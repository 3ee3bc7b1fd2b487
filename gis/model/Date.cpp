#include "gis/model/Date.h"

#include <cstdio>
#include <ctime>
#include <regex>

namespace fangan {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && isLeap(y)) ? 29 : days[m - 1];
}

}  // namespace

Date Date::today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

namespace {

/// The store's own form "YYYY-MM-DD" without a regular expression (a million records a scan).
std::optional<Date> parseIso(const std::string& t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int v[8];
  const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 8; ++i) {
    const char c = t[static_cast<std::size_t>(at[i])];
    if (c < '0' || c > '9') return std::nullopt;
    v[i] = c - '0';
  }
  Date d;
  d.year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
  d.month = v[4] * 10 + v[5];
  d.day = v[6] * 10 + v[7];
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

}  // namespace

std::optional<Date> Date::parse(const std::string& raw) {
  if (raw.size() == 10 && raw[4] == '-') {
    if (auto d = parseIso(raw)) return d;
  }
  // Trim, and drop a time part ("2024-03-01 00:00:00", "2024-03-01T00:00:00Z") that spreadsheets
  // add.
  std::string text = raw;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return std::nullopt;
  text = text.substr(start);
  static const std::regex pattern(
      R"(^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|(\d{2})(\d{2})|年(\d{1,2})月(\d{1,2})日?)(?:[ T].*)?$)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return std::nullopt;
  Date d;
  d.year = std::stoi(m[1]);
  if (m[2].matched) {
    d.month = std::stoi(m[2]);
    d.day = std::stoi(m[3]);
  } else if (m[4].matched) {
    d.month = std::stoi(m[4]);
    d.day = std::stoi(m[5]);
  } else {
    d.month = std::stoi(m[6]);
    d.day = std::stoi(m[7]);
  }
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) {
    return std::nullopt;
  }
  return d;
}

// Days-from-civil: the well-known era-based formula for the proleptic Gregorian calendar.
long Date::toDays() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::fromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

std::string Date::toString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Date Date::plusYears(int n) const {
  Date d = *this;
  d.year += n;
  if (d.month == 2 && d.day == 29 && !isLeap(d.year)) d.day = 28;
  return d;
}

}  // namespace fangan
