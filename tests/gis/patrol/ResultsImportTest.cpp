// Field results back in (gis/patrol/ResultsImport.h): a patrol list exported by PatrolExport,
// filled in as a grid manager would, then imported — twice.

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>

#include "../support/TempDir.h"
#include "../support/VectorFixture.h"
#include "PatrolFixtures.h"
#include "gis/io/GdalHandles.h"
#include "gis/patrol/PatrolExport.h"
#include "gis/patrol/RecordStamp.h"
#include "gis/patrol/ResultsImport.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::patrolDay;
using testing::quietRecord;
using testing::unsurveyedRecord;

BuildingRecord gradeD(const std::string& code, ControlMeasure control, bool engineered) {
  return testing::appraisedRecord(code, AppraisalGrade::D, control, engineered);
}

// What the manager writes against each code: result_date, inspector, result, note.
struct Filled {
  std::string date, inspector, result, note;
};

class ResultsImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = createSpatialiteProject(dir_.file("p.sqlite"), testing::kPatrolSrid);
    rules_ = parsePriorityRules("never_surveyed 50 未排查\ncd_not_rectified 100 危房\n", "t.rules");
    addGrid(*store_, "G1", 20, "张三");
    addBuilding(*store_, unsurveyedRecord("B01", "G1"), 10, 10);
    addBuilding(*store_, unsurveyedRecord("B02", "G1"), 20, 10);
    BuildingRecord b03 = quietRecord("B03", "G1");
    b03.initialHazard = InitialHazard::Hazard;
    b03.hazardFoundDate = patrolDay("2024-03-01");
    addBuilding(*store_, b03, 30, 10);
    addBuilding(*store_, gradeD("B04", ControlMeasure::StopUse, false), 40, 10);
    addBuilding(*store_, gradeD("B05", ControlMeasure::EvacuatedSealed, false), 50, 10);
    addBuilding(*store_, unsurveyedRecord("B06", "G1"), 60, 10);
    addBuilding(*store_, unsurveyedRecord("B07", "G1"), 70, 10);
    addBuilding(*store_, unsurveyedRecord("B08", "G1"), 80, 10);
    addBuilding(*store_, unsurveyedRecord("B09", "G1"), 90, 10);
    addBuilding(*store_, gradeD("B10", ControlMeasure::StopUse, true), 100, 10);
    addBuilding(*store_, quietRecord("Q01", "G1"), 110, 10);  // not due, not on the sheet

    PatrolPlanOptions o;
    o.grid = "G1";
    o.days = 1;
    o.start = patrolDay("2024-03-09");
    o.rules = &rules_;
    const PatrolPlan plan = planPatrols(*store_, o);
    PatrolExportOptions e;
    e.outDir = dir_.file("out");
    exportPatrols(plan, e);
    stem_ = e.outDir + "/patrol-张三";

    // After the sheet went out, someone corrected B08's address in the office.
    BuildingRecord b08 = *store_->buildingByCode("B08");
    b08.address = "东城路8号之一";
    store_->updateBuilding(b08, "office");
  }

  std::map<std::string, Filled> answers() const {
    return {
        {"B01", {"2024-03-09", "张三", "无隐患", ""}},
        {"B02", {"2024-03-09", "张三", "有隐患", "墙体开裂"}},
        {"B03", {"2024-03-09", "李工", "复核无隐患", "技术人员复核"}},
        {"B04", {"2024-03-09", "张三", "销号", "已设警示牌"}},    // C/D, no engineering
        {"B05", {"2024-03-09", "张三", "解除管控", ""}},          // not rectified
        {"B06", {"2024-03-20", "张三", "无隐患", ""}},            // after today
        {"B07", {"2024-13-45", "张三", "无隐患", ""}},            // no such date
        {"B08", {"2024-03-09", "张三", "无隐患", ""}},            // record changed: conflict
        {"B10", {"2024-03-09", "张三", "解除管控", "加固完成"}},  // rectified: may lift
                                                                  // B09 left blank: not visited
    };
  }

  // Fills the exported workbook in place (as Excel would) and appends a row for a code that
  // does not exist.
  void fillWorkbook(const std::string& path) {
    GDALAllRegister();
    const GdalDataset ds = openDataset(path, GDAL_OF_VECTOR | GDAL_OF_UPDATE);
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("stops");
    ASSERT_TRUE(layer);
    const auto filled = answers();
    std::vector<std::unique_ptr<OGRFeature>> features;
    for (auto& f : *layer) features.emplace_back(f->Clone());
    for (auto& f : features) {
      auto it = filled.find(f->GetFieldAsString("code"));
      if (it == filled.end()) continue;
      f->SetField("result_date", it->second.date.c_str());
      f->SetField("inspector", it->second.inspector.c_str());
      f->SetField("result", it->second.result.c_str());
      if (!it->second.note.empty()) f->SetField("note", it->second.note.c_str());
      ASSERT_EQ(layer->SetFeature(f.get()), OGRERR_NONE);
    }
    std::unique_ptr<OGRFeature> extra(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    extra->SetField("code", "NOPE");
    extra->SetField("result_date", "2024-03-09");
    extra->SetField("result", "无隐患");
    ASSERT_EQ(layer->CreateFeature(extra.get()), OGRERR_NONE);
  }

  ResultsImportReport import(const std::string& path, bool dryRun = false) {
    ResultsImportOptions o;
    o.path = path;
    o.today = patrolDay("2024-03-10");
    o.dryRun = dryRun;
    return importResults(*store_, o);
  }

  std::size_t eventCount() const {
    std::size_t n = 0;
    store_->forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
      n += store_->events(b.id).size();
      return true;
    });
    return n;
  }

  static std::map<std::string, std::string> byCode(const std::vector<ResultRowIssue>& issues) {
    std::map<std::string, std::string> m;
    for (const auto& i : issues) m[i.code] = i.reason;
    return m;
  }

  testing::TempDir dir_;
  std::unique_ptr<ProjectStore> store_;
  PriorityRules rules_;
  std::string stem_;
};

TEST_F(ResultsImportTest, RejectsBadRowsReportsTheConflictImportsTheRestAndIsIdempotent) {
  fillWorkbook(stem_ + ".xlsx");
  const ResultsImportReport first = import(stem_ + ".xlsx");
  EXPECT_EQ(first.layer, "stops");
  EXPECT_EQ(first.rows, 11);  // 10 due buildings + the unknown code
  EXPECT_EQ(first.blank, 1);  // B09
  EXPECT_EQ(first.imported, 4);
  EXPECT_EQ(first.buildingsUpdated, 4);
  EXPECT_EQ(first.duplicates.size(), 0u);
  ASSERT_EQ(first.conflicts.size(), 1u);
  EXPECT_EQ(first.conflicts[0].code, "B08");
  EXPECT_NE(first.conflicts[0].reason.find("校验码不符"), std::string::npos);
  ASSERT_EQ(first.rejected.size(), 5u);
  const auto rejected = byCode(first.rejected);
  // Results the case cannot take come back as refusals (worded by the caller), not text.
  std::map<std::string, Refusal> refused;
  for (const auto& r : first.rejected) refused[r.code] = r.refusal;
  EXPECT_EQ(refused.at("B04"),
            (Refusal{RefusalCode::CDClosureWithoutEngineering, AppraisalGrade::D, std::nullopt}));
  EXPECT_EQ(rejected.at("B04"), "");
  EXPECT_EQ(refused.at("B05"),
            (Refusal{RefusalCode::ControlBeforeRectification, AppraisalGrade::None, std::nullopt}));
  EXPECT_EQ(refused.at("B06").code, RefusalCode::None);
  EXPECT_NE(rejected.at("B06").find("晚于今天"), std::string::npos) << rejected.at("B06");
  EXPECT_NE(rejected.at("B07").find("无法识别"), std::string::npos) << rejected.at("B07");
  EXPECT_NE(rejected.at("NOPE").find("不存在"), std::string::npos) << rejected.at("NOPE");
  for (const auto& r : first.rejected) {
    EXPECT_GE(r.row, 1);
    EXPECT_LE(r.row, 11);
  }
  EXPECT_EQ(first.rejected.back().row, 11);  // the appended row comes last

  // What the accepted results did.
  const BuildingRecord b01 = *store_->buildingByCode("B01");
  EXPECT_EQ(b01.surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(b01.surveyDate, patrolDay("2024-03-09"));
  EXPECT_EQ(b01.initialHazard, InitialHazard::None);
  const BuildingRecord b02 = *store_->buildingByCode("B02");
  EXPECT_EQ(b02.initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(b02.hazardFoundDate, patrolDay("2024-03-09"));
  EXPECT_TRUE(store_->buildingByCode("B03")->recheckNoHazard.value_or(false));
  EXPECT_EQ(store_->buildingByCode("B10")->control, ControlMeasure::None);
  EXPECT_EQ(store_->buildingByCode("B04")->control, ControlMeasure::StopUse);
  EXPECT_EQ(store_->buildingByCode("B08")->surveyStatus, SurveyStatus::NotSurveyed);
  const auto events = store_->events(store_->buildingByCode("B02")->id);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "patrol");
  EXPECT_EQ(events[0].inspector, "张三");
  EXPECT_EQ(events[0].result, "有隐患");
  EXPECT_EQ(events[0].note, "墙体开裂");
  EXPECT_EQ(events[0].date, patrolDay("2024-03-09"));
  EXPECT_EQ(eventCount(), 4u);
  bool audited = false;
  for (const auto& a : store_->auditLog(50)) {
    audited = audited || (a.who == "patrol-results" && a.target == "buildings:B02" &&
                          a.field == "initial_hazard");
  }
  EXPECT_TRUE(audited);

  // The same file again adds nothing.
  const ResultsImportReport second = import(stem_ + ".xlsx");
  EXPECT_EQ(second.rows, 11);
  EXPECT_EQ(second.blank, 1);
  EXPECT_EQ(second.imported, 0);
  EXPECT_EQ(second.buildingsUpdated, 0);
  EXPECT_EQ(second.duplicates.size(), 4u);
  EXPECT_EQ(second.rejected.size(), 5u);
  EXPECT_EQ(second.conflicts.size(), 1u);
  EXPECT_EQ(eventCount(), 4u);
}

TEST_F(ResultsImportTest, DryRunWritesNothing) {
  fillWorkbook(stem_ + ".xlsx");
  const ResultsImportReport r = import(stem_ + ".xlsx", true);
  EXPECT_EQ(r.imported, 4);
  EXPECT_EQ(eventCount(), 0u);
  EXPECT_EQ(store_->buildingByCode("B01")->surveyStatus, SurveyStatus::NotSurveyed);
}

TEST_F(ResultsImportTest, ReadsACsvWithChineseHeadersAndAGeoPackageFromTheField) {
  // A CSV typed by hand: Chinese headers, no stamp column (no conflict check possible), a
  // spot-check kind in Chinese, the same visit twice.
  const std::string csv = dir_.file("back.csv");
  testing::writeVectorFile(csv, "CSV", 0,
                           {"房屋编码", "检查日期", "检查人", "检查结果", "备注", "检查类型"},
                           {{"", {"B01", "2024/03/08", "王五", "无隐患", "", "抽查"}},
                            {"", {"B01", "2024/03/08", "王五", "无隐患", "", "抽查"}},
                            {"", {"B06", "2024-03-08", "王五", "好得很", "", ""}},
                            {"", {"B06", "2024-03-08", "王五", "无隐患", "", "路过"}}});
  const ResultsImportReport r = import(csv);
  EXPECT_EQ(r.rows, 4);
  EXPECT_EQ(r.imported, 1);
  EXPECT_EQ(r.duplicates.size(), 1u);
  ASSERT_EQ(r.rejected.size(), 2u);
  EXPECT_NE(r.rejected[0].reason.find("无法识别的检查结果"), std::string::npos);
  EXPECT_NE(r.rejected[1].reason.find("无法识别的检查类型"), std::string::npos);
  EXPECT_EQ(store_->events(store_->buildingByCode("B01")->id).at(0).kind, "spot_check");

  // QField edits the GeoPackage's stops layer (result_date is a date field there).
  const std::string gpkg = stem_ + ".gpkg";
  {
    const GdalDataset ds = openDataset(gpkg, GDAL_OF_VECTOR | GDAL_OF_UPDATE);
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("stops");
    std::vector<std::unique_ptr<OGRFeature>> features;
    for (auto& f : *layer) features.emplace_back(f->Clone());
    for (auto& f : features) {
      if (std::string(f->GetFieldAsString("code")) != "B02") continue;
      f->SetField("result_date", 2024, 3, 9);
      f->SetField("inspector", "张三");
      f->SetField("result", "存疑");
      ASSERT_EQ(layer->SetFeature(f.get()), OGRERR_NONE);
    }
  }
  const ResultsImportReport g = import(gpkg);
  EXPECT_EQ(g.imported, 1);
  EXPECT_EQ(g.blank, 9);
  EXPECT_EQ(store_->buildingByCode("B02")->initialHazard, InitialHazard::Suspect);
}

TEST_F(ResultsImportTest, AFileWithoutTheRequiredColumnsIsRefusedWhole) {
  const std::string csv = dir_.file("bad.csv");
  testing::writeVectorFile(csv, "CSV", 0, {"code", "result"}, {{"", {"B01", "无隐患"}}});
  EXPECT_THROW(import(csv), ResultsImportError);
  EXPECT_THROW(import(dir_.file("missing.xlsx")), ResultsImportError);
  EXPECT_EQ(eventCount(), 0u);
}

}  // namespace
}  // namespace fangan
