// The map cache (docs/rules.md#map-cache): the packed R-tree answers as brute force does, a
// cached layer is bit for bit the layer it was made from, and no edit, from this connection,
// another one or another process, ever leaves the map showing the old data.

#include <gtest/gtest.h>

#include <QProcess>
#include <QStandardPaths>
#include <cstring>
#include <random>

#include "../app/support/ProjectFixture.h"
#include "../support/MissingInput.h"
#include "app/gui/BuildingTableModel.h"
#include "app/gui/RecordFilter.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/MapCacheStore.h"
#include "gis/store/Sqlite.h"
#include "layers/BuildingDensity.h"
#include "layers/LayerLoader.h"
#include "layers/MapCache.h"
#include "layers/MapViewport.h"
#include "layers/ProjectMap.h"
#include "layers/RasterBasemap.h"

namespace fangan {
namespace {

Extent box(double x0, double y0, double x1, double y1) {
  Extent e;
  e.include(x0, y0);
  e.include(x1, y1);
  return e;
}

TEST(PackedRTree, QueriesEqualBruteForceAfterRoundTrip) {
  std::mt19937 random(14);
  std::uniform_real_distribution<double> position(0, 1000);
  std::uniform_real_distribution<double> size(0, 20);
  std::vector<Extent> boxes;
  for (int i = 0; i < 5000; ++i) {
    const double x = position(random);
    const double y = position(random);
    boxes.push_back(box(x, y, x + size(random), y + size(random)));
  }
  Bytes bytes;
  SpatialIndex(boxes).appendTo(bytes);
  const std::optional<SpatialIndex> index =
      SpatialIndex::fromBytes(bytes.data(), bytes.size(), boxes.size());
  ASSERT_TRUE(index.has_value());
  EXPECT_EQ(index->size(), 5000u);
  std::size_t hits = 0;
  for (int q = 0; q < 300; ++q) {
    const double x = position(random);
    const double y = position(random);
    const double w = q % 10 == 0 ? 400 : 30;
    const Extent query = box(x, y, x + w, y + w);
    std::vector<int> expected;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      if (boxes[i].intersects(query)) expected.push_back(static_cast<int>(i));
    }
    EXPECT_EQ(index->query(query), expected) << "query " << q;
    hits += expected.size();
  }
  EXPECT_GT(hits, 1000u);  // the boxes were not all misses
}

TEST(PackedRTree, DamagedBytesAreRefused) {
  std::vector<Extent> boxes;
  for (int i = 0; i < 100; ++i) boxes.push_back(box(i, i, i + 1, i + 1));
  Bytes bytes;
  SpatialIndex(boxes).appendTo(bytes);
  // Truncated.
  EXPECT_FALSE(SpatialIndex::fromBytes(bytes.data(), bytes.size() - 1, 100).has_value());
  // Items beyond the layer.
  EXPECT_FALSE(SpatialIndex::fromBytes(bytes.data(), bytes.size(), 99).has_value());

  // The root's first child pointing at the root itself (a query would loop).
  Bytes loop = bytes;
  const std::size_t rootFirst = loop.size() - 2 * sizeof(std::int32_t);
  std::int32_t count = 0;
  std::memcpy(&count, &loop[loop.size() - sizeof(std::int32_t)], sizeof count);
  ASSERT_GT(count, 0);
  std::uint64_t nodes = 0;
  std::memcpy(&nodes, &loop[sizeof(std::uint64_t)], sizeof nodes);
  const auto self = static_cast<std::int32_t>(nodes - 1);
  std::memcpy(&loop[rootFirst], &self, sizeof self);
  EXPECT_FALSE(SpatialIndex::fromBytes(loop.data(), loop.size(), 100).has_value());
}

void expectSameLayer(const MapLayer& a, const MapLayer& b) {
  ASSERT_EQ(a.features().size(), b.features().size());
  EXPECT_EQ(a.fields(), b.fields());
  EXPECT_EQ(a.shape(), b.shape());
  EXPECT_EQ(a.kind(), b.kind());
  EXPECT_EQ(std::memcmp(&a.extent(), &b.extent(), sizeof(Extent)), 0);
  for (std::size_t i = 0; i < a.features().size(); ++i) {
    const MapFeature& x = a.features()[i];
    const MapFeature& y = b.features()[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.shape, y.shape);
    EXPECT_EQ(std::memcmp(&x.bounds, &y.bounds, sizeof(Extent)), 0) << x.id;
    EXPECT_EQ(x.labelPoint, y.labelPoint);
    EXPECT_EQ(std::memcmp(&x.area, &y.area, sizeof(double)), 0);
    EXPECT_EQ(x.values, y.values);
    ASSERT_EQ(x.paths.size(), y.paths.size());
    for (qsizetype p = 0; p < x.paths.size(); ++p) {
      ASSERT_EQ(x.paths[p].size(), y.paths[p].size());
      EXPECT_EQ(std::memcmp(x.paths[p].data(), y.paths[p].data(),
                            static_cast<std::size_t>(x.paths[p].size()) * sizeof(QPointF)),
                0)
          << "feature " << x.id << " path " << p;
    }
  }
  // The index answers as the rebuilt one does.
  const Extent all = a.extent();
  EXPECT_EQ(a.featuresIn(all), b.featuresIn(all));
}

QString hazardOf(const ProjectMap& map, const QString& code) {
  const MapLayer& layer =
      map.entries()[static_cast<std::size_t>(map.indexOf(ProjectLayer::Buildings))].layer;
  const int c = layer.fieldIndex(layer_field::kCode);
  const int h = layer.fieldIndex(layer_field::kHazard);
  for (const MapFeature& f : layer.features()) {
    if (f.values[c] == code) return f.values[h];
  }
  return QStringLiteral("<missing>");
}

class MapCacheTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(fixture_.isValid()); }
  std::string path() const { return fixture_.path().toStdString(); }

  testing::ProjectFixture fixture_;
};

TEST_F(MapCacheTest, RoundTripIsBitIdentical) {
  const auto store = openSpatialiteProject(path());
  const MapLayer fresh = loadMapLayer(*store, ProjectLayer::Buildings);
  ASSERT_EQ(fresh.features().size(), 4u);
  const std::vector<Bytes> parts = packMapLayer(fresh, 7, 0);
  int skipped = -1;
  const std::optional<MapLayer> back = unpackMapLayer(parts, 7, &skipped);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(skipped, 0);
  expectSameLayer(fresh, *back);
  // Another generation's cache is not this one's.
  EXPECT_FALSE(unpackMapLayer(parts, 8).has_value());
  // A header claiming another number of features is refused before anything is allocated for
  // them: far more than the parts can hold, or one fewer than they hold.
  for (const std::uint64_t claimed : {std::uint64_t{1} << 40, std::uint64_t{3}}) {
    std::vector<Bytes> forged = parts;
    constexpr std::size_t kCountAt = 4 + 4 + 4 + 8 + 4 + 1 + 4;  // after magic … skipped
    std::uint64_t stored = 0;
    std::memcpy(&stored, forged[0].data() + kCountAt, sizeof stored);
    ASSERT_EQ(stored, 4u);  // where the count is
    std::memcpy(forged[0].data() + kCountAt, &claimed, sizeof claimed);
    EXPECT_FALSE(unpackMapLayer(forged, 7).has_value()) << claimed;
  }
  // The header's count of the part's rings and points (where they go in the layer's arrays):
  // a part holding more or fewer than it says is refused, and so is a count the bytes cannot
  // hold.
  constexpr std::size_t kRingsAt = 4 + 4 + 4 + 8 + 4 + 1 + 4 + 8 + 4;  // after … feature parts
  for (const std::size_t at : {kRingsAt, kRingsAt + 8}) {
    std::uint64_t stored = 0;
    std::memcpy(&stored, parts[0].data() + at, sizeof stored);
    ASSERT_EQ(stored, at == kRingsAt ? 4u : 20u);  // four one-ring squares of five points
    for (const std::uint64_t claimed : {stored - 1, stored + 1, std::uint64_t{1} << 31}) {
      std::vector<Bytes> forged = parts;
      std::memcpy(forged[0].data() + at, &claimed, sizeof claimed);
      EXPECT_FALSE(unpackMapLayer(forged, 7).has_value()) << at << " " << claimed;
    }
  }
  // Every truncation of a part is refused, none crashes.
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (std::size_t cut = 0; cut < parts[p].size(); cut += 7) {
      std::vector<Bytes> damaged = parts;
      damaged[p].resize(cut);
      EXPECT_FALSE(unpackMapLayer(damaged, 7).has_value()) << "part " << p << " cut " << cut;
    }
  }
}

TEST_F(MapCacheTest, OpenWritesTheCacheAndTheNextOpenReadsIt) {
  auto store = openSpatialiteProject(path());
  ASSERT_TRUE(buildingsGeneration(*store).has_value());
  const ProjectMap first = ProjectMap::open(*store);
  EXPECT_EQ(first.buildingsCacheUse(), MapCacheUse::Written);
  store.reset();
  store = openSpatialiteProject(path());
  const ProjectMap second = ProjectMap::open(*store);
  EXPECT_EQ(second.buildingsCacheUse(), MapCacheUse::Read);
  const auto layerOf = [](const ProjectMap& m) -> const MapLayer& {
    return m.entries()[static_cast<std::size_t>(m.indexOf(ProjectLayer::Buildings))].layer;
  };
  expectSameLayer(layerOf(first), layerOf(second));
  EXPECT_EQ(first.legendCounts(first.indexOf(ProjectLayer::Buildings)),
            second.legendCounts(second.indexOf(ProjectLayer::Buildings)));
}

TEST_F(MapCacheTest, BuildingsReadBesideTheOtherLayersMakeTheSameMap) {
  // openWritingCacheLater reads the buildings on a thread and connection of their own.
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  }
  auto store = openSpatialiteProject(path());
  bool previewed = false;
  const ProjectMap beside = ProjectMap::openWritingCacheLater(
      *store, BuildingTheme::HazardGrade, [&previewed](const MapPreview&) { previewed = true; });
  EXPECT_TRUE(previewed);
  EXPECT_EQ(beside.buildingsCacheUse(), MapCacheUse::Read);
  const ProjectMap after = ProjectMap::open(*store);
  ASSERT_EQ(beside.entries().size(), after.entries().size());
  for (std::size_t i = 0; i < after.entries().size(); ++i) {
    EXPECT_EQ(beside.entries()[i].kind, after.entries()[i].kind) << i;
    expectSameLayer(beside.entries()[i].layer, after.entries()[i].layer);
  }
  EXPECT_EQ(beside.buildingIds(*store), store->buildingIds());
}

TEST_F(MapCacheTest, EditThroughAnotherConnectionIsShownOnReopen) {
  auto store = openSpatialiteProject(path());
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  {
    // Another connection edits B002 (not surveyed) into an appraised grade D building.
    auto other = openSpatialiteProject(path());
    BuildingRecord r = *other->buildingByCode("B002");
    r.surveyStatus = SurveyStatus::Surveyed;
    r.appraisalGrade = AppraisalGrade::D;
    other->updateBuilding(r, "test");
  }
  const ProjectMap map = ProjectMap::open(*store);
  EXPECT_EQ(map.buildingsCacheUse(), MapCacheUse::Written);  // stale: rebuilt
  EXPECT_EQ(hazardOf(map, "B002"), "D");
  store.reset();
  store = openSpatialiteProject(path());
  const ProjectMap again = ProjectMap::open(*store);
  EXPECT_EQ(again.buildingsCacheUse(), MapCacheUse::Read);
  EXPECT_EQ(hazardOf(again, "B002"), "D");
}

// The window's way (app/gui/MapCacheWriter.h): the map shown first, the cache written after,
// through another connection; never when the buildings moved since they were read, nor once
// cancelled.
TEST_F(MapCacheTest, ACacheWrittenAfterTheMapIsShownIsReadNextTime) {
  auto store = openSpatialiteProject(path());
  ProjectMap map = ProjectMap::openWritingCacheLater(*store, BuildingTheme::HazardGrade, nullptr);
  EXPECT_EQ(map.buildingsCacheUse(), MapCacheUse::Pending);
  std::shared_ptr<PendingMapCache> pending = map.takePendingCache();
  ASSERT_TRUE(pending);
  EXPECT_FALSE(map.takePendingCache());  // taken once
  EXPECT_EQ(pending->generation, *buildingsGeneration(*store));
  ASSERT_EQ(pending->columns.size(), cachedAttributeColumns().size());
  EXPECT_EQ(pending->columns.front().rows.size(), 4u);
  // Not yet written: the next opening reads the store again.
  EXPECT_EQ(ProjectMap::load(*store).buildingsCacheUse(), MapCacheUse::Bypassed);
  {
    std::atomic<bool> cancel{true};
    auto other = openSpatialiteProject(path());
    EXPECT_FALSE(writePendingMapCache(*other, *pending, &cancel));
  }
  {
    auto other = openSpatialiteProject(path());
    EXPECT_TRUE(writePendingMapCache(*other, *pending));
  }
  const std::int64_t written = *buildingsGeneration(*store);
  store.reset();
  store = openSpatialiteProject(path());
  const ProjectMap again = ProjectMap::open(*store);
  EXPECT_EQ(again.buildingsCacheUse(), MapCacheUse::Read);
  EXPECT_EQ(*buildingsGeneration(*store), written);  // writing the cache is no building change
  // The attribute columns came with it, from the same read.
  AttributeColumnCache columns;
  ASSERT_TRUE(columns.get(*store, "appraisal_grade"));
  EXPECT_EQ(columns.lastSource(), "cache");

  // A change between the read and the write: the pending cache is not written.
  ProjectMap third = ProjectMap::openWritingCacheLater(*store, BuildingTheme::HazardGrade, nullptr);
  EXPECT_EQ(third.buildingsCacheUse(), MapCacheUse::Read);  // current: nothing to write
  EXPECT_FALSE(third.takePendingCache());
  BuildingRecord r = *store->buildingByCode("B002");
  r.surveyStatus = SurveyStatus::Surveyed;
  r.appraisalGrade = AppraisalGrade::D;
  store->updateBuilding(r, "test");
  ProjectMap fourth =
      ProjectMap::openWritingCacheLater(*store, BuildingTheme::HazardGrade, nullptr);
  EXPECT_EQ(fourth.buildingsCacheUse(), MapCacheUse::Pending);
  EXPECT_EQ(hazardOf(fourth, "B002"), "D");
  pending = fourth.takePendingCache();
  ASSERT_TRUE(pending);
  r.appraisalGrade = AppraisalGrade::C;
  store->updateBuilding(r, "test");
  EXPECT_FALSE(writePendingMapCache(*store, *pending));
  const ProjectMap fifth = ProjectMap::open(*store);
  EXPECT_EQ(fifth.buildingsCacheUse(), MapCacheUse::Written);
  EXPECT_EQ(hazardOf(fifth, "B002"), "C");
}

TEST_F(MapCacheTest, EditByAnotherProcessIsShownOnMapAndTable) {
  const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
  if (sqlite3.isEmpty()) FANGAN_MISSING("no sqlite3 shell");
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  }
  // The sqlite3 shell knows nothing of Fangan: only the trigger can tell the cache is stale.
  QProcess shell;
  shell.start(sqlite3, {fixture_.path(), QStringLiteral("UPDATE buildings SET appraisal_grade = "
                                                        "'B' WHERE code = 'B003'")});
  ASSERT_TRUE(shell.waitForFinished(30000));
  ASSERT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();

  auto store = openSpatialiteProject(path());
  const ProjectMap map = ProjectMap::open(*store);
  EXPECT_EQ(map.buildingsCacheUse(), MapCacheUse::Written);
  EXPECT_EQ(hazardOf(map, "B003"), "B");

  gui::BuildingTableModel table;
  table.setProject(store.get(), store->buildingIds());
  const int row = table.rowOfCode(QStringLiteral("B003"));
  ASSERT_GE(row, 0);
  const auto& fields = gui::recordFields();
  const int column = static_cast<int>(
      std::find(fields.begin(), fields.end(), gui::RecordField::AppraisalGrade) - fields.begin());
  EXPECT_EQ(table.data(table.index(row, column)).toString(),
            gui::recordFieldValue(*store->buildingByCode("B003"), gui::RecordField::AppraisalGrade)
                .toString());
  EXPECT_EQ(store->buildingByCode("B003")->appraisalGrade, AppraisalGrade::B);
  table.clear();
}

// The attribute table's rows come with the map's own read when the buildings layer holds every
// building, and from the store when a building has no footprint to draw.
TEST_F(MapCacheTest, TheTableRowsAreEveryBuildingWhetherTheMapDrawsItOrNot) {
  auto store = openSpatialiteProject(path());
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  const std::vector<std::int64_t> four = store->buildingIds();
  ASSERT_EQ(four.size(), 4u);
  const ProjectMap cached = ProjectMap::open(*store);
  ASSERT_EQ(cached.buildingsCacheUse(), MapCacheUse::Read);
  EXPECT_EQ(cached.buildingIds(*store), four);

  // A building whose footprint is an empty multipolygon: in the table, not on the map.
  BuildingRecord r = *store->buildingByCode("B002");
  r.id = 0;
  r.code = "B900";
  const Wkb empty = {1, 6, 0, 0, 0, 0, 0, 0, 0};  // MULTIPOLYGON EMPTY, little endian
  const std::int64_t added = store->upsertBuilding(r, empty, "test");
  std::vector<std::int64_t> five = four;
  five.push_back(added);
  ASSERT_EQ(store->buildingIds(), five);
  for (int round = 0; round < 2; ++round) {  // from the store, then from the rewritten cache
    const ProjectMap map = ProjectMap::open(*store);
    EXPECT_EQ(map.buildingsCacheUse(), round == 0 ? MapCacheUse::Written : MapCacheUse::Read);
    const MapLayerEntry& e =
        map.entries()[static_cast<std::size_t>(map.indexOf(ProjectLayer::Buildings))];
    EXPECT_EQ(e.layer.features().size(), 4u);
    EXPECT_EQ(e.skippedFeatures, 1);
    EXPECT_EQ(map.buildingIds(*store), five) << "round " << round;
  }
}

TEST_F(MapCacheTest, MissingTriggerMeansNoCache) {
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  }
  {
    // A file from elsewhere without the counting trigger: its counter proves nothing.
    sqlite::Connection db(path(), false);
    db.exec("DROP TRIGGER building_generation_update");
    db.exec("UPDATE buildings SET appraisal_grade = 'A' WHERE code = 'B001'");
  }
  auto store = openSpatialiteProject(path());
  EXPECT_FALSE(buildingsGeneration(*store).has_value());
  const ProjectMap map = ProjectMap::open(*store);
  EXPECT_EQ(map.buildingsCacheUse(), MapCacheUse::Bypassed);
  EXPECT_EQ(hazardOf(map, "B001"), "A");
}

TEST_F(MapCacheTest, PartsReadIntoUsedBuffersAreTheStoredBytesExactly) {
  // An opening reads each part into the buffer of a part already decoded: its old bytes must
  // never show through, whether the buffer is longer or shorter than the part.
  auto store = openSpatialiteProject(path());
  std::vector<Bytes> written;
  for (const std::size_t size :
       {std::size_t{300}, std::size_t{10}, std::size_t{1}, std::size_t{4097}}) {
    Bytes part(size);
    for (std::size_t i = 0; i < size; ++i) part[i] = static_cast<unsigned char>(i * 7 + size);
    written.push_back(part);
  }
  writeMapCache(*store, "test", written);
  std::vector<Bytes> read;
  int handedOut = 0;
  forEachMapCachePart(
      *store, "test",
      [&read](Bytes part) {
        read.push_back(std::move(part));
        return true;
      },
      [&handedOut]() {
        ++handedOut;
        return Bytes(handedOut % 2 == 0 ? 5000 : 100, 0xAB);  // longer, then shorter
      });
  EXPECT_EQ(handedOut, 4);
  EXPECT_EQ(read, written);
  EXPECT_EQ(mapCacheParts(*store, "test"), written);
}

TEST_F(MapCacheTest, DamagedCacheIsRebuilt) {
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  }
  {
    sqlite::Connection db(path(), false);
    db.exec("UPDATE map_cache SET data = zeroblob(10) WHERE part = 2");
  }
  auto store = openSpatialiteProject(path());
  const ProjectMap map = ProjectMap::open(*store);
  EXPECT_EQ(map.buildingsCacheUse(), MapCacheUse::Written);
  EXPECT_EQ(hazardOf(map, "B001"), "C");
  expectSameLayer(
      map.entries()[static_cast<std::size_t>(map.indexOf(ProjectLayer::Buildings))].layer,
      loadMapLayer(*store, ProjectLayer::Buildings));
}

}  // namespace
}  // namespace fangan

namespace fangan {
namespace {

TEST_F(MapCacheTest, TheFirstPaintShowsTheBuildingsDensityWhileTheCacheIsCurrent) {
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  }
  auto store = openSpatialiteProject(path());
  std::optional<MapPreview> preview;
  const ProjectMap map = ProjectMap::open(*store, BuildingTheme::HazardGrade,
                                          [&preview](MapPreview p) { preview = std::move(p); });
  ASSERT_TRUE(preview.has_value());
  EXPECT_EQ(preview->buildings, 4);
  // Every layer but the buildings, and the density where they go: after the grids' and towns'
  // areas... exactly one raster layer, at the buildings' place in the drawing order.
  int rasters = 0;
  std::size_t rasterAt = 0;
  for (std::size_t i = 0; i < preview->layers.size(); ++i) {
    if (preview->layers[i].raster) {
      ++rasters;
      rasterAt = i;
    } else {
      EXPECT_NE(preview->layers[i].layer.kind(), ProjectLayer::Buildings);
    }
  }
  ASSERT_EQ(rasters, 1);
  EXPECT_EQ(preview->layers.size(), map.visibleLayers().size());
  EXPECT_EQ(static_cast<int>(rasterAt), map.indexOf(ProjectLayer::Buildings));
  // Drawn: the density covers each building's centre and leaves the gaps between them empty.
  const std::shared_ptr<const RasterBasemap>& raster = preview->layers[rasterAt].raster;
  // Finer than a cell (340 m over 1,024 cells), so that no cell falls between two pixels.
  const MapViewport viewport = MapViewport::fitting(raster->extent(), QSize(3400, 400), 0);
  const QImage image = raster->render(viewport);
  for (int i = 0; i < 4; ++i) {
    // A building is one count at its centre: a dot within a pixel or two of it.
    const QPoint centre = viewport.toPixel(testing::ProjectFixture::buildingCenter(i)).toPoint();
    int covered = 0;
    for (int dx = -2; dx <= 2; ++dx) {
      for (int dy = -2; dy <= 2; ++dy) covered += qAlpha(image.pixel(centre + QPoint(dx, dy))) > 0;
    }
    EXPECT_GT(covered, 0) << "building " << i;
    const QPointF gap = viewport.toPixel(testing::ProjectFixture::buildingCenter(i) +
                                         QPointF(testing::ProjectFixture::kSpacing / 2, 0));
    if (i < 3) {
      EXPECT_EQ(qAlpha(image.pixel(gap.toPoint())), 0) << "gap after building " << i;
    }
  }
}

TEST_F(MapCacheTest, AStaleDensityIsNeverShown) {
  {
    auto store = openSpatialiteProject(path());
    ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
    ASSERT_TRUE(readBuildingDensity(*store).has_value());
  }
  {
    auto other = openSpatialiteProject(path());
    BuildingRecord r = *other->buildingByCode("B002");
    r.appraisalGrade = AppraisalGrade::D;
    other->updateBuilding(r, "另一连接");
  }
  auto store = openSpatialiteProject(path());
  EXPECT_FALSE(readBuildingDensity(*store).has_value());
  std::optional<MapPreview> preview;
  ProjectMap::open(*store, BuildingTheme::HazardGrade,
                   [&preview](MapPreview p) { preview = std::move(p); });
  ASSERT_TRUE(preview.has_value());
  EXPECT_EQ(preview->buildings, 0);  // towns and grids only
  for (const RenderLayer& layer : preview->layers) EXPECT_FALSE(layer.raster);
  // The opening rewrote it for the next one.
  EXPECT_EQ(readBuildingDensity(*store)->buildings, 4);
}

TEST(BuildingDensityBytes, RoundTripAndDamageIsRefused) {
  BuildingDensity d;
  d.extent = box(0, 0, 30, 20);
  d.width = 3;
  d.height = 2;
  d.counts = {1, 0, 5, 0, 2, 0};
  d.buildings = 8;
  const Bytes bytes = packBuildingDensity(d, 42);
  const auto back = unpackBuildingDensity(bytes, 42);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->counts, d.counts);
  EXPECT_EQ(back->width, 3);
  EXPECT_EQ(back->height, 2);
  EXPECT_EQ(back->buildings, 8);
  EXPECT_FALSE(unpackBuildingDensity(bytes, 41));  // another generation
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(unpackBuildingDensity(Bytes(bytes.begin(), bytes.begin() + cut), 42)) << cut;
  }
  Bytes forged = bytes;
  forged[forged.size() - 4] = 9;  // the counts no longer add up to the buildings
  EXPECT_FALSE(unpackBuildingDensity(forged, 42));
}

}  // namespace
}  // namespace fangan
