#include "gis/io/LedgerXlsxWriter.h"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <stdexcept>

#include "gis/io/CellSafety.h"
#include "gis/io/GdalHandles.h"

namespace fangan {

const std::vector<std::string>& ledgerChineseHeaders() {
  static const std::vector<std::string> h = {
      "区域",          "类别",    "已排查", "初判有隐患①",    "复核无隐患②",
      "直接工程措施③", "已鉴定④", "C/D级⑤", "C/D已工程措施⑥", "已销号⑦",
      "鉴定率",        "整治率",  "销号率"};
  return h;
}

std::string ledgerCategoryChinese(LedgerCategory category) {
  switch (category) {
    case LedgerCategory::Commercial:
      return "经营性";
    case LedgerCategory::NonCommercial:
      return "非经营性";
    case LedgerCategory::All:
      return "合计";
  }
  return "";
}

void writeLedgerXlsx(const std::string& path, const std::string& sheet,
                     const std::vector<LedgerRow>& rows) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
  if (!driver) throw std::runtime_error("GDAL 缺少 XLSX 驱动");
  // Write next to the target and rename, so a failure never leaves half a workbook.
  // (No ".xlsx" inside the name: GDAL's zip layer would take the path apart there.)
  const std::filesystem::path target(path);
  const std::string temp =
      (target.parent_path() / (target.stem().string() + ".partial.xlsx")).string();
  std::filesystem::remove(temp);
  GdalDataset ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("无法写入 " + path);
  OGRLayer* layer = ds->CreateLayer(sheet.c_str(), nullptr, wkbNone, nullptr);
  const auto& headers = ledgerChineseHeaders();
  for (size_t i = 0; i < headers.size(); ++i) {
    const OGRFieldType type = i < 2 ? OFTString : i < 10 ? OFTInteger : OFTReal;
    OGRFieldDefn f(headers[i].c_str(), type);
    layer->CreateField(&f);
  }
  for (const auto& r : rows) {
    const OgrFeature f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField(0, spreadsheetSafe(r.area).c_str());
    f->SetField(1, ledgerCategoryChinese(r.category).c_str());
    const int counts[] = {r.surveyed,  r.initialHazard, r.recheckNoHazard, r.directEngineering,
                          r.appraised, r.gradeCD,       r.cdEngineered,    r.closed};
    for (int i = 0; i < 8; ++i) f->SetField(2 + i, counts[i]);
    const std::optional<double> rates[] = {r.appraisalRate, r.rectificationRate, r.closureRate};
    for (int i = 0; i < 3; ++i) {
      if (rates[i]) {
        f->SetField(10 + i, *rates[i]);
      } else {
        f->SetFieldNull(10 + i);
      }
    }
    const OGRErr err = layer->CreateFeature(f.get());
    if (err != OGRERR_NONE) {
      ds.reset();
      std::filesystem::remove(temp);
      throw std::runtime_error("无法写入 " + path);
    }
  }
  ds.reset();  // closed and flushed before the rename
  std::filesystem::rename(temp, path);
}

}  // namespace fangan
