#include "gis/patrol/PatrolExport.h"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>

#include "gis/crs/CrsTransform.h"
#include "gis/io/CellSafety.h"
#include "gis/io/GdalHandles.h"
#include "gis/model/PersonalData.h"

namespace fangan {

namespace fs = std::filesystem;

namespace {

struct Column {
  std::string name;
  OGRFieldType type;
  std::string chinese;      // for the 说明 sheet
  std::string explanation;  // for the 说明 sheet
};

// The stop columns; result_date is a date in the GeoPackage so that QField offers a date picker.
std::vector<Column> stopColumns(bool dateAsDate) {
  return {
      {"grid", OFTString, "网格", "网格编号"},
      {"day", OFTInteger, "第几天", "巡查第几天"},
      {"date", OFTString, "计划日期", "计划巡查日期"},
      {"order", OFTInteger, "顺序", "当天巡查顺序（按路线）"},
      {"code", OFTString, "房屋编码", "房屋编码，勿改"},
      {"address", OFTString, "地址", "房屋地址"},
      {"owner", OFTString, "产权人", "房屋产权人"},
      {"owner_phone", OFTString, "产权人电话", "产权人电话（默认隐去中间数字）"},
      {"score", OFTInteger, "优先分", "优先排查分值"},
      {"reasons", OFTString, "巡查原因", "列入巡查的原因"},
      {"what_to_check", OFTString, "检查要点", "现场应核查的内容"},
      {"kind", OFTString, "检查类型", "默认巡查；抽查房屋已填 spot_check"},
      {"stamp", OFTString, "校验码", "派单时房屋记录的校验码，勿改（用于发现冲突）"},
      {"result_date", dateAsDate ? OFTDate : OFTString, "检查日期", "填写：YYYY-MM-DD"},
      {"inspector", OFTString, "检查人", "填写：检查人姓名"},
      {"result", OFTString, "检查结果",
       "填写：无隐患/有隐患/存疑/复核无隐患/管控到位/停止使用/清人封房/解除管控/整治完成/"
       "销号/无法进入"},
      {"note", OFTString, "备注", "填写：情况说明"},
  };
}

// "dir/x.partial.gpkg" for "dir/x.gpkg": the driver still sees its extension, and no ".xlsx"
// sits inside the name (GDAL's zip layer would split the path there).
std::string partialPath(const fs::path& target) {
  return (target.parent_path() /
          (target.stem().string() + ".partial" + target.extension().string()))
      .string();
}

GdalDataset createDataset(const std::string& driverName, const std::string& path,
                          const std::string& shownPath) {
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
  if (!driver) throw std::runtime_error("GDAL 缺少 " + driverName + " 驱动");
  fs::remove(path);
  GdalDataset ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("无法写入 " + shownPath);
  return ds;
}

OGRLayer* createLayer(GDALDataset& ds, const std::string& name, OGRSpatialReference* srs,
                      OGRwkbGeometryType type, const std::vector<Column>& columns,
                      const std::vector<std::string>& layerOptions, const std::string& shownPath) {
  std::vector<const char*> opts;
  for (const auto& o : layerOptions) opts.push_back(o.c_str());
  opts.push_back(nullptr);
  OGRLayer* layer = ds.CreateLayer(name.c_str(), srs, type, const_cast<char**>(opts.data()));
  if (!layer) throw std::runtime_error("无法写入 " + shownPath);
  for (const auto& c : columns) {
    OGRFieldDefn f(c.name.c_str(), c.type);
    if (c.type == OFTReal) {
      f.SetWidth(12);
      f.SetPrecision(7);
    }
    if (layer->CreateField(&f) != OGRERR_NONE) throw std::runtime_error("无法写入 " + shownPath);
  }
  return layer;
}

void addFeature(OGRLayer& layer, const std::function<void(OGRFeature&)>& fill,
                const std::string& shownPath) {
  const OgrFeature f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
  fill(*f);
  const OGRErr err = layer.CreateFeature(f.get());
  if (err != OGRERR_NONE) throw std::runtime_error("无法写入 " + shownPath);
}

void setStopFields(OGRFeature& f, const PatrolStopRow& r, bool showPersonal) {
  f.SetField("grid", r.grid.c_str());
  f.SetField("day", r.day);
  f.SetField("date", r.date.toString().c_str());
  f.SetField("order", r.order);
  f.SetField("code", r.code.c_str());
  // Free text a spreadsheet could take for a formula (docs/rules.md#cell-safety).
  f.SetField("address", spreadsheetSafe(r.address).c_str());
  f.SetField("owner", spreadsheetSafe(r.owner).c_str());
  f.SetField("owner_phone", spreadsheetSafe(personalText(r.ownerPhone, showPersonal)).c_str());
  f.SetField("score", r.score);
  f.SetField("reasons", spreadsheetSafe(r.reasons).c_str());
  f.SetField("what_to_check", spreadsheetSafe(r.whatToCheck).c_str());
  if (r.kind.empty()) {
    f.SetFieldNull(f.GetFieldIndex("kind"));
  } else {
    f.SetField("kind", r.kind.c_str());
  }
  f.SetField("stamp", r.stamp.c_str());
  // Explicit nulls, not unset fields: GeoJSON leaves unset properties out, and a field app
  // needs every blank column to be there to fill it in.
  for (const char* blank : {"result_date", "inspector", "result", "note"}) {
    f.SetFieldNull(f.GetFieldIndex(blank));
  }
}

// Writes one file through a temporary name; `body` creates the layers.
void writeFile(const std::string& driver, const fs::path& target,
               const std::function<void(GDALDataset&, const std::string&)>& body) {
  const std::string temp = partialPath(target);
  try {
    {
      GdalDataset ds = createDataset(driver, temp, target.string());
      body(*ds, target.string());
    }  // closed (and flushed) here
    fs::rename(temp, target);
  } catch (...) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw;
  }
}

}  // namespace

const std::vector<std::string>& patrolColumns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const auto& c : stopColumns(false)) n.push_back(c.name);
    return n;
  }();
  return names;
}

std::vector<ExportedSheet> exportPatrols(const PatrolPlan& plan,
                                         const PatrolExportOptions& options) {
  GDALAllRegister();
  if (plan.srid == 0) throw std::runtime_error("项目没有坐标系，无法导出巡查点位");
  const fs::path dir(options.outDir);
  fs::create_directories(dir);
  CrsTransform toWgs84("EPSG:" + std::to_string(plan.srid), "EPSG:4326");
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  auto lonLat = [&](const RoutePoint& p) {
    double x = p.x;
    double y = p.y;
    toWgs84.transform(&x, &y, 1);
    return RoutePoint{x, y};
  };

  std::vector<ExportedSheet> written;
  for (const ManagerSheet& sheet : groupByManager(plan)) {
    ExportedSheet out;
    out.manager = sheet.manager;
    out.phone = sheet.phone;
    out.fileStem = sheet.fileStem;
    for (const GridPlan* g : sheet.grids) out.grids.push_back(g->grid.grid);
    const std::vector<PatrolStopRow> rows = sheet.stops();
    const std::vector<PatrolRouteLine> routes = sheet.routes();
    out.stops = rows.size();
    std::vector<RoutePoint> stopLonLat;
    for (const auto& r : rows) stopLonLat.push_back(lonLat(r.location));

    std::vector<Column> tableColumns = stopColumns(false);
    tableColumns.push_back({"lon", OFTReal, "经度", "EPSG:4326"});
    tableColumns.push_back({"lat", OFTReal, "纬度", "EPSG:4326"});
    auto writeTable = [&](GDALDataset& ds, const std::string& shown,
                          const std::vector<std::string>& layerOptions) {
      OGRLayer* layer =
          createLayer(ds, "stops", nullptr, wkbNone, tableColumns, layerOptions, shown);
      for (std::size_t i = 0; i < rows.size(); ++i) {
        addFeature(
            *layer,
            [&](OGRFeature& f) {
              setStopFields(f, rows[i], options.showPersonal);
              f.SetField("lon", stopLonLat[i].x);
              f.SetField("lat", stopLonLat[i].y);
            },
            shown);
      }
    };

    if (options.csv) {
      const fs::path target = dir / (sheet.fileStem + ".csv");
      writeFile("CSV", target, [&](GDALDataset& ds, const std::string& shown) {
        writeTable(ds, shown, {"WRITE_BOM=YES", "LINEFORMAT=CRLF"});
      });
      out.files.push_back(target.string());
    }
    if (options.xlsx) {
      const fs::path target = dir / (sheet.fileStem + ".xlsx");
      writeFile("XLSX", target, [&](GDALDataset& ds, const std::string& shown) {
        writeTable(ds, shown, {});
        const std::vector<Column> help = {{"column", OFTString, "", ""},
                                          {"中文", OFTString, "", ""},
                                          {"说明", OFTString, "", ""}};
        OGRLayer* layer = createLayer(ds, "说明", nullptr, wkbNone, help, {}, shown);
        for (const auto& c : tableColumns) {
          addFeature(
              *layer,
              [&](OGRFeature& f) {
                f.SetField(0, c.name.c_str());
                f.SetField(1, c.chinese.c_str());
                f.SetField(2, c.explanation.c_str());
              },
              shown);
        }
      });
      out.files.push_back(target.string());
    }
    auto writeStops = [&](GDALDataset& ds, const std::string& shown,
                          const std::vector<std::string>& layerOptions, bool dateAsDate) {
      OGRLayer* layer =
          createLayer(ds, "stops", &wgs84, wkbPoint, stopColumns(dateAsDate), layerOptions, shown);
      for (std::size_t i = 0; i < rows.size(); ++i) {
        addFeature(
            *layer,
            [&](OGRFeature& f) {
              setStopFields(f, rows[i], options.showPersonal);
              f.SetGeometryDirectly(new OGRPoint(stopLonLat[i].x, stopLonLat[i].y));
            },
            shown);
      }
    };
    if (options.geopackage) {
      const fs::path target = dir / (sheet.fileStem + ".gpkg");
      writeFile("GPKG", target, [&](GDALDataset& ds, const std::string& shown) {
        writeStops(ds, shown, {}, true);
        const std::vector<Column> routeColumns = {
            {"grid", OFTString, "", ""},   {"day", OFTInteger, "", ""},
            {"date", OFTString, "", ""},   {"stops", OFTInteger, "", ""},
            {"length_m", OFTReal, "", ""}, {"priority_order_length_m", OFTReal, "", ""},
            {"saving_m", OFTReal, "", ""}};
        OGRLayer* layer = createLayer(ds, "routes", &wgs84, wkbLineString, routeColumns, {}, shown);
        for (const auto& r : routes) {
          addFeature(
              *layer,
              [&](OGRFeature& f) {
                f.SetField("grid", r.grid.c_str());
                f.SetField("day", r.day);
                f.SetField("date", r.date.toString().c_str());
                f.SetField("stops", r.stops);
                f.SetField("length_m", r.length);
                f.SetField("priority_order_length_m", r.priorityOrderLength);
                f.SetField("saving_m", r.priorityOrderLength - r.length);
                auto* line = new OGRLineString();
                for (const auto& p : r.line) {
                  const RoutePoint q = lonLat(p);
                  line->addPoint(q.x, q.y);
                }
                f.SetGeometryDirectly(line);
              },
              shown);
        }
      });
      out.files.push_back(target.string());
    }
    if (options.geojson) {
      const fs::path target = dir / (sheet.fileStem + ".geojson");
      writeFile("GeoJSON", target, [&](GDALDataset& ds, const std::string& shown) {
        writeStops(ds, shown, {"RFC7946=YES"}, false);
      });
      out.files.push_back(target.string());
    }
    if (options.sheetWriter) {
      const fs::path target = dir / (sheet.fileStem + "." + options.sheetWriter->extension());
      options.sheetWriter->write(sheet, plan.srid, target.string());
      out.files.push_back(target.string());
      out.sheetWritten = true;
    }
    written.push_back(std::move(out));
  }
  return written;
}

}  // namespace fangan
