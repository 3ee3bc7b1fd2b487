// analyze_bench DIR [--buildings N] [--threads N] [--prepare-only] [--reimport]
//
// Times the spatial half of `fangan analyze` on a synthetic district: the building↔zone join and
// the grid/town assignment, each alone and both in one pass (as analyze runs them) with writes. DIR
// holds buildings.gpkg, zones.gpkg, grids.gpkg, towns.gpkg (made with `fangan generate synthetic`,
// or generated here with synth::writeSyntheticDistrict when missing). They are imported once into
// DIR/bench.sqlite (reused by later runs unless
// --reimport), so that a second process can measure the analysis alone: peak RSS (getrusage) is
// per process and the import would otherwise dominate it. --prepare-only stops after the import.
//
// Output: human-readable figures, then one machine-readable line
//   RESULT buildings=… zones=… zone_pieces=… grids=… links=… in_any_zone=… outside=… threads=…
//          join_s=… grid_s=… one_pass_s=… write_s=… total_s=… peak_rss_mb=…
// join_s / grid_s: each overlay alone, computed only; one_pass_s: both in one read;
// write_s: replaceBuildingZones + grid/town writes + commit; total_s = one_pass_s + write_s.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "gis/analysis/spatial/BuildingOverlay.h"
#include "gis/io/Importer.h"
#include "gis/store/ProjectStore.h"
#include "gis/synth/SyntheticDistrict.h"

namespace fs = std::filesystem;
using namespace fangan;

namespace {

double seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double peakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

int usage() {
  std::cerr << "usage: analyze_bench DIR [--buildings N] [--threads N] [--prepare-only] "
               "[--reimport]\n";
  return 2;
}

void importLayer(ProjectStore& store, ProjectLayer layer, const fs::path& file) {
  const auto start = std::chrono::steady_clock::now();
  ImportOptions o;
  o.layer = layer;
  o.path = file.string();
  const ImportReport r = importFile(store, o);
  std::printf("  import %-10s %8lld rows  %7.2f s\n", layerName(layer).c_str(),
              static_cast<long long>(r.imported + r.updated), seconds(start));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const fs::path dir = argv[1];
  std::size_t buildings = 100000;
  int threads = 0;
  bool prepareOnly = false;
  bool reimport = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--buildings" && i + 1 < argc) {
      buildings = std::stoul(argv[++i]);
    } else if (a == "--threads" && i + 1 < argc) {
      threads = std::stoi(argv[++i]);
    } else if (a == "--prepare-only") {
      prepareOnly = true;
    } else if (a == "--reimport") {
      reimport = true;
    } else {
      return usage();
    }
  }
  try {
    fs::create_directories(dir);
    if (!fs::exists(dir / "buildings.gpkg")) {
      std::printf("generating a synthetic district of %zu buildings in %s\n", buildings,
                  dir.c_str());
      synth::SyntheticOptions o;
      o.buildings = buildings;
      const auto s = synth::writeSyntheticDistrict(dir.string(), o);
      std::printf("  %zu buildings, %zu zones, %zu grids, %zu towns in %.2f s\n", s.buildings,
                  s.zones, s.grids, s.towns, s.seconds);
    }
    const fs::path project = dir / "bench.sqlite";
    if (reimport || !fs::exists(project)) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(project.string() + suffix);
      auto store = createSpatialiteProject(project.string(), 0);  // the first import fixes CRS
      importLayer(*store, ProjectLayer::Buildings, dir / "buildings.gpkg");
      importLayer(*store, ProjectLayer::Zones, dir / "zones.gpkg");
      importLayer(*store, ProjectLayer::Grids, dir / "grids.gpkg");
      if (fs::exists(dir / "towns.gpkg"))
        importLayer(*store, ProjectLayer::Towns, dir / "towns.gpkg");
    }
    if (prepareOnly) {
      std::printf("prepared %s (peak RSS %.1f MB)\n", project.c_str(), peakRssMb());
      return 0;
    }

    auto store = openSpatialiteProject(project.string());
    std::int64_t grids = 0;
    store->forEachGrid([&](const GridRecord&, const Wkb&) {
      ++grids;
      return true;
    });
    const double rssBefore = peakRssMb();

    // Each overlay on its own (one read of the buildings each), computed only.
    auto t = std::chrono::steady_clock::now();
    ZoneJoinOptions jo;
    jo.threads = threads;
    const ZoneJoinResult join = joinBuildingsToZones(*store, jo);
    const double joinSeconds = seconds(t);
    t = std::chrono::steady_clock::now();
    GridAssignmentOptions go;
    go.threads = threads;
    const GridAssignmentResult assignment = assignGridsAndTowns(*store, go);
    const double gridSeconds = seconds(t);

    // What `fangan analyze` does: both in one pass, then the writes, in one transaction.
    const auto total = std::chrono::steady_clock::now();
    auto transaction = store->begin();
    t = std::chrono::steady_clock::now();
    const BuildingOverlayResult overlay = overlayBuildings(*store, jo, go);
    const double overlaySeconds = seconds(t);
    t = std::chrono::steady_clock::now();
    store->replaceBuildingZones(overlay.zones.links);
    applyGridAssignment(*store, overlay.grids, "analyze_bench");
    transaction->commit();
    const double writeSeconds = seconds(t);
    const double totalSeconds = seconds(total);
    const double rss = peakRssMb();
    if (overlay.zones.links != join.links || overlay.grids.grids != assignment.grids) {
      std::cerr << "analyze_bench: one-pass and separate results differ\n";
      return 1;
    }

    std::printf("project %s\n", project.c_str());
    std::printf("  buildings %lld, zones %lld (%lld pieces), grids %lld, threads %d\n",
                static_cast<long long>(join.buildings), static_cast<long long>(join.zones),
                static_cast<long long>(join.zonePieces), static_cast<long long>(grids),
                join.threads);
    std::printf("  zone join alone      %7.3f s  (%zu links, %lld buildings in a zone)\n",
                joinSeconds, join.links.size(), static_cast<long long>(join.buildingsInAnyZone));
    std::printf("  grid assign alone    %7.3f s  (%lld outside every grid, %zu towns filled)\n",
                gridSeconds, static_cast<long long>(assignment.outside.size()),
                assignment.towns.size());
    std::printf("  both in one pass     %7.3f s\n", overlaySeconds);
    std::printf("  writes + commit      %7.3f s  (%zu links, %zu grid changes)\n", writeSeconds,
                overlay.zones.links.size(), overlay.grids.gridChanges.size());
    std::printf("  analyze total        %7.3f s  (one pass + writes)\n", totalSeconds);
    std::printf("  peak RSS             %7.1f MB (%.1f MB after opening the project)\n", rss,
                rssBefore);
    std::printf(
        "RESULT buildings=%lld zones=%lld zone_pieces=%lld grids=%lld links=%zu in_any_zone=%lld "
        "outside=%zu threads=%d join_s=%.3f grid_s=%.3f one_pass_s=%.3f write_s=%.3f "
        "total_s=%.3f peak_rss_mb=%.1f\n",
        static_cast<long long>(join.buildings), static_cast<long long>(join.zones),
        static_cast<long long>(join.zonePieces), static_cast<long long>(grids), join.links.size(),
        static_cast<long long>(join.buildingsInAnyZone), assignment.outside.size(), join.threads,
        joinSeconds, gridSeconds, overlaySeconds, writeSeconds, totalSeconds, rss);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "analyze_bench: " << e.what() << "\n";
    return 1;
  }
}
