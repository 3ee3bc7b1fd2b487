#include "gis/io/SheetTable.h"

#include <cpl_conv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "gis/io/CellSafety.h"
#include "gis/io/Csv.h"
#include "gis/io/GdalHandles.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

std::string trim(const std::string& s) {
  std::string t = s;
  if (t.rfind("\xEF\xBB\xBF", 0) == 0) t = t.substr(3);
  const auto b = t.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = t.find_last_not_of(" \t\r\n");
  return t.substr(b, e - b + 1);
}

std::string utf8(const std::string& raw) {
  if (isValidUtf8(raw)) return raw;
  try {
    return toUtf8(raw, "GB18030");
  } catch (const std::exception&) {
    return raw;
  }
}

std::filesystem::path temporaryFor(const std::string& path, const std::string& ext) {
  // No ".xlsx" inside the name: GDAL's zip layer would take the path apart there.
  const std::filesystem::path target(path);
  return target.parent_path() / (target.stem().string() + ".partial" + ext);
}

}  // namespace

void writeSheetsXlsx(const std::string& path, const std::vector<SheetTable>& tables) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
  if (!driver) throw SheetError("GDAL 缺少 XLSX 驱动");
  const std::string temp = temporaryFor(path, ".xlsx").string();
  std::filesystem::remove(temp);
  GdalDataset ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw SheetError("无法写入 " + path);
  auto fail = [&]() {
    ds.reset();
    std::filesystem::remove(temp);
    throw SheetError("无法写入 " + path);
  };
  for (const SheetTable& table : tables) {
    OGRLayer* layer = ds->CreateLayer(table.name.c_str(), nullptr, wkbNone, nullptr);
    if (!layer) fail();
    for (const SheetColumn& c : table.columns) {
      const OGRFieldType type = c.type == SheetColumn::Type::Integer ? OFTInteger
                                : c.type == SheetColumn::Type::Real  ? OFTReal
                                                                     : OFTString;
      OGRFieldDefn f(c.name.c_str(), type);
      if (layer->CreateField(&f) != OGRERR_NONE) fail();
    }
    for (const auto& row : table.rows) {
      std::unique_ptr<OGRFeature> f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      for (std::size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
        const int index = static_cast<int>(i);
        if (!row[i]) {
          f->SetFieldNull(index);
          continue;
        }
        switch (table.columns[i].type) {
          case SheetColumn::Type::Integer:
            f->SetField(index, static_cast<GIntBig>(std::stoll(*row[i])));
            break;
          case SheetColumn::Type::Real:
            f->SetField(index, std::stod(*row[i]));
            break;
          case SheetColumn::Type::Text:
            f->SetField(index, spreadsheetSafe(*row[i]).c_str());
            break;
        }
      }
      if (layer->CreateFeature(f.get()) != OGRERR_NONE) fail();
    }
  }
  ds.reset();
  std::filesystem::rename(temp, path);
}

std::string sheetCsvText(const SheetTable& table) {
  std::string out;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    out += (i ? "," : "") + csvField(table.columns[i].name);
  }
  out += "\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (i) out += ",";
      if (i < row.size() && row[i]) {
        const bool text = table.columns[i].type == SheetColumn::Type::Text;
        out += csvField(text ? spreadsheetSafe(*row[i]) : *row[i]);
      }
    }
    out += "\n";
  }
  return out;
}

void writeSheetCsv(const std::string& path, const SheetTable& table) {
  const std::filesystem::path temp = temporaryFor(path, ".csv");
  {
    std::ofstream file(temp, std::ios::binary);
    if (!file) throw SheetError("无法写入 " + path);
    file << "\xEF\xBB\xBF" << sheetCsvText(table);
    if (!file) throw SheetError("无法写入 " + path);
  }
  std::filesystem::rename(temp, path);
}

ReadSheet readSheet(const std::string& path, const std::vector<std::string>& keyHeaders) {
  GDALAllRegister();
  if (!std::filesystem::exists(path)) throw SheetError(path + ": 文件不存在");
  // Header row always; every cell text (codes such as "001" must stay text). The XLSX driver
  // reads a sheet's header when the layer is first used, so the options stay set (for this
  // thread only) until the reading is done.
  struct XlsxOptions {
    XlsxOptions() {
      CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
      CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
    }
    ~XlsxOptions() {
      CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
      CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
    }
  } const xlsxOptions;
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  std::vector<std::string> csvOptions;
  if (ext == ".csv") csvOptions = {"HEADERS=YES", "AUTODETECT_TYPE=NO"};
  const GdalDataset ds = openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, csvOptions);
  if (!ds) throw SheetError(path + ": 无法读取（不支持的格式或文件已损坏）");

  for (int l = 0; l < ds->GetLayerCount(); ++l) {
    OGRLayer* layer = ds->GetLayer(l);
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    ReadSheet sheet;
    sheet.layer = layer->GetName();
    bool hasKey = false;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      const std::string name = trim(utf8(defn->GetFieldDefn(i)->GetNameRef()));
      sheet.headers.push_back(name);
      for (const auto& k : keyHeaders) hasKey = hasKey || normalizeCell(name) == normalizeCell(k);
    }
    if (!hasKey) continue;
    layer->ResetReading();
    for (OGRFeature* raw = layer->GetNextFeature(); raw; raw = layer->GetNextFeature()) {
      std::unique_ptr<OGRFeature> f(raw);
      std::vector<std::string> row;
      for (int i = 0; i < defn->GetFieldCount(); ++i) {
        row.push_back(f->IsFieldSetAndNotNull(i)
                          ? fromSpreadsheetCell(trim(utf8(f->GetFieldAsString(i))))
                          : "");
      }
      sheet.rows.push_back(std::move(row));
    }
    return sheet;
  }
  std::string names;
  for (const auto& k : keyHeaders) names += (names.empty() ? "" : "/") + k;
  throw SheetError(path + ": 找不到含“" + names + "”列的表");
}

}  // namespace fangan
