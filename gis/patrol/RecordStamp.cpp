#include "gis/patrol/RecordStamp.h"

#include <cstdio>

#include "gis/analysis/SpotCheck.h"
#include "gis/store/BuildingColumns.h"

namespace fangan {

std::string recordStamp(const BuildingRecord& record) {
  // The store's own column mapping is the canonical text of a record (the audit log uses it
  // too), so every field the store keeps takes part, including fields added later.
  const auto& names = building_columns::names();
  const auto values = building_columns::values(record);
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += names[i];
    // Unknown and empty text must differ: '\x1e' marks unknown, '\x1f' separates fields.
    text += values[i] ? "=" + *values[i] : std::string("\x1e");
    text += '\x1f';
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a64(text)));
  return hex;
}

}  // namespace fangan
