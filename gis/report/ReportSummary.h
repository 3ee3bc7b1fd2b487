#pragma once
// The report's words (docs/rules.md#report): the title, the numbers as a meeting reads them
// (thousands separators, percentages with one decimal, changes in percentage points) and the
// generated summary paragraph, e.g. "本周新增排查 1,204 栋，新增初判隐患 37 栋，… 截至12月4日，
// 排查覆盖率 86.2%（较上周 +3.1 个百分点）… 覆盖率低于全区的镇街：…".

#include <cstdint>
#include <optional>
#include <string>

#include "gis/report/ProgressReport.h"

namespace fangan {

/// "1,204" (negative numbers keep their sign).
std::string groupDigits(std::int64_t n);
/// "86.2%", or "—" when empty.
std::string percentText(const std::optional<double>& rate);
/// "+3.1", "-0.4", "0.0", or "—" when empty (percentage points).
std::string pointsText(const std::optional<double>& points);
/// "+12", "0", "-3".
std::string signedCount(std::int64_t n);

/// The scope in words: "全区", "XX镇（各网格）" or "网格 G".
std::string reportScopeName(const ProgressReport& report, const std::string& district);
/// "XX区房屋安全隐患排查整治工作周报" (the district's name, when known, comes first).
std::string reportTitle(const ProgressReport& report, const std::string& district);
/// The name of an area in tables: the area, or 未落镇街 / 未划网格 for "".
std::string reportAreaName(const ProgressReport& report, const std::string& area);
/// 镇街 or 网格.
std::string reportAreaKind(const ProgressReport& report);

/// The summary paragraph.
std::string reportSummary(const ProgressReport& report);

}  // namespace fangan
