#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "gis/io/GdalHandles.h"
#include "gis/synth/GpkgLayerWriter.h"
#include "gis/synth/OgrGeos.h"
#include "gis/synth/SampleDistrict.h"
#include "tests/support/MissingInput.h"

namespace fangan::synth {

namespace {

namespace fs = std::filesystem;

const std::string kAndorra = std::string(FANGAN_SHARED_DATA) + "/andorra";

struct Dataset {
  explicit Dataset(const std::string& path)
      : ds((registerGdalOnce(), openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY))) {}
  OGRLayer* layer() const { return ds ? ds->GetLayer(0) : nullptr; }
  GdalDataset ds;
};

// The sample district derived once for all tests of this file (it takes about half a second).
class SampleDistrictTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kAndorra + "/buildings.gpkg")) return;
    out_ = (fs::path(testing::TempDir()) / ("fangan_synth_sample_" + std::to_string(::getpid())))
               .string();
    fs::remove_all(out_);
    summary_ = writeSampleDistrict(kAndorra, out_, 2024);
  }
  static void TearDownTestSuite() {
    if (!out_.empty()) fs::remove_all(out_);
  }
  void SetUp() override {
    if (out_.empty()) FANGAN_MISSING("no Andorra extract in " << kAndorra);
  }
  static std::string file(const char* name) { return out_ + "/" + name + ".gpkg"; }

  static std::string out_;
  static SampleSummary summary_;
};

std::string SampleDistrictTest::out_;
SampleSummary SampleDistrictTest::summary_;

}  // namespace

TEST_F(SampleDistrictTest, KeepsEveryBuildingAndTheSevenParishes) {
  EXPECT_EQ(summary_.buildings, 4906u);
  EXPECT_EQ(summary_.towns, 7u);
  Dataset b(file("buildings")), t(file("towns"));
  ASSERT_NE(b.layer(), nullptr);
  ASSERT_NE(t.layer(), nullptr);
  EXPECT_EQ(b.layer()->GetFeatureCount(TRUE), 4906);
  EXPECT_EQ(t.layer()->GetFeatureCount(TRUE), 7);
  EXPECT_STREQ(b.layer()->GetSpatialRef()->GetAuthorityCode(nullptr), "4326");
  std::set<std::string> names;
  for (auto& f : *t.layer()) names.insert(f->GetFieldAsString("town"));
  EXPECT_EQ(names, (std::set<std::string>{"安道尔城", "卡尼略", "恩坎普", "埃斯卡尔德-恩戈尔达尼",
                                          "拉马萨纳", "奥尔迪诺", "圣胡利娅-德洛里亚"}));
  std::set<std::string> codes;
  const std::regex code(R"(AD-(ALV|CAN|ENC|ESC|LMA|ORD|SJL)-\d{6})");
  for (auto& f : *b.layer()) {
    const std::string c = f->GetFieldAsString("code");
    EXPECT_TRUE(std::regex_match(c, code)) << c;
    codes.insert(c);
    EXPECT_EQ(names.count(f->GetFieldAsString("town")), 1u);
    EXPECT_STRNE(f->GetFieldAsString("address"), "");
  }
  EXPECT_EQ(codes.size(), 4906u);
  const double surveyed = double(summary_.surveyed) / summary_.buildings;
  EXPECT_GT(surveyed, 0.88);
  EXPECT_LT(surveyed, 0.97);
}

TEST_F(SampleDistrictTest, GridsCoverEveryBuildingAndMatchItsGridColumn) {
  Dataset g(file("grids")), b(file("buildings"));
  ASSERT_NE(g.layer(), nullptr);
  GeosContext geos;
  GEOSContextHandle_t h = geos.handle();
  std::vector<GeosGeometry> shapes;
  std::map<std::string, size_t> index;
  std::map<std::string, std::string> townOfGrid;
  const std::regex id(R"(G-(ALV|CAN|ENC|ESC|LMA|ORD|SJL)-\d{2,3})");
  for (auto& f : *g.layer()) {
    const std::string grid = f->GetFieldAsString("grid");
    EXPECT_TRUE(std::regex_match(grid, id)) << grid;
    EXPECT_EQ(index.count(grid), 0u) << "duplicate grid id " << grid;
    index[grid] = shapes.size();
    townOfGrid[grid] = f->GetFieldAsString("town");
    shapes.push_back(geosFromOgr(geos, *f->GetGeometryRef()));
    EXPECT_EQ(GEOSisValid_r(h, shapes.back().get()), 1) << grid;
    const std::string name = f->GetFieldAsString("name");
    EXPECT_NE(name.find("网格"), std::string::npos);
    EXPECT_EQ(std::string(f->GetFieldAsString("phone")).size(), 11u);
    EXPECT_GE(f->GetFieldAsInteger("capacity_per_day"), 6);
    EXPECT_LE(f->GetFieldAsInteger("capacity_per_day"), 15);
  }
  EXPECT_EQ(shapes.size(), summary_.grids);
  EXPECT_GT(shapes.size(), 20u);
  int uncovered = 0, wrongTown = 0;
  for (auto& f : *b.layer()) {
    const std::string grid = f->GetFieldAsString("grid");
    auto it = index.find(grid);
    ASSERT_NE(it, index.end()) << grid;
    GeosGeometry building = geosFromOgr(geos, *f->GetGeometryRef());
    if (GEOSIntersects_r(h, shapes[it->second].get(), building.get()) != 1) ++uncovered;
    if (townOfGrid[grid] != f->GetFieldAsString("town")) ++wrongTown;
  }
  EXPECT_EQ(uncovered, 0);
  EXPECT_EQ(wrongTown, 0);
}

TEST_F(SampleDistrictTest, WritesPoisLinesAndZonesWithInterchangeCategories) {
  EXPECT_GT(summary_.poisByCategory["school"], 0u);
  EXPECT_GT(summary_.poisByCategory["hospital"], 0u);
  EXPECT_GT(summary_.poisByCategory["market"], 0u);
  EXPECT_GT(summary_.linesByCategory["main_road"], 0u);
  EXPECT_GT(summary_.linesByCategory["road"], 0u);
  EXPECT_GT(summary_.linesByCategory["river"], 0u);
  EXPECT_EQ(summary_.linesByCategory["railway"], 0u);  // Andorra's railways are miniature
  EXPECT_EQ(summary_.zonesByType["geohazard"], 91u);
  EXPECT_GT(summary_.zonesByType["industrial_park"], 0u);
  const std::set<std::string> zoneTypes = {
      "school",   "kindergarten",  "hospital",     "enterprise",      "construction", "rail_road",
      "fringe",   "urban_village", "resettlement", "industrial_park", "mining",       "scenic",
      "old_town", "slope",         "market",       "agritainment",    "geohazard"};
  Dataset z(file("zones"));
  for (auto& f : *z.layer()) EXPECT_EQ(zoneTypes.count(f->GetFieldAsString("type")), 1u);
  Dataset p(file("pois")), l(file("lines"));
  EXPECT_EQ(p.layer()->GetFeatureCount(TRUE), static_cast<GIntBig>(summary_.pois));
  EXPECT_EQ(l.layer()->GetFeatureCount(TRUE), static_cast<GIntBig>(summary_.lines));
  EXPECT_EQ(z.layer()->GetFeatureCount(TRUE), static_cast<GIntBig>(summary_.zones));
}

TEST_F(SampleDistrictTest, CommittedSampleIsThisDerivation) {
  const std::string committed = std::string(FANGAN_DATA_DIR) + "/sample";
  if (!fs::exists(committed + "/buildings.gpkg")) FANGAN_MISSING("no " << committed);
  for (const char* name : {"buildings", "towns", "grids", "pois", "lines", "zones"}) {
    Dataset fresh(file(name)), stored(committed + "/" + name + ".gpkg");
    ASSERT_NE(stored.layer(), nullptr) << name;
    ASSERT_EQ(fresh.layer()->GetFeatureCount(), stored.layer()->GetFeatureCount()) << name;
    std::unique_ptr<OGRFeature> a, b;
    while (a.reset(fresh.layer()->GetNextFeature()), a) {
      b.reset(stored.layer()->GetNextFeature());
      ASSERT_TRUE(b);
      ASSERT_EQ(a->GetFieldCount(), b->GetFieldCount()) << name;
      for (int i = 0; i < a->GetFieldCount(); ++i) {
        ASSERT_STREQ(a->GetFieldAsString(i), b->GetFieldAsString(i))
            << name << " fid " << a->GetFID() << " field " << i
            << ": regenerate data/sample (see data/sample/SOURCE.md)";
      }
    }
  }
}

}  // namespace fangan::synth
