#include <gtest/gtest.h>

#include <algorithm>

#include "../../support/TempDir.h"
#include "SpatialFixtures.h"
#include "gis/analysis/spatial/DerivedZones.h"
#include "gis/analysis/spatial/ZoneJoin.h"

namespace fangan {
namespace {

using testing::kX0;
using testing::kY0;

Wkb rect(double x0, double y0, double x1, double y1) {
  return testing::rectangle(kX0 + x0, kY0 + y0, kX0 + x1, kY0 + y1);
}

std::int64_t addZone(ProjectStore& store, const std::string& type, const Wkb& polygon) {
  ZoneRecord z;
  z.type = type;
  z.source = "import:test.gpkg";
  return store.insertZone(z, polygon);
}

std::vector<std::int64_t> zonesOf(const ZoneJoinResult& r, std::int64_t building) {
  std::vector<std::int64_t> out;
  for (const auto& [b, z] : r.links) {
    if (b == building) out.push_back(z);
  }
  return out;
}

TEST(ZoneJoin, BuildingTouchingTwoZonesIsInBoth) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  const auto left = addZone(*store, "fringe", rect(0, 0, 100, 100));
  const auto right = addZone(*store, "scenic", rect(100, 0, 200, 100));
  const auto across = testing::addBuilding(*store, "ACROSS", rect(95, 40, 105, 60));
  // Only touching the right zone's outer edge still counts (intersects, boundary included).
  const auto edge = testing::addBuilding(*store, "EDGE", rect(200, 40, 210, 60));
  const auto away = testing::addBuilding(*store, "AWAY", rect(300, 40, 310, 60));
  const auto inside = testing::addBuilding(*store, "INSIDE", rect(10, 10, 20, 20));

  const ZoneJoinResult r = rebuildBuildingZones(*store);
  EXPECT_EQ(zonesOf(r, across), (std::vector<std::int64_t>{left, right}));
  EXPECT_EQ(zonesOf(r, edge), (std::vector<std::int64_t>{right}));
  EXPECT_TRUE(zonesOf(r, away).empty());
  EXPECT_EQ(zonesOf(r, inside), (std::vector<std::int64_t>{left}));
  EXPECT_EQ(r.buildings, 4);
  EXPECT_EQ(r.buildingsInAnyZone, 3);
  EXPECT_EQ(r.buildingsPerType.at("fringe"), 2);
  EXPECT_EQ(r.buildingsPerType.at("scenic"), 2);
  // Stored, and readable back per building.
  EXPECT_EQ(store->zonesOfBuilding(across), (std::vector<std::int64_t>{left, right}));
  EXPECT_TRUE(store->zonesOfBuilding(away).empty());
}

TEST(ZoneJoin, SchoolBufferIncludesBuildingAt150AndExcludesAt250Metres) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  SourceFeature school;
  school.category = "school";
  school.name = "第一小学";
  store->insertSource(ProjectLayer::Pois, school, testing::point(kX0, kY0));
  // Nearest edges 150 m and 250 m from the school point, east and north.
  const auto near = testing::addBuilding(*store, "NEAR", rect(150, -5, 160, 5));
  const auto far = testing::addBuilding(*store, "FAR", rect(250, -5, 260, 5));
  const auto nearNorth = testing::addBuilding(*store, "NEARN", rect(-5, 150, 5, 160));
  const auto farNorth = testing::addBuilding(*store, "FARN", rect(-5, 250, 5, 260));
  const auto rules = parseZoneRules("school buffer school 200\n", "t");
  const auto report = rebuildDerivedZones(*store, rules);
  ASSERT_EQ(report.types.size(), 1u);
  EXPECT_EQ(report.types[0].derived, 1);

  const ZoneJoinResult r = rebuildBuildingZones(*store);
  EXPECT_EQ(zonesOf(r, near).size(), 1u);
  EXPECT_EQ(zonesOf(r, nearNorth).size(), 1u);
  EXPECT_TRUE(zonesOf(r, far).empty());
  EXPECT_TRUE(zonesOf(r, farNorth).empty());
  EXPECT_EQ(r.buildingsPerType.at("school"), 2);
  // The zone carries its name and parameters.
  store->forEachZone([&](const ZoneRecord& z, const Wkb&) {
    EXPECT_EQ(z.name, "第一小学");
    EXPECT_EQ(z.source, "derived:pois");
    EXPECT_NE(z.params.find("\"distance_m\":200"), std::string::npos);
    return true;
  });
}

TEST(ZoneJoin, SubdivisionAndThreadsDoNotChangeTheLinks) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  // A 5,000-vertex round zone (cut into many pieces) and a plain one.
  addZone(*store, "slope", testing::regularPolygon(kX0 + 500, kY0 + 500, 400, 5000));
  addZone(*store, "scenic", rect(600, 600, 1000, 1000));
  int n = 0;
  for (int i = 0; i < 30; ++i) {
    for (int j = 0; j < 30; ++j) {
      const double x = 35.0 * i + 3, y = 35.0 * j + 7;
      testing::addBuilding(*store, "B" + std::to_string(n++), rect(x, y, x + 15, y + 11));
    }
  }
  ZoneJoinOptions cut;
  cut.maxVertices = 256;
  cut.threads = 2;
  ZoneJoinOptions whole;
  whole.maxVertices = 1 << 30;
  whole.threads = 1;
  const auto a = joinBuildingsToZones(*store, cut);
  const auto b = joinBuildingsToZones(*store, whole);
  EXPECT_GT(a.zonePieces, 20);
  EXPECT_EQ(b.zonePieces, 2);
  EXPECT_EQ(a.links, b.links);
  EXPECT_EQ(a.buildingsPerType, b.buildingsPerType);
  EXPECT_GT(a.buildingsPerType.at("slope"), 300);
  EXPECT_TRUE(std::is_sorted(a.links.begin(), a.links.end()));
}

TEST(ZoneJoin, EmptyProjectJoinsNothing) {
  testing::TempDir dir;
  auto store = testing::newProject(dir.file("p.sqlite"));
  testing::addBuilding(*store, "A", rect(0, 0, 10, 10));
  const auto r = rebuildBuildingZones(*store);
  EXPECT_TRUE(r.links.empty());
  EXPECT_EQ(r.buildings, 1);
}

}  // namespace
}  // namespace fangan
