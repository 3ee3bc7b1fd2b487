// PostgresStore: hazard notices and referrals (docs/rules.md#notice, #referral), with the
// semantics of SpatialiteStoreNotices.cpp (tables of PostgresSchema.cpp
// versionNoticesReferralsAttachments).

#include "gis/cases/CaseVocabulary.h"
#include "gis/store/PostgresParams.h"
#include "gis/store/PostgresStore.h"

namespace fangan {

namespace {

using pg::Param;

using pg::date;
using pg::idOrNull;
using pg::readDate;
using pg::text;

const char* kNoticeColumns =
    "number, building_id, code, town, year, sequence, issued_date, deadline";

const char* kReferralColumns =
    "building_id, code, problem_id, town, kind, referred_date, department, description, state, "
    "state_date, feedback, feedback_date, closed_date";

pg::Params referralParams(const Referral& r) {
  return {idOrNull(r.buildingId), text(r.code),        idOrNull(r.problemId),
          text(r.town),           text(r.kind),        text(r.referredDate.toString()),
          text(r.department),     text(r.description), text(toKey(r.state)),
          date(r.stateDate),      text(r.feedback),    date(r.feedbackDate),
          date(r.closedDate)};
}

}  // namespace

std::int64_t PostgresStore::insertNotice(const HazardNotice& n) {
  return insertRow("notices", kNoticeColumns,
                   {text(n.number), Param::of(n.buildingId), text(n.code), text(n.town),
                    Param::of(std::int64_t{n.year}), Param::of(std::int64_t{n.sequence}),
                    text(n.issued.toString()), date(n.deadline)});
}

std::vector<HazardNotice> PostgresStore::notices() const {
  const auto r =
      db().query(std::string("SELECT id, ") + kNoticeColumns + " FROM notices ORDER BY id");
  std::vector<HazardNotice> out;
  for (int i = 0; i < r.rows(); ++i) {
    HazardNotice n;
    n.id = r.integer(i, 0);
    n.number = r.text(i, 1);
    n.buildingId = r.integer(i, 2);
    n.code = r.text(i, 3);
    n.town = r.text(i, 4);
    n.year = static_cast<int>(r.integer(i, 5));
    n.sequence = static_cast<int>(r.integer(i, 6));
    n.issued = Date::parse(r.text(i, 7)).value_or(Date{});
    n.deadline = readDate(r, i, 8);
    out.push_back(std::move(n));
  }
  return out;
}

std::int64_t PostgresStore::insertReferral(const Referral& referral) {
  return insertRow("referrals", kReferralColumns, referralParams(referral));
}

void PostgresStore::updateReferral(const Referral& referral) {
  updateRow("referrals", kReferralColumns, referral.id,
            "移送 " + std::to_string(referral.id) + " 不存在", referralParams(referral));
}

std::vector<Referral> PostgresStore::referrals() const {
  const auto r =
      db().query(std::string("SELECT id, ") + kReferralColumns + " FROM referrals ORDER BY id");
  std::vector<Referral> out;
  for (int i = 0; i < r.rows(); ++i) {
    Referral f;
    f.id = r.integer(i, 0);
    f.buildingId = r.isNull(i, 1) ? 0 : r.integer(i, 1);
    f.code = r.text(i, 2);
    f.problemId = r.isNull(i, 3) ? 0 : r.integer(i, 3);
    f.town = r.text(i, 4);
    f.kind = r.text(i, 5);
    f.referredDate = Date::parse(r.text(i, 6)).value_or(Date{});
    f.department = r.text(i, 7);
    f.description = r.text(i, 8);
    f.state = parseReferralState(r.text(i, 9)).value_or(ReferralState::Referred);
    f.stateDate = readDate(r, i, 10);
    f.feedback = r.text(i, 11);
    f.feedbackDate = readDate(r, i, 12);
    f.closedDate = readDate(r, i, 13);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fangan
