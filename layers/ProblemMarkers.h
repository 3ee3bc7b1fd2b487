#pragma once
// Open problems of the problem register on the map (docs/rules.md#problem-markers): one point
// marker per building with open problems (待确认, 已确认, 整改中), at the building's label point,
// drawn through the shared layer walk like every other layer. A building with an overdue problem
// (docs/rules.md#problem-overdue) has a red marker; others are orange. Problems that name a
// location only, or a building not on the map, have no marker.

#include <vector>

#include "gis/model/CaseRecords.h"
#include "layers/LayerWalk.h"

namespace fangan {

/// Fields of the marker layer: the building code, the number of open problems, and "1" when
/// one of them is overdue on the day (else "0").
inline const char* const kProblemMarkerFields[] = {"code", "open", "overdue"};

/// The marker layer of `problems` over the buildings layer `buildings`, judged on `today`.
RenderLayer problemMarkerLayer(const std::vector<Problem>& problems, const MapLayer& buildings,
                               const Date& today);

}  // namespace fangan
