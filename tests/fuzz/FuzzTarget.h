#pragma once
// What every fuzz target defines and the helpers they share. A target is one libFuzzer entry
// point; the same source builds into a libFuzzer program (-DFANGAN_FUZZ=ON with clang,
// bench/fuzz.sh) and into a replay program of the ordinary build (FuzzReplay.cpp), which runs the
// committed corpus and every input that once failed as a ctest.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "gis/io/BuildingRowParser.h"
#include "gis/io/ColumnMapping.h"

/// The libFuzzer entry point: parses `data` and returns 0. A crash, a sanitizer report or a
/// broken invariant (fangan::fuzz::check) is a finding.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fangan::fuzz {

/// Aborts with `what` when `ok` is false: an invariant of the code under test that must hold for
/// every input (libFuzzer then saves the input as a crash).
inline void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

/// The input as text.
inline std::string text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// The input cut at '\n' (a last line without one counts; no empty last line is added).
inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// A buildings row as the importer hands it to parseBuildingRow: line `first + i` is the cell of
/// the i-th interchange key of the buildings layer (INTERCHANGE.md order).
inline std::map<std::string, std::string> buildingCells(const std::vector<std::string>& lines,
                                                        std::size_t first) {
  static const std::vector<std::string> keys = interchangeKeys(ProjectLayer::Buildings);
  std::map<std::string, std::string> cells;
  for (std::size_t i = 0; i < keys.size() && first + i < lines.size(); ++i) {
    cells[keys[i]] = lines[first + i];
  }
  return cells;
}

}  // namespace fangan::fuzz
