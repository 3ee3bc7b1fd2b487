#pragma once
// The reporting periods of the campaign (docs/rules.md#report): 日动态 (a day), 周调度 (Monday to
// Sunday), 旬简报 (a dekad: days 1–10, 11–20, 21 to the month's end), 半月报 (1–15, 16 to the end)
// and 月通报 (a calendar month). A report made on day D covers the period that contains D; its
// figures are as of the period's last day, but never after D (a report made mid-week shows the
// figures to date). The previous period is the one that ends the day before this one starts.

#include <optional>
#include <string>

#include "gis/model/Date.h"

namespace fangan {

enum class PeriodKind { Day, Week, Dekad, HalfMonth, Month };

/// "day", "week", "dekad", "half-month" or "month".
std::string periodKindKey(PeriodKind kind);
/// Parses a key of periodKindKey.
std::optional<PeriodKind> parsePeriodKind(const std::string& key);
/// 日, 周, 旬, 半月, 月.
std::string periodKindChinese(PeriodKind kind);
/// The report's name: 日动态, 周报, 旬报, 半月报, 月报.
std::string periodReportChinese(PeriodKind kind);

/// One period: its first and last day.
struct ReportPeriod {
  PeriodKind kind = PeriodKind::Week;
  Date first;
  Date last;

  /// The day the figures stand at for a report made on `made`: the last day, or `made` when
  /// that is earlier.
  Date asOf(const Date& made) const { return made < last ? made : last; }
};

/// Monday = 0 … Sunday = 6.
int weekdayIndex(const Date& day);
/// Days in the month of `day` (leap years included).
int daysInMonth(int year, int month);

/// The period of `kind` that contains `day`.
ReportPeriod periodContaining(PeriodKind kind, const Date& day);
/// The period just before `period`.
ReportPeriod previousPeriod(const ReportPeriod& period);

/// "2024年12月4日".
std::string chineseDate(const Date& day);
/// "12月4日".
std::string chineseMonthDay(const Date& day);
/// The period in words: "2024年12月2日至12月8日", "2024年12月上旬", "2024年12月上半月",
/// "2024年12月", or a day as chineseDate.
std::string periodChinese(const ReportPeriod& period);

}  // namespace fangan
