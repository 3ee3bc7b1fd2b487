// Patrol-planning benchmark (issue 6): plans every grid of a large district for 5 days and
// prints the time.
//   patrol_bench [--buildings N] [--days D] [--road-spacing M] [--work DIR] [--project FILE]
//                [--export]
// Without --project it builds the district itself: the synthetic generator's interchange files
// (gis/synth/SyntheticDistrict.h, as `fangan generate synthetic --buildings N` writes them;
// default 1,000,000 buildings, ≥ 2,000 grids) imported with the importer (towns, grids,
// buildings), plus a square lattice of roads every M metres (default 250) with a junction at
// every crossing, so that the road-network routing is measured too. The project is kept in
// WORKDIR (default: the system temp folder) and can be reused with --project.
// It then plans all grids twice, along the roads and in straight lines, and with --export writes
// every manager's files (CSV, XLSX, GeoPackage, GeoJSON) from the road plan.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include "gis/analysis/PriorityRules.h"
#include "gis/io/Importer.h"
#include "gis/patrol/PatrolExport.h"
#include "gis/patrol/PatrolPlan.h"
#include "gis/store/ProjectStore.h"
#include "gis/synth/SyntheticDistrict.h"

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Processor time of this process: the machine the benchmark runs on is shared, so wall time
// alone says little about the code.
double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

void putUint32(fangan::Wkb& w, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

void putDouble(fangan::Wkb& w, double v) {
  unsigned char b[8];
  std::memcpy(b, &v, 8);
  w.insert(w.end(), b, b + 8);
}

// A straight road from (x0, y0) to (x1, y1) with a vertex every `step` metres, as the
// MultiLineString WKB the store keeps.
fangan::Wkb road(double x0, double y0, double x1, double y1, int vertices) {
  fangan::Wkb w{1};
  putUint32(w, 5);
  putUint32(w, 1);
  w.push_back(1);
  putUint32(w, 2);
  putUint32(w, static_cast<std::uint32_t>(vertices));
  for (int i = 0; i < vertices; ++i) {
    const double t = vertices == 1 ? 0 : double(i) / (vertices - 1);
    putDouble(w, x0 + t * (x1 - x0));
    putDouble(w, y0 + t * (y1 - y0));
  }
  return w;
}

std::size_t addRoadLattice(fangan::ProjectStore& store, const fangan::Extent& e, double spacing) {
  const int columns = static_cast<int>(e.width() / spacing) + 1;
  const int rows = static_cast<int>(e.height() / spacing) + 1;
  auto tx = store.begin();
  std::size_t lines = 0;
  for (int i = 0; i <= columns; ++i) {  // north–south roads, a vertex at every crossing
    const double x = e.minX + i * spacing;
    store.insertSource(fangan::ProjectLayer::Lines, {0, "residential", ""},
                       road(x, e.minY, x, e.minY + rows * spacing, rows + 1));
    ++lines;
  }
  for (int j = 0; j <= rows; ++j) {  // east–west roads
    const double y = e.minY + j * spacing;
    store.insertSource(fangan::ProjectLayer::Lines, {0, "residential", ""},
                       road(e.minX, y, e.minX + columns * spacing, y, columns + 1));
    ++lines;
  }
  tx->commit();
  return lines;
}

void report(const char* label, const fangan::PatrolPlan& plan, double seconds, double cpu) {
  std::size_t due = 0, scheduled = 0, days = 0;
  double length = 0, priority = 0;
  for (const auto& g : plan.grids) {
    due += g.due.size();
    scheduled += g.scheduledCount();
    for (const auto& d : g.days) days += d.stops.empty() ? 0 : 1;
    length += g.totalLength();
    priority += g.totalPriorityOrderLength();
  }
  std::printf(
      "%-15s %6.2f s (cpu %.2f s)  grids %zu, due %zu, scheduled %zu, patrol days %zu, "
      "route %.0f km, priority order %.0f km, saving %.1f%%, %.2f ms/grid\n",
      label, seconds, cpu, plan.grids.size(), due, scheduled, days, length / 1000, priority / 1000,
      priority > 0 ? 100 * (priority - length) / priority : 0.0,
      plan.grids.empty() ? 0.0 : 1000 * seconds / static_cast<double>(plan.grids.size()));
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t buildings = 1000000;
  int days = 5;
  double spacing = 250;
  std::filesystem::path work = std::filesystem::temp_directory_path() / "fangan-patrol-bench";
  std::string project;
  bool doExport = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--buildings") {
      buildings = std::stoull(next());
    } else if (a == "--days") {
      days = std::stoi(next());
    } else if (a == "--road-spacing") {
      spacing = std::stod(next());
    } else if (a == "--work") {
      work = next();
    } else if (a == "--project") {
      project = next();
    } else if (a == "--export") {
      doExport = true;
    } else {
      std::fprintf(stderr,
                   "usage: patrol_bench [--buildings N] [--days D] [--road-spacing M] "
                   "[--work DIR] [--project FILE] [--export]\n");
      return 2;
    }
  }

  try {
    std::unique_ptr<fangan::ProjectStore> store;
    if (!project.empty()) {
      store = fangan::openSpatialiteProject(project);
      std::printf("project %s\n", project.c_str());
    } else {
      std::filesystem::create_directories(work);
      const std::string dir = (work / "synthetic").string();
      auto start = Clock::now();
      fangan::synth::SyntheticOptions so;
      so.buildings = buildings;
      const auto summary = fangan::synth::writeSyntheticDistrict(dir, so);
      std::printf("generate      %6.2f s  %zu buildings, %zu grids, %zu towns\n",
                  secondsSince(start), summary.buildings, summary.grids, summary.towns);
      project = (work / "district.sqlite").string();
      for (const std::string suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(project + suffix);
      store = fangan::createSpatialiteProject(project, fangan::synth::kSyntheticEpsg);
      start = Clock::now();
      for (const auto& [layer, file] : {std::pair{fangan::ProjectLayer::Towns, "towns"},
                                        std::pair{fangan::ProjectLayer::Grids, "grids"},
                                        std::pair{fangan::ProjectLayer::Buildings, "buildings"}}) {
        fangan::ImportOptions io;
        io.layer = layer;
        io.path = dir + "/" + file + ".gpkg";
        const auto r = fangan::importFile(*store, io);
        std::printf("  import %-9s %lld rows\n", file, static_cast<long long>(r.imported));
      }
      std::printf("import        %6.2f s\n", secondsSince(start));
      start = Clock::now();
      const std::size_t lines = addRoadLattice(*store, summary.extent, spacing);
      std::printf("roads         %6.2f s  %zu lines, every %.0f m\n", secondsSince(start), lines,
                  spacing);
      std::printf("project kept at %s (reuse with --project)\n", project.c_str());
    }

    const fangan::PriorityRules rules =
        fangan::loadPriorityRules(fangan::defaultPriorityRulesPath());
    fangan::PatrolPlanOptions o;
    o.days = days;
    o.start = *fangan::Date::parse("2024-03-11");
    o.rules = &rules;
    o.sampleSeed = 2024;

    auto start = Clock::now();
    double cpu = cpuSeconds();
    const fangan::PatrolPlan byRoad = planPatrols(*store, o);
    const double roadSeconds = secondsSince(start);
    std::printf("road graph: %zu nodes\n", byRoad.roadNodes);
    report(byRoad.onRoads ? "plan (roads)" : "plan", byRoad, roadSeconds, cpuSeconds() - cpu);

    o.useRoads = false;
    o.routeLines = false;
    start = Clock::now();
    cpu = cpuSeconds();
    const fangan::PatrolPlan straight = planPatrols(*store, o);
    report("plan (straight)", straight, secondsSince(start), cpuSeconds() - cpu);

    if (doExport) {
      fangan::PatrolExportOptions e;
      e.outDir = (work / "sheets").string();
      start = Clock::now();
      const auto sheets = fangan::exportPatrols(byRoad, e);
      std::printf("export        %6.2f s  %zu managers, 4 files each\n", secondsSince(start),
                  sheets.size());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "patrol_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
