#pragma once
// A tiny seeded pseudo-random generator (splitmix64) for sample and synthetic data.
//
// Why not <random>: the engines are specified, but std::uniform_int_distribution and friends are
// not, so libstdc++, libc++ and MSVC give different numbers for the same seed. Generated sample
// data is committed and compared in tests, so every draw here is plain integer arithmetic plus
// one exact multiplication by 2^-53: the same seed gives the same output on every platform.

#include <cstdint>

namespace fangan::synth {

/// splitmix64 (Steele, Lea, Flood 2014): 64-bit state, passes BigCrush, one multiply-xorshift
/// chain per draw. Good enough for test data, not for anything cryptographic.
class SplitMix {
 public:
  /// A generator whose whole future is determined by `seed`.
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}

  /// A generator for one item of a larger job: independent of the order items are drawn in.
  static SplitMix stream(std::uint64_t seed, std::uint64_t item, std::uint64_t salt = 0) {
    return SplitMix(mix(seed ^ mix(item + 0x632be59bd9b4e019ULL * (salt + 1))));
  }

  /// The splitmix64 finaliser: a bijective scramble of 64 bits, also usable as a hash.
  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  /// Next 64 random bits.
  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix(state_);
  }

  /// Uniform double in [0, 1): the top 53 bits scaled exactly, so no rounding differs anywhere.
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

  /// Uniform double in [lo, hi).
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

  /// Uniform integer in [lo, hi] (inclusive). The modulo bias is below 2^-40 for the ranges
  /// used here (spans far below 2^24), which no sample statistic can see.
  std::int64_t range(std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return lo;
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<std::int64_t>(next() % span);
  }

  /// True with probability p (p <= 0 never, p >= 1 always).
  bool bernoulli(double p) { return uniform() < p; }

  /// An index drawn with the given relative weights (need not sum to 1; all >= 0, sum > 0).
  template <typename Weights>
  int weighted(const Weights& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = uniform() * total;
    int i = 0;
    for (double w : weights) {
      if (r < w) return i;
      r -= w;
      ++i;
    }
    return i - 1;  // only reached through floating-point slack at the very top of the range
  }

  /// Approximately standard-normal: sum of 4 uniforms, centred and scaled (Irwin-Hall). Avoids
  /// log/sqrt/cos so the result is bit-identical everywhere; tails stop at ±3.46, which suits
  /// footprint and cluster spreads that must stay bounded anyway.
  double gaussianish() {
    const double s = uniform() + uniform() + uniform() + uniform();
    return (s - 2.0) * 1.7320508075688772;  // sqrt(12 / 4)
  }

 private:
  std::uint64_t state_;
};

}  // namespace fangan::synth
