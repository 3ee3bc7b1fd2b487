#pragma once
// The classes a building is coloured by on the map, derived from its record when the buildings
// layer is loaded (styles filter on these keys; see PresetStyles).

#include <QString>

#include "gis/model/Building.h"

namespace fangan {

/// Survey classes: "surveyed" or "not_surveyed" (survey status unknown counts as not surveyed:
/// the coverage gaps of docs/rules.md#coverage).
QString surveyClass(const BuildingRecord& record);

/// Hazard classes, in the order of the case lifecycle:
///  "not_surveyed"   未排查   (and not appraised)
///  "no_verdict"     结论缺失 (surveyed, initial hazard not recorded)
///  "no_hazard"      无隐患   (surveyed, no initial hazard, or re-checked by technicians as none)
///  "initial_hazard" 初判隐患 (hazard or suspect, not appraised)
///  "A" "B" "C" "D"  鉴定等级 (an appraisal grade wins over everything above)
QString hazardClass(const BuildingRecord& record);

}  // namespace fangan
