#include "layers/layout/HazardNoticeIssue.h"

#include <algorithm>
#include <set>

#include "layers/layout/HazardNoticePdf.h"

namespace fangan {

NoticeIssueResult issueHazardNotices(ProjectStore& store, const LayoutData& data,
                                     const NoticeTemplate& notice,
                                     const std::vector<BuildingRecord>& buildings, const Date& day,
                                     const std::string& who, const std::string& pdfPath) {
  for (const BuildingRecord& b : buildings) {
    if (!needsNotice(b)) {
      throw CaseRefused({"building_not_hazardous", "房屋 " + b.code +
                                                       " 未初判有隐患、未鉴定为C/D级或已销号，"
                                                       "无需下达隐患通知书"});
    }
  }
  const std::vector<RectificationPlan> plans = store.plans();
  NoticeIssueResult result;
  result.path = pdfPath;
  auto tx = store.begin();
  for (const BuildingRecord& b : buildings) {
    const auto plan = planInForce(plans, b.id);
    const IssuedNotice issued =
        issueNotice(store, b, day, noticeDeadline(notice, b, plan, day), who);
    const auto latest = latestInspection(store.events(b.id));
    result.notices.push_back(noticeContent(notice, b, issued, day, latest, plan));
  }
  writeHazardNoticePdf(data, result.notices, pdfPath);
  tx->commit();
  return result;
}

std::string hazardNoticeFileName(const std::vector<BuildingRecord>& buildings,
                                 const std::vector<HazardNotice>& existing, const Date& day) {
  if (buildings.size() == 1) {
    for (const HazardNotice& n : existing) {
      if (n.buildingId == buildings.front().id) return "隐患通知书_" + n.number + ".pdf";
    }
    // A first notice: its number is the next of the year and town (NoticeRegister.h).
    int last = 0;
    for (const HazardNotice& n : existing) {
      if (n.year == day.year && n.town == buildings.front().town) {
        last = std::max(last, n.sequence);
      }
    }
    return "隐患通知书_" + noticeNumber(day.year, buildings.front().town, last + 1) + ".pdf";
  }
  std::set<std::string> towns;
  for (const BuildingRecord& b : buildings) towns.insert(b.town.empty() ? "无镇街" : b.town);
  std::string name;
  if (towns.size() > 3) {
    name = "多镇街";
  } else {
    for (const auto& t : towns) name += (name.empty() ? "" : "_") + t;
  }
  return "隐患通知书_" + name + "_" + day.toString() + ".pdf";
}

}  // namespace fangan
