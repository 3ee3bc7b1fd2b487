#pragma once
// The building health code (健康码, docs/rules.md#health-code): yellow and red codes warn at
// service windows; without a green code a building may not be used for business.
//
// Decision order (first match wins), with the reason string returned:
//  red    1. under control (stop use / evacuated & sealed)      "管控中：停止使用" /
//  "管控中：清人封房" red    2. grade C/D, engineering measures not done "C/D级危房未完成工程整治"
//  green  3. grade C/D, engineering done, closed                "C/D级已工程整治并销号"
//  yellow 4. grade C/D, engineering done, not closed            "已工程整治，待销号"
//  green  5. grade A/B                                          "鉴定为A/B级"
//  -- initial hazard or suspect, not appraised:
//  green  6. re-checked by technicians, no hazard               "技术复核无隐患"
//  green  7. engineering measures done and closed               "工程措施整治并销号"
//  yellow 8. engineering measures done, not closed              "已工程整治，待销号"
//  green  9. closed on an accepted basis (recheck/AB/engineering) "已销号"
//  yellow 10. closed by management measures only                "仅管理措施销号，待专业复核"
//  yellow 11. direct engineering chosen, not done yet           "直接工程措施整治中"
//  yellow 12. otherwise                                         "初判有隐患，待鉴定" /
//  "初判存疑，待鉴定"
//  -- no hazard recorded:
//  green  13. surveyed, initial hazard = none                   "排查无隐患"
//  yellow 14. commercial, never surveyed                        "经营性房屋未排查"
//  yellow 15. commercial, surveyed without a recorded verdict   "经营性房屋排查结论缺失"
//  none   16. non-commercial, never surveyed (grey, no code)    "未排查"
//  none   17. non-commercial, surveyed without a verdict        "排查结论缺失"
// Decisions beyond the seeds: a control measure always gives red, even on a closed case (the
// building may not be used while sealed); a rectified case is green only once closed ("rectified
// and closed"), before that it stays yellow; "never surveyed" includes survey_status unknown, and
// initial_hazard = none without survey_status = surveyed is treated as never surveyed.

#include <string>

#include "gis/model/Building.h"

namespace fangan {

/// The code colour; None = no code yet (shown grey).
enum class HealthCode { None, Green, Yellow, Red };

/// A code with its short Chinese reason.
struct HealthCodeResult {
  HealthCode code = HealthCode::None;
  std::string reason;
};

/// The health code of one building and why (see the decision table above).
HealthCodeResult healthCode(const BuildingRecord& r);

/// "green", "yellow", "red" or "none".
std::string healthCodeKey(HealthCode code);

/// "绿码", "黄码", "红码" or "无码".
std::string healthCodeChinese(HealthCode code);

}  // namespace fangan
