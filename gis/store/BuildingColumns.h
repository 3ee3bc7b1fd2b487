#pragma once
// The mapping between a BuildingRecord and the columns of the `buildings` table. Values are
// carried as canonical text (INTEGER columns convert by SQLite affinity), which also gives the
// audit log its old → new strings.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"

namespace fangan::building_columns {

/// Attribute columns in table order (without id and geom).
const std::vector<std::string>& names();
/// The record's values in names() order; std::nullopt for unknown.
std::vector<std::optional<std::string>> values(const BuildingRecord& r);
/// Builds a record from values in names() order. Unparseable stored values become unknown.
BuildingRecord fromValues(const std::vector<std::optional<std::string>>& v);

}  // namespace fangan::building_columns
