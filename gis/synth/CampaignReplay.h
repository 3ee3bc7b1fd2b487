#pragma once
// A generated stretch of campaign history (docs/rules.md#as-of): day after day, field teams visit
// a share of the project's buildings and take each case one step along the lifecycle (survey,
// hazard, order to appraise within or after 5 days, re-check, appraisal, control, rectification,
// closure). Every step goes through the domain rules (FieldResult.h) or sets an appraisal grade
// with its date, is written as an inspection event dated that day, and is stored with the
// store's change date set to that day, so the project carries a dated history that figures as
// of any day can be computed from. Used for demonstration projects, the as-of tests and
// benchmarks. Seeded: the same project, options and seed give the same history.

#include <cstdint>
#include <functional>

#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan::synth {

struct ReplayOptions {
  Date start;                  ///< first day of the history
  int days = 30;               ///< number of days replayed
  double visitShare = 0.03;    ///< share of the buildings visited each day (0–1)
  std::uint64_t seed = 1;      ///< same seed, same history
  std::string who = "replay";  ///< user name in the audit log
  /// Called after each day is committed; return false to stop (cancel).
  std::function<bool(const Date& day)> afterDay;
};

struct ReplaySummary {
  int days = 0;
  std::int64_t visits = 0;
  std::int64_t changes = 0;  ///< visits that changed a record
  std::int64_t surveyed = 0;
  std::int64_t hazards = 0;
  std::int64_t orders = 0;
  std::int64_t appraisals = 0;
  std::int64_t rectified = 0;
  std::int64_t closed = 0;
};

/// Replays `options.days` days of field work on the project (one transaction per day). The
/// store's change date is left unset afterwards. Throws StoreError on a store failure (that
/// day rolls back; earlier days stay).
ReplaySummary replayCampaign(ProjectStore& store, const ReplayOptions& options);

}  // namespace fangan::synth
