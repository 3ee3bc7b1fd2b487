#pragma once
// The audited field changes of a project's buildings, by code, for rebuilding records as of a
// day (RecordAsOf.h). A million-building scan asks for every code while only a few thousand
// codes have changes: a bit filter over a cheap hash answers most of them "none" without a
// hash-table look-up.

#include <string>
#include <unordered_map>
#include <vector>

#include "gis/store/ProjectStore.h"

namespace fangan {

class ChangeIndex {
 public:
  /// Reads every building change of the store (oldest first).
  explicit ChangeIndex(const ProjectStore& store);
  /// The changes of a code, oldest first; empty when it has none.
  const std::vector<BuildingChange>& of(const std::string& code) const;
  /// Number of codes with changes.
  std::size_t codes() const { return byCode_.size(); }

 private:
  static constexpr std::size_t kBits = std::size_t{1} << 20;
  std::unordered_map<std::string, std::vector<BuildingChange>> byCode_;
  std::vector<bool> filter_ = std::vector<bool>(kBits, false);
};

}  // namespace fangan
