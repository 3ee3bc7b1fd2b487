#include "gis/cases/CaseVocabulary.h"

#include <sstream>

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

template <typename E>
struct Term {
  E value;
  const char* key;
  const char* chinese;
  std::vector<const char*> aliases;  // further accepted spellings (normalised)
};

const std::vector<Term<ProblemSource>>& sources() {
  static const std::vector<Term<ProblemSource>> t = {
      {ProblemSource::NationalCheck, "national_check", "国家检查", {"国家第三方检查", "国家级"}},
      {ProblemSource::ProvincialCheck, "provincial_check", "省级检查", {"省第三方检查", "省级"}},
      {ProblemSource::WorkTeam, "work_team", "工作组", {"四进工作组", "工作专班"}},
      {ProblemSource::Supervision, "supervision", "督导", {"督查", "督导检查"}},
      {ProblemSource::OnlineInspection, "online_inspection", "线上巡检", {"线上检查", "线上"}},
      {ProblemSource::Complaint, "complaint", "群众投诉", {"投诉", "举报"}},
      {ProblemSource::OwnPatrol, "own_patrol", "自查巡查", {"自查", "巡查"}},
  };
  return t;
}

const std::vector<Term<ProblemState>>& problemStateTerms() {
  static const std::vector<Term<ProblemState>> t = {
      {ProblemState::Pending, "pending", "待确认", {}},
      {ProblemState::Confirmed, "confirmed", "已确认", {"属实"}},
      {ProblemState::Unfounded, "unfounded", "不属实", {}},
      {ProblemState::Rectifying, "rectifying", "整改中", {}},
      {ProblemState::Rectified, "rectified", "已整改", {"整改完成"}},
      {ProblemState::Closed, "closed", "销号", {"已销号"}},
  };
  return t;
}

const std::vector<Term<PlanState>>& planStateTerms() {
  static const std::vector<Term<PlanState>> t = {
      {PlanState::Drafted, "drafted", "已制定", {"制定"}},
      {PlanState::Implementing, "implementing", "实施中", {}},
      {PlanState::Completed, "completed", "已完成", {"完成"}},
      {PlanState::Cancelled, "cancelled", "已撤销", {"撤销"}},
  };
  return t;
}

const std::vector<Term<ReferralState>>& referralStateTerms() {
  static const std::vector<Term<ReferralState>> t = {
      {ReferralState::Referred, "referred", "已移送", {"移送"}},
      {ReferralState::Answered, "answered", "已反馈", {"反馈"}},
      {ReferralState::Closed, "closed", "已办结", {"办结"}},
  };
  return t;
}

template <typename E>
const Term<E>& find(const std::vector<Term<E>>& terms, E v) {
  for (const auto& t : terms) {
    if (t.value == v) return t;
  }
  return terms.front();
}

template <typename E>
std::optional<E> parse(const std::vector<Term<E>>& terms, const std::string& text) {
  const std::string n = normalizeCell(text);
  if (n.empty()) return std::nullopt;
  for (const auto& t : terms) {
    if (n == t.key || n == t.chinese) return t.value;
    for (const char* a : t.aliases) {
      if (n == a) return t.value;
    }
  }
  return std::nullopt;
}

template <typename E>
std::vector<E> valuesOf(const std::vector<Term<E>>& terms) {
  std::vector<E> v;
  for (const auto& t : terms) v.push_back(t.value);
  return v;
}

}  // namespace

std::string toKey(ProblemSource v) { return find(sources(), v).key; }
std::string toKey(ProblemState v) { return find(problemStateTerms(), v).key; }
std::string toKey(PlanState v) { return find(planStateTerms(), v).key; }
std::string toKey(CaseSubject v) {
  switch (v) {
    case CaseSubject::Problem:
      return "problem";
    case CaseSubject::Plan:
      return "plan";
    case CaseSubject::Notice:
      return "notice";
    case CaseSubject::Referral:
      return "referral";
  }
  return "problem";
}
std::string toKey(ReferralState v) { return find(referralStateTerms(), v).key; }
std::string toChinese(ReferralState v) { return find(referralStateTerms(), v).chinese; }
std::optional<ReferralState> parseReferralState(const std::string& text) {
  return parse(referralStateTerms(), text);
}
std::string toChinese(ProblemSource v) { return find(sources(), v).chinese; }
std::string toChinese(ProblemState v) { return find(problemStateTerms(), v).chinese; }
std::string toChinese(PlanState v) { return find(planStateTerms(), v).chinese; }

std::optional<ProblemSource> parseProblemSource(const std::string& text) {
  return parse(sources(), text);
}
std::optional<ProblemState> parseProblemState(const std::string& text) {
  return parse(problemStateTerms(), text);
}
std::optional<PlanState> parsePlanState(const std::string& text) {
  return parse(planStateTerms(), text);
}
std::optional<CaseSubject> parseCaseSubject(const std::string& text) {
  if (text == "problem") return CaseSubject::Problem;
  if (text == "plan") return CaseSubject::Plan;
  if (text == "notice") return CaseSubject::Notice;
  if (text == "referral") return CaseSubject::Referral;
  return std::nullopt;
}

const std::vector<ProblemSource>& problemSources() {
  static const std::vector<ProblemSource> v = valuesOf(sources());
  return v;
}
const std::vector<ProblemState>& problemStates() {
  static const std::vector<ProblemState> v = valuesOf(problemStateTerms());
  return v;
}
const std::vector<PlanState>& planStates() {
  static const std::vector<PlanState> v = valuesOf(planStateTerms());
  return v;
}

std::string milestonesText(const std::vector<PlanMilestone>& milestones) {
  std::string s;
  for (const PlanMilestone& m : milestones) {
    std::string text = m.text;
    for (char& c : text) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    s += m.due.toString() + "|" + (m.done ? m.done->toString() : "") + "|" + text + "\n";
  }
  return s;
}

std::vector<PlanMilestone> parseMilestones(const std::string& text) {
  std::vector<PlanMilestone> list;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto a = line.find('|');
    const auto b = a == std::string::npos ? a : line.find('|', a + 1);
    if (b == std::string::npos) continue;
    const auto due = Date::parse(line.substr(0, a));
    if (!due) continue;
    PlanMilestone m;
    m.due = *due;
    m.done = Date::parse(line.substr(a + 1, b - a - 1));
    m.text = line.substr(b + 1);
    list.push_back(std::move(m));
  }
  return list;
}

}  // namespace fangan
