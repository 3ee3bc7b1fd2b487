#pragma once
// When survey points first checked each building (docs/rules.md#report), for coverage as of a
// past day without reading footprints in the main scan. A building is checked by a point that
// lies inside (or on the edge of) its footprint or carries its code, as SurveyCheck.h defines
// it; as of day D only the points dated on or before D count, and an undated point counts on
// every day (as AsOfStore reads them). The set of buildings a point checks is taken as it is
// now: a footprint edited since is not reconstructed.

#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "gis/model/Date.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

class SurveyPointDates {
 public:
  /// Reads every survey point of `store` and the footprints of the buildings around each (one
  /// spatial-index query per point).
  static SurveyPointDates load(const ProjectStore& store);

  /// Whether a survey point had checked the building (row id, code) by the end of `day`.
  bool checkedBy(std::int64_t id, const std::string& code, long day) const;
  /// Buildings that some point checks, by footprint.
  std::size_t buildingsByFootprint() const { return byId_.size(); }
  bool empty() const { return byId_.empty() && byCode_.empty(); }

 private:
  static constexpr long kUndated = LONG_MIN;
  std::unordered_map<std::int64_t, long> byId_;   ///< earliest day, as Date::toDays
  std::unordered_map<std::string, long> byCode_;  ///< the same for points carrying a code
};

}  // namespace fangan
