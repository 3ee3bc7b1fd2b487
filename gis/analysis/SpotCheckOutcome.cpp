#include "gis/analysis/SpotCheckOutcome.h"

#include <tuple>

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

constexpr double kTolerance = 1e-9;

}  // namespace

std::string spotCheckOutcomeChinese(SpotCheckOutcome outcome) {
  switch (outcome) {
    case SpotCheckOutcome::Correct:
      return "正确";
    case SpotCheckOutcome::WronglySurveyed:
      return "错排";
    case SpotCheckOutcome::Missed:
      return "漏排";
  }
  return "";
}

std::string spotCheckOutcomeKey(SpotCheckOutcome outcome) {
  switch (outcome) {
    case SpotCheckOutcome::Correct:
      return "correct";
    case SpotCheckOutcome::WronglySurveyed:
      return "wrongly_surveyed";
    case SpotCheckOutcome::Missed:
      return "missed";
  }
  return "";
}

const std::vector<SpotCheckOutcome>& allSpotCheckOutcomes() {
  static const std::vector<SpotCheckOutcome> all = {
      SpotCheckOutcome::Correct, SpotCheckOutcome::WronglySurveyed, SpotCheckOutcome::Missed};
  return all;
}

std::optional<SpotCheckOutcome> parseSpotCheckOutcome(const std::string& text) {
  const std::string cell = normalizeCell(text);
  if (cell.empty()) return std::nullopt;
  for (const SpotCheckOutcome o : allSpotCheckOutcomes()) {
    if (cell == spotCheckOutcomeChinese(o) || cell == spotCheckOutcomeKey(o)) return o;
  }
  if (cell == "准确" || cell == "wrong")
    return cell == "准确" ? SpotCheckOutcome::Correct : SpotCheckOutcome::WronglySurveyed;
  return std::nullopt;
}

std::optional<SpotCheckOutcome> spotCheckOutcomeOfResult(const std::string& result) {
  if (const auto outcome = parseSpotCheckOutcome(result)) return outcome;
  // A patrol sheet row pre-filled with kind 抽查 comes back with a field result.
  const std::string cell = normalizeCell(result);
  if (cell == "无隐患") return SpotCheckOutcome::Correct;
  if (cell == "有隐患" || cell == "存疑") return SpotCheckOutcome::WronglySurveyed;
  return std::nullopt;
}

std::map<std::string, RecordedSpotCheck> latestSpotCheckOutcomes(
    const std::vector<InspectionEvent>& events, const std::set<std::string>& sampled,
    const std::optional<Date>& since) {
  std::map<std::string, RecordedSpotCheck> latest;
  for (const InspectionEvent& e : events) {
    if (e.kind != kSpotCheckEventKind || !sampled.count(e.code)) continue;
    if (since && e.date < *since) continue;
    const std::optional<SpotCheckOutcome> outcome = spotCheckOutcomeOfResult(e.result);
    if (!outcome) continue;
    auto it = latest.find(e.code);
    if (it != latest.end() && std::make_tuple(e.date.toDays(), e.id) <
                                  std::make_tuple(it->second.date.toDays(), it->second.eventId)) {
      continue;
    }
    latest[e.code] = {e.code, e.date, e.inspector, *outcome, e.note, e.id};
  }
  return latest;
}

std::vector<SpotCheckTownResult> spotCheckTownResults(
    const SpotCheckSample& sample, const std::map<std::string, RecordedSpotCheck>& outcomes,
    double threshold) {
  std::vector<SpotCheckTownResult> results;
  for (const SpotCheckStratum& stratum : sample.towns) {
    SpotCheckTownResult t;
    t.town = stratum.town;
    t.base = stratum.base;
    t.sampled = static_cast<int>(stratum.codes.size());
    for (const std::string& code : stratum.codes) {
      const auto it = outcomes.find(code);
      if (it == outcomes.end()) continue;
      ++t.checked;
      switch (it->second.outcome) {
        case SpotCheckOutcome::Correct:
          ++t.correct;
          break;
        case SpotCheckOutcome::WronglySurveyed:
          ++t.wronglySurveyed;
          break;
        case SpotCheckOutcome::Missed:
          ++t.missed;
          break;
      }
    }
    if (t.checked > 0) {
      t.accuracy = static_cast<double>(t.correct) / t.checked;
      t.resurvey = t.correct < threshold * t.checked - kTolerance;
    }
    results.push_back(std::move(t));
  }
  return results;
}

std::vector<SpotCheckTownResult> spotCheckTownResults(const SpotCheckSample& sample,
                                                      const std::vector<InspectionEvent>& events,
                                                      const std::optional<Date>& since,
                                                      double threshold) {
  std::set<std::string> codes;
  for (const auto& t : sample.towns) codes.insert(t.codes.begin(), t.codes.end());
  return spotCheckTownResults(sample, latestSpotCheckOutcomes(events, codes, since), threshold);
}

std::vector<std::string> townsOrderedToResurvey(const std::vector<SpotCheckTownResult>& results) {
  std::vector<std::string> towns;
  for (const auto& t : results) {
    if (t.resurvey) towns.push_back(t.town);
  }
  return towns;
}

}  // namespace fangan
