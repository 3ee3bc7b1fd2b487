#pragma once
// A survey point from the field (interchange layer `survey`, docs/rules.md#coverage).

#include <cstdint>
#include <optional>
#include <string>

#include "gis/model/Date.h"

namespace fangan {

/// A field survey point; a building counts as checked when one lies inside its footprint.
struct SurveyPoint {
  std::int64_t id = 0;
  std::string code;  ///< building code when the field app knew it; may be empty
  std::optional<Date> date;
  std::string inspector;
  std::string result;
};

}  // namespace fangan
