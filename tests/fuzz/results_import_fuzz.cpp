// Fuzz target `results_import`: a returned patrol list read back (gis/patrol/ResultsImport.h),
// as CSV through GDAL into a small project of ten buildings (codes B01–B10) made once per
// process. Input: the CSV file's bytes. The import is a dry run, so every input meets the same
// project. Invariants: a file is imported or refused with ResultsImportError; every data row
// lands in exactly one class (blank, imported, rejected, conflict, duplicate).

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "../gis/patrol/PatrolFixtures.h"
#include "FuzzTarget.h"
#include "gis/patrol/ResultsImport.h"

namespace {

using namespace fangan;

struct Project {
  std::string dir;
  std::unique_ptr<ProjectStore> store;

  Project() {
    char pattern[] = "/tmp/fangan-fuzz-results-XXXXXX";
    dir = mkdtemp(pattern);
    store = createSpatialiteProject(dir + "/p.sqlite", testing::kPatrolSrid);
    testing::addGrid(*store, "G1", 20);
    for (int i = 1; i <= 10; ++i) {
      const std::string code = std::string(i < 10 ? "B0" : "B") + std::to_string(i);
      BuildingRecord r =
          i % 2 ? testing::unsurveyedRecord(code, "G1") : testing::quietRecord(code, "G1");
      if (i == 4) {
        r.initialHazard = InitialHazard::Hazard;
        r.hazardFoundDate = Date{2024, 1, 2};
        r.appraisalGrade = AppraisalGrade::D;
        r.appraisalDate = Date{2024, 1, 5};
        r.control = ControlMeasure::StopUse;
      }
      testing::addBuilding(*store, r, 10.0 * i, 10);
    }
    InspectionEvent e;
    e.buildingId = store->buildingByCode("B02")->id;
    e.code = "B02";
    e.date = Date{2024, 3, 9};
    e.kind = "patrol";
    e.inspector = "张三";
    e.result = "正常";
    store->appendEvent(e);
  }
  ~Project() {
    store.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

// Made on first use; libFuzzer makes it before its clock starts (LLVMFuzzerInitialize): the
// project's SpatiaLite metadata takes seconds under the sanitizers, and was once reported as a
// timeout of the first (empty) input.
Project& project() {
  static Project p;
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  project();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Project& project = ::project();
  const std::string path = project.dir + "/results.csv";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  ResultsImportOptions options;
  options.path = path;
  options.today = Date{2024, 6, 30};
  options.dryRun = true;
  ResultsImportReport report;
  try {
    report = importResults(*project.store, options);
  } catch (const ResultsImportError&) {
    return 0;
  }
  const auto classified =
      report.blank + report.imported +
      static_cast<std::int64_t>(report.rejected.size() + report.conflicts.size() +
                                report.duplicates.size());
  fuzz::check(classified == report.rows, "every row lands in one class");
  return 0;
}
