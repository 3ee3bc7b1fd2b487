#include <gtest/gtest.h>

#include "layers/BuildingClass.h"

namespace fangan {
namespace {

struct ClassCase {
  const char* name;
  SurveyStatus survey;
  InitialHazard hazard;
  AppraisalGrade grade;
  bool recheckNoHazard;
  const char* expected;
};

class HazardClassCases : public ::testing::TestWithParam<ClassCase> {};

TEST_P(HazardClassCases, FollowsTheCaseLifecycle) {
  const ClassCase& c = GetParam();
  BuildingRecord r;
  r.surveyStatus = c.survey;
  r.initialHazard = c.hazard;
  r.appraisalGrade = c.grade;
  if (c.recheckNoHazard) r.recheckNoHazard = true;
  EXPECT_EQ(hazardClass(r).toStdString(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Lifecycle, HazardClassCases,
    ::testing::Values(ClassCase{"unknown", SurveyStatus::Unknown, InitialHazard::Unknown,
                                AppraisalGrade::None, false, "not_surveyed"},
                      ClassCase{"notSurveyed", SurveyStatus::NotSurveyed, InitialHazard::Unknown,
                                AppraisalGrade::None, false, "not_surveyed"},
                      ClassCase{"noVerdict", SurveyStatus::Surveyed, InitialHazard::Unknown,
                                AppraisalGrade::None, false, "no_verdict"},
                      ClassCase{"noHazard", SurveyStatus::Surveyed, InitialHazard::None,
                                AppraisalGrade::None, false, "no_hazard"},
                      ClassCase{"hazard", SurveyStatus::Surveyed, InitialHazard::Hazard,
                                AppraisalGrade::None, false, "initial_hazard"},
                      ClassCase{"suspect", SurveyStatus::Surveyed, InitialHazard::Suspect,
                                AppraisalGrade::None, false, "initial_hazard"},
                      ClassCase{"recheckedClean", SurveyStatus::Surveyed, InitialHazard::Hazard,
                                AppraisalGrade::None, true, "no_hazard"},
                      ClassCase{"gradeC", SurveyStatus::Surveyed, InitialHazard::Hazard,
                                AppraisalGrade::C, false, "C"},
                      ClassCase{"gradeWithoutSurveyStatus", SurveyStatus::Unknown,
                                InitialHazard::Unknown, AppraisalGrade::D, false, "D"}),
    [](const ::testing::TestParamInfo<ClassCase>& info) { return std::string(info.param.name); });

TEST(SurveyClass, UnknownCountsAsNotSurveyed) {
  BuildingRecord r;
  EXPECT_EQ(surveyClass(r), "not_surveyed");
  r.surveyStatus = SurveyStatus::Surveyed;
  EXPECT_EQ(surveyClass(r), "surveyed");
}

}  // namespace
}  // namespace fangan
