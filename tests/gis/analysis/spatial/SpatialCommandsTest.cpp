// `fangan analyze` and `fangan gaps` end to end, through the built `fangan` binary next to this
// test executable (build/app/fangan); skipped when it has not been built.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../../support/TempDir.h"
#include "../../support/VectorFixture.h"
#include "SpatialFixtures.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

Wkb rect(double x0, double y0, double x1, double y1) {
  return testing::rectangle(kX0 + x0, kY0 + y0, kX0 + x1, kY0 + y1);
}

class SpatialCommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    binary_ = testing::fanganBinary();
    if (binary_.empty()) FANGAN_MISSING("fangan binary not built");
    project_ = dir_.file("p.sqlite");
    auto store = testing::newProject(project_);
    GridRecord g;
    g.grid = "G1";
    store->upsertGrid(g, rect(0, 0, 100, 100));
    g.grid = "G2";
    store->upsertGrid(g, rect(100, 0, 200, 100));
    SourceFeature school;
    school.category = "school";
    store->insertSource(ProjectLayer::Pois, school, testing::point(kX0 + 50, kY0 + 50));
    testing::addBuilding(*store, "A", rect(10, 10, 20, 20), true);
    testing::addBuilding(*store, "B", rect(30, 10, 40, 20));
    testing::addBuilding(*store, "C", rect(500, 10, 510, 20));  // outside grids and school zone
  }
  std::string run(const std::string& args, int* status) {
    return testing::runCommand(binary_ + " " + args + " 2>&1", status);
  }
  testing::TempDir dir_;
  std::string binary_;
  std::string project_;
};

TEST_F(SpatialCommandsTest, AnalyzeThenGapsByGrid) {
  const std::string rules = dir_.file("z.rules");
  {
    std::FILE* f = std::fopen(rules.c_str(), "w");
    std::fputs("school buffer school 200\n", f);
    std::fclose(f);
  }
  int status = -1;
  const std::string json = run("analyze " + project_ + " --rules " + rules + " --json", &status);
  ASSERT_EQ(status, 0) << json;
  EXPECT_NE(json.find("\"type\":\"school\",\"action\":\"rebuilt\",\"derived\":1"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"buildings_per_zone_type\":{\"school\":2}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"outside\":1"), std::string::npos) << json;
  EXPECT_NE(json.find("\"outside_codes\":[\"C\"]"), std::string::npos) << json;

  // The rules file is remembered: a second run without --rules changes nothing.
  const std::string again = run("analyze " + project_ + " --json", &status);
  ASSERT_EQ(status, 0) << again;
  EXPECT_NE(again.find("\"action\":\"unchanged\""), std::string::npos) << again;

  const std::string csv = run("gaps " + project_ + " --by grid", &status);
  ASSERT_EQ(status, 0) << csv;
  EXPECT_EQ(csv,
            "area,total,checked,unchecked,coverage_rate\n"
            "G1,2,1,1,0.5000\n"
            "G2,0,0,0,—\n"
            ",1,0,1,0.0000\n");
  const std::string zones = run("gaps " + project_ + " --by zone --format json", &status);
  ASSERT_EQ(status, 0) << zones;
  EXPECT_NE(zones.find("{\"area\":\"school\",\"total\":2,\"checked\":1,\"unchecked\":1,"
                       "\"coverage_rate\":0.5}"),
            std::string::npos)
      << zones;
  EXPECT_NE(zones.find("\"largest_gaps\":[{\"area\":\"G1\",\"unchecked\":1,"
                       "\"coverage_rate\":0.5}]"),
            std::string::npos)
      << zones;
}

TEST_F(SpatialCommandsTest, BadArgumentsAreUsageErrors) {
  int status = -1;
  run("gaps " + project_ + " --by street", &status);
  EXPECT_EQ(status, 2);
  run("analyze " + project_ + " --dem " + dir_.file("missing.tif"), &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace fangan
