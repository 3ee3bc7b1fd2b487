#include "gis/cases/NoticeContent.h"

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

const char* kBlankLine = "＿＿＿＿＿＿＿＿＿＿";

std::string chineseDate(const Date& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

}  // namespace

std::string noticeRuleKey(const BuildingRecord& b) {
  if (b.appraisalGrade == AppraisalGrade::D) return "D";
  if (b.appraisalGrade == AppraisalGrade::C) return "C";
  if (b.initialHazard == InitialHazard::Suspect) return "suspect";
  return "hazard";
}

std::optional<RectificationPlan> planInForce(const std::vector<RectificationPlan>& plans,
                                             std::int64_t buildingId) {
  for (const RectificationPlan& p : plans) {
    if (p.buildingId == buildingId &&
        (p.state == PlanState::Drafted || p.state == PlanState::Implementing)) {
      return p;
    }
  }
  return std::nullopt;
}

std::optional<InspectionEvent> latestInspection(const std::vector<InspectionEvent>& history) {
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (it->kind == "import" || it->kind == "correction" || it->kind.rfind("resurvey", 0) == 0) {
      continue;
    }
    return *it;
  }
  return std::nullopt;
}

std::optional<Date> noticeDeadline(const NoticeTemplate& t, const BuildingRecord& b,
                                   const std::optional<RectificationPlan>& plan, const Date& day) {
  if (plan) return plan->due;
  const auto days = t.deadlineDays.find(noticeRuleKey(b));
  if (days == t.deadlineDays.end()) return std::nullopt;
  return day.plusDays(days->second);
}

NoticeContent noticeContent(const NoticeTemplate& t, const BuildingRecord& b,
                            const IssuedNotice& issued, const Date& day,
                            const std::optional<InspectionEvent>& latest,
                            const std::optional<RectificationPlan>& plan) {
  NoticeContent c;
  c.buildingId = b.id;
  c.office = t.office;
  c.title = t.title;
  c.number = issued.notice.number;
  c.reissue = issued.reissue;
  c.owner = b.responsibility.owner;
  c.ownerPhone = b.responsibility.ownerPhone;
  c.occupant = b.responsibility.occupant;
  c.address = b.address;
  c.code = b.code;
  c.town = b.town;
  c.issued = day;
  c.deadline = issued.notice.deadline ? issued.notice.deadline : noticeDeadline(t, b, plan, day);
  std::string addressee = c.owner;
  if (addressee.empty()) addressee = c.occupant;
  const std::map<std::string, std::string> values = {
      {"office", t.office},
      {"owner", addressee.empty() ? std::string(kBlankLine) : addressee},
      {"address", b.address.empty() ? std::string(kBlankLine) : b.address},
      {"code", b.code},
      {"deadline", c.deadline ? chineseDate(*c.deadline) : std::string(kBlankLine)}};
  c.salutation = fillPlaceholders(t.salutation, values);
  c.opening = fillPlaceholders(t.opening, values);
  c.closing = fillPlaceholders(t.closing, values);
  for (const std::string& p : t.legalBasis) c.legalBasis.push_back(fillPlaceholders(p, values));
  c.receipt = t.receipt;
  c.seal = t.seal;

  // Findings.
  if (b.isGradeCD()) {
    std::string line = "房屋安全性鉴定等级为" + toChinese(b.appraisalGrade);
    if (b.appraisalDate) line += "（" + chineseDate(*b.appraisalDate) + "鉴定）";
    c.findings.push_back(line + "，属危险房屋");
  } else if (b.initialHazard == InitialHazard::Suspect) {
    c.findings.push_back("初步判定存在安全隐患疑点，尚未鉴定");
  } else {
    std::string line = "初步判定存在安全隐患";
    if (b.hazardFoundDate) line += "（" + chineseDate(*b.hazardFoundDate) + "发现）";
    c.findings.push_back(line + "，尚未鉴定");
  }
  std::vector<std::string> alterations;
  if (b.altAddedFloors.value_or(false)) alterations.push_back("擅自加层");
  if (b.altStructure.value_or(false)) alterations.push_back("改变主体承重结构");
  if (b.altUse.value_or(false)) alterations.push_back("改变使用用途");
  if (b.altBasement.value_or(false)) alterations.push_back("开挖地下空间");
  if (b.distress.value_or(false)) alterations.insert(alterations.begin(), "房屋结构存在损伤");
  if (!alterations.empty()) {
    std::string line;
    for (const auto& a : alterations) line += (line.empty() ? "" : "、") + a;
    c.findings.push_back(line);
  }
  if (b.control != ControlMeasure::Unknown && b.control != ControlMeasure::None) {
    c.findings.push_back("已采取管控措施：" + toChinese(b.control));
  }
  if (latest) {
    std::string line = "最近一次检查（" + chineseDate(latest->date);
    if (!latest->inspector.empty()) line += "，" + latest->inspector;
    line += "）";
    if (!latest->result.empty()) line += "：" + latest->result;
    if (!latest->note.empty()) line += (latest->result.empty() ? "：" : "；") + latest->note;
    c.findings.push_back(line);
  }

  // Required actions.
  if (plan) {
    c.actions.push_back("按“一栋一策”整治方案实施" + toChinese(plan->measure) +
                        (plan->route.empty() ? std::string() : "（" + plan->route + "）"));
    std::string who = plan->responsibleUnit;
    if (!plan->responsiblePerson.empty()) {
      who += (who.empty() ? "" : "，") + plan->responsiblePerson;
    }
    if (!who.empty()) c.actions.push_back("责任单位和责任人：" + who);
    for (const PlanMilestone& m : plan->milestones) {
      if (!m.done) c.actions.push_back(chineseDate(m.due) + "前：" + m.text);
    }
  } else {
    const auto it = t.actions.find(noticeRuleKey(b));
    if (it != t.actions.end()) c.actions = it->second;
  }
  return c;
}

}  // namespace fangan
