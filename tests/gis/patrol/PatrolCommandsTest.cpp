// `fangan patrol` and `fangan results` end to end, through the built `fangan` binary next to
// this test executable (build/app/fangan); skipped when it has not been built.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../support/TempDir.h"
#include "../support/VectorFixture.h"
#include "PatrolFixtures.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;

class PatrolCommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    binary_ = testing::fanganBinary();
    if (binary_.empty()) FANGAN_MISSING("fangan binary not built");
    project_ = dir_.file("p.sqlite");
    auto store = createSpatialiteProject(project_, testing::kPatrolSrid);
    addGrid(*store, "G1", 3, "张三");
    for (int i = 0; i < 5; ++i) {
      addBuilding(*store, testing::unsurveyedRecord("A" + std::to_string(i), "G1"), 100 * i, 50);
    }
  }
  std::string run(const std::string& args, int* status) {
    return testing::runCommand(binary_ + " " + args + " 2>&1", status);
  }
  testing::TempDir dir_;
  std::string binary_;
  std::string project_;
};

TEST_F(PatrolCommandsTest, PlansWritesFilesAndTakesResultsBackOnce) {
  int status = -1;
  const std::string out = dir_.file("out");
  const std::string plan =
      run("patrol " + project_ + " --grid G1 --days 1 --start 2024-03-11 --out " + out, &status);
  ASSERT_EQ(status, 0) << plan;
  EXPECT_NE(plan.find("patrol plan: start 2024-03-11, 1 days, distances straight line"),
            std::string::npos)
      << plan;
  EXPECT_NE(plan.find("grid G1 G1网格 (manager 张三 13800000000, capacity 3/day): due 5, "
                      "scheduled 3, not scheduled 2"),
            std::string::npos)
      << plan;
  // Priority order A0 A1 A2 (equal scores, by code) lies on a line: the route is that order.
  EXPECT_NE(plan.find("day 1 2024-03-11: 3 stops, route 200.0 m, priority order 200.0 m, "
                      "saving 0.0 m (0.0%)"),
            std::string::npos)
      << plan;
  EXPECT_NE(plan.find("patrol-张三 (G1, 3 stops): patrol-张三.csv patrol-张三.xlsx "
                      "patrol-张三.gpkg patrol-张三.geojson"),
            std::string::npos)
      << plan;
  EXPECT_EQ(testing::ogrFeatureCount(out + "/patrol-张三.xlsx", "stops"), 3);

  const std::string back = dir_.file("back.csv");
  testing::writeVectorFile(back, "CSV", 0, {"code", "result_date", "inspector", "result"},
                           {{"", {"A0", "2024-03-11", "张三", "无隐患"}},
                            {"", {"A1", "2024-03-11", "张三", "有隐患"}},
                            {"", {"ZZ", "2024-03-11", "张三", "无隐患"}}});
  const std::string first =
      run("results " + project_ + " --from " + back + " --today 2024-03-12", &status);
  ASSERT_EQ(status, 0) << first;
  EXPECT_NE(first.find("3 行，空行 0\n已导入：2 条检查记录，更新 2 栋房屋\n"
                       "拒绝：1\n  第 3 行 ZZ：房屋编码不存在：ZZ\n冲突：0\n"
                       "重复：0\n"),
            std::string::npos)
      << first;
  const std::string second =
      run("results " + project_ + " --from " + back + " --today 2024-03-12", &status);
  ASSERT_EQ(status, 0) << second;
  EXPECT_NE(second.find("已导入：0 条检查记录，更新 0 栋房屋"), std::string::npos) << second;
  EXPECT_NE(second.find("重复：2\n  第 1 行 A0：已导入过相同的检查记录"), std::string::npos)
      << second;
}

// A result the case cannot take comes back from gis/ as a refusal code; the command words it in
// Chinese (app/cli/RefusalText.cpp), naming the result.
TEST_F(PatrolCommandsTest, ResultsWordsRefusalsInChinese) {
  int status = -1;
  const std::string back = dir_.file("refused.csv");
  testing::writeVectorFile(back, "CSV", 0, {"code", "result_date", "inspector", "result"},
                           {{"", {"A0", "2024-03-11", "张三", "销号"}},
                            {"", {"A1", "2024-03-11", "张三", "解除管控"}},
                            {"", {"A2", "2024-03-11", "张三", "有隐患"}},
                            {"", {"A2", "2024-03-11", "李工", "整治完成"}}});
  const std::string out =
      run("results " + project_ + " --from " + back + " --today 2024-03-12", &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_NE(out.find("已导入：1 条检查记录，更新 1 栋房屋\n拒绝：3\n"
                     "  第 1 行 A0：无销号依据（须技术复核无隐患、鉴定为A/B级或完成工程措施）\n"
                     "  第 2 行 A1：未处于管控状态，无需解除管控\n"
                     "  第 4 行 A2：未记录整治措施，无法登记整治完成\n"),
            std::string::npos)
      << out;
}

TEST_F(PatrolCommandsTest, UsageErrorsExitWithTwo) {
  int status = -1;
  run("patrol " + project_ + " --days 1 --out " + dir_.file("o"), &status);
  EXPECT_EQ(status, 2);
  run("patrol " + project_ + " --grid G1 --town X --days 1 --out " + dir_.file("o"), &status);
  EXPECT_EQ(status, 2);
  run("patrol " + project_ + " --grid G1 --days 0 --out " + dir_.file("o"), &status);
  EXPECT_EQ(status, 2);
  run("results " + project_, &status);
  EXPECT_EQ(status, 2);
  const std::string missing =
      run("patrol " + project_ + " --grid G9 --days 1 --out " + dir_.file("o"), &status);
  EXPECT_EQ(status, 1);
  EXPECT_NE(missing.find("网格不存在: G9"), std::string::npos) << missing;
}

}  // namespace
}  // namespace fangan
