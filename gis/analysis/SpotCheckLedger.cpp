#include "gis/analysis/SpotCheckLedger.h"

#include <set>

#include "gis/model/Vocabulary.h"

namespace fangan {

SpotCheckLedger buildSpotCheckLedger(const SavedSpotCheckSample& sample,
                                     const std::map<std::string, std::string>& addresses,
                                     const std::map<std::string, RecordedSpotCheck>& outcomes) {
  SpotCheckLedger ledger;
  ledger.sample = sample;
  for (const auto& town : sample.sample.towns) {
    for (const auto& code : town.codes) {
      SpotCheckLedgerRow row;
      row.town = town.town;
      row.code = code;
      const auto a = addresses.find(code);
      if (a != addresses.end()) row.address = a->second;
      row.verdict = toChinese(InitialHazard::None);
      const auto o = outcomes.find(code);
      if (o != outcomes.end()) row.check = o->second;
      ledger.rows.push_back(std::move(row));
    }
  }
  ledger.towns = spotCheckTownResults(sample.sample, outcomes);
  return ledger;
}

std::optional<SpotCheckLedger> loadSpotCheckLedger(const ProjectStore& store) {
  const auto sample = loadSpotCheckSample(store);
  if (!sample) return std::nullopt;
  std::map<std::string, std::string> addresses;
  const std::vector<std::string> codes = sample->codes();
  for (const auto& code : codes) {
    if (const auto r = store.buildingByCode(code)) addresses[code] = r->address;
  }
  const auto outcomes =
      latestSpotCheckOutcomes(spotCheckEvents(store, *sample),
                              std::set<std::string>(codes.begin(), codes.end()), sample->drawn);
  return buildSpotCheckLedger(*sample, addresses, outcomes);
}

std::string spotCheckAction(const SpotCheckTownResult& town) {
  return town.resurvey ? "责令重新排查" : "";
}

}  // namespace fangan
