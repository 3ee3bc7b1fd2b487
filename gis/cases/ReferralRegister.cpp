#include "gis/cases/ReferralRegister.h"

#include "gis/cases/CaseTrail.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemRegister.h"
#include "gis/cases/ReferralLifecycle.h"

namespace fangan {

namespace {

CaseTrail trail(ProjectStore& store, std::int64_t id) {
  return CaseTrail(store, CaseSubject::Referral, "referrals", id);
}

}  // namespace

std::int64_t referProblem(ProjectStore& store, Referral r, const ReferralKinds& kinds,
                          const std::string& who) {
  if (const auto kind = kinds.find(r.kind)) r.kind = kind->key;
  if (r.problemId != 0) {
    const auto problem = problemById(store, r.problemId);
    if (!problem) {
      throw CaseRefused(
          {"unknown_problem", "问题 " + std::to_string(r.problemId) + " 不在问题台账中"});
    }
    if (r.code.empty()) r.code = problem->code;
    if (r.town.empty()) r.town = problem->town;
    if (r.description.empty()) r.description = problem->description;
  }
  if (auto refusal = refuseReferral(r, kinds)) throw CaseRefused(*refusal);
  if (!r.code.empty()) {
    const auto building = store.buildingByCode(r.code);
    if (!building) throw CaseRefused({"unknown_building", "房屋编码 " + r.code + " 不在项目中"});
    r.buildingId = building->id;
    if (r.town.empty()) r.town = building->town;
  }
  r.state = ReferralState::Referred;
  r.stateDate = r.referredDate;
  r.feedback.clear();
  r.feedbackDate.reset();
  r.closedDate.reset();
  r.id = store.insertReferral(r);
  const CaseTrail t = trail(store, r.id);
  t.event(r.referredDate, "", toKey(ReferralState::Referred), who,
          "移送" + r.department + "：" + kinds.nameOf(r.kind));
  t.audit(who, "insert", "", "", r.kind + " → " + r.department);
  return r.id;
}

std::optional<Referral> referralById(const ProjectStore& store, std::int64_t id) {
  for (Referral& r : store.referrals()) {
    if (r.id == id) return std::move(r);
  }
  return std::nullopt;
}

Referral moveReferral(ProjectStore& store, std::int64_t id, ReferralState to,
                      const CaseStep& step) {
  auto stored = referralById(store, id);
  if (!stored) throw CaseRefused({"unknown_referral", "移送 " + std::to_string(id) + " 不存在"});
  Referral r = *stored;
  if (auto refusal = refuseReferralStep(r, to, step)) throw CaseRefused(*refusal);
  const ReferralState from = r.state;
  r.state = to;
  r.stateDate = step.date;
  if (to == ReferralState::Answered) {
    r.feedback = step.note;
    r.feedbackDate = step.date;
  } else if (to == ReferralState::Closed) {
    r.closedDate = step.date;
  }
  store.updateReferral(r);
  trail(store, id).stateStep(step, toKey(from), toKey(to));
  return r;
}

}  // namespace fangan
