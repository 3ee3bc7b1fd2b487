#pragma once
// The spot-check ledger (抽查台账, docs/rules.md#spot-check):
// one row per sampled building — town, code, address, the town's verdict, check date,
// inspector, outcome and right values — and per town the base (commercial self-built houses),
// sample size, checked, correct, 错排, 漏排, accuracy and 责令重新排查 when accuracy < 90 %.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/analysis/SavedSpotCheck.h"
#include "gis/analysis/SpotCheckOutcome.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// One sampled building.
struct SpotCheckLedgerRow {
  std::string town;
  std::string code;
  std::string address;
  std::string verdict;                     ///< the town's verdict at the draw: 无隐患
  std::optional<RecordedSpotCheck> check;  ///< empty while not checked
};

struct SpotCheckLedger {
  SavedSpotCheckSample sample;
  std::vector<SpotCheckLedgerRow> rows;    ///< by town, then draw order
  std::vector<SpotCheckTownResult> towns;  ///< by town
};

/// The ledger of a sample from its latest outcomes; `addresses` maps code → address.
SpotCheckLedger buildSpotCheckLedger(const SavedSpotCheckSample& sample,
                                     const std::map<std::string, std::string>& addresses,
                                     const std::map<std::string, RecordedSpotCheck>& outcomes);

/// The ledger of the project's saved sample; std::nullopt when no sample was drawn.
std::optional<SpotCheckLedger> loadSpotCheckLedger(const ProjectStore& store);

/// "责令重新排查" for a flagged town, "" otherwise.
std::string spotCheckAction(const SpotCheckTownResult& town);

}  // namespace fangan
