#include "gis/archive/BuildingArchive.h"

namespace fangan {

BuildingArchive loadBuildingArchive(const ProjectStore& store, const std::string& code) {
  const auto record = store.buildingByCode(code);
  if (!record) throw StoreError("房屋编码不存在：" + code);
  BuildingArchive archive;
  archive.record = *record;
  archive.events = store.events(record->id);
  for (const RectificationPlan& plan : store.plans()) {
    if (plan.buildingId == record->id) archive.plans.push_back(plan);
  }
  for (const Problem& problem : store.problems()) {
    if (problem.buildingId == record->id) archive.problems.push_back(problem);
  }
  std::vector<Attachment> listed;
  try {
    listed = store.attachments(record->id);
  } catch (const StoreError&) {
    return archive;  // a store that keeps no attachments
  }
  for (const Attachment& a : listed) {
    if (a.kind != AttachmentKind::Photo) {
      archive.attachments.push_back(a);
      continue;
    }
    const auto full = store.attachment(a.id);
    archive.attachments.push_back(full ? *full : a);
  }
  return archive;
}

}  // namespace fangan
