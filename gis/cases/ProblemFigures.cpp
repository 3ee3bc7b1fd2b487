#include "gis/cases/ProblemFigures.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "gis/analysis/Ledger.h"
#include "gis/cases/ProblemLifecycle.h"

namespace fangan {

namespace {

void count(ProblemTally& t, const Problem& p, const Date& day) {
  ++t.registered;
  if (p.state == ProblemState::Pending) ++t.pending;
  if (isProblemConfirmed(p.state)) ++t.confirmed;
  if (p.state == ProblemState::Unfounded) ++t.unfounded;
  if (p.state == ProblemState::Rectifying) ++t.rectifying;
  if (isProblemRectified(p.state)) ++t.rectified;
  if (p.state == ProblemState::Closed) ++t.closed;
  if (isProblemOverdue(p, day)) ++t.overdue;
}

void rate(ProblemTally& t) {
  t.confirmationRate = ledgerRatio(t.confirmed, t.registered);
  t.rectificationRate = ledgerRatio(t.rectified, t.confirmed);
}

}  // namespace

bool problemMatches(const Problem& p, const ProblemFilter& f, const Date& day) {
  if (p.foundDate > day) return false;
  if (f.source && p.source != *f.source) return false;
  if (!f.town.empty() && p.town != f.town) return false;
  if (f.overdueOnly && !isProblemOverdue(p, day)) return false;
  return true;
}

std::vector<ProblemTally> tallyProblems(const std::vector<Problem>& problems,
                                        const ProblemFilter& filter, const Date& day) {
  std::map<std::string, ProblemTally> byTown;
  ProblemTally total;
  total.town = "合计";
  for (const Problem& p : problems) {
    if (!problemMatches(p, filter, day)) continue;
    ProblemTally& t = byTown[p.town];
    t.town = p.town;
    count(t, p, day);
    count(total, p, day);
  }
  std::vector<ProblemTally> out;
  for (auto& [town, t] : byTown) {
    rate(t);
    out.push_back(t);
  }
  rate(total);
  out.push_back(total);
  return out;
}

std::vector<Problem> overdueProblems(const std::vector<Problem>& problems, const Date& day) {
  std::vector<Problem> out;
  for (const Problem& p : problems) {
    if (p.foundDate <= day && isProblemOverdue(p, day)) out.push_back(p);
  }
  std::sort(out.begin(), out.end(), [](const Problem& a, const Problem& b) {
    return std::make_tuple(a.deadline->toDays(), a.id) <
           std::make_tuple(b.deadline->toDays(), b.id);
  });
  return out;
}

}  // namespace fangan
