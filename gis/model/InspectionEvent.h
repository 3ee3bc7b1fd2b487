#pragma once
// One entry of a building's inspection history. The history is append-only.

#include <cstdint>
#include <string>

#include "gis/model/Date.h"

namespace fangan {

/// What happened on a visit. Keys as stored: self_check, survey, department_check, verification,
/// spot_check, appraisal, control, rectification, closure, patrol, import.
struct InspectionEvent {
  std::int64_t id = 0;
  std::int64_t buildingId = 0;
  std::string code;  ///< the building's code at the time
  Date date;
  std::string kind;
  std::string inspector;
  std::string result;
  std::string note;
  std::string photos;      ///< photo paths separated by ';'
  std::string recordedAt;  ///< ISO timestamp set by the store
};

}  // namespace fangan
