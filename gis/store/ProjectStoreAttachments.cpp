// The default attachment functions of ProjectStore: a store that does not keep them says so.

#include <algorithm>

#include "gis/store/ProjectStore.h"

namespace fangan {

namespace {

[[noreturn]] void unsupported() { throw StoreError("此项目存储不支持附件"); }

}  // namespace

std::int64_t ProjectStore::insertAttachment(const Attachment&) { unsupported(); }
std::vector<Attachment> ProjectStore::attachments(std::int64_t) const { unsupported(); }
std::optional<Attachment> ProjectStore::attachment(std::int64_t) const { unsupported(); }

std::vector<std::int64_t> ProjectStore::attachmentIds() const {
  std::vector<std::int64_t> ids;
  for (const std::int64_t building : buildingIds()) {
    for (const Attachment& a : attachments(building)) ids.push_back(a.id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace fangan
