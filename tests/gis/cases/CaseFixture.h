#pragma once
// A small SpatiaLite project for the case tests: five buildings in two towns —
//   H1 (东街, initial hazard, not appraised), H2 (东街, grade C), H3 (西镇, grade D),
//   N1 (西镇, surveyed no hazard), S1 (东街, suspect).

#include <cstring>
#include <memory>
#include <string>

#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/ProjectStore.h"

namespace fangan::testing {

inline std::unique_ptr<ProjectStore> caseProject(const TempDir& dir) {
  auto store = createSpatialiteProject(dir.file("cases.sqlite"), 4547);
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

}  // namespace fangan::testing
