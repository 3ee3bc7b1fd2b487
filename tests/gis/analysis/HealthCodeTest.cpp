#include <gtest/gtest.h>

#include "gis/analysis/HealthCode.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

struct HealthCase {
  const char* name;
  BuildingRecord record;
  HealthCode code;
  const char* reason;
};

BuildingRecord neverSurveyed(bool commercial) {
  BuildingRecord r = cleanRecord("N", "东城", commercial);
  r.surveyStatus = SurveyStatus::NotSurveyed;
  r.surveyDate.reset();
  r.initialHazard = InitialHazard::Unknown;
  return r;
}

BuildingRecord surveyedNoVerdict(bool commercial) {
  BuildingRecord r = cleanRecord("V", "东城", commercial);
  r.initialHazard = InitialHazard::Unknown;
  return r;
}

std::vector<HealthCase> healthCases() {
  BuildingRecord stopUse = withHazard(cleanRecord("S"));
  stopUse.control = ControlMeasure::StopUse;
  BuildingRecord sealed =
      closedOn(reinforced(appraised(withHazard(cleanRecord("E")), AppraisalGrade::D)),
               ClosureBasis::Engineering);
  sealed.control = ControlMeasure::EvacuatedSealed;  // still sealed after closure: red
  BuildingRecord rechecked = withHazard(cleanRecord("R"));
  rechecked.recheckNoHazard = true;
  BuildingRecord direct = withHazard(cleanRecord("DE"));
  direct.directEngineering = true;
  BuildingRecord suspect = withHazard(cleanRecord("SU"));
  suspect.initialHazard = InitialHazard::Suspect;
  return {
      {"StopUse", stopUse, HealthCode::Red, "管控中：停止使用"},
      {"EvacuatedSealed", sealed, HealthCode::Red, "管控中：清人封房"},
      {"CDNotRectified", appraised(withHazard(cleanRecord("C")), AppraisalGrade::C),
       HealthCode::Red, "C/D级危房未完成工程整治"},
      {"CDManagementClosure",
       closedOn(appraised(withHazard(cleanRecord("CM")), AppraisalGrade::D),
                ClosureBasis::ManagementOnly),
       HealthCode::Red, "C/D级危房未完成工程整治"},
      {"CDRectifiedClosed",
       closedOn(reinforced(appraised(withHazard(cleanRecord("CR")), AppraisalGrade::C)),
                ClosureBasis::Engineering),
       HealthCode::Green, "C/D级已工程整治并销号"},
      {"CDRectifiedOpen", reinforced(appraised(withHazard(cleanRecord("CO")), AppraisalGrade::D)),
       HealthCode::Yellow, "已工程整治，待销号"},
      {"GradeB", appraised(withHazard(cleanRecord("B")), AppraisalGrade::B), HealthCode::Green,
       "鉴定为A/B级"},
      {"RecheckedNoHazard", rechecked, HealthCode::Green, "技术复核无隐患"},
      {"DirectEngineeringClosed", closedOn(reinforced(direct), ClosureBasis::Engineering),
       HealthCode::Green, "工程措施整治并销号"},
      {"DirectEngineeringDoneOpen", reinforced(direct), HealthCode::Yellow, "已工程整治，待销号"},
      {"ClosedAcceptedBasis",
       closedOn(withHazard(cleanRecord("CA")), ClosureBasis::RecheckNoHazard), HealthCode::Green,
       "已销号"},
      {"ClosedManagementOnly",
       closedOn(withHazard(cleanRecord("MO")), ClosureBasis::ManagementOnly), HealthCode::Yellow,
       "仅管理措施销号，待专业复核"},
      {"DirectEngineeringInProgress", direct, HealthCode::Yellow, "直接工程措施整治中"},
      {"AwaitingAppraisal", withHazard(cleanRecord("H")), HealthCode::Yellow, "初判有隐患，待鉴定"},
      {"SuspectAwaitingAppraisal", suspect, HealthCode::Yellow, "初判存疑，待鉴定"},
      {"SurveyedNoHazard", cleanRecord("OK"), HealthCode::Green, "排查无隐患"},
      {"CommercialNeverSurveyed", neverSurveyed(true), HealthCode::Yellow, "经营性房屋未排查"},
      {"CommercialNoVerdict", surveyedNoVerdict(true), HealthCode::Yellow,
       "经营性房屋排查结论缺失"},
      {"NonCommercialNeverSurveyed", neverSurveyed(false), HealthCode::None, "未排查"},
      {"NonCommercialNoVerdict", surveyedNoVerdict(false), HealthCode::None, "排查结论缺失"},
  };
}

class HealthCodeCases : public ::testing::TestWithParam<HealthCase> {};

TEST_P(HealthCodeCases, GivesCodeAndReason) {
  const HealthCase& c = GetParam();
  const HealthCodeResult result = healthCode(c.record);
  EXPECT_EQ(healthCodeKey(result.code), healthCodeKey(c.code));
  EXPECT_EQ(result.reason, c.reason);
}

INSTANTIATE_TEST_SUITE_P(Health, HealthCodeCases, ::testing::ValuesIn(healthCases()),
                         [](const ::testing::TestParamInfo<HealthCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(HealthCode, SubtypeMakesANeverSurveyedBuildingCommercial) {
  BuildingRecord r = neverSurveyed(false);
  r.useSubtype = "homestay";
  EXPECT_EQ(healthCode(r).code, HealthCode::Yellow);
  // A never-surveyed record with initial_hazard = none is still "never surveyed".
  BuildingRecord odd = neverSurveyed(false);
  odd.initialHazard = InitialHazard::None;
  EXPECT_EQ(healthCode(odd).code, HealthCode::None);
}

TEST(HealthCode, KeysAndChineseNames) {
  EXPECT_EQ(healthCodeKey(HealthCode::Green), "green");
  EXPECT_EQ(healthCodeKey(HealthCode::Yellow), "yellow");
  EXPECT_EQ(healthCodeKey(HealthCode::Red), "red");
  EXPECT_EQ(healthCodeKey(HealthCode::None), "none");
  EXPECT_EQ(healthCodeChinese(HealthCode::Green), "绿码");
  EXPECT_EQ(healthCodeChinese(HealthCode::Yellow), "黄码");
  EXPECT_EQ(healthCodeChinese(HealthCode::Red), "红码");
  EXPECT_EQ(healthCodeChinese(HealthCode::None), "无码");
}

}  // namespace
}  // namespace fangan
