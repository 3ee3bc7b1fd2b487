#pragma once
// Everything the archive of one building (一楼一档, docs/rules.md#archive-pdf) prints: the record
// with its responsible parties, the inspection history (every kind, notices included), the
// 一栋一策 plans, the registered problems and the attached photos and documents.

#include <string>
#include <vector>

#include "gis/model/Attachment.h"
#include "gis/model/Building.h"
#include "gis/model/CaseRecords.h"
#include "gis/model/InspectionEvent.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

struct BuildingArchive {
  BuildingRecord record;
  std::vector<InspectionEvent> events;  ///< oldest first
  std::vector<RectificationPlan> plans;
  std::vector<Problem> problems;
  std::vector<Attachment> attachments;  ///< by id; photos with their bytes
};

/// Reads the archive of the building of `code`. Throws StoreError when there is none. A store
/// without attachments (a server project) gives an archive without them.
BuildingArchive loadBuildingArchive(const ProjectStore& store, const std::string& code);

}  // namespace fangan
