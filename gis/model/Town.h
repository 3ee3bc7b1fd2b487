#pragma once
// A town / street office (镇街) boundary.

#include <cstdint>
#include <string>

namespace fangan {

/// A town polygon's attributes (interchange layer `towns`, docs/rules.md#interchange).
struct TownRecord {
  std::int64_t id = 0;
  std::string town;  ///< name, unique within a project
};

}  // namespace fangan
