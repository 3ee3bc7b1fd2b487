#include "gis/cases/LedgerFormProblems.h"

#include <map>

#include "gis/analysis/LedgerTotals.h"
#include "gis/cases/ProblemFigures.h"

namespace fangan {

namespace {

constexpr int kConfirmedColumn = 5;
constexpr int kRateColumn = 6;

void fill(std::vector<LedgerFormCell>& row, int confirmed, int registered,
          const std::optional<double>& rate) {
  LedgerFormCell text;
  text.kind = LedgerFormCellKind::Text;
  text.text = std::to_string(confirmed) + "/" + std::to_string(registered);
  row[kConfirmedColumn] = text;
  LedgerFormCell r;
  r.kind = LedgerFormCellKind::Rate;
  r.empty = !rate;
  r.value = rate.value_or(0);
  row[kRateColumn] = r;
}

}  // namespace

bool fillOnlineInspection(LedgerForm& form, const std::vector<Problem>& problems, const Date& day) {
  ProblemFilter online;
  online.source = ProblemSource::OnlineInspection;
  const auto tallies = tallyProblems(problems, online, day);
  const ProblemTally& total = tallies.back();
  if (total.registered == 0 || form.columns <= kRateColumn) return false;
  std::map<std::string, const ProblemTally*> byTown;
  for (std::size_t i = 0; i + 1 < tallies.size(); ++i) {
    byTown[tallies[i].town.empty() ? "（未填写）" : tallies[i].town] = &tallies[i];
  }
  for (auto& row : form.body) {
    const std::string& label = row[0].text;
    if (label == kLedgerTotalArea) {
      fill(row, total.confirmed, total.registered, total.confirmationRate);
      continue;
    }
    const auto it = byTown.find(label);
    if (it == byTown.end()) {
      fill(row, 0, 0, std::nullopt);
    } else {
      fill(row, it->second->confirmed, it->second->registered, it->second->confirmationRate);
    }
  }
  return true;
}

}  // namespace fangan
