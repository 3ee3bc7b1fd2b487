#include <gtest/gtest.h>

#include <map>
#include <set>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/DerivedZones.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

struct ZoneSnapshot {
  std::map<std::string, std::set<std::int64_t>> idsByType;
  std::map<std::string, std::set<std::string>> paramsByType;
  std::int64_t imported = 0;
};

ZoneSnapshot snapshot(const ProjectStore& store) {
  ZoneSnapshot s;
  store.forEachZone([&](const ZoneRecord& z, const Wkb&) {
    s.idsByType[z.type].insert(z.id);
    s.paramsByType[z.type].insert(z.params);
    if (z.source.rfind("import:", 0) == 0) ++s.imported;
    return true;
  });
  return s;
}

const ZoneTypeRebuild& entry(const DerivedZoneReport& r, const std::string& type) {
  for (const auto& t : r.types) {
    if (t.type == type) return t;
  }
  throw std::runtime_error("no report entry for " + type);
}

class DerivedZonesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::newProject(dir_.file("p.sqlite"));
    addPoi("school", "一中", 0, 0);
    addPoi("school", "二中", 1000, 0);
    addPoi("hospital", "人民医院", 0, 1000);
    addPoi("shop", "小卖部", 500, 500);  // selected by no rule
    SourceFeature rail;
    rail.category = "rail";
    store_->insertSource(ProjectLayer::Lines, rail,
                         testing::wkb("MULTILINESTRING((500000 3399000,502000 3399000))"));
    ZoneRecord imported;
    imported.type = "school";
    imported.name = "导入的学校周边";
    imported.source = "import:zones.gpkg";
    store_->insertZone(imported, testing::rectangle(kX0 + 5000, kY0, kX0 + 5100, kY0 + 100));
  }
  void addPoi(const std::string& category, const std::string& name, double x, double y) {
    SourceFeature f;
    f.category = category;
    f.name = name;
    store_->insertSource(ProjectLayer::Pois, f, testing::point(kX0 + x, kY0 + y));
  }
  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

const char* kRules =
    "school buffer school 200\n"
    "hospital buffer hospital,clinic 100\n"
    "rail_road corridor rail 50\n";

TEST_F(DerivedZonesTest, FirstRunBuildsOneZonePerSourceFeature) {
  const auto r = rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  EXPECT_EQ(entry(r, "school").action, "rebuilt");
  EXPECT_EQ(entry(r, "school").derived, 2);
  EXPECT_EQ(entry(r, "school").imported, 1);
  EXPECT_EQ(entry(r, "hospital").derived, 1);
  EXPECT_EQ(entry(r, "rail_road").derived, 1);
  const auto s = snapshot(*store_);
  EXPECT_EQ(s.idsByType.at("school").size(), 3u);
  EXPECT_EQ(s.imported, 1);
  EXPECT_TRUE(
      s.paramsByType.at("hospital")
          .count(
              "{\"method\":\"buffer\",\"layer\":\"pois\",\"categories\":[\"hospital\",\"clinic\"],"
              "\"distance_m\":100,\"segments\":8}"));
}

TEST_F(DerivedZonesTest, ChangingOneTypeRebuildsOnlyThatType) {
  rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  const auto before = snapshot(*store_);
  const auto again = rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  for (const auto& t : again.types) EXPECT_EQ(t.action, "unchanged") << t.type;
  EXPECT_EQ(snapshot(*store_).idsByType, before.idsByType);

  const auto r = rebuildDerivedZones(
      *store_, parseZoneRules("school buffer school 200\nhospital buffer hospital,clinic 150\n"
                              "rail_road corridor rail 50\n",
                              "t"));
  EXPECT_EQ(entry(r, "hospital").action, "rebuilt");
  EXPECT_EQ(entry(r, "hospital").deleted, 1);
  EXPECT_EQ(entry(r, "school").action, "unchanged");
  EXPECT_EQ(entry(r, "rail_road").action, "unchanged");
  const auto after = snapshot(*store_);
  EXPECT_EQ(after.idsByType.at("school"), before.idsByType.at("school"));
  EXPECT_EQ(after.idsByType.at("rail_road"), before.idsByType.at("rail_road"));
  EXPECT_NE(after.idsByType.at("hospital"), before.idsByType.at("hospital"));
  ASSERT_EQ(after.paramsByType.at("hospital").size(), 1u);
  EXPECT_NE(after.paramsByType.at("hospital").begin()->find("\"distance_m\":150"),
            std::string::npos);
}

TEST_F(DerivedZonesTest, NewSourceFeatureRebuildsItsType) {
  rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  addPoi("school", "三中", 2000, 0);
  const auto r = rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  EXPECT_EQ(entry(r, "school").action, "rebuilt");
  EXPECT_EQ(entry(r, "school").derived, 3);
  EXPECT_EQ(entry(r, "hospital").action, "unchanged");
}

TEST_F(DerivedZonesTest, ImportedZonesSurviveRebuildsAndRuleRemoval) {
  rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  DerivedZoneOptions force;
  force.force = true;
  const auto forced = rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"), force);
  EXPECT_EQ(entry(forced, "school").action, "rebuilt");
  EXPECT_EQ(entry(forced, "school").deleted, 2);
  EXPECT_EQ(snapshot(*store_).imported, 1);

  // School no longer derived: its derived zones go, the imported one stays.
  const auto r = rebuildDerivedZones(
      *store_,
      parseZoneRules("hospital buffer hospital,clinic 100\nrail_road corridor rail 50\n", "t"));
  EXPECT_EQ(entry(r, "school").action, "removed");
  EXPECT_EQ(entry(r, "school").deleted, 2);
  const auto s = snapshot(*store_);
  EXPECT_EQ(s.idsByType.at("school").size(), 1u);
  EXPECT_EQ(s.imported, 1);
  bool found = false;
  store_->forEachZone([&](const ZoneRecord& z, const Wkb&) {
    if (z.type == "school") {
      found = z.name == "导入的学校周边" && z.source == "import:zones.gpkg" && z.params == "{}";
    }
    return true;
  });
  EXPECT_TRUE(found);
}

TEST_F(DerivedZonesTest, SlopeRuleWithoutDemIsSkippedAndKeepsItsZones) {
  const auto r = rebuildDerivedZones(*store_, parseZoneRules("slope slope - 25\n", "t"));
  EXPECT_EQ(entry(r, "slope").action, "skipped");
  EXPECT_FALSE(entry(r, "slope").note.empty());
}

TEST_F(DerivedZonesTest, FailureInsideTransactionLeavesZonesAsTheyWere) {
  rebuildDerivedZones(*store_, parseZoneRules(kRules, "t"));
  const auto before = snapshot(*store_);
  {
    auto t = store_->begin();
    DerivedZoneOptions o;
    o.demPath = dir_.file("missing.tif");
    EXPECT_ANY_THROW(rebuildDerivedZones(
        *store_, parseZoneRules("school buffer school 300\nslope slope - 25\n", "t"), o));
    // No commit: the half-done school rebuild is rolled back.
  }
  EXPECT_EQ(snapshot(*store_).idsByType, before.idsByType);
}

}  // namespace
}  // namespace fangan
