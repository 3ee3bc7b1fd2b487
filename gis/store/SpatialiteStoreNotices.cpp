// SpatialiteStore: hazard notices and referrals (docs/rules.md#notice, #referral).

#include "gis/cases/CaseVocabulary.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {

namespace {

std::optional<std::string> dateCell(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}
std::optional<Date> readDate(const sqlite::Statement& s, int col) {
  return s.isNull(col) ? std::nullopt : Date::parse(s.text(col));
}
std::optional<std::int64_t> idCell(std::int64_t id) {
  return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

const char* kNoticeColumns =
    "number, building_id, code, town, year, sequence, issued_date, deadline";

const char* kReferralColumns =
    "building_id, code, problem_id, town, kind, referred_date, department, description, state, "
    "state_date, feedback, feedback_date, closed_date";

void bindReferral(sqlite::Statement& s, const Referral& r) {
  s.bind(1, idCell(r.buildingId))
      .bind(2, r.code)
      .bind(3, idCell(r.problemId))
      .bind(4, r.town)
      .bind(5, r.kind)
      .bind(6, r.referredDate.toString())
      .bind(7, r.department)
      .bind(8, r.description)
      .bind(9, toKey(r.state))
      .bind(10, dateCell(r.stateDate))
      .bind(11, r.feedback)
      .bind(12, dateCell(r.feedbackDate))
      .bind(13, dateCell(r.closedDate));
}

}  // namespace

std::int64_t SpatialiteStore::insertNotice(const HazardNotice& n) {
  return insertRow("notices", kNoticeColumns, [&](sqlite::Statement& s) {
    s.bind(1, n.number)
        .bind(2, n.buildingId)
        .bind(3, n.code)
        .bind(4, n.town)
        .bind(5, n.year)
        .bind(6, n.sequence)
        .bind(7, n.issued.toString())
        .bind(8, dateCell(n.deadline));
  });
}

std::vector<HazardNotice> SpatialiteStore::notices() const {
  std::vector<HazardNotice> out;
  sqlite::Statement s(*db_,
                      std::string("SELECT id, ") + kNoticeColumns + " FROM notices ORDER BY id");
  while (s.step()) {
    HazardNotice n;
    n.id = s.integer(0);
    n.number = s.text(1);
    n.buildingId = s.integer(2);
    n.code = s.text(3);
    n.town = s.text(4);
    n.year = static_cast<int>(s.integer(5));
    n.sequence = static_cast<int>(s.integer(6));
    n.issued = Date::parse(s.text(7)).value_or(Date{});
    n.deadline = readDate(s, 8);
    out.push_back(std::move(n));
  }
  return out;
}

std::int64_t SpatialiteStore::insertReferral(const Referral& r) {
  return insertRow("referrals", kReferralColumns,
                   [&](sqlite::Statement& s) { bindReferral(s, r); });
}

void SpatialiteStore::updateReferral(const Referral& r) {
  updateRow("referrals", kReferralColumns, r.id, "移送 " + std::to_string(r.id) + " 不存在",
            [&](sqlite::Statement& s) { bindReferral(s, r); });
}

std::vector<Referral> SpatialiteStore::referrals() const {
  std::vector<Referral> out;
  sqlite::Statement s(
      *db_, std::string("SELECT id, ") + kReferralColumns + " FROM referrals ORDER BY id");
  while (s.step()) {
    Referral r;
    r.id = s.integer(0);
    r.buildingId = s.isNull(1) ? 0 : s.integer(1);
    r.code = s.text(2);
    r.problemId = s.isNull(3) ? 0 : s.integer(3);
    r.town = s.text(4);
    r.kind = s.text(5);
    r.referredDate = Date::parse(s.text(6)).value_or(Date{});
    r.department = s.text(7);
    r.description = s.text(8);
    r.state = parseReferralState(s.text(9)).value_or(ReferralState::Referred);
    r.stateDate = readDate(s, 10);
    r.feedback = s.text(11);
    r.feedbackDate = readDate(s, 12);
    r.closedDate = readDate(s, 13);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace fangan
