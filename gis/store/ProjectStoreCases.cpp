// The default case functions of ProjectStore: a store that does not keep cases (yet) says so.

#include "gis/store/ProjectStore.h"

namespace fangan {

namespace {

[[noreturn]] void unsupported() {
  throw StoreError("此项目存储不支持问题台账和一栋一策 (需要数据结构版本 3)");
}

[[noreturn]] void noNotices() { throw StoreError("此项目存储不支持隐患通知书和移送"); }

}  // namespace

std::int64_t ProjectStore::insertProblem(const Problem&) { unsupported(); }
void ProjectStore::updateProblem(const Problem&) { unsupported(); }
std::vector<Problem> ProjectStore::problems() const { return {}; }
std::int64_t ProjectStore::insertPlan(const RectificationPlan&) { unsupported(); }
void ProjectStore::updatePlan(const RectificationPlan&) { unsupported(); }
std::vector<RectificationPlan> ProjectStore::plans() const { return {}; }
std::int64_t ProjectStore::appendCaseEvent(const CaseEvent&) { unsupported(); }
std::vector<CaseEvent> ProjectStore::caseEvents(CaseSubject, std::int64_t) const { return {}; }
std::int64_t ProjectStore::insertNotice(const HazardNotice&) { noNotices(); }
std::vector<HazardNotice> ProjectStore::notices() const { return {}; }
std::int64_t ProjectStore::insertReferral(const Referral&) { noNotices(); }
void ProjectStore::updateReferral(const Referral&) { noNotices(); }
std::vector<Referral> ProjectStore::referrals() const { return {}; }

}  // namespace fangan
