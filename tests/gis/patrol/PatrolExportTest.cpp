// Per-manager patrol lists as CSV, XLSX, GeoPackage and GeoJSON (gis/patrol/PatrolExport.h),
// read back through GDAL.

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "../support/TempDir.h"
#include "../support/VectorFixture.h"
#include "PatrolFixtures.h"
#include "gis/io/GdalHandles.h"
#include "gis/patrol/PatrolExport.h"
#include "gis/patrol/RecordStamp.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::patrolDay;

GdalDataset openVector(const std::string& path) {
  GDALAllRegister();
  return openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY);
}

class PatrolExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    rules_ = parsePriorityRules("never_surveyed 50 未排查\ncommercial 20 经营性\n", "t.rules");
    addGrid(*store_, "G1", 3, "张三");
    addGrid(*store_, "G2", 3, "李四");
    addGrid(*store_, "G3", 3, "张三");  // same manager as G1: one set of files
    addGrid(*store_, "G4", 3, "");      // no manager: files named after the grid
    for (int i = 0; i < 5; ++i) {
      addBuilding(*store_, testing::unsurveyedRecord("A" + std::to_string(i), "G1", i == 4),
                  100 * i, 50);
    }
    addBuilding(*store_, testing::unsurveyedRecord("B0", "G2"), 300, 300);
    addBuilding(*store_, testing::unsurveyedRecord("C0", "G3"), 600, 600);
    addBuilding(*store_, testing::unsurveyedRecord("D0", "G4"), 700, 700);
    PatrolPlanOptions o;
    o.days = 1;
    o.start = patrolDay("2024-03-11");
    o.rules = &rules_;
    plan_ = planPatrols(*store_, o);
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  PriorityRules rules_;
  PatrolPlan plan_;
};

TEST_F(PatrolExportTest, WritesEveryFormatPerManager) {
  PatrolExportOptions o;
  o.outDir = dir_.file("out");
  const auto sheets = exportPatrols(plan_, o);
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[0].fileStem, "patrol-张三");
  EXPECT_EQ(sheets[0].grids, (std::vector<std::string>{"G1", "G3"}));
  EXPECT_EQ(sheets[0].stops, 4u);  // capacity 3 in G1 (of 5 due) + 1 in G3
  EXPECT_EQ(sheets[1].fileStem, "patrol-李四");
  EXPECT_EQ(sheets[2].fileStem, "patrol-grid-G4");
  EXPECT_FALSE(sheets[0].sheetWritten);
  for (const auto& s : sheets) {
    ASSERT_EQ(s.files.size(), 4u);
    for (const auto& f : s.files) EXPECT_TRUE(std::filesystem::exists(f)) << f;
  }
  // No temporary file is left behind.
  for (const auto& entry : std::filesystem::directory_iterator(o.outDir)) {
    EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
  }
  const std::string stem = o.outDir + "/patrol-张三";
  EXPECT_EQ(testing::ogrFeatureCount(stem + ".csv"), 4);
  EXPECT_EQ(testing::ogrFeatureCount(stem + ".geojson"), 4);
  EXPECT_EQ(testing::ogrFeatureCount(stem + ".gpkg", "stops"), 4);
  EXPECT_EQ(testing::ogrFeatureCount(stem + ".gpkg", "routes"), 2);  // G1 day 1, G3 day 1
}

TEST_F(PatrolExportTest, StopRowsCarryTheDocumentedColumnsInRouteOrder) {
  PatrolExportOptions o;
  o.outDir = dir_.file("out");
  exportPatrols(plan_, o);
  const std::vector<std::string> required = {"day",       "order",         "code",  "address",
                                             "reasons",   "what_to_check", "stamp", "result_date",
                                             "inspector", "result",        "note"};
  for (const std::string ext : {".xlsx", ".csv", ".gpkg", ".geojson"}) {
    GdalDataset ds = openVector(o.outDir + "/patrol-张三" + ext);
    ASSERT_TRUE(ds) << ext;
    OGRLayer* layer = ds->GetLayerByName("stops");
    if (!layer) layer = ds->GetLayer(0);
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const auto& name : required)
      EXPECT_GE(defn->GetFieldIndex(name.c_str()), 0) << name << ext;
    if (ext == ".xlsx" || ext == ".csv") {
      EXPECT_GE(defn->GetFieldIndex("lon"), 0);
      EXPECT_GE(defn->GetFieldIndex("lat"), 0);
    }
    int row = 0;
    for (auto& f : *layer) {
      ++row;
      const std::string grid = f->GetFieldAsString("grid");
      const int order = std::atoi(f->GetFieldAsString("order"));
      EXPECT_EQ(order, grid == "G1" ? row : 1) << ext;
      const std::string code = f->GetFieldAsString("code");
      EXPECT_EQ(std::string(f->GetFieldAsString("stamp")),
                recordStamp(*store_->buildingByCode(code)));
      EXPECT_EQ(std::string(f->GetFieldAsString("reasons")), "从未排查（漏排）");
      EXPECT_FALSE(std::string(f->GetFieldAsString("what_to_check")).empty());
      EXPECT_TRUE(std::string(f->GetFieldAsString("result")).empty());
      // EPSG:4547 is CGCS2000 GK CM 114°E: the district lies on the central meridian.
      double lon = 0;
      double lat = 0;
      if (const OGRGeometry* g = f->GetGeometryRef()) {
        lon = g->toPoint()->getX();
        lat = g->toPoint()->getY();
      } else {
        lon = std::atof(f->GetFieldAsString("lon"));
        lat = std::atof(f->GetFieldAsString("lat"));
      }
      EXPECT_NEAR(lon, 114.0, 0.02) << ext;
      EXPECT_NEAR(lat, 30.7, 0.1) << ext;
    }
    EXPECT_EQ(row, 4) << ext;
  }
}

TEST_F(PatrolExportTest, CsvStartsWithAByteOrderMarkForExcel) {
  PatrolExportOptions o;
  o.outDir = dir_.file("out");
  o.xlsx = o.geopackage = o.geojson = false;
  exportPatrols(plan_, o);
  std::ifstream in(o.outDir + "/patrol-李四.csv", std::ios::binary);
  std::string head(3, '\0');
  in.read(&head[0], 3);
  EXPECT_EQ(head, "\xEF\xBB\xBF");
  EXPECT_FALSE(std::filesystem::exists(o.outDir + "/patrol-李四.xlsx"));
}

class RecordingSheetWriter : public PatrolSheetWriter {
 public:
  void write(const ManagerSheet& sheet, int srid, const std::string& path) const override {
    std::ofstream(path) << sheet.manager << " " << sheet.stops().size() << " " << srid;
  }
};

TEST_F(PatrolExportTest, ThePdfHookReceivesEachManagersSheet) {
  RecordingSheetWriter writer;
  PatrolExportOptions o;
  o.outDir = dir_.file("out");
  o.csv = o.xlsx = o.geopackage = o.geojson = false;
  o.sheetWriter = &writer;
  const auto sheets = exportPatrols(plan_, o);
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_TRUE(sheets[0].sheetWritten);
  std::ifstream in(o.outDir + "/patrol-张三.pdf");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "张三 4 4547");
}

// Owner phones are personal data (docs/rules.md#personal-data): masked unless asked for.
TEST_F(PatrolExportTest, OwnerPhonesAreMaskedUnlessAskedFor) {
  BuildingRecord a0 = *store_->buildingByCode("A0");
  a0.responsibility.owner = "陈一";
  a0.responsibility.ownerPhone = "13812345678";
  store_->updateBuilding(a0, "test");
  PatrolPlanOptions po;
  po.days = 1;
  po.start = patrolDay("2024-03-11");
  po.rules = &rules_;
  const PatrolPlan plan = planPatrols(*store_, po);
  auto phoneOf = [&](bool showPersonal) {
    PatrolExportOptions o;
    o.outDir = dir_.file(showPersonal ? "full" : "masked");
    o.showPersonal = showPersonal;
    o.xlsx = o.geopackage = o.geojson = false;
    exportPatrols(plan, o);
    GdalDataset ds = openVector(o.outDir + "/patrol-张三.csv");
    for (auto& f : *ds->GetLayer(0)) {
      if (std::string(f->GetFieldAsString("code")) == "A0") {
        return std::string(f->GetFieldAsString("owner")) + " " + f->GetFieldAsString("owner_phone");
      }
    }
    return std::string("A0 not on the sheet");
  };
  EXPECT_EQ(phoneOf(false), "陈一 138****5678");
  EXPECT_EQ(phoneOf(true), "陈一 13812345678");
}

}  // namespace
}  // namespace fangan
