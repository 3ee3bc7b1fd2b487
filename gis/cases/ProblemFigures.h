#pragma once
// Figures of the problem register (docs/rules.md#problem-figures) as of a day, per town and in
// total: problems registered, confirmed, found unfounded, rectified, closed and overdue, the
// confirmation rate 问题确认率 = confirmed / registered and the rectification rate 问题整改率 =
// rectified / confirmed (target 100 %; a zero denominator gives no rate, shown “—”).

#include <optional>
#include <string>
#include <vector>

#include "gis/model/CaseRecords.h"

namespace fangan {

/// Which problems a tally counts.
struct ProblemFilter {
  std::optional<ProblemSource> source;  ///< only this source
  std::string town;                     ///< non-empty: only this town
  bool overdueOnly = false;             ///< only problems overdue on the day
};

/// The figures of one area ("" = every town: the total row).
struct ProblemTally {
  std::string town;
  int registered = 0;                       ///< found on or before the day
  int pending = 0;                          ///< 待确认
  int confirmed = 0;                        ///< 已确认 or later (isProblemConfirmed)
  int unfounded = 0;                        ///< 不属实
  int rectifying = 0;                       ///< 整改中
  int rectified = 0;                        ///< 已整改 or 销号
  int closed = 0;                           ///< 销号
  int overdue = 0;                          ///< isProblemOverdue on the day
  std::optional<double> confirmationRate;   ///< confirmed / registered
  std::optional<double> rectificationRate;  ///< rectified / confirmed
};

/// True when `p` passes `filter` on `day`.
bool problemMatches(const Problem& p, const ProblemFilter& filter, const Date& day);

/// One tally per town (sorted by name; problems without a town under "") and a total last
/// (town "合计"). `problems` are as of the day (AsOfStore::problems, or the store's for today).
std::vector<ProblemTally> tallyProblems(const std::vector<Problem>& problems,
                                        const ProblemFilter& filter, const Date& day);

/// The open problems past their deadline on `day`, by deadline then id.
std::vector<Problem> overdueProblems(const std::vector<Problem>& problems, const Date& day);

}  // namespace fangan
