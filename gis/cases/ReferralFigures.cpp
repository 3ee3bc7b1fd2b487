#include "gis/cases/ReferralFigures.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace fangan {

namespace {

std::string monthOf(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

void count(ReferralMonthRow& row, const Referral& r) {
  ++row.referred;
  switch (r.state) {
    case ReferralState::Referred:
      ++row.awaiting;
      break;
    case ReferralState::Answered:
      ++row.answered;
      break;
    case ReferralState::Closed:
      ++row.closed;
      break;
  }
}

}  // namespace

std::vector<ReferralMonthRow> referralFigures(const std::vector<Referral>& referrals,
                                              const ReferralKinds& kinds) {
  auto kindOrder = [&](const std::string& key) {
    const auto& all = kinds.all();
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].key == key) return static_cast<int>(i);
    }
    return static_cast<int>(all.size());
  };
  // (month, 0 kinds / 1 departments, order, key) → row
  std::map<std::tuple<std::string, int, int, std::string>, ReferralMonthRow> rows;
  for (const Referral& r : referrals) {
    const std::string month = monthOf(r.referredDate);
    auto& byKind = rows[{month, 0, kindOrder(r.kind), r.kind}];
    byKind.month = month;
    byKind.group = "kind";
    byKind.key = r.kind;
    byKind.name = kinds.nameOf(r.kind);
    count(byKind, r);
    auto& byDepartment = rows[{month, 1, 0, r.department}];
    byDepartment.month = month;
    byDepartment.group = "department";
    byDepartment.key = r.department;
    byDepartment.name = r.department;
    count(byDepartment, r);
  }
  std::vector<ReferralMonthRow> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

}  // namespace fangan
