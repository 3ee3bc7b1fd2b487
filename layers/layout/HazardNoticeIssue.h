#pragma once
// Issuing hazard notices and printing them in one step (docs/rules.md#notice), for the command
// line and the archive panel: in one transaction, each building's notice is issued (number,
// case event, audit row), its text is made from the template, the PDF is written, and only then
// is the transaction committed: a refusal or a PDF that cannot be written leaves the project
// unchanged.

#include <string>
#include <vector>

#include "gis/cases/NoticeContent.h"
#include "layers/layout/LayoutData.h"

namespace fangan {

struct NoticeIssueResult {
  std::vector<NoticeContent> notices;  ///< in the order of the buildings
  std::string path;                    ///< the PDF written
};

/// Issues a notice on `day` for each building (refusing building_not_hazardous with
/// CaseRefused), writes them to `pdfPath` (one A4 page each) and commits. `data` supplies the
/// map; `notice` the template. Throws CaseRefused, StoreError or LayoutError; nothing is kept
/// then.
NoticeIssueResult issueHazardNotices(ProjectStore& store, const LayoutData& data,
                                     const NoticeTemplate& notice,
                                     const std::vector<BuildingRecord>& buildings, const Date& day,
                                     const std::string& who, const std::string& pdfPath);

/// A file name for the PDF: "隐患通知书_<number>.pdf" for one building (the number it has or
/// will get), else
/// "隐患通知书_<town>_<day>.pdf" (towns joined by "_" when several; "多镇街" when more than 3).
std::string hazardNoticeFileName(const std::vector<BuildingRecord>& buildings,
                                 const std::vector<HazardNotice>& existing, const Date& day);

}  // namespace fangan
