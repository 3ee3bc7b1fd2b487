#include "gis/history/RecordAsOf.h"

#include <array>
#include <map>
#include <string>

#include "gis/store/BuildingColumns.h"

namespace fangan {

namespace {

enum class Group {
  Identity,
  Survey,
  Hazard,
  Recheck,
  Direct,
  Appraisal,
  Order,
  Control,
  Rectification,
  RectificationDone,
  Closed
};
constexpr std::size_t kGroups = 11;

Group groupOf(const std::string& field) {
  static const std::map<std::string, Group> groups = {
      {"survey_status", Group::Survey},
      {"survey_date", Group::Survey},
      {"initial_hazard", Group::Hazard},
      {"hazard_found_date", Group::Hazard},
      {"recheck_no_hazard", Group::Recheck},
      {"direct_engineering", Group::Direct},
      {"appraisal_grade", Group::Appraisal},
      {"appraisal_date", Group::Appraisal},
      {"appraisal_ordered_date", Group::Order},
      {"control", Group::Control},
      {"rectification", Group::Rectification},
      {"rectification_done", Group::RectificationDone},
      {"rectification_date", Group::RectificationDone},
      {"closed", Group::Closed},
      {"closed_date", Group::Closed},
      {"closure_basis", Group::Closed}};
  const auto it = groups.find(field);
  return it == groups.end() ? Group::Identity : it->second;
}

/// The own date of a dated state that is set, else std::nullopt.
std::optional<Date> ownDate(Group g, const BuildingRecord& r) {
  switch (g) {
    case Group::Survey:
      return r.isSurveyed() ? r.surveyDate : std::nullopt;
    case Group::Hazard:
      if (r.initialHazard == InitialHazard::Hazard || r.initialHazard == InitialHazard::Suspect)
        return r.hazardFoundDate;
      return r.initialHazard == InitialHazard::None ? r.surveyDate : std::nullopt;
    case Group::Appraisal:
      return r.appraisalGrade != AppraisalGrade::None ? r.appraisalDate : std::nullopt;
    case Group::Order:
      return r.appraisalOrderedDate;
    case Group::RectificationDone:
      return r.rectificationDone.value_or(false) ? r.rectificationDate : std::nullopt;
    case Group::Closed:
      return r.isClosed() ? r.closedDate : std::nullopt;
    // Undated states that a later dated one implies: a measure done was in place by
    // rectification_date, and a re-check that closed the case had been made by closed_date.
    case Group::Rectification:
      if (r.rectification == Rectification::Unknown || r.rectification == Rectification::None)
        return std::nullopt;
      return r.rectificationDone.value_or(false) ? r.rectificationDate : std::nullopt;
    case Group::Direct:
      return r.directEngineering.value_or(false) && r.rectificationDone.value_or(false)
                 ? r.rectificationDate
                 : std::nullopt;
    case Group::Recheck:
      return r.recheckNoHazard.value_or(false) && r.isClosed() &&
                     r.closureBasis == ClosureBasis::RecheckNoHazard
                 ? r.closedDate
                 : std::nullopt;
    default:
      return std::nullopt;
  }
}

void copyGroup(Group g, const BuildingRecord& from, BuildingRecord& to) {
  switch (g) {
    case Group::Identity:
      to.code = from.code;
      to.address = from.address;
      to.town = from.town;
      to.community = from.community;
      to.grid = from.grid;
      to.selfBuilt = from.selfBuilt;
      to.floors = from.floors;
      to.structure = from.structure;
      to.yearBuilt = from.yearBuilt;
      to.designLife = from.designLife;
      to.use = from.use;
      to.useSubtype = from.useSubtype;
      to.peopleDense = from.peopleDense;
      to.proDesigned = from.proDesigned;
      to.altAddedFloors = from.altAddedFloors;
      to.altStructure = from.altStructure;
      to.altUse = from.altUse;
      to.altBasement = from.altBasement;
      to.distress = from.distress;
      to.responsibility = from.responsibility;
      break;
    case Group::Survey:
      to.surveyStatus = from.surveyStatus;
      to.surveyDate = from.surveyDate;
      break;
    case Group::Hazard:
      to.initialHazard = from.initialHazard;
      to.hazardFoundDate = from.hazardFoundDate;
      break;
    case Group::Recheck:
      to.recheckNoHazard = from.recheckNoHazard;
      break;
    case Group::Direct:
      to.directEngineering = from.directEngineering;
      break;
    case Group::Appraisal:
      to.appraisalGrade = from.appraisalGrade;
      to.appraisalDate = from.appraisalDate;
      break;
    case Group::Order:
      to.appraisalOrderedDate = from.appraisalOrderedDate;
      break;
    case Group::Control:
      to.control = from.control;
      break;
    case Group::Rectification:
      to.rectification = from.rectification;
      break;
    case Group::RectificationDone:
      to.rectificationDone = from.rectificationDone;
      to.rectificationDate = from.rectificationDate;
      break;
    case Group::Closed:
      to.closed = from.closed;
      to.closedDate = from.closedDate;
      to.closureBasis = from.closureBasis;
      break;
  }
}

/// The state of a group before its first version started.
void clearGroup(Group g, const BuildingRecord& onEntry, BuildingRecord& to) {
  BuildingRecord blank;
  switch (g) {
    case Group::Identity:
      copyGroup(g, onEntry, to);  // identity and physical facts as they entered
      return;
    case Group::Survey:
      blank.surveyStatus = SurveyStatus::NotSurveyed;
      break;
    default:
      break;  // unknown / none / not done / not closed
  }
  copyGroup(g, blank, to);
}

struct Version {
  BuildingRecord record;
  std::optional<Date> effective;  ///< empty: always in effect
  std::array<bool, kGroups> changed{};
};

}  // namespace

std::optional<BuildingRecord> recordAsOf(const BuildingRecord& current,
                                         const std::vector<BuildingChange>& changes,
                                         const Date& day) {
  const bool entered = !current.enteredDate || *current.enteredDate <= day;
  if (changes.empty()) {
    // One version, the record as it entered: the general rule below, without copies.
    if (entered && (!current.surveyDate || *current.surveyDate <= day) &&
        (!current.hazardFoundDate || *current.hazardFoundDate <= day) &&
        (!current.appraisalDate || *current.appraisalDate <= day) &&
        (!current.appraisalOrderedDate || *current.appraisalOrderedDate <= day) &&
        (!current.rectificationDate || *current.rectificationDate <= day) &&
        (!current.closedDate || *current.closedDate <= day)) {
      return current;  // every state had started by then
    }
    BuildingRecord result = current;
    for (std::size_t g = 1; g < kGroups; ++g) {
      const Group group = static_cast<Group>(g);
      std::optional<Date> start = ownDate(group, current);
      if (!start) start = current.enteredDate;
      if (start && *start > day) clearGroup(group, current, result);
    }
    if (!entered && !result.isSurveyed()) return std::nullopt;
    return result;
  }
  std::vector<Version> versions;
  {
    const auto& names = building_columns::names();
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < names.size(); ++i) index[names[i]] = i;
    auto values = building_columns::values(current);
    auto cell = [](const std::string& v) {
      return v.empty() ? std::optional<std::string>() : std::optional<std::string>(v);
    };
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
      const auto at = index.find(it->field);
      if (at != index.end()) values[at->second] = cell(it->oldValue);
    }
    versions.push_back({building_columns::fromValues(values), current.enteredDate, {}});
    for (const BuildingChange& c : changes) {
      const auto at = index.find(c.field);
      if (at == index.end()) continue;
      values[at->second] = cell(c.newValue);
      Version v{building_columns::fromValues(values), c.effective, {}};
      v.changed[static_cast<std::size_t>(groupOf(c.field))] = true;
      versions.push_back(std::move(v));
    }
  }

  BuildingRecord result = current;
  for (std::size_t g = 0; g < kGroups; ++g) {
    const Group group = static_cast<Group>(g);
    const Version* chosen = nullptr;
    for (std::size_t i = versions.size(); i-- > 0;) {
      const Version& v = versions[i];
      if (i > 0 && !v.changed[g]) continue;
      std::optional<Date> start = ownDate(group, v.record);
      if (!start) start = v.effective;
      if (!start || *start <= day) {
        chosen = &v;
        break;
      }
    }
    if (chosen) {
      copyGroup(group, chosen->record, result);
    } else {
      clearGroup(group, versions.front().record, result);
    }
  }
  if (!entered && !result.isSurveyed()) return std::nullopt;
  return result;
}

}  // namespace fangan
