#include "gis/history/ChangeIndex.h"

#include <cstdint>

namespace fangan {

namespace {

std::size_t bitOf(const std::string& code, std::size_t bits) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a 64
  for (const unsigned char c : code) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return static_cast<std::size_t>(h & (bits - 1));
}

}  // namespace

ChangeIndex::ChangeIndex(const ProjectStore& store) {
  store.forEachBuildingChange([this](const BuildingChange& c) {
    filter_[bitOf(c.code, kBits)] = true;
    byCode_[c.code].push_back(c);
    return true;
  });
}

const std::vector<BuildingChange>& ChangeIndex::of(const std::string& code) const {
  static const std::vector<BuildingChange> none;
  if (!filter_[bitOf(code, kBits)]) return none;
  const auto it = byCode_.find(code);
  return it == byCode_.end() ? none : it->second;
}

}  // namespace fangan
