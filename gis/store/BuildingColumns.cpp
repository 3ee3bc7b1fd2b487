#include "gis/store/BuildingColumns.h"

#include <climits>

#include "gis/model/Vocabulary.h"

namespace fangan::building_columns {

namespace {

using Cell = std::optional<std::string>;

Cell textCell(const std::string& s) { return s.empty() ? Cell{} : Cell{s}; }

std::optional<int> toInt(std::string_view text) {
  if (text.empty()) return std::nullopt;
  try {
    return std::stoi(std::string(text));
  } catch (...) {
    return std::nullopt;
  }
}

template <std::string BuildingRecord::*M>
Column text(const char* name) {
  return {name, Kind::Text, [](const BuildingRecord& r) { return textCell(r.*M); },
          [](BuildingRecord& r, std::string_view v) { r.*M = std::string(v); }, nullptr};
}

template <std::optional<int> BuildingRecord::*M>
Column integer(const char* name) {
  return {name, Kind::Integer,
          [](const BuildingRecord& r) { return r.*M ? Cell{std::to_string(*(r.*M))} : Cell{}; },
          [](BuildingRecord& r, std::string_view v) { r.*M = toInt(v); },
          [](BuildingRecord& r, long long v) {
            // The same as reading the integer's text: out of range is unknown.
            r.*M = v >= INT_MIN && v <= INT_MAX ? std::optional<int>(static_cast<int>(v))
                                                : std::nullopt;
          }};
}

template <std::optional<bool> BuildingRecord::*M>
Column flag(const char* name) {
  return {name, Kind::Flag,
          [](const BuildingRecord& r) { return r.*M ? Cell{*(r.*M) ? "1" : "0"} : Cell{}; },
          [](BuildingRecord& r, std::string_view v) { r.*M = v != "0"; },
          [](BuildingRecord& r, long long v) { r.*M = v != 0; }};
}

template <std::optional<Date> BuildingRecord::*M>
Column date(const char* name) {
  return {name, Kind::Date,
          [](const BuildingRecord& r) { return r.*M ? Cell{(r.*M)->toString()} : Cell{}; },
          [](BuildingRecord& r, std::string_view v) { r.*M = Date::parse(std::string(v)); },
          nullptr};
}

template <typename E, E BuildingRecord::*M, std::optional<E> (*Parse)(const std::string&),
          E Fallback>
Column key(const char* name) {
  return {name, Kind::Key, [](const BuildingRecord& r) { return textCell(toKey(r.*M)); },
          [](BuildingRecord& r, std::string_view v) {
            r.*M = Parse(std::string(v)).value_or(Fallback);
          },
          nullptr};
}

// Responsibility columns (schema version 3, docs/rules.md#responsibility): members of the
// record's `responsibility`.
template <std::string Responsibility::*M>
Column personText(const char* name) {
  return {name, Kind::Text, [](const BuildingRecord& r) { return textCell(r.responsibility.*M); },
          [](BuildingRecord& r, std::string_view v) { r.responsibility.*M = std::string(v); },
          nullptr};
}

template <Approval Responsibility::*M>
Column approvalFlag(const char* name) {
  return {name, Kind::Flag,
          [](const BuildingRecord& r) {
            const auto& p = (r.responsibility.*M).present;
            return p ? Cell{*p ? "1" : "0"} : Cell{};
          },
          [](BuildingRecord& r, std::string_view v) { (r.responsibility.*M).present = v != "0"; },
          [](BuildingRecord& r, long long v) { (r.responsibility.*M).present = v != 0; }};
}

template <Approval Responsibility::*M>
Column approvalNumber(const char* name) {
  return {
      name, Kind::Text,
      [](const BuildingRecord& r) { return textCell((r.responsibility.*M).number); },
      [](BuildingRecord& r, std::string_view v) { (r.responsibility.*M).number = std::string(v); },
      nullptr};
}

using R = BuildingRecord;
using P = Responsibility;

}  // namespace

const std::vector<Column>& columns() {
  static const std::vector<Column> list = {
      text<&R::code>("code"),
      text<&R::address>("address"),
      text<&R::town>("town"),
      text<&R::community>("community"),
      text<&R::grid>("grid"),
      flag<&R::selfBuilt>("self_built"),
      integer<&R::floors>("floors"),
      key<Structure, &R::structure, parseStructure, Structure::Unknown>("structure"),
      integer<&R::yearBuilt>("year_built"),
      integer<&R::designLife>("design_life"),
      key<BuildingUse, &R::use, parseUse, BuildingUse::Unknown>("use"),
      text<&R::useSubtype>("use_subtype"),
      flag<&R::peopleDense>("people_dense"),
      flag<&R::proDesigned>("pro_designed"),
      flag<&R::altAddedFloors>("alt_added_floors"),
      flag<&R::altStructure>("alt_structure"),
      flag<&R::altUse>("alt_use"),
      flag<&R::altBasement>("alt_basement"),
      flag<&R::distress>("distress"),
      key<SurveyStatus, &R::surveyStatus, parseSurveyStatus, SurveyStatus::Unknown>(
          "survey_status"),
      date<&R::surveyDate>("survey_date"),
      key<InitialHazard, &R::initialHazard, parseInitialHazard, InitialHazard::Unknown>(
          "initial_hazard"),
      date<&R::hazardFoundDate>("hazard_found_date"),
      flag<&R::recheckNoHazard>("recheck_no_hazard"),
      flag<&R::directEngineering>("direct_engineering"),
      key<AppraisalGrade, &R::appraisalGrade, parseAppraisalGrade, AppraisalGrade::None>(
          "appraisal_grade"),
      date<&R::appraisalDate>("appraisal_date"),
      key<ControlMeasure, &R::control, parseControl, ControlMeasure::Unknown>("control"),
      key<Rectification, &R::rectification, parseRectification, Rectification::Unknown>(
          "rectification"),
      flag<&R::rectificationDone>("rectification_done"),
      date<&R::rectificationDate>("rectification_date"),
      flag<&R::closed>("closed"),
      date<&R::closedDate>("closed_date"),
      key<ClosureBasis, &R::closureBasis, parseClosureBasis, ClosureBasis::Unknown>(
          "closure_basis"),
      date<&R::appraisalOrderedDate>("appraisal_ordered_date"),
      personText<&P::owner>("owner"),
      personText<&P::ownerPhone>("owner_phone"),
      personText<&P::occupant>("occupant"),
      personText<&P::occupantPhone>("occupant_phone"),
      personText<&P::department>("department"),
      approvalFlag<&P::project>("approval_project"),
      approvalNumber<&P::project>("approval_project_no"),
      approvalFlag<&P::land>("approval_land"),
      approvalNumber<&P::land>("approval_land_no"),
      approvalFlag<&P::planning>("approval_planning"),
      approvalNumber<&P::planning>("approval_planning_no"),
      approvalFlag<&P::construction>("approval_construction"),
      approvalNumber<&P::construction>("approval_construction_no"),
      approvalFlag<&P::fire>("approval_fire"),
      approvalNumber<&P::fire>("approval_fire_no"),
  };
  return list;
}

const Column* find(const std::string& name) {
  for (const Column& c : columns()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

const std::vector<std::string>& names() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> out;
    for (const Column& c : columns()) out.emplace_back(c.name);
    return out;
  }();
  return list;
}

std::vector<Cell> values(const BuildingRecord& r) {
  std::vector<Cell> out;
  out.reserve(columns().size());
  for (const Column& c : columns()) out.push_back(c.get(r));
  return out;
}

BuildingRecord fromValues(const std::vector<Cell>& v) {
  BuildingRecord r;
  const auto& list = columns();
  for (std::size_t i = 0; i < list.size() && i < v.size(); ++i) {
    if (v[i]) list[i].setText(r, *v[i]);
  }
  return r;
}

}  // namespace fangan::building_columns
