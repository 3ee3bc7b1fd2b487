#pragma once
// A small project for the case tests: five buildings in two towns —
//   H1 (东街, initial hazard, not appraised), H2 (东街, grade C), H3 (西镇, grade D),
//   N1 (西镇, surveyed no hazard), S1 (东街, suspect).
// In a SpatiaLite file (caseProject), or with CaseBackendTest on both backends: the file and a
// schema on the PostGIS test server (FANGAN_PG_URL; skipped locally without one, failed under
// CI=true), so that the registers work the same on both.

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/ProjectStore.h"

namespace fangan::testing {

/// The project at a file path or server location.
inline std::unique_ptr<ProjectStore> caseProjectAt(const std::string& location) {
  auto store = createProject(location, 4547);
  auto add = [&](const std::string& code, const std::string& town, InitialHazard hazard,
                 AppraisalGrade grade, double x) {
    BuildingRecord b;
    b.code = code;
    b.town = town;
    b.selfBuilt = true;
    b.surveyStatus = SurveyStatus::Surveyed;
    b.surveyDate = Date{2025, 1, 5};
    b.initialHazard = hazard;
    if (hazard == InitialHazard::Hazard || hazard == InitialHazard::Suspect) {
      b.hazardFoundDate = Date{2025, 1, 5};
    }
    b.appraisalGrade = grade;
    store->upsertBuilding(b, squareAt(500000 + x, 3000000), "fixture");
  };
  add("H1", "东街", InitialHazard::Hazard, AppraisalGrade::None, 0);
  add("H2", "东街", InitialHazard::Hazard, AppraisalGrade::C, 20);
  add("H3", "西镇", InitialHazard::Hazard, AppraisalGrade::D, 40);
  add("N1", "西镇", InitialHazard::None, AppraisalGrade::None, 60);
  add("S1", "东街", InitialHazard::Suspect, AppraisalGrade::None, 80);
  return store;
}

/// The project as cases.sqlite in `dir`.
inline std::unique_ptr<ProjectStore> caseProject(const TempDir& dir) {
  return caseProjectAt(dir.file("cases.sqlite"));
}

enum class CaseBackend { Spatialite, Postgis };

/// A case test run on both backends (FANGAN_CASE_BACKENDS instantiates a suite).
class CaseBackendTest : public ::testing::TestWithParam<CaseBackend> {
 protected:
  void SetUp() override {
    if (GetParam() == CaseBackend::Postgis) {
      const std::string why = serverUnavailable();
      if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    }
  }
  /// The case project on this test's backend.
  std::unique_ptr<ProjectStore> project() const {
    return caseProjectAt(GetParam() == CaseBackend::Spatialite ? dir_.file("cases.sqlite")
                                                               : server_.location());
  }

  TempDir dir_;
  ServerSchema server_;
};

inline std::string caseBackendName(const ::testing::TestParamInfo<CaseBackend>& info) {
  return info.param == CaseBackend::Spatialite ? "Spatialite" : "Postgis";
}

}  // namespace fangan::testing

#define FANGAN_CASE_BACKENDS(Suite)                                                      \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                              \
                           ::testing::Values(::fangan::testing::CaseBackend::Spatialite, \
                                             ::fangan::testing::CaseBackend::Postgis),   \
                           ::fangan::testing::caseBackendName)
