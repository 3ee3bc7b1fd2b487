#include "gis/model/Date.h"

#include <cstdio>
#include <ctime>
#include <string>

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

namespace {

// Reads `least` to `most` ASCII digits at `at` (advancing it) into `value`.
bool readDigits(const std::string& t, std::size_t& at, std::size_t least, std::size_t most,
                int& value) {
  std::size_t n = 0;
  value = 0;
  while (n < most && at + n < t.size() && t[at + n] >= '0' && t[at + n] <= '9') {
    value = value * 10 + (t[at + n] - '0');
    ++n;
  }
  if (n < least) return false;
  at += n;
  return true;
}

// Skips `word` at `at` when it is there.
bool readWord(const std::string& t, std::size_t& at, const char* word) {
  if (t.compare(at, std::char_traits<char>::length(word), word) != 0) return false;
  at += std::char_traits<char>::length(word);
  return true;
}

bool readSeparator(const std::string& t, std::size_t& at) {
  if (at >= t.size() || (t[at] != '-' && t[at] != '/' && t[at] != '.')) return false;
  ++at;
  return true;
}

}  // namespace

// Read by hand rather than with std::regex: libstdc++'s matcher recurses once per character of
// a time part, and a long cell overflowed the stack (tests/fuzz, DateTest).
std::optional<Date> Date::parse(const std::string& raw) {
  if (raw.size() == 10 && raw[4] == '-') {
    if (auto d = parseIso(raw)) return d;
  }
  // Trim spaces and tabs.
  const std::size_t first = raw.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  const std::string text = raw.substr(first, raw.find_last_not_of(" \t") - first + 1);
  Date d;
  std::size_t at = 0;
  if (!readDigits(text, at, 4, 4, d.year)) return std::nullopt;
  bool ok = false;
  if (readSeparator(text, at)) {  // YYYY-M-D, YYYY/M/D, YYYY.M.D
    ok = readDigits(text, at, 1, 2, d.month) && readSeparator(text, at) &&
         readDigits(text, at, 1, 2, d.day);
  } else if (readWord(text, at, "年")) {  // YYYY年M月D日 (日 may be left out)
    ok = readDigits(text, at, 1, 2, d.month) && readWord(text, at, "月") &&
         readDigits(text, at, 1, 2, d.day);
    if (ok) readWord(text, at, "日");
  } else {  // YYYYMMDD
    ok = readDigits(text, at, 2, 2, d.month) && readDigits(text, at, 2, 2, d.day);
  }
  if (!ok) return std::nullopt;
  // Nothing more, or a time part that spreadsheets add ("2024-03-01 00:00:00",
  // "2024-03-01T00:00:00Z"), on the same line.
  if (at < text.size() && ((text[at] != ' ' && text[at] != 'T') ||
                           text.find_first_of("\r\n", at) != std::string::npos)) {
    return std::nullopt;
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
