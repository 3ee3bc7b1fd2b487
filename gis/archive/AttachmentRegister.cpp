#include "gis/archive/AttachmentRegister.h"

#include <algorithm>

namespace fangan {

std::int64_t storeAttachment(ProjectStore& store, std::int64_t buildingId, Attachment file,
                             const std::optional<std::int64_t>& eventId, const std::string& who) {
  for (const Attachment& stored : store.attachments(buildingId)) {
    if (stored.sha256 == file.sha256) {
      throw AttachmentError("文件 " + file.fileName + " 已在档案中（与附件 " +
                            std::to_string(stored.id) + " " + stored.fileName +
                            " 内容相同），未重复添加");
    }
  }
  file.buildingId = buildingId;
  file.eventId = eventId;
  file.addedBy = who;
  const std::int64_t id = store.insertAttachment(file);
  AuditEntry entry;
  entry.who = who;
  entry.action = "attach";
  entry.target = "attachments:" + std::to_string(id);
  entry.field = toKey(file.kind);
  entry.newValue = file.fileName + " " + file.sha256;
  store.appendAudit(entry);
  return id;
}

std::vector<std::int64_t> addAttachments(ProjectStore& store, const std::string& code,
                                         std::vector<Attachment> files,
                                         const std::optional<std::int64_t>& eventId,
                                         const std::string& who) {
  const auto building = store.buildingByCode(code);
  if (!building) throw AttachmentError("房屋编码不存在：" + code);
  if (eventId) {
    const auto events = store.events(building->id);
    const bool known = std::any_of(events.begin(), events.end(),
                                   [&](const InspectionEvent& e) { return e.id == *eventId; });
    if (!known) {
      throw AttachmentError("检查记录 " + std::to_string(*eventId) + " 不属于房屋 " + code);
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (files[i].sha256 == files[j].sha256) {
        throw AttachmentError("文件 " + files[i].fileName + " 与 " + files[j].fileName +
                              " 内容相同，未重复添加");
      }
    }
  }
  std::vector<std::int64_t> ids;
  const auto transaction = store.begin();
  for (Attachment& file : files) {
    ids.push_back(storeAttachment(store, building->id, std::move(file), eventId, who));
  }
  transaction->commit();
  return ids;
}

}  // namespace fangan
