#include "gis/io/ProgressReportXlsx.h"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <stdexcept>
#include <variant>
#include <vector>

#include "gis/io/GdalHandles.h"
#include "gis/io/CellSafety.h"
#include "gis/report/ReportSummary.h"

namespace fangan {
namespace {

/// A cell: text, a count, a rate (empty: no value) or a rank (empty: none).
using Cell =
    std::variant<std::string, std::int64_t, std::optional<double>, std::optional<std::int64_t>>;

struct Column {
  const char* name;
  OGRFieldType type;
};

void addSheet(GDALDataset* ds, const std::string& name, const std::vector<Column>& columns,
              const std::vector<std::vector<Cell>>& rows, const std::string& path) {
  OGRLayer* layer = ds->CreateLayer(name.c_str(), nullptr, wkbNone, nullptr);
  if (!layer) throw std::runtime_error("无法写入 " + path);
  for (const Column& c : columns) {
    OGRFieldDefn f(c.name, c.type);
    layer->CreateField(&f);
  }
  for (const auto& row : rows) {
    const OgrFeature f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    for (std::size_t i = 0; i < row.size(); ++i) {
      const int field = static_cast<int>(i);
      if (const auto* s = std::get_if<std::string>(&row[i])) {
        f->SetField(field, spreadsheetSafe(*s).c_str());
      } else if (const auto* n = std::get_if<std::int64_t>(&row[i])) {
        f->SetField(field, static_cast<GIntBig>(*n));
      } else if (const auto* rank = std::get_if<std::optional<std::int64_t>>(&row[i])) {
        if (*rank) {
          f->SetField(field, static_cast<GIntBig>(**rank));
        } else {
          f->SetFieldNull(field);
        }
      } else if (const auto& r = std::get<std::optional<double>>(row[i])) {
        f->SetField(field, *r);
      } else {
        f->SetFieldNull(field);
      }
    }
    const OGRErr err = layer->CreateFeature(f.get());
    if (err != OGRERR_NONE) throw std::runtime_error("无法写入 " + path);
  }
}

std::vector<Cell> areaRow(std::optional<std::int64_t> rank, const std::string& name,
                          const ReportRow& r) {
  const LedgerRow& l = r.now.ledger;
  const AreaChange& c = r.change;
  return {rank,
          name,
          r.now.buildings,
          r.now.checked,
          r.now.coverage(),
          std::int64_t{l.surveyed},
          std::int64_t{l.initialHazard},
          std::int64_t{l.recheckNoHazard},
          std::int64_t{l.directEngineering},
          std::int64_t{l.appraised},
          std::int64_t{l.gradeCD},
          std::int64_t{l.cdEngineered},
          std::int64_t{l.closed},
          l.appraisalRate,
          l.rectificationRate,
          l.closureRate,
          r.now.overdueOrders,
          c.newlyChecked,
          c.newlySurveyed,
          c.newHazards,
          c.appraised,
          c.rectified,
          c.closed,
          c.coveragePoints,
          c.appraisalPoints,
          c.rectificationPoints,
          c.closurePoints};
}

}  // namespace

void writeProgressReportXlsx(const std::string& path, const ProgressReport& report) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
  if (!driver) throw std::runtime_error("GDAL 缺少 XLSX 驱动");
  // Written beside the target and renamed, so a failure never leaves half a workbook (no
  // ".xlsx" inside the temporary name: GDAL's zip layer would take the path apart there).
  const std::filesystem::path target(path);
  const std::string temp =
      (target.parent_path() / (target.stem().string() + ".partial.xlsx")).string();
  std::filesystem::remove(temp);
  GdalDataset ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("无法写入 " + path);
  try {
    const std::vector<Column> areaColumns = {{"排名", OFTInteger64},
                                             {"区域", OFTString},
                                             {"房屋总数", OFTInteger64},
                                             {"已核查", OFTInteger64},
                                             {"排查覆盖率", OFTReal},
                                             {"已排查自建房", OFTInteger64},
                                             {"初判有隐患①", OFTInteger64},
                                             {"复核无隐患②", OFTInteger64},
                                             {"直接工程措施③", OFTInteger64},
                                             {"已鉴定④", OFTInteger64},
                                             {"C/D级⑤", OFTInteger64},
                                             {"C/D已工程措施⑥", OFTInteger64},
                                             {"已销号⑦", OFTInteger64},
                                             {"鉴定率", OFTReal},
                                             {"整治率", OFTReal},
                                             {"销号率", OFTReal},
                                             {"逾期未责成鉴定", OFTInteger64},
                                             {"本期新增核查", OFTInteger64},
                                             {"本期新增排查", OFTInteger64},
                                             {"本期新增隐患①", OFTInteger64},
                                             {"本期新增鉴定④", OFTInteger64},
                                             {"本期新增整治⑥+③", OFTInteger64},
                                             {"本期新增销号⑦", OFTInteger64},
                                             {"覆盖率变化(百分点)", OFTReal},
                                             {"鉴定率变化(百分点)", OFTReal},
                                             {"整治率变化(百分点)", OFTReal},
                                             {"销号率变化(百分点)", OFTReal}};
    std::vector<std::vector<Cell>> rows;
    for (std::size_t i : report.ranked) {
      const ReportRow& r = report.rows[i];
      rows.push_back(areaRow(std::int64_t{r.rank}, r.now.area, r));
    }
    for (const ReportRow& r : report.rows) {
      if (r.now.area.empty()) rows.push_back(areaRow(std::nullopt, reportAreaName(report, ""), r));
    }
    rows.push_back(areaRow(std::nullopt, "合计", report.total));
    addSheet(ds.get(), "各" + reportAreaKind(report) + "情况", areaColumns, rows, path);

    const std::vector<Column> trendColumns = {{"期间", OFTString},
                                              {"截至日期", OFTString},
                                              {"房屋总数", OFTInteger64},
                                              {"已核查", OFTInteger64},
                                              {"排查覆盖率", OFTReal},
                                              {"已排查自建房", OFTInteger64},
                                              {"初判有隐患①", OFTInteger64},
                                              {"已鉴定④", OFTInteger64},
                                              {"已销号⑦", OFTInteger64},
                                              {"鉴定率", OFTReal},
                                              {"整治率", OFTReal},
                                              {"销号率", OFTReal},
                                              {"逾期未责成鉴定", OFTInteger64}};
    std::vector<std::vector<Cell>> trend;
    for (const TrendPoint& p : report.trend) {
      const LedgerRow& l = p.total.ledger;
      trend.push_back({periodChinese(p.period), p.asOf.toString(), p.total.buildings,
                       p.total.checked, p.total.coverage(), std::int64_t{l.surveyed},
                       std::int64_t{l.initialHazard}, std::int64_t{l.appraised},
                       std::int64_t{l.closed}, l.appraisalRate, l.rectificationRate, l.closureRate,
                       p.total.overdueOrders});
    }
    addSheet(ds.get(), "趋势", trendColumns, trend, path);
  } catch (...) {
    ds.reset();
    std::filesystem::remove(temp);
    throw;
  }
  ds.reset();  // closed and flushed before the rename
  std::filesystem::rename(temp, path);
}

}  // namespace fangan
