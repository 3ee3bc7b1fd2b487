#pragma once
// Monthly referral figures (docs/rules.md#referral-figures): per month of the referral date,
// the count per kind and per receiving department, with how many of them are still awaiting
// feedback, answered and closed now.

#include <string>
#include <vector>

#include "gis/cases/ReferralKinds.h"
#include "gis/model/CaseRecords.h"

namespace fangan {

struct ReferralMonthRow {
  std::string month;  ///< "2025-03"
  std::string group;  ///< "kind" or "department"
  std::string key;    ///< kind key, or the department
  std::string name;   ///< kind's Chinese name, or the department
  int referred = 0;   ///< referred in that month
  int awaiting = 0;   ///< of them: 已移送 (no feedback yet)
  int answered = 0;   ///< 已反馈
  int closed = 0;     ///< 已办结
};

/// Rows by month, then kinds (in the list's order, unknown keys after) before departments (in
/// code-point order). Only (month, kind) and (month, department) pairs that occur.
std::vector<ReferralMonthRow> referralFigures(const std::vector<Referral>& referrals,
                                              const ReferralKinds& kinds);

}  // namespace fangan
