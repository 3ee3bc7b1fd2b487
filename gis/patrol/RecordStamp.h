#pragma once
// The `stamp` column of a patrol sheet: a fingerprint of a building record at issue time. When
// results come back, a row whose stamp differs from the building's current fingerprint was
// written against a record that has changed since (someone else updated it), so the row is a
// conflict to resolve by hand rather than something to apply on top.

#include <string>

#include "gis/model/Building.h"

namespace fangan {

/// 16 hex digits (FNV-1a 64) over every stored attribute of the record, in store column order.
/// The row id is left out, the code is in: the stamp follows the record, not the row.
std::string recordStamp(const BuildingRecord& record);

}  // namespace fangan
