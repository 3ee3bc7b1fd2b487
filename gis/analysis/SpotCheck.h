#pragma once
// District spot checks of "no hazard" verdicts (抽查, docs/rules.md#spot-check).
//
// Base: the town's self-built houses (self_built = yes), commercial ones by default (the seed's
// 经营性自建房总量); SpotCheckScope::All takes every self-built house. Non-self-built and unknown
// self_built are never in the base or the pool.
// Pool (who may be drawn): base records the town first judged "no hazard": surveyed with
// initial_hazard = none, not appraised (an A/B grade is an appraisal, not a town verdict), not
// closed, no rectification done and no technician re-check (a record carrying any of those has
// left the "first judged no hazard" state).
//
// Stratified by town (empty town = its own stratum ""): k = min(pool, ceil(rate × base)) where
// base is the TOTAL count of the town's base records, whatever their survey state (rate in
// [0.10, 1]; a tolerance of 1e-9 keeps 0.1 × 30 at 3).
// Selection: every pool record gets key = splitmix64(seed XOR fnv1a64(code)) (FNV-1a 64 over
// the code's bytes, offset 14695981039346656037, prime 1099511628211; splitmix64 the finaliser of
// Steele et al. with increment 0x9E3779B97F4A7C15); records are sorted by key, then code, then
// input position, and the first k are drawn. The procedure uses no standard-library distribution
// or engine, so a sample is the same on every platform and compiler.
//
// Accuracy: for each town, over the sampled codes that have a recorded result (code → verdict
// confirmed), accuracy = confirmed / checked; empty when nothing was checked yet. A town is
// flagged for re-survey when accuracy < 0.90 (the threshold is a parameter). Results for codes
// outside the sample are ignored.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"

namespace fangan {

/// Which self-built houses form the base and the pool.
enum class SpotCheckScope {
  CommercialOnly,  ///< commercial self-built houses only (docs/rules.md#spot-check); the default
  All              ///< every self-built house
};

/// Sampling options.
struct SpotCheckOptions {
  double rate = 0.10;      ///< share per town, at least 0.10 (docs/rules.md#spot-check), at most 1
  std::uint64_t seed = 0;  ///< same seed and records → same sample
  SpotCheckScope scope = SpotCheckScope::CommercialOnly;
};

/// The sample of one town.
struct SpotCheckStratum {
  std::string town;
  int base = 0;                    ///< the town's total base records (sample size base)
  int eligible = 0;                ///< pool size: first judged no hazard
  std::vector<std::string> codes;  ///< the k drawn codes, in draw order
};

/// A whole sample, towns sorted by name (towns without eligible records are not listed).
struct SpotCheckSample {
  std::uint64_t seed = 0;
  double rate = 0.0;
  std::vector<SpotCheckStratum> towns;
};

/// Accuracy of one town's spot check.
struct SpotCheckTownAccuracy {
  std::string town;
  int sampled = 0;                 ///< codes in the sample
  int checked = 0;                 ///< of those, with a recorded result
  int confirmed = 0;               ///< of those, verdict confirmed
  std::optional<double> accuracy;  ///< confirmed / checked, empty when checked = 0
  bool resurvey = false;           ///< accuracy below the threshold
};

/// The splitmix64 finaliser (one step of the splitmix64 generator applied to x).
std::uint64_t splitmix64(std::uint64_t x);

/// FNV-1a 64-bit hash of the bytes of `text`.
std::uint64_t fnv1a64(const std::string& text);

/// The sort key of a code under a seed: splitmix64(seed ^ fnv1a64(code)).
std::uint64_t spotCheckKey(std::uint64_t seed, const std::string& code);

/// Whether a record counts in the base of its town's sample size (see the file comment).
bool isSpotCheckBase(const BuildingRecord& r, SpotCheckScope scope);

/// Whether a record may be drawn: in the base and first judged no hazard.
bool isSpotCheckEligible(const BuildingRecord& r, SpotCheckScope scope);

/// Draws the stratified sample from every record of the towns (the base needs them all). Throws
/// std::invalid_argument when rate < 0.10 or > 1 (or NaN).
SpotCheckSample drawSpotCheckSample(const std::vector<BuildingRecord>& records,
                                    const SpotCheckOptions& options = {});

/// Accuracy per town (same order as the sample) from code → verdict confirmed.
std::vector<SpotCheckTownAccuracy> spotCheckAccuracy(const SpotCheckSample& sample,
                                                     const std::map<std::string, bool>& confirmed,
                                                     double threshold = 0.90);

}  // namespace fangan
