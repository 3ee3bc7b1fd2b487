#pragma once
// A district whose buildings hold random values in every building column (not only the ones a
// caller is known to read), for tests that require two ways of counting to agree: a column one
// of them misses makes buildings that differ look alike, and the counts differ.

#include <string>

namespace fangan::testing {

/// Writes `buildings` buildings (10 m squares on a 60-wide lattice of 20 m, EPSG:32631, codes
/// D0, D1, …) with random column values from `seed` into a new project at `path`. Half of them
/// are far along the ledger's chain (surveyed, hazard, C/D, closures), so that its later counts
/// are not all zero.
void writeRandomDistrict(const std::string& path, int buildings, unsigned seed);

}  // namespace fangan::testing
