// The campaign forms as XLSX (docs/rules.md#ledger-forms), read back through GDAL's XLSX driver:
// the numbers of hand-made ledger rows land in the seed's columns, the 合计 row sums them, rates
// are numbers (or "—"), the 线上检查 cells stay empty, and the header cells are merged.

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "../support/TempDir.h"
#include "gis/analysis/LedgerForm.h"
#include "gis/io/LedgerFormXlsx.h"

namespace fangan {
namespace {

using testing::TempDir;

LedgerRow row(const std::string& area, LedgerCategory category, std::vector<int> n) {
  LedgerRow r;
  r.area = area;
  r.category = category;
  r.surveyed = n[0];
  r.initialHazard = n[1];
  r.recheckNoHazard = n[2];
  r.directEngineering = n[3];
  r.appraised = n[4];
  r.gradeCD = n[5];
  r.cdEngineered = n[6];
  r.closed = n[7];
  setLedgerRates(r);
  return r;
}

// Two towns. 东街: non-commercial ① 10, ② 2, ③ 0 → appraisal 4/8; ⑤+③ = 0 → rectification "—".
// 西街: non-commercial ① 0 → appraisal and closure "—".
std::vector<LedgerRow> twoTowns() {
  using C = LedgerCategory;
  return {
      row("东街街道", C::Commercial, {5, 3, 0, 1, 1, 1, 1, 2}),
      row("东街街道", C::NonCommercial, {20, 10, 2, 0, 4, 0, 0, 7}),
      row("东街街道", C::All, {25, 13, 2, 1, 5, 1, 1, 9}),
      row("西街街道", C::Commercial, {2, 1, 0, 0, 0, 0, 0, 0}),
      row("西街街道", C::NonCommercial, {6, 0, 0, 0, 0, 0, 0, 0}),
      row("西街街道", C::All, {8, 1, 0, 0, 0, 0, 0, 0}),
  };
}

/// Every row of the sheet as strings by column (A = 0), empty string for an unset cell.
std::vector<std::vector<std::string>> readSheet(const std::string& path) {
  GDALAllRegister();
  // Every row is data (the title and header rows too), every cell read as its text.
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "DISABLE");
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
  GDALDatasetUniquePtr ds(
      GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr));
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
  EXPECT_TRUE(ds) << path;
  std::vector<std::vector<std::string>> rows;
  if (!ds) return rows;
  OGRLayer* layer = ds->GetLayer(0);
  for (auto& feature : layer) {
    std::vector<std::string> cells;
    for (int i = 0; i < feature->GetFieldCount(); ++i)
      cells.push_back(feature->IsFieldSetAndNotNull(i) ? feature->GetFieldAsString(i) : "");
    rows.push_back(cells);
  }
  return rows;
}

std::map<std::string, std::vector<std::string>> byFirstCell(
    const std::vector<std::vector<std::string>>& rows) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& r : rows)
    if (!r.empty() && !r[0].empty()) out[r[0]] = r;
  return out;
}

std::string sheetXml(const std::string& path) {
  const std::string inner = "/vsizip/" + path + "/xl/worksheets/sheet1.xml";
  VSILFILE* f = VSIFOpenL(inner.c_str(), "rb");
  if (!f) return "";
  std::string xml;
  char buffer[4096];
  size_t n;
  while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0) xml.append(buffer, n);
  VSIFCloseL(f);
  return xml;
}

TEST(LedgerFormXlsx, Attachment2NumbersReadBackThroughGdal) {
  TempDir dir;
  const std::string path = dir.file("附件2.xlsx");
  writeLedgerFormXlsx(attachment2Form(twoTowns(), "镇街", "2024-06-05", "2024-05-31"), path);
  const auto rows = readSheet(path);
  ASSERT_GE(rows.size(), 9u);
  const auto byArea = byFirstCell(rows);
  ASSERT_EQ(byArea.count("东街街道"), 1u);
  ASSERT_EQ(byArea.count("合计"), 1u);
  ASSERT_EQ(byArea.count("镇街自建房安全专项整治攻坚行动工作台账"), 1u) << "title row";

  const std::vector<std::string> east = byArea.at("东街街道");
  ASSERT_EQ(east.size(), 18u);
  EXPECT_EQ(east[1], "25");  // 已排查自建房总量
  EXPECT_EQ(east[2], "5");   // 已排查经营性自建房数量
  EXPECT_EQ(east[3], "3");   // 经营性 初判隐患数量
  EXPECT_EQ(east[4], "2");   // 动态销号数量 = commercial ⑦
  EXPECT_EQ(east[5], "");    // 线上检查: no register yet
  EXPECT_EQ(east[6], "");
  EXPECT_EQ(east[7], "20");    // 已排查非经营性自建房数量
  EXPECT_EQ(east[8], "10");    // ①
  EXPECT_EQ(east[9], "2");     // ②
  EXPECT_EQ(east[10], "0");    // ③
  EXPECT_EQ(east[11], "4");    // ④
  EXPECT_EQ(east[12], "0");    // ⑤
  EXPECT_EQ(east[13], "0.5");  // 鉴定率 4/(10-2-0)
  EXPECT_EQ(east[14], "0");    // ⑥
  EXPECT_EQ(east[15], "—");    // 整治率: (⑤+③) = 0
  EXPECT_EQ(east[16], "7");    // ⑦
  EXPECT_EQ(east[17], "0.7");  // 销号率 7/10

  const std::vector<std::string> west = byArea.at("西街街道");
  EXPECT_EQ(west[13], "—");
  EXPECT_EQ(west[17], "—");

  const std::vector<std::string> total = byArea.at("合计");
  EXPECT_EQ(total[1], "33");
  EXPECT_EQ(total[2], "7");
  EXPECT_EQ(total[3], "4");
  EXPECT_EQ(total[4], "2");
  EXPECT_EQ(total[7], "26");
  EXPECT_EQ(total[8], "10");
  EXPECT_EQ(total[13], "0.5");  // recomputed from the sums, not averaged
  EXPECT_EQ(total[17], "0.7");

  bool signature = false;
  for (const auto& r : rows)
    if (!r.empty() && r[0].rfind("主要负责同志签字：", 0) == 0) signature = true;
  EXPECT_TRUE(signature);
  const auto reporter = std::find_if(rows.begin(), rows.end(), [](const auto& r) {
    return !r.empty() && r[0].rfind("填报人：", 0) == 0;
  });
  ASSERT_NE(reporter, rows.end());
  EXPECT_NE((*reporter)[0].find("填报时间：2024-06-05"), std::string::npos);
  EXPECT_NE((*reporter)[0].find("数据截至：2024-05-31"), std::string::npos);

  const std::string xml = sheetXml(path);
  EXPECT_NE(xml.find("<mergeCell ref=\"A2:R2\"/>"), std::string::npos) << "title across";
  EXPECT_NE(xml.find("<mergeCell ref=\"A4:A6\"/>"), std::string::npos) << "镇街 over 3 rows";
  EXPECT_NE(xml.find("<mergeCell ref=\"C4:G4\"/>"), std::string::npos) << "经营性自建房";
  EXPECT_NE(xml.find("<mergeCell ref=\"H4:R4\"/>"), std::string::npos) << "非经营性自建房";
  EXPECT_NE(xml.find("<mergeCell ref=\"F5:G5\"/>"), std::string::npos) << "线上检查";
  EXPECT_NE(xml.find("<mergeCell ref=\"L5:N5\"/>"), std::string::npos) << "安全鉴定";
}

TEST(LedgerFormXlsx, Attachment1NumbersReadBackThroughGdal) {
  using C = LedgerCategory;
  auto r = [](const std::string& area, C c, int n, int re, int still, int eng) {
    RecheckLedgerRow row;
    row.area = area;
    row.category = c;
    row.managementClosures = n;
    row.rechecked = re;
    row.stillHazardous = still;
    row.engineered = eng;
    return row;
  };
  const std::vector<RecheckLedgerRow> rows = {
      r("东街街道", C::Commercial, 2, 1, 1, 0),    r("东街街道", C::NonCommercial, 4, 3, 1, 2),
      r("东街街道", C::All, 6, 4, 2, 2),           r("西街街道", C::Commercial, 0, 0, 0, 0),
      r("西街街道", C::NonCommercial, 1, 1, 0, 1), r("西街街道", C::All, 1, 1, 0, 1),
  };
  TempDir dir;
  const std::string path = dir.file("附件1.xlsx");
  writeLedgerFormXlsx(attachment1Form(rows, "镇街", "2024-06-05", "2024-06-05"), path);
  const auto byArea = byFirstCell(readSheet(path));
  ASSERT_EQ(byArea.count("合计"), 1u);
  EXPECT_EQ(byArea.at("东街街道"),
            (std::vector<std::string>{"东街街道", "6", "2", "1", "1", "0", "4", "3", "1", "2"}));
  EXPECT_EQ(byArea.at("合计"),
            (std::vector<std::string>{"合计", "7", "2", "1", "1", "0", "5", "4", "1", "3"}));
  const std::string xml = sheetXml(path);
  EXPECT_NE(xml.find("<mergeCell ref=\"C4:F4\"/>"), std::string::npos) << "经营性自建房";
  EXPECT_NE(xml.find("<mergeCell ref=\"B4:B5\"/>"), std::string::npos) << "总量";
}

TEST(LedgerFormXlsx, UnwritableFolderNamesTheFile) {
  const std::string path = "/nonexistent-folder/附件2.xlsx";
  try {
    writeLedgerFormXlsx(attachment2Form(twoTowns(), "镇街", "2024-06-05", ""), path);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace fangan
