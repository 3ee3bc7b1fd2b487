#pragma once
// A patrol grid (网格) with its manager.

#include <cstdint>
#include <optional>
#include <string>

namespace fangan {

/// A grid polygon's attributes (interchange layer `grids`, docs/rules.md#grids).
struct GridRecord {
  std::int64_t id = 0;
  std::string grid;  ///< grid id as offices write it, unique within a project
  std::string name;
  std::string town;
  std::string manager;
  std::string phone;
  std::optional<int> capacityPerDay;  ///< buildings a manager can visit a day
};

}  // namespace fangan
