#pragma once
// Attachment 2's 线上检查 columns from the problem register (docs/rules.md#problem-figures):
// per town, 问题确认/问题 ("3/4": confirmed / registered online-inspection problems) and
// 问题确认率. Filled only when the register holds online-inspection problems by the day; without
// them the cells stay blank (the program does not know), never "0/0".

#include <vector>

#include "gis/analysis/LedgerForm.h"
#include "gis/model/CaseRecords.h"

namespace fangan {

/// Fills columns 5 and 6 of an attachment-2 form by town (first-column text) and its 合计 row.
/// Returns false (form unchanged) when no online-inspection problem was found by `day`.
bool fillOnlineInspection(LedgerForm& form, const std::vector<Problem>& problems, const Date& day);

}  // namespace fangan
