#include "gis/analysis/SpotCheck.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

namespace fangan {

namespace {

constexpr double kMinRate = 0.10;
constexpr double kTolerance = 1e-9;

struct Candidate {
  std::uint64_t key;
  const std::string* code;
  std::size_t position;
};

}  // namespace

std::uint64_t splitmix64(std::uint64_t x) {
  std::uint64_t z = x + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t fnv1a64(const std::string& text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::uint64_t spotCheckKey(std::uint64_t seed, const std::string& code) {
  return splitmix64(seed ^ fnv1a64(code));
}

bool isSpotCheckBase(const BuildingRecord& r, SpotCheckScope scope) {
  if (!r.selfBuilt.value_or(false)) return false;
  return scope == SpotCheckScope::All || r.isCommercial();
}

bool isSpotCheckEligible(const BuildingRecord& r, SpotCheckScope scope) {
  return isSpotCheckBase(r, scope) && r.isSurveyed() && r.initialHazard == InitialHazard::None &&
         r.appraisalGrade == AppraisalGrade::None && !r.isClosed() &&
         !r.rectificationDone.value_or(false) && !r.recheckNoHazard.value_or(false);
}

SpotCheckSample drawSpotCheckSample(const std::vector<BuildingRecord>& records,
                                    const SpotCheckOptions& options) {
  if (!(options.rate >= kMinRate - kTolerance && options.rate <= 1.0 + kTolerance)) {
    throw std::invalid_argument(
        "spot-check rate must be between 0.10 and 1 (docs/rules.md#spot-check), got " +
        std::to_string(options.rate));
  }
  struct Town {
    int base = 0;
    std::vector<Candidate> pool;
  };
  std::map<std::string, Town> byTown;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const BuildingRecord& r = records[i];
    if (!isSpotCheckBase(r, options.scope)) continue;
    Town& town = byTown[r.town];
    ++town.base;
    if (isSpotCheckEligible(r, options.scope)) {
      town.pool.push_back({spotCheckKey(options.seed, r.code), &r.code, i});
    }
  }

  SpotCheckSample sample;
  sample.seed = options.seed;
  sample.rate = options.rate;
  for (auto& [name, town] : byTown) {
    if (town.pool.empty()) continue;
    auto& candidates = town.pool;
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return std::tie(a.key, *a.code, a.position) < std::tie(b.key, *b.code, b.position);
    });
    const std::size_t n = candidates.size();
    const double wanted = std::ceil(options.rate * static_cast<double>(town.base) - kTolerance);
    const std::size_t k = std::min(n, static_cast<std::size_t>(std::max(0.0, wanted)));
    SpotCheckStratum stratum;
    stratum.town = name;
    stratum.base = town.base;
    stratum.eligible = static_cast<int>(n);
    for (std::size_t i = 0; i < k; ++i) stratum.codes.push_back(*candidates[i].code);
    sample.towns.push_back(std::move(stratum));
  }
  return sample;
}

std::vector<SpotCheckTownAccuracy> spotCheckAccuracy(const SpotCheckSample& sample,
                                                     const std::map<std::string, bool>& confirmed,
                                                     double threshold) {
  std::vector<SpotCheckTownAccuracy> result;
  for (const SpotCheckStratum& stratum : sample.towns) {
    SpotCheckTownAccuracy town;
    town.town = stratum.town;
    town.sampled = static_cast<int>(stratum.codes.size());
    for (const std::string& code : stratum.codes) {
      const auto it = confirmed.find(code);
      if (it == confirmed.end()) continue;
      ++town.checked;
      if (it->second) ++town.confirmed;
    }
    if (town.checked > 0) {
      town.accuracy = static_cast<double>(town.confirmed) / town.checked;
      town.resurvey = town.confirmed < threshold * town.checked - kTolerance;
    }
    result.push_back(std::move(town));
  }
  return result;
}

}  // namespace fangan
