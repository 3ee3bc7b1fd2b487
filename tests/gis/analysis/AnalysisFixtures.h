#pragma once
// Small handmade building records for the gis/analysis tests.

#include <string>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan::testing {

inline Date day(const char* text) { return *Date::parse(text); }

/// A clean self-built record: surveyed on 2023-05-01 with no hazard, 2 masonry floors built 2000,
/// professionally designed, no alterations, no distress, control none.
inline BuildingRecord cleanRecord(const std::string& code, const std::string& town = "东城",
                                  bool commercial = false) {
  BuildingRecord r;
  r.code = code;
  r.town = town;
  r.grid = town + "-网格1";
  r.selfBuilt = true;
  r.floors = 2;
  r.structure = Structure::Masonry;
  r.yearBuilt = 2000;
  r.use = commercial ? BuildingUse::Commercial : BuildingUse::Residential;
  r.peopleDense = false;
  r.proDesigned = true;
  r.altAddedFloors = false;
  r.altStructure = false;
  r.altUse = false;
  r.altBasement = false;
  r.distress = false;
  r.surveyStatus = SurveyStatus::Surveyed;
  r.surveyDate = day("2023-05-01");
  r.initialHazard = InitialHazard::None;
  r.control = ControlMeasure::None;
  r.rectification = Rectification::None;
  return r;
}

/// `r` turned into an initial-hazard case found on `found`.
inline BuildingRecord withHazard(BuildingRecord r, const char* found = "2024-03-01") {
  r.initialHazard = InitialHazard::Hazard;
  r.hazardFoundDate = day(found);
  return r;
}

/// Sets an appraisal grade and date.
inline BuildingRecord appraised(BuildingRecord r, AppraisalGrade grade,
                                const char* date = "2024-03-04") {
  r.appraisalGrade = grade;
  r.appraisalDate = day(date);
  return r;
}

/// Marks engineering measures (reinforcement) as done.
inline BuildingRecord reinforced(BuildingRecord r) {
  r.rectification = Rectification::Reinforce;
  r.rectificationDone = true;
  r.rectificationDate = day("2024-04-01");
  return r;
}

/// Closes the case on `basis`.
inline BuildingRecord closedOn(BuildingRecord r, ClosureBasis basis,
                               const char* date = "2024-05-01") {
  r.closed = true;
  r.closedDate = day(date);
  r.closureBasis = basis;
  return r;
}

}  // namespace fangan::testing
