#include "gis/analysis/LedgerTotals.h"

namespace fangan {
namespace {

std::size_t slot(LedgerCategory category) {
  switch (category) {
    case LedgerCategory::Commercial:
      return 0;
    case LedgerCategory::NonCommercial:
      return 1;
    case LedgerCategory::All:
      return 2;
  }
  return 2;
}

template <typename Row>
std::vector<Row> emptyTotals() {
  std::vector<Row> totals(3);
  const LedgerCategory categories[] = {LedgerCategory::Commercial, LedgerCategory::NonCommercial,
                                       LedgerCategory::All};
  for (std::size_t i = 0; i < 3; ++i) {
    totals[i].area = kLedgerTotalArea;
    totals[i].category = categories[i];
  }
  return totals;
}

}  // namespace

std::vector<LedgerRow> ledgerTotals(const std::vector<LedgerRow>& rows) {
  std::vector<LedgerRow> totals = emptyTotals<LedgerRow>();
  for (const LedgerRow& row : rows) {
    addLedgerCounts(totals[slot(row.category)], row);
  }
  for (LedgerRow& t : totals) setLedgerRates(t);
  return totals;
}

std::vector<RecheckLedgerRow> recheckLedgerTotals(const std::vector<RecheckLedgerRow>& rows) {
  std::vector<RecheckLedgerRow> totals = emptyTotals<RecheckLedgerRow>();
  for (const RecheckLedgerRow& row : rows) {
    RecheckLedgerRow& t = totals[slot(row.category)];
    t.managementClosures += row.managementClosures;
    t.rechecked += row.rechecked;
    t.stillHazardous += row.stillHazardous;
    t.engineered += row.engineered;
  }
  return totals;
}

}  // namespace fangan
