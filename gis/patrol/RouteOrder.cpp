#include "gis/patrol/RouteOrder.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

#include "gis/analysis/SpotCheck.h"

namespace fangan {

namespace {

// Moves must gain more than this to count, so that rounding noise cannot make the search cycle.
constexpr double kMinGain = 1e-7;

// Longest stretch an Or-opt move carries. Longer stretches make the move a kind of 3-opt,
// which the short days need to leave a local optimum of 2-opt; beyond 30 the O(n³) pass costs
// more than it finds.
constexpr std::size_t kMaxStretch = 30;

// Double-bridge kick of the iterated local search: with the route cut after positions a, b, c
// (1 ≤ a < b < c < m), 0..a-1 · a..b-1 · b..c-1 · c.. becomes 0..a-1 · b..c-1 · a..b-1 · c..
// A move 2-opt and Or-opt cannot undo in one step, so the search lands in a new valley.
std::vector<std::size_t> doubleBridge(const std::vector<std::size_t>& p, std::uint64_t& state) {
  const std::size_t m = p.size();
  auto next = [&state](std::size_t bound) {
    state = splitmix64(state);
    return static_cast<std::size_t>(state % bound);
  };
  std::size_t cuts[3] = {1 + next(m - 1), 1 + next(m - 1), 1 + next(m - 1)};
  std::sort(cuts, cuts + 3);
  const std::size_t a = cuts[0], b = cuts[1], c = cuts[2];
  std::vector<std::size_t> out(p.begin(), p.begin() + static_cast<long>(a));
  out.insert(out.end(), p.begin() + static_cast<long>(b), p.begin() + static_cast<long>(c));
  out.insert(out.end(), p.begin() + static_cast<long>(a), p.begin() + static_cast<long>(b));
  out.insert(out.end(), p.begin() + static_cast<long>(c), p.end());
  return out;
}

// 2-opt on an open path with a fixed first node: reversing p[i..j] replaces the edges
// (p[i-1], p[i]) and (p[j], p[j+1]) by (p[i-1], p[j]) and (p[i], p[j+1]); at the open end the
// second edge does not exist.
bool twoOptPass(const DistanceMatrix& d, std::vector<std::size_t>& p) {
  const std::size_t m = p.size();
  bool improved = false;
  for (std::size_t i = 1; i + 1 < m; ++i) {
    for (std::size_t j = i + 1; j < m; ++j) {
      double before = d(p[i - 1], p[i]);
      double after = d(p[i - 1], p[j]);
      if (j + 1 < m) {
        before += d(p[j], p[j + 1]);
        after += d(p[i], p[j + 1]);
      }
      if (before - after > kMinGain) {
        std::reverse(p.begin() + static_cast<long>(i), p.begin() + static_cast<long>(j) + 1);
        improved = true;
      }
    }
  }
  return improved;
}

// Kicks of the iterated local search: two per route node, at least 20 (small days are cheap).
constexpr std::size_t kKicksPerNode = 2;
constexpr std::size_t kMinKicks = 20;

// Or-opt: take p[i..e] (1 ≤ i, length 1 to kMaxStretch) out, join its neighbours, and put it
// between p[t] and p[t+1] (or after the last node), forwards or reversed.
bool orOptPass(const DistanceMatrix& d, std::vector<std::size_t>& p) {
  const std::size_t m = p.size();
  for (std::size_t len = 1; len <= kMaxStretch && len < m; ++len) {
    for (std::size_t i = 1; i + len <= m; ++i) {
      const std::size_t e = i + len - 1;
      const std::size_t prev = p[i - 1];
      const bool hasNext = e + 1 < m;
      const double removeGain =
          d(prev, p[i]) + (hasNext ? d(p[e], p[e + 1]) - d(prev, p[e + 1]) : 0.0);
      for (std::size_t t = 0; t < m; ++t) {
        if (t + 1 >= i && t <= e) continue;  // t in [i-1, e]: same place or inside the stretch
        const std::size_t a = p[t];
        const bool hasB = t + 1 < m;
        for (int reversed = 0; reversed < 2; ++reversed) {
          const std::size_t first = reversed ? p[e] : p[i];
          const std::size_t last = reversed ? p[i] : p[e];
          const double insertCost = d(a, first) + (hasB ? d(last, p[t + 1]) - d(a, p[t + 1]) : 0.0);
          if (removeGain - insertCost > kMinGain) {
            std::vector<std::size_t> stretch(p.begin() + static_cast<long>(i),
                                             p.begin() + static_cast<long>(e) + 1);
            if (reversed) std::reverse(stretch.begin(), stretch.end());
            std::vector<std::size_t> rest;
            rest.reserve(m);
            for (std::size_t k = 0; k < m; ++k) {
              if (k >= i && k <= e) continue;
              rest.push_back(p[k]);
              if (k == t) rest.insert(rest.end(), stretch.begin(), stretch.end());
            }
            p.swap(rest);
            return true;  // indices moved: start the scan again
          }
        }
      }
    }
  }
  return false;
}

}  // namespace

double pathLength(const DistanceMatrix& d, const std::vector<std::size_t>& nodes) {
  double total = 0;
  for (std::size_t k = 1; k < nodes.size(); ++k) total += d(nodes[k - 1], nodes[k]);
  return total;
}

std::vector<std::size_t> nearestNeighbourRoute(const DistanceMatrix& d) {
  const std::size_t n = d.size();
  std::vector<std::size_t> route;
  if (n == 0) return route;
  std::vector<bool> visited(n, false);
  route.push_back(0);
  visited[0] = true;
  for (std::size_t step = 1; step < n; ++step) {
    const std::size_t from = route.back();
    std::size_t best = n;
    for (std::size_t j = 0; j < n; ++j) {
      if (visited[j]) continue;
      if (best == n || d(from, j) < d(from, best)) best = j;
    }
    visited[best] = true;
    route.push_back(best);
  }
  return route;
}

void improveRoute(const DistanceMatrix& d, std::vector<std::size_t>& nodes) {
  if (nodes.size() < 3) return;
  // Every accepted move shortens the route by more than kMinGain, so this terminates; the cap is
  // only a guard against a non-metric matrix with pathological values.
  for (int round = 0; round < 10000; ++round) {
    const bool a = twoOptPass(d, nodes);
    const bool b = orOptPass(d, nodes);
    if (!a && !b) break;
  }
}

std::vector<std::size_t> shortRoute(const DistanceMatrix& d) {
  std::vector<std::size_t> best = nearestNeighbourRoute(d);
  improveRoute(d, best);
  std::vector<std::size_t> priority(d.size());
  std::iota(priority.begin(), priority.end(), std::size_t{0});
  improveRoute(d, priority);
  if (pathLength(d, priority) < pathLength(d, best) - kMinGain) best.swap(priority);
  // Iterated local search: kick the best route, improve it again, keep it when shorter. The
  // kicks come from a fixed seed, so a plan is the same on every run and machine.
  const std::size_t m = best.size();
  if (m < 5) return best;
  double bestLength = pathLength(d, best);
  std::uint64_t state = 0x5041545245ULL ^ m;
  const std::size_t kicks = std::max(kMinKicks, kKicksPerNode * m);
  for (std::size_t kick = 0; kick < kicks; ++kick) {
    std::vector<std::size_t> candidate = doubleBridge(best, state);
    improveRoute(d, candidate);
    const double length = pathLength(d, candidate);
    if (length < bestLength - kMinGain) {
      best.swap(candidate);
      bestLength = length;
    }
  }
  return best;
}

}  // namespace fangan
