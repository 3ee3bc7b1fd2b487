#pragma once
// Turns one source row of the `buildings` layer (interchange key → cell text, UTF-8) into a
// BuildingRecord, or says which cell is wrong and why.

#include <map>
#include <string>

#include "gis/model/Building.h"

namespace fangan {

/// Result of parsing a row: the record, or an error naming the column and value.
struct ParsedBuilding {
  BuildingRecord record;
  std::string error;  ///< empty when the row is good
};

/// Parses every known key present in `cells`; absent keys stay unknown.
ParsedBuilding parseBuildingRow(const std::map<std::string, std::string>& cells);

}  // namespace fangan
