#include "gis/synth/BuildingFields.h"

#include <cstdlib>

#include "gis/model/Vocabulary.h"

namespace fangan::synth {

namespace {

std::string yesNo(const std::optional<bool>& v) { return v ? (*v ? "yes" : "no") : ""; }
std::string number(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }
std::string date(const std::optional<Date>& v) { return v ? v->toString() : ""; }

}  // namespace

const std::vector<FieldSpec>& buildingFields() {
  // Dates are text, not OFTDate: GDAL reads OFTDate back as "YYYY/MM/DD", and the interchange
  // format promises YYYY-MM-DD to whatever reads the file.
  static const std::vector<FieldSpec> fields = {{"code", OFTString},
                                                {"address", OFTString},
                                                {"town", OFTString},
                                                {"community", OFTString},
                                                {"grid", OFTString},
                                                {"self_built", OFTString},
                                                {"floors", OFTInteger},
                                                {"structure", OFTString},
                                                {"year_built", OFTInteger},
                                                {"design_life", OFTInteger},
                                                {"use", OFTString},
                                                {"use_subtype", OFTString},
                                                {"people_dense", OFTString},
                                                {"pro_designed", OFTString},
                                                {"alt_added_floors", OFTString},
                                                {"alt_structure", OFTString},
                                                {"alt_use", OFTString},
                                                {"alt_basement", OFTString},
                                                {"distress", OFTString},
                                                {"survey_status", OFTString},
                                                {"survey_date", OFTString},
                                                {"initial_hazard", OFTString},
                                                {"hazard_found_date", OFTString},
                                                {"recheck_no_hazard", OFTString},
                                                {"direct_engineering", OFTString},
                                                {"appraisal_grade", OFTString},
                                                {"appraisal_date", OFTString},
                                                {"control", OFTString},
                                                {"rectification", OFTString},
                                                {"rectification_done", OFTString},
                                                {"rectification_date", OFTString},
                                                {"closed", OFTString},
                                                {"closed_date", OFTString},
                                                {"closure_basis", OFTString}};
  return fields;
}

std::vector<std::string> buildingValues(const BuildingRecord& r) {
  return {r.code,
          r.address,
          r.town,
          r.community,
          r.grid,
          yesNo(r.selfBuilt),
          number(r.floors),
          toKey(r.structure),
          number(r.yearBuilt),
          number(r.designLife),
          toKey(r.use),
          r.useSubtype,
          yesNo(r.peopleDense),
          yesNo(r.proDesigned),
          yesNo(r.altAddedFloors),
          yesNo(r.altStructure),
          yesNo(r.altUse),
          yesNo(r.altBasement),
          yesNo(r.distress),
          toKey(r.surveyStatus),
          date(r.surveyDate),
          toKey(r.initialHazard),
          date(r.hazardFoundDate),
          yesNo(r.recheckNoHazard),
          yesNo(r.directEngineering),
          toKey(r.appraisalGrade),
          date(r.appraisalDate),
          toKey(r.control),
          toKey(r.rectification),
          yesNo(r.rectificationDone),
          date(r.rectificationDate),
          yesNo(r.closed),
          date(r.closedDate),
          toKey(r.closureBasis)};
}

void setBuildingFields(const BuildingRecord& record, OGRFeature& feature) {
  const auto& fields = buildingFields();
  const std::vector<std::string> values = buildingValues(record);
  for (size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i);
    if (values[i].empty()) {
      feature.SetFieldNull(index);
    } else if (fields[i].type == OFTInteger) {
      feature.SetField(index, std::atoi(values[i].c_str()));
    } else {
      feature.SetField(index, values[i].c_str());
    }
  }
}

}  // namespace fangan::synth
