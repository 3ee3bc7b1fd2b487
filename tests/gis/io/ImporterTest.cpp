#include <cpl_string.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <proj.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "../support/TempDir.h"
#include "../support/VectorFixture.h"
#include "gis/crs/Gcj02.h"
#include "gis/io/Importer.h"
#include "gis/store/MapCacheStore.h"
#include "tests/support/MissingInput.h"

namespace fangan {
namespace {

using testing::FixtureRow;
using testing::TempDir;
using testing::writeVectorFile;

std::string integrity(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr);
  std::string out =
      sqlite3_step(s) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) : "";
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

std::int64_t buildingCount(ProjectStore& store) { return store.summary()[0].count; }

std::string squareWkt(double x, double y, double size) {
  return "POLYGON((" + std::to_string(x) + " " + std::to_string(y) + "," +
         std::to_string(x + size) + " " + std::to_string(y) + "," + std::to_string(x + size) + " " +
         std::to_string(y + size) + "," + std::to_string(x) + " " + std::to_string(y + size) + "," +
         std::to_string(x) + " " + std::to_string(y) + "))";
}

/// First vertex of a stored footprint (project CRS).
std::pair<double, double> firstVertex(const Wkb& wkb) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, wkb.size());
  const OGRLinearRing* ring = g->toMultiPolygon()->getGeometryRef(0)->getExteriorRing();
  std::pair<double, double> p{ring->getX(0), ring->getY(0)};
  OGRGeometryFactory::destroyGeometry(g);
  return p;
}

ImportOptions options(ProjectLayer layer, const std::string& path) {
  ImportOptions o;
  o.layer = layer;
  o.path = path;
  return o;
}

// A project of three buildings that every failure test must leave exactly as it was.
class ImportIntoExistingProject : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = dir_.file("p.sqlite");
    store_ = createSpatialiteProject(project_, 4547);
    const auto seed = dir_.file("seed.geojson");
    writeVectorFile(seed, "GeoJSON", 4326, {"code"},
                    {{squareWkt(114.30, 30.60, 0.0001), {"S1"}},
                     {squareWkt(114.31, 30.60, 0.0001), {"S2"}},
                     {squareWkt(114.32, 30.60, 0.0001), {"S3"}}});
    const std::optional<std::int64_t> before = buildingsGeneration(*store_);
    ASSERT_TRUE(before.has_value());
    importFile(*store_, options(ProjectLayer::Buildings, seed));
    ASSERT_EQ(buildingCount(*store_), 3);
    // The import moved the buildings generation once, not once a row, and its counting
    // triggers are back (buildingsGeneration() vouches for nothing without them).
    generation_ = buildingsGeneration(*store_);
    ASSERT_EQ(generation_, *before + 1);
  }
  void expectUnchanged() {
    EXPECT_EQ(buildingsGeneration(*store_), generation_);  // triggers intact, counter as it was
    EXPECT_EQ(buildingCount(*store_), 3);
    EXPECT_TRUE(store_->buildingByCode("S1"));
    EXPECT_EQ(integrity(project_), "ok");
  }
  TempDir dir_;
  std::string project_;
  std::unique_ptr<ProjectStore> store_;
  std::optional<std::int64_t> generation_;
};

TEST_F(ImportIntoExistingProject, TruncatedShapefileFailsNamingFileAndRowAndChangesNothing) {
  const auto shp = dir_.file("cut.shp");
  std::vector<FixtureRow> rows;
  for (int i = 0; i < 200; ++i)
    rows.push_back({squareWkt(114.3 + i * 0.001, 30.61, 0.0002), {"T" + std::to_string(i)}});
  writeVectorFile(shp, "ESRI Shapefile", 4326, {"code"}, rows);
  std::filesystem::resize_file(shp, std::filesystem::file_size(shp) / 2);
  try {
    importFile(*store_, options(ProjectLayer::Buildings, shp));
    FAIL() << "import of a truncated shapefile succeeded";
  } catch (const ImportError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("cut.shp"), std::string::npos) << msg;
    EXPECT_NE(msg.find("行"), std::string::npos) << msg;
  }
  expectUnchanged();
}

TEST_F(ImportIntoExistingProject, GeoJsonSyntaxErrorFailsAndChangesNothing) {
  const auto path = dir_.file("broken.geojson");
  std::ofstream(path)
      << R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
         R"("properties":{"code":"X"},"geometry":{"type":"Polygon","coordinates":[[[114.3,30.6],)";
  try {
    importFile(*store_, options(ProjectLayer::Buildings, path));
    FAIL() << "import of broken GeoJSON succeeded";
  } catch (const ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.geojson"), std::string::npos) << e.what();
  }
  expectUnchanged();
}

TEST_F(ImportIntoExistingProject, CsvWithBadWktRowIsRejectedByRowAndStrictModeChangesNothing) {
  const auto csv = dir_.file("ledger.csv");
  std::ofstream(csv) << "房屋编码,层数,wkt\n"
                        "C1,2,\"" +
                            squareWkt(114.40, 30.60, 0.0001) +
                            "\"\n"
                            "C2,3,\"POLYGON((114.41 30.60, 114.42 oops))\"\n"
                            "C3,1,\"" +
                            squareWkt(114.42, 30.60, 0.0001) + "\"\n";
  ImportOptions strict = options(ProjectLayer::Buildings, csv);
  strict.strict = true;
  try {
    importFile(*store_, strict);
    FAIL() << "strict import with a bad row succeeded";
  } catch (const ImportError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("ledger.csv"), std::string::npos) << msg;
    EXPECT_NE(msg.find("第 2 行"), std::string::npos) << msg;
    EXPECT_NE(msg.find("WKT"), std::string::npos) << msg;
    EXPECT_EQ(e.problem(), ImportProblem::StrictRejected);
  }
  expectUnchanged();

  const ImportReport r = importFile(*store_, options(ProjectLayer::Buildings, csv));
  EXPECT_EQ(r.read, 3);
  EXPECT_EQ(r.imported, 2);
  ASSERT_EQ(r.rejected, 1);
  EXPECT_EQ(r.problems[0].row, 2);
  EXPECT_NE(r.problems[0].reason.find("WKT"), std::string::npos);
  EXPECT_EQ(buildingCount(*store_), 5);
  EXPECT_EQ(buildingsGeneration(*store_), *generation_ + 1);
  EXPECT_EQ(store_->buildingByCode("C3")->floors, 1);
  EXPECT_EQ(integrity(project_), "ok");
}

TEST_F(ImportIntoExistingProject, ImportKilledHalfwayLeavesProjectAsItWas) {
  const auto big = dir_.file("big.gpkg");
  std::vector<FixtureRow> rows;
  for (int i = 0; i < 30000; ++i) {
    rows.push_back({squareWkt(114.0 + (i % 300) * 0.001, 30.0 + (i / 300) * 0.001, 0.0003),
                    {"K" + std::to_string(i)}});
  }
  writeVectorFile(big, "GPKG", 4326, {"code"}, rows);
  store_.reset();  // the child opens its own connection

  int pipeFds[2];
  ASSERT_EQ(pipe(pipeFds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(pipeFds[0]);
    auto store = openSpatialiteProject(project_);
    ImportOptions o = options(ProjectLayer::Buildings, big);
    o.progress = [&](std::int64_t done, std::int64_t) {
      if (done == 15000) {
        char c = 'x';
        (void)!write(pipeFds[1], &c, 1);
        pause();  // wait here for the kill, half the rows written into the open transaction
      }
      return true;
    };
    importFile(*store, o);
    _exit(0);
  }
  close(pipeFds[1]);
  char c = 0;
  ASSERT_EQ(read(pipeFds[0], &c, 1), 1);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));
  store_ = openSpatialiteProject(project_);
  expectUnchanged();
  EXPECT_FALSE(store_->buildingByCode("K1"));
}

TEST_F(ImportIntoExistingProject, CancelledImportChangesNothing) {
  const auto path = dir_.file("more.geojson");
  std::vector<FixtureRow> rows;
  for (int i = 0; i < 1200; ++i)
    rows.push_back({squareWkt(114.5 + i * 0.0005, 30.6, 0.0002), {"M" + std::to_string(i)}});
  writeVectorFile(path, "GeoJSON", 4326, {"code"}, rows);
  ImportOptions o = options(ProjectLayer::Buildings, path);
  o.progress = [](std::int64_t done, std::int64_t) { return done < 1000; };
  EXPECT_THROW(importFile(*store_, o), ImportCancelled);
  expectUnchanged();
}

TEST(Importer, SharedAndorraBuildingsMatchOgrCountMinusRejected) {
  const std::string src = std::string(FANGAN_SHARED_DATA) + "/andorra/buildings.gpkg";
  if (!std::filesystem::exists(src)) FANGAN_MISSING("shared data missing");
  TempDir dir;
  const auto project = dir.file("andorra.sqlite");
  auto store = createSpatialiteProject(project, 0);
  const ImportReport r = importFile(*store, options(ProjectLayer::Buildings, src));
  const long long sourceCount = testing::ogrFeatureCount(src);
  ASSERT_EQ(sourceCount, 4906);
  EXPECT_EQ(r.imported + r.rejected, sourceCount);
  EXPECT_EQ(buildingCount(*store), sourceCount - r.rejected);
  EXPECT_EQ(store->srid(), 32631);  // UTM 31N: Andorra is outside China
  EXPECT_TRUE(r.crsChosen);
  store.reset();
  // The project is an ordinary SpatiaLite database to OGR (and so to QGIS).
  EXPECT_EQ(testing::ogrFeatureCount(project, "buildings"), sourceCount - r.rejected);
}

TEST(Importer, ProjectInChinaGetsTheCgcs2000GaussKrugerZone) {
  TempDir dir;
  const auto src = dir.file("fuzhou.geojson");
  writeVectorFile(src, "GeoJSON", 4326, {"code"}, {{squareWkt(119.30, 26.08, 0.0002), {"F1"}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 0);
  importFile(*store, options(ProjectLayer::Buildings, src));
  EXPECT_EQ(store->srid(), 4549);  // CM 120E
}

TEST(Importer, GbkShapefileWithoutCpgImportsCorrectChinese) {
  TempDir dir;
  const auto shp = dir.file("gbk.shp");
  const std::string address = "福州市鼓楼区东街1号";
  const std::string town = "东街街道";
  char* gbkAddress = CPLRecode(address.c_str(), CPL_ENC_UTF8, "GB18030");
  char* gbkTown = CPLRecode(town.c_str(), CPL_ENC_UTF8, "GB18030");
  ASSERT_NE(std::string(gbkAddress), address);
  writeVectorFile(shp, "ESRI Shapefile", 4326, {"code", "address", "town"},
                  {{squareWkt(119.30, 26.08, 0.0002), {"G1", gbkAddress, gbkTown}}}, {"ENCODING="});
  CPLFree(gbkAddress);
  CPLFree(gbkTown);
  std::filesystem::remove(dir.file("gbk.cpg"));
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  const ImportReport r = importFile(*store, options(ProjectLayer::Buildings, shp));
  EXPECT_NE(r.encoding.find("GB18030"), std::string::npos) << r.encoding;
  const auto b = store->buildingByCode("G1");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->address, address);
  EXPECT_EQ(b->town, town);
}

TEST(Importer, ChineseColumnAliasesAndValuesImportWithoutMapping) {
  TempDir dir;
  const auto csv = dir.file("台账.csv");
  const std::string wkt1 = squareWkt(119.30, 26.08, 0.0001);
  const std::string wkt2 = squareWkt(119.31, 26.08, 0.0001);
  std::ofstream(csv) << "房屋编码,地址,镇街,自建房,层数,结构,用途,排查状态,排查日期,初判隐患,"
                        "鉴定等级,管控措施,wkt\n"
                        "B1,东街1号,东街街道,是,4,砖混,经营,已排查,2024/3/5,有,Csu,停止使用,\"" +
                            wkt1 +
                            "\"\n"
                            "B2,东街2号,东街街道,否,2,框架,居住,未排查,,,,,\"" +
                            wkt2 +
                            "\"\n"
                            "B3,东街3号,东街街道,是,abc,砖混,居住,已排查,,,,,\"" +
                            wkt2 + "\"\n";
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  const ImportReport r = importFile(*store, options(ProjectLayer::Buildings, csv));
  EXPECT_EQ(r.imported, 2) << describe(r);
  ASSERT_EQ(r.rejected, 1);
  EXPECT_EQ(r.problems[0].row, 3);
  EXPECT_NE(r.problems[0].reason.find("floors"), std::string::npos);
  const auto b1 = store->buildingByCode("B1");
  ASSERT_TRUE(b1);
  EXPECT_EQ(b1->address, "东街1号");
  EXPECT_EQ(b1->selfBuilt, true);
  EXPECT_EQ(b1->floors, 4);
  EXPECT_EQ(b1->structure, Structure::Masonry);
  EXPECT_EQ(b1->use, BuildingUse::Commercial);
  EXPECT_EQ(b1->surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(b1->surveyDate->toString(), "2024-03-05");
  EXPECT_EQ(b1->initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(b1->appraisalGrade, AppraisalGrade::C);
  EXPECT_EQ(b1->control, ControlMeasure::StopUse);
  EXPECT_EQ(store->buildingByCode("B2")->surveyStatus, SurveyStatus::NotSurveyed);

  // A later ledger with lon/lat points only updates the named columns of known buildings.
  const auto update = dir.file("update.csv");
  std::ofstream(update) << "房屋编码,排查状态,排查日期,经度,纬度\n"
                           "B2,已排查,2024-06-01,119.31,26.08\n"
                           "B9,已排查,2024-06-01,119.31,26.08\n";
  const ImportReport u = importFile(*store, options(ProjectLayer::Buildings, update));
  EXPECT_EQ(u.updated, 1);
  ASSERT_EQ(u.rejected, 1);
  EXPECT_NE(u.problems[0].reason.find("B9"), std::string::npos);
  const auto b2 = store->buildingByCode("B2");
  EXPECT_EQ(b2->surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(b2->floors, 2);  // not in the update file: kept
  EXPECT_EQ(b2->address, "东街2号");
}

TEST(Importer, MappingFileMapsOddColumnNames) {
  TempDir dir;
  const auto csv = dir.file("odd.csv");
  std::ofstream(csv) << "bh,lc,wkt\nX1,5,\"" << squareWkt(119.3, 26.08, 0.0001) << "\"\n";
  const auto map = dir.file("map.txt");
  std::ofstream(map) << "# office ledger\ncode = bh\nfloors = lc\n";
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  ImportOptions o = options(ProjectLayer::Buildings, csv);
  o.mappingFile = map;
  importFile(*store, o);
  EXPECT_EQ(store->buildingByCode("X1")->floors, 5);

  std::ofstream(map) << "code = bh\nheight = lc\n";
  try {
    importFile(*store, o);
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("第 2 行"), std::string::npos) << e.what();
  }
}

TEST(Importer, InvalidFootprintsAreRepairedOrRejectedWithReason) {
  TempDir dir;
  const auto path = dir.file("bad.geojson");
  writeVectorFile(
      path, "GeoJSON", 4326, {"code"},
      {{"POLYGON((119.30 26.08,119.301 26.081,119.301 26.08,119.30 26.081,119.30 26.08))",
        {"BOWTIE"}},
       {"POLYGON((119.30 26.08,119.301 26.081,119.30 26.08,119.30 26.08))", {"FLAT"}},
       {"POINT(119.3 26.08)", {"PT"}},
       {squareWkt(119.31, 26.08, 0.0001), {"OK"}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  const ImportReport r = importFile(*store, options(ProjectLayer::Buildings, path));
  EXPECT_EQ(r.imported, 2) << describe(r);
  EXPECT_EQ(r.repaired, 1);
  ASSERT_EQ(r.rejected, 2);
  EXPECT_EQ(r.problems[0].row, 2);
  EXPECT_EQ(r.problems[1].row, 3);
  EXPECT_NE(r.problems[1].reason.find("轮廓"), std::string::npos) << r.problems[1].reason;
  // The bow-tie became two triangles.
  OGRGeometry* g = nullptr;
  const Wkb w = store->buildingFootprint(store->buildingByCode("BOWTIE")->id);
  OGRGeometryFactory::createFromWkb(w.data(), nullptr, &g, w.size());
  EXPECT_EQ(g->toMultiPolygon()->getNumGeometries(), 2);
  OGRGeometryFactory::destroyGeometry(g);
}

TEST(Importer, DuplicateCodeInOneFileIsRejectedAndReimportUpdates) {
  TempDir dir;
  const auto path = dir.file("dup.geojson");
  writeVectorFile(path, "GeoJSON", 4326, {"code", "floors"},
                  {{squareWkt(119.30, 26.08, 0.0001), {"D1", "2"}},
                   {squareWkt(119.31, 26.08, 0.0001), {"D1", "3"}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  ImportReport r = importFile(*store, options(ProjectLayer::Buildings, path));
  EXPECT_EQ(r.imported, 1);
  ASSERT_EQ(r.rejected, 1);
  EXPECT_NE(r.problems[0].reason.find("第 1 行"), std::string::npos);
  r = importFile(*store, options(ProjectLayer::Buildings, path));
  EXPECT_EQ(r.imported, 0);
  EXPECT_EQ(r.updated, 1);
  EXPECT_EQ(buildingCount(*store), 1);
}

// Each source CRS must land within 1 cm of PROJ's own transformation of the same point, done
// here with the raw PROJ API in EPSG axis order (latitude first for geographic CRSs).
struct CrsCase {
  int epsg;
  double a;  // coordinates in the source CRS's own axis order
  double b;
};

class ImportCrsAccuracy : public ::testing::TestWithParam<CrsCase> {};

TEST_P(ImportCrsAccuracy, LandsWithinOneCentimetreOfProj) {
  const CrsCase c = GetParam();
  PJ_CONTEXT* ctx = proj_context_create();
  const std::string from = "EPSG:" + std::to_string(c.epsg);
  PJ* toTarget = proj_create_crs_to_crs(ctx, from.c_str(), "EPSG:4547", nullptr);
  ASSERT_NE(toTarget, nullptr);
  // The source point in GIS order for the file (x = lon/easting).
  PJ* srcCrs = proj_create(ctx, from.c_str());
  const bool geographic = proj_get_type(srcCrs) == PJ_TYPE_GEOGRAPHIC_2D_CRS;
  // EPSG:4326/4490 are lat,lon; 4549 is northing,easting; 3857 is easting,northing.
  const bool northingFirst = geographic || c.epsg == 4549;
  const double fileX = northingFirst ? c.b : c.a;
  const double fileY = northingFirst ? c.a : c.b;
  PJ_COORD ref = proj_trans(toTarget, PJ_FWD, proj_coord(c.a, c.b, 0, 0));
  // EPSG:4547 is northing, easting.
  const double refEasting = ref.v[1];
  const double refNorthing = ref.v[0];
  proj_destroy(srcCrs);
  proj_destroy(toTarget);
  proj_context_destroy(ctx);

  TempDir dir;
  const auto src = dir.file("pt.gpkg");
  const double d = geographic ? 0.0001 : 10;
  writeVectorFile(src, "GPKG", c.epsg, {"code"},
                  {{"POLYGON((" + std::to_string(fileX) + " " + std::to_string(fileY) + "," +
                        std::to_string(fileX + d) + " " + std::to_string(fileY) + "," +
                        std::to_string(fileX + d) + " " + std::to_string(fileY + d) + "," +
                        std::to_string(fileX) + " " + std::to_string(fileY) + "))",
                    {"P"}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  importFile(*store, options(ProjectLayer::Buildings, src));
  const auto v = firstVertex(store->buildingFootprint(store->buildingByCode("P")->id));
  EXPECT_NEAR(v.first, refEasting, 0.01);
  EXPECT_NEAR(v.second, refNorthing, 0.01);
}

INSTANTIATE_TEST_SUITE_P(SourceCrs, ImportCrsAccuracy,
                         ::testing::Values(CrsCase{4326, 30.6, 114.3},  // WGS 84 lat, lon
                                           CrsCase{4490, 30.6, 114.3},  // CGCS2000 lat, lon
                                           CrsCase{3857, 12724000.0, 3580000.0},
                                           CrsCase{4549, 3390000.0, 212000.0}),  // GK CM 120E
                         [](const auto& info) { return "EPSG" + std::to_string(info.param.epsg); });

TEST(Importer, TableWithoutCrsNeedsSrcCrsForProjectedCoordinates) {
  TempDir dir;
  const auto path = dir.file("nocrs.geojson");
  // GeoJSON is always WGS 84, so use a GPKG without CRS and metric coordinates.
  const auto gpkg = dir.file("nocrs.gpkg");
  writeVectorFile(gpkg, "GPKG", 0, {"code"}, {{squareWkt(500000, 3300000, 10), {"N1"}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4547);
  try {
    importFile(*store, options(ProjectLayer::Buildings, gpkg));
    FAIL();
  } catch (const ImportError& e) {
    EXPECT_EQ(e.problem(), ImportProblem::NoSourceCrs);
    EXPECT_NE(std::string(e.what()).find("请指定源坐标系"), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find("--"), std::string::npos) << e.what();
  }
  ImportOptions o = options(ProjectLayer::Buildings, gpkg);
  o.srcCrs = "EPSG:4547";
  EXPECT_EQ(importFile(*store, o).imported, 1);
  (void)path;
}

TEST(Importer, Gcj02InputIsShiftedBackToWgs84) {
  TempDir dir;
  // The same building once in WGS 84 and once with the GCJ-02 offset of Chinese web maps.
  const auto wgs = dir.file("wgs.geojson");
  writeVectorFile(wgs, "GeoJSON", 4326, {"code"}, {{squareWkt(116.3100, 39.9900, 0.0002), {"W"}}});
  const auto gcj = dir.file("gcj.csv");
  double gLon = 0;
  double gLat = 0;
  wgs84ToGcj02(116.3100, 39.9900, gLon, gLat);
  char line[128];
  std::snprintf(line, sizeof line, "G,%.10f,%.10f\n", gLon, gLat);
  std::ofstream(gcj) << "code,lon,lat\n" << line;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4548);
  importFile(*store, options(ProjectLayer::Buildings, wgs));
  ImportOptions o = options(ProjectLayer::Survey, gcj);
  o.gcj02 = true;
  EXPECT_EQ(importFile(*store, o).imported, 1);
  std::pair<double, double> pt;
  store->forEachSurveyPoint([&](const SurveyPoint&, const Wkb& w) {
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkb(w.data(), nullptr, &g, w.size());
    pt = {g->toPoint()->getX(), g->toPoint()->getY()};
    OGRGeometryFactory::destroyGeometry(g);
    return false;
  });
  const auto corner = firstVertex(store->buildingFootprint(store->buildingByCode("W")->id));
  EXPECT_NEAR(pt.first, corner.first, 0.01);
  EXPECT_NEAR(pt.second, corner.second, 0.01);
}

TEST(Gcj02, OffsetIsHundredsOfMetresInChinaAndInvertsExactly) {
  double gLon = 0;
  double gLat = 0;
  wgs84ToGcj02(116.3100, 39.9900, gLon, gLat);
  // Published descriptions put the offset at roughly 100–700 m.
  const double dx = (gLon - 116.31) * 111320 * std::cos(39.99 * M_PI / 180);
  const double dy = (gLat - 39.99) * 110574;
  const double metres = std::hypot(dx, dy);
  EXPECT_GT(metres, 100);
  EXPECT_LT(metres, 700);
  double wLon = 0;
  double wLat = 0;
  gcj02ToWgs84(gLon, gLat, wLon, wLat);
  EXPECT_NEAR(wLon, 116.31, 1e-9);
  EXPECT_NEAR(wLat, 39.99, 1e-9);
  // Outside China there is no offset.
  wgs84ToGcj02(1.52, 42.5, gLon, gLat);
  EXPECT_EQ(gLon, 1.52);
  EXPECT_EQ(gLat, 42.5);
}

TEST(Importer, OtherFormatsXlsxKmlDxf) {
  TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  const auto xlsx = dir.file("ledger.xlsx");
  writeVectorFile(xlsx, "XLSX", 0, {"房屋编码", "层数", "lon", "lat"},
                  {{"", {"XL1", "3", "119.30", "26.08"}}});
  const auto kml = dir.file("b.kml");
  writeVectorFile(kml, "KML", 4326, {"Name"}, {{squareWkt(119.31, 26.08, 0.0002), {"K"}}});
  const auto dxf = dir.file("b.dxf");
  writeVectorFile(
      dxf, "DXF", 0, {},
      {{"LINESTRING(500000 2885000,500010 2885000,500010 2885010,500000 2885010,500000 2885000)",
        {}}});
  // XLSX rows are points: fine for the survey layer.
  ImportOptions o = options(ProjectLayer::Survey, xlsx);
  EXPECT_EQ(importFile(*store, o).imported, 1);
  EXPECT_EQ(importFile(*store, options(ProjectLayer::Buildings, kml)).imported, 1);
  ImportOptions d = options(ProjectLayer::Buildings, dxf);
  d.srcCrs = "EPSG:4549";
  const ImportReport r = importFile(*store, d);
  EXPECT_EQ(r.imported, 1) << describe(r);
}

TEST(Importer, OsmPbfBuildingsMatchOgrCount) {
  const std::string pbf =
      std::string(FANGAN_SHARED_DATA) + "/andorra/source/andorra-latest.osm.pbf";
  if (!std::filesystem::exists(pbf)) FANGAN_MISSING("shared data missing");
  TempDir dir;
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 0);
  const ImportReport r = importFile(*store, options(ProjectLayer::Buildings, pbf));
  const std::string count = testing::runCommand(
      "ogrinfo -ro -q -sql \"SELECT COUNT(*) FROM multipolygons WHERE building IS NOT NULL\" '" +
      pbf + "' | grep -o 'COUNT_\\*.*= [0-9]*' | grep -o '[0-9]*$'");
  ASSERT_FALSE(count.empty());
  EXPECT_EQ(r.imported + r.rejected, std::stoll(count));
  EXPECT_GT(r.imported, 4000);
}

}  // namespace
}  // namespace fangan

namespace fangan {
namespace {

TEST(Importer, CategoryFallsBackToTheNextGuessedColumnWhenEmpty) {
  testing::TempDir dir;
  const auto path = dir.file("osm.geojson");
  // As in OSM extracts: a railway has an empty highway tag, a clinic only a healthcare tag.
  testing::writeVectorFile(path, "GeoJSON", 4326, {"name", "highway", "railway"},
                           {{"LINESTRING(119.30 26.08,119.31 26.08)", {"京福线", "", "rail"}},
                            {"LINESTRING(119.30 26.09,119.31 26.09)", {"东街", "primary", ""}}});
  auto store = createSpatialiteProject(dir.file("p.sqlite"), 4549);
  ImportOptions o;
  o.layer = ProjectLayer::Lines;
  o.path = path;
  importFile(*store, o);
  std::vector<std::string> categories;
  store->forEachSource(ProjectLayer::Lines, [&](const SourceFeature& f, const Wkb&) {
    categories.push_back(f.name + ":" + f.category);
    return true;
  });
  ASSERT_EQ(categories.size(), 2u);
  EXPECT_EQ(categories[0], "京福线:rail");
  EXPECT_EQ(categories[1], "东街:primary");
}

}  // namespace
}  // namespace fangan
