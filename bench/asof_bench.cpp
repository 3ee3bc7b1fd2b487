// Figures as of a date (issue 10): the attachment-2 ledger by town of a project today and as
// of a past day, beside plain SQLite answering the simpler question of surveyed and initial-
// hazard counts per town from the records' own dates (one GROUP BY, the floor any as-of figure
// must pay to read the table). Wall and processor time are printed, since the machine is shared.
//   asof_bench PROJECT.sqlite YYYY-MM-DD
// Make a project with a history first, e.g. (README "Benchmarks"):
//   fangan generate synthetic --buildings 1000000 --out D && fangan init P.sqlite &&
//   fangan import P.sqlite --layer buildings --from D/buildings.gpkg &&
//   fangan generate history P.sqlite --start 2025-01-01 --days 30 --share 0.01

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>

#include "gis/analysis/Ledger.h"
#include "gis/history/AsOfStore.h"
#include "gis/store/ProjectStore.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double wall = 0;
  double cpu = 0;
};

Timing timed(const std::function<void()>& work) {
  const auto start = Clock::now();
  const std::clock_t cpu = std::clock();
  work();
  return {std::chrono::duration<double>(Clock::now() - start).count(),
          static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC};
}

std::size_t ledgerRows(const fangan::ProjectStore& store) {
  fangan::LedgerTally tally(fangan::ledgerAreaByTown);
  store.scanBuildings({"", "", false, {}},
                      [&](const fangan::BuildingRecord& r, const fangan::Wkb&) {
                        tally.add(r);
                        return true;
                      });
  return tally.ledger().size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: asof_bench PROJECT.sqlite YYYY-MM-DD\n");
    return 2;
  }
  const std::string path = argv[1];
  const auto day = fangan::Date::parse(argv[2]);
  if (!day) {
    std::fprintf(stderr, "asof_bench: not a date: %s\n", argv[2]);
    return 2;
  }
  auto store = fangan::openSpatialiteProject(path);
  std::int64_t buildings = 0;
  for (const auto& l : store->summary()) {
    if (l.layer == fangan::ProjectLayer::Buildings) buildings = l.count;
  }
  std::size_t changes = 0;
  store->forEachBuildingChange([&](const fangan::BuildingChange&) {
    ++changes;
    return true;
  });
  std::printf("project %s: %lld buildings, %zu audited field changes\n", path.c_str(),
              static_cast<long long>(buildings), changes);

  std::size_t rows = 0;
  const Timing today = timed([&] { rows = ledgerRows(*store); });
  std::printf("ledger today            %7.2f s wall %7.2f s cpu  (%zu rows)\n", today.wall,
              today.cpu, rows);
  const Timing past = timed([&] {
    const fangan::AsOfStore view(*store, *day);
    rows = ledgerRows(view);
  });
  std::printf("ledger --as-of %s %7.2f s wall %7.2f s cpu  (%zu rows)\n", argv[2], past.wall,
              past.cpu, rows);

  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  const std::string sql =
      "SELECT town, sum(survey_status = 'surveyed' AND survey_date <= ?1), "
      "sum(initial_hazard = 'hazard' AND hazard_found_date <= ?1) FROM buildings "
      "WHERE self_built = 1 GROUP BY town";
  int groups = 0;
  const Timing reference = timed([&] {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
    sqlite3_bind_text(s, 1, argv[2], -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) ++groups;
    sqlite3_finalize(s);
  });
  sqlite3_close(db);
  std::printf("sqlite GROUP BY (ref.)  %7.2f s wall %7.2f s cpu  (%d towns)\n", reference.wall,
              reference.cpu, groups);
  std::printf("as-of / today %.2f×, as-of / sqlite %.2f× (wall)\n", past.wall / today.wall,
              past.wall / reference.wall);
  return 0;
}
