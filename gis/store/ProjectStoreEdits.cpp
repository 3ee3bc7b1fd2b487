// Stale edits (docs/rules.md#row-versions): the refusal's message, and the default
// ProjectStore::editBuilding of stores that cannot edit.

#include "gis/store/ProjectStore.h"

namespace fangan {

namespace {

// "2026-12-04T19:53:15Z" → "2026-12-04 19:53:15"; anything else as it is.
std::string readableTime(const std::string& iso) {
  std::string t = iso;
  if (t.size() == 20 && t[10] == 'T' && t[19] == 'Z') t = t.substr(0, 10) + " " + t.substr(11, 8);
  return t;
}

std::string staleMessage(const StaleEdit& s) {
  if (s.who.empty()) return "此房屋已被其他用户修改（" + s.code + "），请重新载入";
  return "此房屋已被 " + s.who + " 于 " + readableTime(s.when) + " 修改";
}

}  // namespace

StaleEditError::StaleEditError(StaleEdit stale)
    : StoreError(staleMessage(stale)), stale_(std::move(stale)) {}

std::int64_t ProjectStore::editBuilding(const BuildingRecord&, std::int64_t, const std::string&) {
  throw StoreError("此项目不能修改房屋记录");
}

}  // namespace fangan
