// Progress-report benchmark (docs/rules.md#report): the figures of `fangan report --period week`
// on a synthetic district, and the XLSX workbook written from them.
//   report_bench [--buildings N] [--work DIR] [--project FILE] [--changes EVERY]
// Without --project it builds the district as `fangan generate synthetic --buildings N` then
// `fangan init` + `fangan import` (towns, grids, buildings) would (default 100,000 buildings),
// and then dates some history: every EVERY-th building (default 20) gets a field result on one
// of the 56 days before the report day, stamped with setChangeDate, so that records must be
// reconstructed from the audit log. The project is kept in WORKDIR and can be reused.
// It prints the time of the one-scan computation (8 period ends) and of the workbook.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include "gis/io/Importer.h"
#include "gis/io/ProgressReportXlsx.h"
#include "gis/patrol/FieldResult.h"
#include "gis/report/ProgressReport.h"
#include "gis/report/ReportSummary.h"
#include "gis/store/ProjectStore.h"
#include "gis/synth/SyntheticDistrict.h"

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Processor time of this process: the machine is shared, so wall time alone says little.
double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Dated field results on every `every`-th building, over the 56 days before `made`.
std::size_t addHistory(fangan::ProjectStore& store, const fangan::Date& made, int every) {
  std::vector<fangan::BuildingRecord> picked;
  int n = 0;
  fangan::BuildingScan scan;
  scan.footprints = false;
  store.scanBuildings(scan, [&](const fangan::BuildingRecord& r, const fangan::Wkb&) {
    if (n++ % every == 0) picked.push_back(r);
    return true;
  });
  std::size_t applied = 0;
  auto tx = store.begin();
  for (std::size_t i = 0; i < picked.size(); ++i) {
    const fangan::Date day = made.plusDays(-static_cast<long>(i % 56));
    store.setChangeDate(day);
    const fangan::BuildingRecord& r = picked[i];
    const fangan::FieldResult result = r.isSurveyed() ? fangan::FieldResult::AppraisalOrdered
                                       : i % 7 == 0   ? fangan::FieldResult::Hazard
                                                      : fangan::FieldResult::NoHazard;
    const auto out = fangan::applyFieldResult(r, result, day);
    if (!out.accepted || !out.changed) continue;
    store.updateBuilding(out.record, "bench");
    ++applied;
  }
  tx->commit();
  store.setChangeDate(std::nullopt);
  return applied;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t buildings = 100000;
  int every = 20;
  std::filesystem::path work = std::filesystem::temp_directory_path() / "fangan-report-bench";
  std::string project;
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
    } else if (a == "--work") {
      work = next();
    } else if (a == "--project") {
      project = next();
    } else if (a == "--changes") {
      every = std::max(1, std::stoi(next()));
    } else {
      std::fprintf(stderr,
                   "usage: report_bench [--buildings N] [--work DIR] [--project FILE] "
                   "[--changes EVERY]\n");
      return 2;
    }
  }
  const fangan::Date made = fangan::Date::today();
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
      for (const std::string suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(project + suffix);
      }
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
      const std::size_t changed = addHistory(*store, made, every);
      std::printf("history       %6.2f s  %zu dated field results over 56 days\n",
                  secondsSince(start), changed);
      std::printf("project kept at %s (reuse with --project)\n", project.c_str());
    }

    // The floor: one scan of the records without footprints, doing nothing with them.
    auto start = Clock::now();
    double cpu = cpuSeconds();
    std::size_t scanned = 0;
    fangan::BuildingScan scan;
    scan.footprints = false;
    store->scanBuildings(scan, [&](const fangan::BuildingRecord&, const fangan::Wkb&) {
      ++scanned;
      return true;
    });
    std::printf("scan only     %6.2f s (cpu %.2f s)  %zu records\n", secondsSince(start),
                cpuSeconds() - cpu, scanned);

    fangan::ReportRequest request;
    request.kind = fangan::PeriodKind::Week;
    request.made = made;
    start = Clock::now();
    cpu = cpuSeconds();
    const auto report = fangan::computeProgressReport(*store, request);
    std::printf("report week   %6.2f s (cpu %.2f s)  %zu towns, %zu period ends, as of %s\n",
                secondsSince(start), cpuSeconds() - cpu, report->rows.size(), report->trend.size(),
                report->asOf.toString().c_str());
    start = Clock::now();
    std::filesystem::create_directories(work);  // also when --project reuses a district
    const std::string xlsx = (work / "report.xlsx").string();
    fangan::writeProgressReportXlsx(xlsx, *report);
    std::printf("xlsx          %6.2f s  %s\n", secondsSince(start), xlsx.c_str());
    std::printf("%s\n", fangan::reportSummary(*report).c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "report_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
