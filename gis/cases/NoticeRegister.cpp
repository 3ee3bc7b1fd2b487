#include "gis/cases/NoticeRegister.h"

#include <algorithm>
#include <set>

#include "gis/cases/CaseTrail.h"

namespace fangan {

bool needsNotice(const BuildingRecord& b) {
  const bool hazardous = b.initialHazard == InitialHazard::Hazard ||
                         b.initialHazard == InitialHazard::Suspect || b.isGradeCD();
  return hazardous && !b.isClosed();
}

std::string noticeNumber(int year, const std::string& town, int sequence) {
  std::string seq = std::to_string(sequence);
  if (seq.size() < 3) seq.insert(0, 3 - seq.size(), '0');
  return std::to_string(year) + "-" + (town.empty() ? std::string("无镇街") : town) + "-" + seq;
}

std::vector<HazardNotice> noticesOf(const ProjectStore& store, std::int64_t buildingId) {
  std::vector<HazardNotice> out;
  for (HazardNotice& n : store.notices()) {
    if (n.buildingId == buildingId) out.push_back(std::move(n));
  }
  return out;
}

IssuedNotice issueNotice(ProjectStore& store, const BuildingRecord& b, const Date& day,
                         const std::optional<Date>& deadline, const std::string& who) {
  if (!needsNotice(b)) {
    throw CaseRefused(
        {"building_not_hazardous",
         "房屋 " + b.code + " 未初判有隐患、未鉴定为C/D级或已销号，无需下达隐患通知书"});
  }
  IssuedNotice out;
  const std::vector<HazardNotice> all = store.notices();
  for (const HazardNotice& n : all) {
    if (n.buildingId == b.id) {
      out.notice = n;
      out.reissue = true;
      break;
    }
  }
  if (!out.reissue) {
    int last = 0;
    for (const HazardNotice& n : all) {
      if (n.year == day.year && n.town == b.town) last = std::max(last, n.sequence);
    }
    HazardNotice n;
    n.buildingId = b.id;
    n.code = b.code;
    n.town = b.town;
    n.year = day.year;
    n.sequence = last + 1;
    n.number = noticeNumber(n.year, n.town, n.sequence);
    n.issued = day;
    n.deadline = deadline;
    n.id = store.insertNotice(n);
    out.notice = n;
  }
  const CaseTrail t(store, CaseSubject::Notice, "notices", out.notice.id);
  t.event(day, "", out.reissue ? "reissued" : "issued", who, out.notice.number,
          deadline ? "整改期限 " + deadline->toString() : "");
  t.audit(who, out.reissue ? "reissue" : "insert", "", "", out.notice.number + " " + b.code);
  return out;
}

std::vector<BuildingRecord> buildingsAwaitingNotice(const std::vector<BuildingRecord>& buildings,
                                                    const std::vector<HazardNotice>& notices,
                                                    const std::string& town) {
  std::set<std::int64_t> noticed;
  for (const HazardNotice& n : notices) noticed.insert(n.buildingId);
  std::vector<BuildingRecord> out;
  for (const BuildingRecord& b : buildings) {
    if (b.town == town && needsNotice(b) && !noticed.count(b.id)) out.push_back(b);
  }
  std::sort(out.begin(), out.end(),
            [](const BuildingRecord& a, const BuildingRecord& b) { return a.code < b.code; });
  return out;
}

}  // namespace fangan
