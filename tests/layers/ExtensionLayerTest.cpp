// A layer kind that Fangan does not know, added through the layer registry alone: the importer,
// the store, the map and the renderer take it with no other code (issue 11, item 3).

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "gis/io/Importer.h"
#include "gis/store/LayerRegistry.h"
#include "layers/MapRenderer.h"
#include "layers/PresetStyles.h"
#include "layers/ProjectMap.h"
#include "layers/layout/LayerNames.h"
#include "support/QtEnvironment.h"

namespace fangan {
namespace {

const ProjectLayer kHydrants = ProjectLayer{kFirstExtensionLayer + 7};

class ExtensionLayerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("fangan-extension-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    // The one place: a point layer of fire hydrants with two attributes, drawn on top.
    registerLayer({kHydrants,
                   "hydrants",
                   "消防栓",
                   true,
                   GeometryKind::Point,
                   "fire_hydrants",
                   true,
                   {"hydrant_no", "pressure"},
                   50});
  }
  void TearDown() override {
    unregisterLayer(kHydrants);
    std::filesystem::remove_all(dir_);
  }

  std::string file(const std::string& name) const { return (dir_ / name).string(); }

  // Three hydrants in Andorra la Vella (WGS 84); the third has no pressure.
  std::string writeHydrants() const {
    const std::string path = file("hydrants.geojson");
    std::ofstream(path) << R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"hydrant_no":"XF-001","pressure":"0.35"},
 "geometry":{"type":"Point","coordinates":[1.5210,42.5070]}},
{"type":"Feature","properties":{"hydrant_no":"XF-002","pressure":"0.28"},
 "geometry":{"type":"Point","coordinates":[1.5240,42.5080]}},
{"type":"Feature","properties":{"hydrant_no":"XF-003"},
 "geometry":{"type":"Point","coordinates":[1.5270,42.5090]}}]})";
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(ExtensionLayerTest, RegistryRefusesClashesAndUnsafeNames) {
  EXPECT_THROW(
      registerLayer(
          {kHydrants, "other", "其他", true, GeometryKind::Point, "other", true, {"a"}, 51}),
      std::invalid_argument);  // value taken
  EXPECT_THROW(registerLayer({ProjectLayer{kFirstExtensionLayer + 8},
                              "zones",
                              "重复",
                              true,
                              GeometryKind::Point,
                              "zones2",
                              true,
                              {"a"},
                              51}),
               std::invalid_argument);  // name of a built-in layer
  EXPECT_THROW(registerLayer({ProjectLayer{kFirstExtensionLayer + 8},
                              "x",
                              "x",
                              true,
                              GeometryKind::Point,
                              "x; DROP TABLE buildings",
                              true,
                              {"a"},
                              51}),
               std::invalid_argument);  // not a word: would go into SQL
  EXPECT_THROW(registerLayer({ProjectLayer{kFirstExtensionLayer + 8},
                              "y",
                              "y",
                              true,
                              GeometryKind::Point,
                              "y",
                              true,
                              {"geom"},
                              51}),
               std::invalid_argument);  // clashes with the geometry column
  EXPECT_THROW(
      registerLayer(
          {ProjectLayer::Towns, "z", "z", true, GeometryKind::Point, "z", true, {"a"}, 51}),
      std::invalid_argument);  // built-in values are not for run time
}

TEST_F(ExtensionLayerTest, ImportsStoresAndDrawsTheRegisteredLayer) {
  const std::string project = file("p.sqlite");
  {
    auto store = createSpatialiteProject(project, 3857);
    // The command line's --layer takes it by name.
    ASSERT_EQ(parseImportLayer("hydrants"), kHydrants);
    ImportOptions o;
    o.layer = kHydrants;
    o.path = writeHydrants();
    const ImportReport report = importFile(*store, o);
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.rejected, 0);
  }

  // Stored: reopened from the file, in order, the missing pressure as empty text.
  auto store = openSpatialiteProject(project);
  std::int64_t count = -1;
  for (const LayerSummary& s : store->summary()) {
    if (s.layer == kHydrants) count = s.count;
  }
  EXPECT_EQ(count, 3);
  std::vector<std::vector<std::string>> rows;
  store->forEachFeature(kHydrants, [&](const FeatureRow& row, const Wkb& wkb) {
    rows.push_back(row.values);
    EXPECT_EQ(wkb.size(), 21u);  // a 2D WKB point
    return true;
  });
  EXPECT_EQ(rows, (std::vector<std::vector<std::string>>{
                      {"XF-001", "0.35"}, {"XF-002", "0.28"}, {"XF-003", ""}}));

  // Drawn: the project map holds it on top, with the registry's name and fields.
  const ProjectMap map = ProjectMap::load(*store, BuildingTheme::HazardGrade);
  const MapLayerEntry& top = map.entries().back();
  ASSERT_EQ(top.kind, kHydrants) << top.error.toStdString();
  EXPECT_EQ(top.layer.features().size(), 3u);
  EXPECT_EQ(top.layer.fields(), (QStringList{"hydrant_no", "pressure"}));
  EXPECT_EQ(mapLayerTitle(kHydrants), QStringLiteral("消防栓"));
  EXPECT_EQ(mapLayerKey(kHydrants), QStringLiteral("hydrants"));

  // Rendered around the second hydrant: its marker's fill is at the centre, the first and
  // third (about 250 m away at 1 m per pixel) are outside the 100 px image.
  const MapFeature& second = top.layer.features()[1];
  ASSERT_EQ(second.values[0], QStringLiteral("XF-002"));
  MapSettings settings;
  settings.viewport = MapViewport(second.paths[0][0], 1.0, QSize(100, 100));
  settings.layers = {{top.layer, defaultStyle(kHydrants)}};
  settings.background = QColor(255, 255, 255);
  settings.antialiasing = false;
  const QImage image = MapRenderer(settings).render().image;
  EXPECT_EQ(image.pixelColor(50, 50), QColor(200, 30, 120));
  int marked = 0;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 0; x < image.width(); ++x) {
      if (image.pixelColor(x, y) != QColor(255, 255, 255)) ++marked;
    }
  }
  EXPECT_GT(marked, 20);   // a marker of 7 px
  EXPECT_LT(marked, 150);  // one marker, not three
}

TEST_F(ExtensionLayerTest, AProjectWithoutTheLayersTableReportsItEmpty) {
  auto store = createSpatialiteProject(file("empty.sqlite"), 3857);
  int visited = 0;
  store->forEachFeature(kHydrants, [&](const FeatureRow&, const Wkb&) { return ++visited > 0; });
  EXPECT_EQ(visited, 0);
  for (const LayerSummary& s : store->summary()) {
    if (s.layer == kHydrants) {
      EXPECT_EQ(s.count, 0);
    }
  }
  const ProjectMap map = ProjectMap::load(*store, BuildingTheme::HazardGrade);
  for (const MapLayerEntry& e : map.entries()) EXPECT_NE(e.kind, kHydrants);
}

}  // namespace
}  // namespace fangan
