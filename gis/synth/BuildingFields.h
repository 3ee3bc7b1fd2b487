#pragma once
// The `buildings` layer columns (docs/rules.md#interchange) as generated files carry them: English
// keys, enumerated values as English keys, yes/no as "yes"/"no", dates as "YYYY-MM-DD" text.

#include <ogrsf_frmts.h>

#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/synth/GpkgLayerWriter.h"

namespace fangan::synth {

/// The interchange `buildings` columns in document order; counts are integers, the rest text.
const std::vector<FieldSpec>& buildingFields();

/// A record's cells in buildingFields() order, "" where unknown (written as NULL).
std::vector<std::string> buildingValues(const BuildingRecord& record);

/// Sets the buildingFields() of `feature` (which must have them first, in order) from `record`.
void setBuildingFields(const BuildingRecord& record, OGRFeature& feature);

}  // namespace fangan::synth
