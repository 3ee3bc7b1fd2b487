#include <gtest/gtest.h>

#include <algorithm>

#include "gis/analysis/AuditRules.h"
#include "gis/analysis/CaseState.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

const Date kToday = day("2024-03-12");

// Each dirty record breaks one rule (a few break two, as noted); the rest of the record is clean.
std::vector<BuildingRecord> dirtyRecords() {
  std::vector<BuildingRecord> v;
  v.push_back(closedOn(cleanRecord("NB"), ClosureBasis::Unknown));
  v.push_back(closedOn(cleanRecord("BU1"), ClosureBasis::GradeAB));          // no A/B grade
  v.push_back(closedOn(cleanRecord("BU2"), ClosureBasis::RecheckNoHazard));  // no recheck flag
  BuildingRecord bu3 = closedOn(cleanRecord("BU3"), ClosureBasis::Engineering);
  bu3.rectification = Rectification::Repair;  // repair is not an engineering measure
  bu3.rectificationDone = true;
  v.push_back(bu3);
  v.push_back(closedOn(withHazard(cleanRecord("MO"), "2024-03-10"), ClosureBasis::ManagementOnly));
  // C closed by management only: closed_management_only and cd_closed_without_engineering.
  BuildingRecord cd = closedOn(appraised(withHazard(cleanRecord("CD")), AppraisalGrade::C),
                               ClosureBasis::ManagementOnly);
  cd.control = ControlMeasure::StopUse;
  v.push_back(cd);
  v.push_back(cleanRecord(""));  // position 7 → "#7"
  BuildingRecord stored = cleanRecord("");
  stored.id = 42;
  v.push_back(stored);
  v.push_back(cleanRecord("DUP"));
  v.push_back(cleanRecord("DUP"));
  BuildingRecord nf = cleanRecord("NF");
  nf.floors.reset();
  v.push_back(nf);
  BuildingRecord ns = cleanRecord("NS");
  ns.structure = Structure::Unknown;
  v.push_back(ns);
  BuildingRecord ny = cleanRecord("NY");
  ny.yearBuilt.reset();
  v.push_back(ny);
  BuildingRecord f0 = cleanRecord("F0");
  f0.floors = 0;
  v.push_back(f0);
  BuildingRecord earth = cleanRecord("EARTH4");
  earth.structure = Structure::Earth;
  earth.floors = 4;
  v.push_back(earth);
  BuildingRecord masonry = cleanRecord("MAS8");
  masonry.floors = 8;
  v.push_back(masonry);
  BuildingRecord sb = cleanRecord("SB");
  sb.yearBuilt = 2024;  // surveyed 2023-05-01
  v.push_back(sb);
  BuildingRecord nhd = withHazard(cleanRecord("NHD"));
  nhd.hazardFoundDate.reset();
  v.push_back(nhd);
  v.push_back(withHazard(cleanRecord("OD"), "2024-03-01"));  // due 03-06, today 03-12
  v.push_back(appraised(withHazard(cleanRecord("CL1")), AppraisalGrade::D));  // control none
  BuildingRecord cl2 = withHazard(cleanRecord("CL2"), "2024-03-10");
  cl2.initialHazard = InitialHazard::Suspect;  // control recorded in history, now none
  v.push_back(cl2);
  return v;
}

AuditInputs dirtyInputs() {
  AuditInputs in;
  in.outsideEveryGrid = {"G2", "G1"};
  in.invalidGeometry = {"BAD"};
  in.duplicateFootprints = {{"P2", "P1"}, {"P1", "P3"}};
  in.orphanSurveyPoints = {"pt-9", "pt-10"};
  in.controlRecorded = {"CL2", "C5"};
  in.spotCheckResurveyTowns = {"乙镇", "甲镇"};
  in.overduePlans = {"PL2", "PL1"};
  return in;
}

// Clean records covering the whole lifecycle; no rule may fire.
std::vector<BuildingRecord> cleanRecords() {
  std::vector<BuildingRecord> v;
  v.push_back(cleanRecord("C1"));
  v.push_back(
      closedOn(appraised(withHazard(cleanRecord("C2")), AppraisalGrade::B), ClosureBasis::GradeAB));
  // D rectified, control lifted afterwards: allowed.
  v.push_back(closedOn(reinforced(appraised(withHazard(cleanRecord("C3")), AppraisalGrade::D)),
                       ClosureBasis::Engineering));
  BuildingRecord c4 = withHazard(cleanRecord("C4"));
  c4.recheckNoHazard = true;
  v.push_back(closedOn(c4, ClosureBasis::RecheckNoHazard));
  BuildingRecord c5 = withHazard(cleanRecord("C5"), "2024-03-10");  // awaiting, in time
  c5.control = ControlMeasure::StopUse;
  v.push_back(c5);
  BuildingRecord c6 = appraised(withHazard(cleanRecord("C6")), AppraisalGrade::C);
  c6.control = ControlMeasure::EvacuatedSealed;
  v.push_back(c6);
  BuildingRecord c7 = cleanRecord("C7");
  c7.structure = Structure::Earth;
  c7.floors = 3;
  v.push_back(c7);
  BuildingRecord c8 = cleanRecord("C8");
  c8.floors = 7;
  v.push_back(c8);
  // B after a control: lifting the control is fine.
  v.push_back(appraised(withHazard(cleanRecord("C9")), AppraisalGrade::B));
  BuildingRecord c10 = withHazard(cleanRecord("C10"), "2024-03-01");  // control unknown
  c10.control = ControlMeasure::Unknown;
  c10.directEngineering = true;
  v.push_back(c10);
  BuildingRecord c11 = cleanRecord("C11");
  c11.structure = Structure::Steel;
  c11.floors = 12;
  v.push_back(c11);
  return v;
}

AuditInputs cleanInputs() {
  AuditInputs in;
  in.controlRecorded = {"C3", "C4", "C5", "C9"};
  return in;
}

struct AuditCase {
  const char* id;
  std::vector<std::string> dirtyCodes;
};

std::vector<AuditCase> auditCases() {
  return {
      {"closed_without_basis", {"NB"}},
      {"closed_basis_unsupported", {"BU1", "BU2", "BU3"}},
      {"closed_management_only", {"CD", "MO"}},
      {"cd_closed_without_engineering", {"CD"}},
      {"missing_code", {"#7", "id:42"}},
      {"duplicate_code", {"DUP"}},
      {"missing_floors", {"NF"}},
      {"missing_structure", {"NS"}},
      {"missing_year_built", {"NY"}},
      {"invalid_floors", {"F0"}},
      {"floors_structure_mismatch", {"EARTH4", "MAS8"}},
      {"survey_before_build_year", {"SB"}},
      {"missing_hazard_found_date", {"NHD"}},
      {"appraisal_overdue", {"OD"}},
      {"control_lifted_before_rectification", {"CL1", "CL2"}},
      {"outside_every_grid", {"G1", "G2"}},
      {"invalid_geometry", {"BAD"}},
      {"duplicate_footprint", {"P1", "P2", "P3"}},
      {"orphan_survey_point", {"pt-10", "pt-9"}},
      {"spot_check_resurvey", {"乙镇", "甲镇"}},
      {"plan_overdue", {"PL1", "PL2"}},
  };
}

const AuditFinding& findingFor(const std::vector<AuditFinding>& findings, const std::string& id) {
  const auto it = std::find_if(findings.begin(), findings.end(),
                               [&id](const AuditFinding& f) { return f.id == id; });
  if (it == findings.end()) throw std::runtime_error("no finding " + id);
  return *it;
}

class AuditRuleCases : public ::testing::TestWithParam<AuditCase> {};

TEST_P(AuditRuleCases, FiresOnDirtyFixture) {
  const std::vector<AuditFinding> findings = runAudit(dirtyRecords(), dirtyInputs(), kToday);
  EXPECT_EQ(findingFor(findings, GetParam().id).codes, GetParam().dirtyCodes);
}

TEST_P(AuditRuleCases, SilentOnCleanFixture) {
  const std::vector<AuditFinding> findings = runAudit(cleanRecords(), cleanInputs(), kToday);
  EXPECT_TRUE(findingFor(findings, GetParam().id).codes.empty())
      << ::testing::PrintToString(findingFor(findings, GetParam().id).codes);
}

INSTANTIATE_TEST_SUITE_P(Audit, AuditRuleCases, ::testing::ValuesIn(auditCases()),
                         [](const ::testing::TestParamInfo<AuditCase>& info) {
                           return std::string(info.param.id);
                         });

TEST(AuditRules, CatalogueIsCoveredByTestsAndOrdered) {
  const std::vector<AuditRuleInfo>& catalog = auditRuleCatalog();
  const std::vector<AuditCase> cases = auditCases();
  ASSERT_EQ(catalog.size(), cases.size());
  for (std::size_t i = 0; i < catalog.size(); ++i) EXPECT_EQ(catalog[i].id, cases[i].id);
  const std::vector<AuditFinding> findings = runAudit({}, {}, kToday);
  ASSERT_EQ(findings.size(), catalog.size());
  EXPECT_EQ(findings[0].id, "closed_without_basis");
  EXPECT_EQ(findings[0].severity, AuditSeverity::Error);
  EXPECT_EQ(findings[0].message, "已销号但无销号依据");
  EXPECT_EQ(auditSeverityKey(findingFor(findings, "missing_floors").severity), "warning");
  EXPECT_TRUE(findingFor(findings, "orphan_survey_point").codes.empty());
  EXPECT_EQ(std::count_if(catalog.begin(), catalog.end(),
                          [](const AuditRuleInfo& r) { return r.spatial; }),
            4);
}

TEST(AuditRules, DuplicateCodesFromAGivenCodeList) {
  AuditInputs in;
  in.codes = {"A", "B", "A", "C", "B", "A", "", ""};
  // The given list replaces the records' codes (DUP twice in the records is not looked at).
  const std::vector<AuditFinding> findings = runAudit(dirtyRecords(), in, kToday);
  EXPECT_EQ(findingFor(findings, "duplicate_code").codes, (std::vector<std::string>{"A", "B"}));
}

TEST(AuditRules, OverdueDependsOnToday) {
  const std::vector<BuildingRecord> one = {withHazard(cleanRecord("T1"), "2024-03-01")};
  EXPECT_TRUE(findingFor(runAudit(one, {}, day("2024-03-06")), "appraisal_overdue").codes.empty());
  EXPECT_EQ(findingFor(runAudit(one, {}, day("2024-03-07")), "appraisal_overdue").codes,
            (std::vector<std::string>{"T1"}));
}

// The 5-day rule is about the order (责成), not the grade: hazard found 2024-03-01, deadline
// 2024-03-06. An order on day 4 (03-05) keeps the rule even weeks later without a grade; an
// order on day 6 (03-07) breaks it; no order breaks it from 03-07 on.
TEST(AuditRules, OverdueMeansNoOrderWithinFiveDays) {
  BuildingRecord onDay4 = withHazard(cleanRecord("O4"), "2024-03-01");
  onDay4.appraisalOrderedDate = day("2024-03-05");
  BuildingRecord onDay6 = withHazard(cleanRecord("O6"), "2024-03-01");
  onDay6.appraisalOrderedDate = day("2024-03-07");
  const BuildingRecord none = withHazard(cleanRecord("ON"), "2024-03-01");
  const std::vector<BuildingRecord> v = {onDay4, onDay6, none};
  EXPECT_EQ(findingFor(runAudit(v, {}, day("2024-04-30")), "appraisal_overdue").codes,
            (std::vector<std::string>{"O6", "ON"}));
  EXPECT_FALSE(isAppraisalOrderOverdue(onDay4, day("2024-04-30")));
  EXPECT_TRUE(isAppraisalOrderOverdue(onDay6, day("2024-03-07")));
  EXPECT_FALSE(isAppraisalOrderOverdue(none, day("2024-03-06")));
  EXPECT_TRUE(isAppraisalOrderOverdue(none, day("2024-03-07")));
  // Appraised: nothing is awaited any more, the late order is history.
  EXPECT_FALSE(isAppraisalOrderOverdue(appraised(onDay6, AppraisalGrade::C), day("2024-04-30")));
}

TEST(AuditRules, StructureFloorLimits) {
  EXPECT_EQ(maxFloorsForStructure(Structure::Earth), 3);
  EXPECT_EQ(maxFloorsForStructure(Structure::Timber), 3);
  EXPECT_EQ(maxFloorsForStructure(Structure::BrickWood), 3);
  EXPECT_EQ(maxFloorsForStructure(Structure::Masonry), 7);
  EXPECT_FALSE(maxFloorsForStructure(Structure::Frame));
  EXPECT_FALSE(maxFloorsForStructure(Structure::Steel));
}

}  // namespace
}  // namespace fangan
