#include "gis/io/BuildingRowParser.h"

#include <cmath>
#include <cstdlib>

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

class RowReader {
 public:
  explicit RowReader(const std::map<std::string, std::string>& cells) : cells_(cells) {}

  const std::string& error() const { return error_; }

  std::string text(const char* key) const {
    auto it = cells_.find(key);
    return it == cells_.end() ? std::string() : trimmed(it->second);
  }

  void integer(const char* key, std::optional<int>& out, int min, int max) {
    const std::string t = text(key);
    if (t.empty() || !error_.empty()) return;
    char* end = nullptr;
    const double v = std::strtod(t.c_str(), &end);  // "3.0" from spreadsheets is fine
    // The range first: casting a double beyond int (1e300, NaN) is undefined behaviour.
    if (end == t.c_str() || *end != '\0' || !(v >= min && v <= max) || v != std::floor(v)) {
      fail(key, t, "应为 " + std::to_string(min) + "–" + std::to_string(max) + " 的整数");
      return;
    }
    out = static_cast<int>(v);
  }

  void yesNo(const char* key, std::optional<bool>& out) {
    const std::string t = text(key);
    if (!error_.empty()) return;
    if (!parseYesNo(t, out)) fail(key, t, "应为 是/否");
  }

  void date(const char* key, std::optional<Date>& out) {
    const std::string t = text(key);
    if (t.empty() || !error_.empty()) return;
    out = Date::parse(t);
    if (!out) fail(key, t, "应为日期 YYYY-MM-DD");
  }

  template <typename E, typename Parse>
  void term(const char* key, E& out, Parse parse) {
    const std::string t = text(key);
    if (!error_.empty()) return;
    const auto v = parse(t);
    if (!v) {
      fail(key, t, "不是可识别的取值");
      return;
    }
    out = *v;
  }

 private:
  static std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  }
  void fail(const char* key, const std::string& value, const std::string& why) {
    error_ = std::string("列 ") + key + " 的值 \"" + value + "\" " + why;
  }

  const std::map<std::string, std::string>& cells_;
  std::string error_;
};

}  // namespace

ParsedBuilding parseBuildingRow(const std::map<std::string, std::string>& cells) {
  ParsedBuilding p;
  BuildingRecord& r = p.record;
  RowReader row(cells);
  r.code = row.text("code");
  r.address = row.text("address");
  r.town = row.text("town");
  r.community = row.text("community");
  r.grid = row.text("grid");
  r.useSubtype = row.text("use_subtype");
  row.yesNo("self_built", r.selfBuilt);
  row.integer("floors", r.floors, 1, 200);
  row.term("structure", r.structure, parseStructure);
  row.integer("year_built", r.yearBuilt, 1000, 2100);
  row.integer("design_life", r.designLife, 1, 300);
  row.term("use", r.use, parseUse);
  row.yesNo("people_dense", r.peopleDense);
  row.yesNo("pro_designed", r.proDesigned);
  row.yesNo("alt_added_floors", r.altAddedFloors);
  row.yesNo("alt_structure", r.altStructure);
  row.yesNo("alt_use", r.altUse);
  row.yesNo("alt_basement", r.altBasement);
  row.yesNo("distress", r.distress);
  row.term("survey_status", r.surveyStatus, parseSurveyStatus);
  row.date("survey_date", r.surveyDate);
  row.term("initial_hazard", r.initialHazard, parseInitialHazard);
  row.date("hazard_found_date", r.hazardFoundDate);
  row.date("appraisal_ordered_date", r.appraisalOrderedDate);
  row.yesNo("recheck_no_hazard", r.recheckNoHazard);
  row.yesNo("direct_engineering", r.directEngineering);
  row.term("appraisal_grade", r.appraisalGrade, parseAppraisalGrade);
  row.date("appraisal_date", r.appraisalDate);
  row.term("control", r.control, parseControl);
  row.term("rectification", r.rectification, parseRectification);
  row.yesNo("rectification_done", r.rectificationDone);
  row.date("rectification_date", r.rectificationDate);
  row.yesNo("closed", r.closed);
  row.date("closed_date", r.closedDate);
  row.term("closure_basis", r.closureBasis, parseClosureBasis);
  Responsibility& people = r.responsibility;
  people.owner = row.text("owner");
  people.ownerPhone = row.text("owner_phone");
  people.occupant = row.text("occupant");
  people.occupantPhone = row.text("occupant_phone");
  people.department = row.text("department");
  row.yesNo("approval_project", people.project.present);
  people.project.number = row.text("approval_project_no");
  row.yesNo("approval_land", people.land.present);
  people.land.number = row.text("approval_land_no");
  row.yesNo("approval_planning", people.planning.present);
  people.planning.number = row.text("approval_planning_no");
  row.yesNo("approval_construction", people.construction.present);
  people.construction.number = row.text("approval_construction_no");
  row.yesNo("approval_fire", people.fire.present);
  people.fire.number = row.text("approval_fire_no");
  p.error = row.error();
  return p;
}

}  // namespace fangan
