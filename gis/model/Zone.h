#pragma once
// A key zone (重点区域): imported polygon or derived from a source layer with parameters.

#include <cstdint>
#include <string>

namespace fangan {

/// A key-zone polygon. `type` is a key-zone type (docs/rules.md#key-zones) (school, rail_road,
/// slope, ...).
struct ZoneRecord {
  std::int64_t id = 0;
  std::string type;    ///< interchange zone type key
  std::string name;    ///< display name, may be empty
  std::string source;  ///< "import:<file>" or "derived:<source layer>"
  std::string params;  ///< JSON of the derivation parameters ("{}" for imported zones)
};

}  // namespace fangan
