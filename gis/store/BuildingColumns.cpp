#include "gis/store/BuildingColumns.h"

#include "gis/model/Vocabulary.h"

namespace fangan::building_columns {

namespace {

using Cell = std::optional<std::string>;

Cell text(const std::string& s) { return s.empty() ? Cell{} : Cell{s}; }
Cell integer(const std::optional<int>& v) { return v ? Cell{std::to_string(*v)} : Cell{}; }
Cell flag(const std::optional<bool>& v) { return v ? Cell{*v ? "1" : "0"} : Cell{}; }
Cell date(const std::optional<Date>& v) { return v ? Cell{v->toString()} : Cell{}; }

std::string str(const Cell& c) { return c.value_or(""); }
std::optional<int> toInt(const Cell& c) {
  if (!c || c->empty()) return std::nullopt;
  try {
    return std::stoi(*c);
  } catch (...) {
    return std::nullopt;
  }
}
std::optional<bool> toFlag(const Cell& c) {
  if (!c) return std::nullopt;
  return *c != "0";
}
std::optional<Date> toDate(const Cell& c) { return c ? Date::parse(*c) : std::nullopt; }

template <typename E, typename Parse>
E toEnum(const Cell& c, Parse parse, E fallback) {
  if (!c) return fallback;
  return parse(*c).value_or(fallback);
}

}  // namespace

const std::vector<std::string>& names() {
  static const std::vector<std::string> n = {"code",
                                             "address",
                                             "town",
                                             "community",
                                             "grid",
                                             "self_built",
                                             "floors",
                                             "structure",
                                             "year_built",
                                             "design_life",
                                             "use",
                                             "use_subtype",
                                             "people_dense",
                                             "pro_designed",
                                             "alt_added_floors",
                                             "alt_structure",
                                             "alt_use",
                                             "alt_basement",
                                             "distress",
                                             "survey_status",
                                             "survey_date",
                                             "initial_hazard",
                                             "hazard_found_date",
                                             "recheck_no_hazard",
                                             "direct_engineering",
                                             "appraisal_grade",
                                             "appraisal_date",
                                             "control",
                                             "rectification",
                                             "rectification_done",
                                             "rectification_date",
                                             "closed",
                                             "closed_date",
                                             "closure_basis",
                                             "appraisal_ordered_date",
                                             "owner",
                                             "owner_phone",
                                             "occupant",
                                             "occupant_phone",
                                             "department",
                                             "approval_project",
                                             "approval_project_no",
                                             "approval_land",
                                             "approval_land_no",
                                             "approval_planning",
                                             "approval_planning_no",
                                             "approval_construction",
                                             "approval_construction_no",
                                             "approval_fire",
                                             "approval_fire_no"};
  return n;
}

std::vector<Cell> values(const BuildingRecord& r) {
  const Responsibility& p = r.responsibility;
  return {text(r.code),
          text(r.address),
          text(r.town),
          text(r.community),
          text(r.grid),
          flag(r.selfBuilt),
          integer(r.floors),
          text(toKey(r.structure)),
          integer(r.yearBuilt),
          integer(r.designLife),
          text(toKey(r.use)),
          text(r.useSubtype),
          flag(r.peopleDense),
          flag(r.proDesigned),
          flag(r.altAddedFloors),
          flag(r.altStructure),
          flag(r.altUse),
          flag(r.altBasement),
          flag(r.distress),
          text(toKey(r.surveyStatus)),
          date(r.surveyDate),
          text(toKey(r.initialHazard)),
          date(r.hazardFoundDate),
          flag(r.recheckNoHazard),
          flag(r.directEngineering),
          text(toKey(r.appraisalGrade)),
          date(r.appraisalDate),
          text(toKey(r.control)),
          text(toKey(r.rectification)),
          flag(r.rectificationDone),
          date(r.rectificationDate),
          flag(r.closed),
          date(r.closedDate),
          text(toKey(r.closureBasis)),
          date(r.appraisalOrderedDate),
          text(p.owner),
          text(p.ownerPhone),
          text(p.occupant),
          text(p.occupantPhone),
          text(p.department),
          flag(p.project.present),
          text(p.project.number),
          flag(p.land.present),
          text(p.land.number),
          flag(p.planning.present),
          text(p.planning.number),
          flag(p.construction.present),
          text(p.construction.number),
          flag(p.fire.present),
          text(p.fire.number)};
}

BuildingRecord fromValues(const std::vector<Cell>& v) {
  BuildingRecord r;
  size_t i = 0;
  r.code = str(v[i++]);
  r.address = str(v[i++]);
  r.town = str(v[i++]);
  r.community = str(v[i++]);
  r.grid = str(v[i++]);
  r.selfBuilt = toFlag(v[i++]);
  r.floors = toInt(v[i++]);
  r.structure = toEnum(v[i++], parseStructure, Structure::Unknown);
  r.yearBuilt = toInt(v[i++]);
  r.designLife = toInt(v[i++]);
  r.use = toEnum(v[i++], parseUse, BuildingUse::Unknown);
  r.useSubtype = str(v[i++]);
  r.peopleDense = toFlag(v[i++]);
  r.proDesigned = toFlag(v[i++]);
  r.altAddedFloors = toFlag(v[i++]);
  r.altStructure = toFlag(v[i++]);
  r.altUse = toFlag(v[i++]);
  r.altBasement = toFlag(v[i++]);
  r.distress = toFlag(v[i++]);
  r.surveyStatus = toEnum(v[i++], parseSurveyStatus, SurveyStatus::Unknown);
  r.surveyDate = toDate(v[i++]);
  r.initialHazard = toEnum(v[i++], parseInitialHazard, InitialHazard::Unknown);
  r.hazardFoundDate = toDate(v[i++]);
  r.recheckNoHazard = toFlag(v[i++]);
  r.directEngineering = toFlag(v[i++]);
  r.appraisalGrade = toEnum(v[i++], parseAppraisalGrade, AppraisalGrade::None);
  r.appraisalDate = toDate(v[i++]);
  r.control = toEnum(v[i++], parseControl, ControlMeasure::Unknown);
  r.rectification = toEnum(v[i++], parseRectification, Rectification::Unknown);
  r.rectificationDone = toFlag(v[i++]);
  r.rectificationDate = toDate(v[i++]);
  r.closed = toFlag(v[i++]);
  r.closedDate = toDate(v[i++]);
  r.closureBasis = toEnum(v[i++], parseClosureBasis, ClosureBasis::Unknown);
  r.appraisalOrderedDate = toDate(v[i++]);
  // Records read from a project of schema version 2 have no responsibility columns.
  if (v.size() < names().size()) return r;
  Responsibility& p = r.responsibility;
  p.owner = str(v[i++]);
  p.ownerPhone = str(v[i++]);
  p.occupant = str(v[i++]);
  p.occupantPhone = str(v[i++]);
  p.department = str(v[i++]);
  for (Approval* a : {&p.project, &p.land, &p.planning, &p.construction, &p.fire}) {
    a->present = toFlag(v[i++]);
    a->number = str(v[i++]);
  }
  return r;
}

}  // namespace fangan::building_columns
