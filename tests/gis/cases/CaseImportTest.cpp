// Problem lists and plans from XLSX sheets written with GDAL's XLSX driver (the offices' form):
// Chinese headers, every row registered, and a sheet with a bad row writes nothing.

#include <gtest/gtest.h>

#include "../support/VectorFixture.h"
#include "CaseFixture.h"
#include "gis/cases/CaseImport.h"
#include "gis/cases/CaseVocabulary.h"

namespace fangan {
namespace {

using testing::writeVectorFile;

const std::vector<std::string> kProblemHeaders = {"问题编号", "问题来源", "发现日期", "房屋编码",
                                                  "位置",     "问题描述", "责任单位", "整改期限"};

TEST(CaseImport, RegistersTheProblemsOfASheet) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto xlsx = dir.file("problems.xlsx");
  writeVectorFile(
      xlsx, "XLSX", 0, kProblemHeaders,
      {{"", {"XS-001", "线上巡检", "2025-02-01", "H1", "", "加层未鉴定", "东街街道", "2025-03-31"}},
       {"", {"XS-002", "省级检查", "2025/02/03", "", "西镇集贸市场", "违规改变用途", "", ""}},
       {"", {"XS-003", "work_team", "2025-02-04", "H3", "", "C级未停用", "西镇", ""}}});
  const CaseImportReport r = importProblems(*store, xlsx, "导入");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  EXPECT_EQ(r.imported, 3);
  const auto problems = store->problems();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].reference, "XS-001");
  EXPECT_EQ(problems[0].source, ProblemSource::OnlineInspection);
  EXPECT_EQ(problems[0].town, "东街");
  EXPECT_EQ(problems[0].deadline, (Date{2025, 3, 31}));
  EXPECT_EQ(problems[1].source, ProblemSource::ProvincialCheck);
  EXPECT_EQ(problems[1].location, "西镇集贸市场");
  EXPECT_EQ(problems[1].foundDate, (Date{2025, 2, 3}));
  EXPECT_EQ(problems[2].source, ProblemSource::WorkTeam);
  // The same sheet again: every reference is registered already.
  const CaseImportReport again = importProblems(*store, xlsx, "导入");
  EXPECT_EQ(again.imported, 0);
  EXPECT_EQ(again.skipped, 3);
  EXPECT_EQ(store->problems().size(), 3u);
}

TEST(CaseImport, ASheetWithABadRowWritesNothingAndNamesTheRow) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto xlsx = dir.file("problems.xlsx");
  writeVectorFile(xlsx, "XLSX", 0, kProblemHeaders,
                  {{"", {"A1", "督导", "2025-02-01", "H1", "", "未设警示", "", ""}},
                   {"", {"A2", "督导", "2025-02-01", "H9", "", "编码不存在", "", ""}},
                   {"", {"A3", "天上掉的", "2025-02-01", "H1", "", "来源不明", "", ""}}});
  const CaseImportReport r = importProblems(*store, xlsx, "导入");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("第 3 行"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[0].find("H9"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("第 4 行"), std::string::npos) << r.errors[1];
  EXPECT_EQ(r.imported, 0);
  EXPECT_TRUE(store->problems().empty());
  EXPECT_TRUE(store->caseEvents(CaseSubject::Problem, 0).empty());
}

TEST(CaseImport, DraftsThePlansOfASheet) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto xlsx = dir.file("plans.xlsx");
  writeVectorFile(
      xlsx, "XLSX", 0,
      {"房屋编码", "整治措施", "技术路线", "责任单位", "责任人", "开始日期", "完成期限", "节点"},
      {{"",
        {"H2", "加固", "增设钢筋混凝土构造柱", "东街街道", "王五", "2025-03-01", "2025-05-31",
         "2025-03-20 设计审查；2025-05-20 施工完成"}},
       {"", {"H3", "拆除", "整体拆除", "西镇", "", "", "2025-04-30", ""}}});
  const CaseImportReport r = importPlans(*store, xlsx, {2025, 2, 25}, "导入");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  EXPECT_EQ(r.imported, 2);
  const auto plans = store->plans();
  ASSERT_EQ(plans.size(), 2u);
  EXPECT_EQ(plans[0].measure, Rectification::Reinforce);
  ASSERT_EQ(plans[0].milestones.size(), 2u);
  EXPECT_EQ(plans[0].milestones[0].due, (Date{2025, 3, 20}));
  EXPECT_EQ(plans[0].milestones[0].text, "设计审查");
  EXPECT_EQ(plans[1].measure, Rectification::Demolition);
  EXPECT_EQ(plans[1].due, (Date{2025, 4, 30}));

  // A good row (H1), a building without hazard (N1) and one with a plan in force (H3): the
  // sheet writes nothing, not even H1.
  const auto bad = dir.file("bad.xlsx");
  writeVectorFile(bad, "XLSX", 0, {"房屋编码", "整治措施", "责任单位", "完成期限"},
                  {{"", {"H1", "维修", "东街街道", "2025-04-30"}},
                   {"", {"N1", "加固", "西镇", "2025-04-30"}},
                   {"", {"H3", "拆除", "西镇", "2025-04-30"}}});
  const CaseImportReport refused = importPlans(*store, bad, {2025, 2, 25}, "导入");
  ASSERT_EQ(refused.errors.size(), 2u);
  EXPECT_NE(refused.errors[0].find("第 3 行"), std::string::npos) << refused.errors[0];
  EXPECT_NE(refused.errors[1].find("第 4 行"), std::string::npos) << refused.errors[1];
  EXPECT_EQ(store->plans().size(), 2u);
}

}  // namespace
}  // namespace fangan
