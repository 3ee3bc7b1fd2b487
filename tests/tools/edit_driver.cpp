// One editor of the concurrency test and bench (tests/cli/pg_edit_test.sh,
// bench/pg_edit_bench.sh): EDITS times, read a building of the overlapping set, change one of
// its responsibility fields to a value no other edit uses, and write it with
// ProjectStore::editBuilding naming the version read (docs/rules.md#row-versions).
// A test program, not a `fangan` command: one process keeps one connection for all its edits,
// so the test and the bench measure the store, not the start-up of a process per edit.
//
// usage: fangan_edit_driver LOCATION NAME EDITS SEED CODE...
// Prints one line per edit:
//   A CODE FIELD VALUE NEW_VERSION MICROSECONDS   accepted
//   R CODE FIELD VALUE READ_VERSION CURRENT_VERSION MICROSECONDS   refused as stale
// Any other failure: a line "E message" on stderr and exit 1.

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "gis/store/ProjectStore.h"

int main(int argc, char** argv) {
  using namespace fangan;
  if (argc < 6) {
    std::cerr << "usage: fangan_edit_driver LOCATION NAME EDITS SEED CODE...\n";
    return 2;
  }
  const std::string location = argv[1], name = argv[2];
  const int edits = std::atoi(argv[3]);
  std::mt19937_64 rng(std::strtoull(argv[4], nullptr, 10));
  const std::vector<std::string> codes(argv + 5, argv + argc);
  const char* fields[] = {"owner", "occupant", "department"};
  try {
    auto store = openProject(location);
    for (int i = 0; i < edits; ++i) {
      const std::string& code = codes[rng() % codes.size()];
      const int field = static_cast<int>(rng() % 3);
      const std::string value = name + "-" + std::to_string(i);
      const auto started = std::chrono::steady_clock::now();
      auto record = store->buildingByCode(code);
      if (!record) throw StoreError("房屋不存在: " + code);
      Responsibility& r = record->responsibility;
      (field == 0 ? r.owner : field == 1 ? r.occupant : r.department) = value;
      auto micros = [&] {
        return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now() - started)
            .count();
      };
      try {
        const std::int64_t version = store->editBuilding(*record, record->rowVersion, name);
        std::cout << "A " << code << ' ' << fields[field] << ' ' << value << ' ' << version << ' '
                  << micros() << '\n';
      } catch (const StaleEditError& e) {
        std::cout << "R " << code << ' ' << fields[field] << ' ' << value << ' '
                  << e.stale().readVersion << ' ' << e.stale().currentVersion << ' ' << micros()
                  << '\n';
      }
    }
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "E " << e.what() << '\n';
    return 1;
  }
  return 0;
}
