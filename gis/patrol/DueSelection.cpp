#include "gis/patrol/DueSelection.h"

#include <algorithm>
#include <stdexcept>

#include "gis/analysis/CaseState.h"
#include "gis/analysis/DueDates.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

std::string joinDistinct(const std::vector<std::string>& parts) {
  std::string out;
  std::vector<std::string> seen;
  for (const auto& p : parts) {
    if (p.empty() || std::find(seen.begin(), seen.end(), p) != seen.end()) continue;
    seen.push_back(p);
    out += (out.empty() ? "" : "；") + p;
  }
  return out;
}

}  // namespace

std::string DueBuilding::reasonText() const {
  std::vector<std::string> parts;
  for (const auto& r : reasons) parts.push_back(r.text);
  return joinDistinct(parts);
}

std::string DueBuilding::whatToCheckText() const {
  std::vector<std::string> parts;
  for (const auto& r : reasons) parts.push_back(r.whatToCheck);
  return joinDistinct(parts);
}

bool DueBuilding::hasReason(DueReasonKind kind) const {
  return std::any_of(reasons.begin(), reasons.end(),
                     [kind](const DueReason& r) { return r.kind == kind; });
}

std::string dueReasonKey(DueReasonKind kind) {
  switch (kind) {
    case DueReasonKind::NeverSurveyed:
      return "never_surveyed";
    case DueReasonKind::AwaitingAppraisal:
      return "awaiting_appraisal";
    case DueReasonKind::OverdueRecheck:
      return "overdue_recheck";
    case DueReasonKind::ControlToVerify:
      return "control_to_verify";
    case DueReasonKind::SpotCheck:
      return "spot_check";
    case DueReasonKind::ManagementOnlyClosure:
      return "management_only_closure";
    case DueReasonKind::Resurvey:
      return "resurvey";
  }
  return "";
}

std::vector<DueReason> dueReasons(const BuildingRecord& r, const Date& today, bool spotCheckDrawn,
                                  bool resurveyOrdered) {
  std::vector<DueReason> out;
  // A demolished building is gone: nothing on site to check.
  if (isDemolished(r)) return out;

  if (!r.isSurveyed()) {
    out.push_back({DueReasonKind::NeverSurveyed, "从未排查（漏排）",
                   "现场排查：核对编码、地址、层数、结构、用途，查看有无加层、改变结构、开挖"
                   "地下空间及沉降开裂变形，填写排查结论"});
  }

  const std::vector<DueItem> items = dueItems(r, today);
  if (isAwaitingAppraisal(r)) {
    std::string text = "初判有隐患，待鉴定";
    for (const auto& item : items) {
      if (item.kind == "appraisal_5d") text += "：" + item.description;
    }
    out.push_back({DueReasonKind::AwaitingAppraisal, text,
                   "核实是否已委托鉴定；隐患有无发展；是否需先行停止使用、撤离人员"});
  }
  // The 5-day appraisal deadline is part of the reason above; here only periodic re-appraisals.
  std::vector<std::string> overdue;
  for (const auto& item : items) {
    if (item.overdue && item.kind != "appraisal_5d") overdue.push_back(item.description);
  }
  if (!overdue.empty()) {
    out.push_back({DueReasonKind::OverdueRecheck, joinDistinct(overdue),
                   "查验鉴定报告或委托证明；尚未鉴定的督促产权人委托鉴定"});
  }

  if (isUnderControl(r)) {
    out.push_back({DueReasonKind::ControlToVerify,
                   "已采取管控措施（" + toChinese(r.control) + "），核实是否落实",
                   "核实无人居住、无经营，封闭和警示到位；了解整治进度"});
  } else if (isCDNotRectified(r)) {
    // docs/rules.md#lifecycle: C/D buildings are controlled until rectified; one that is neither is
    // the most urgent kind of visit.
    out.push_back({DueReasonKind::ControlToVerify,
                   toChinese(r.appraisalGrade) + "危房未整治且未采取管控措施",
                   "督促立即停止使用、清人封房，落实加固、拆除等工程措施"});
  }

  if (spotCheckDrawn) {
    out.push_back({DueReasonKind::SpotCheck, "区级抽查：复核“无隐患”结论",
                   "复核结构、改扩建、开裂变形情况，确认“无隐患”结论是否准确"});
  }

  if (isClosedManagementOnly(r)) {
    out.push_back({DueReasonKind::ManagementOnlyClosure, "仅以管理措施销号，须专业复核",
                   "核实是否已采取加固、拆除等工程措施；仅设警示牌、围挡、刷墙不算整治"});
  }

  if (resurveyOrdered) {
    out.push_back({DueReasonKind::Resurvey, "责令重新排查（抽查正确率低于90%）",
                   "重新逐栋排查：核对结构、层数、用途及改扩建、开裂变形情况，重新填写排查结论"});
  }
  return out;
}

std::vector<DueBuilding> selectDue(const std::vector<BuildingRecord>& records,
                                   const DueOptions& options) {
  if (!options.rules) throw std::invalid_argument("selectDue: no priority rules");
  std::vector<DueBuilding> due;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const BuildingRecord& r = records[i];
    std::vector<DueReason> reasons =
        dueReasons(r, options.today, options.spotCheckCodes.count(r.code) > 0,
                   options.resurveyCodes.count(r.code) > 0);
    if (reasons.empty()) continue;
    PriorityContext context;
    context.today = options.today;
    if (options.zoneTypesOf) context.zoneTypes = options.zoneTypesOf(r);
    DueBuilding d;
    d.input = i;
    d.record = r;
    d.priority = evaluatePriority(*options.rules, r, context);
    d.reasons = std::move(reasons);
    due.push_back(std::move(d));
  }
  // Same order as sortRanking (score descending, code ascending); the input position settles
  // duplicate codes so that the order never depends on the sort algorithm.
  std::sort(due.begin(), due.end(), [](const DueBuilding& a, const DueBuilding& b) {
    if (a.priority.score != b.priority.score) return a.priority.score > b.priority.score;
    if (a.record.code != b.record.code) return a.record.code < b.record.code;
    return a.input < b.input;
  });
  return due;
}

}  // namespace fangan
