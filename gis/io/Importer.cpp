#include "gis/io/Importer.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_set>

#include "gis/crs/CrsTransform.h"
#include "gis/crs/ProjectCrs.h"
#include "gis/io/BatchProducer.h"
#include "gis/io/BuildingRowParser.h"
#include "gis/io/GdalHandles.h"
#include "gis/io/GeometryRepair.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"
#include "gis/store/MapCacheStore.h"

namespace fangan {

namespace {

namespace fs = std::filesystem;

void registerDrivers() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

/// Collects GDAL errors raised while a scope is active (GDAL reports corrupt records this way).
class GdalErrorCollector {
 public:
  GdalErrorCollector() { CPLPushErrorHandlerEx(&GdalErrorCollector::handle, this); }
  ~GdalErrorCollector() { CPLPopErrorHandler(); }
  /// The first failure since the last call, or "".
  std::string takeFailure() {
    std::string f;
    f.swap(failure_);
    return f;
  }

 private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg) {
    auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
    if ((level == CE_Failure || level == CE_Fatal) && self->failure_.empty()) {
      self->failure_ = msg ? msg : "GDAL error";
    }
  }
  std::string failure_;
};

/// OGR's geometry walker driven by our PROJ transform (PROJ does the work; OGR only visits).
class ProjCoordinateTransformation : public OGRCoordinateTransformation {
 public:
  explicit ProjCoordinateTransformation(const CrsTransform& t) : t_(t) {}
  OGRSpatialReference* GetSourceCS() override { return nullptr; }
  OGRSpatialReference* GetTargetCS() override { return nullptr; }
  int Transform(int n, double* x, double* y, double*, double*, int* ok) override {
    const int failed = t_.transform(x, y, n);
    if (ok) {
      for (int i = 0; i < n; ++i) ok[i] = std::isfinite(x[i]) ? TRUE : FALSE;
    }
    return failed == 0 ? TRUE : FALSE;
  }
  OGRCoordinateTransformation* Clone() const override { return nullptr; }
  OGRCoordinateTransformation* GetInverse() const override { return nullptr; }

 private:
  const CrsTransform& t_;
};

bool hasExtension(const std::string& path, const std::string& ext) {
  std::string e = fs::path(path).extension().string();
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e == ext;
}

bool shapefileHasCpg(const std::string& path) {
  const fs::path p(path);
  for (const char* ext : {".cpg", ".CPG", ".Cpg"}) {
    if (fs::exists(fs::path(p).replace_extension(ext))) return true;
  }
  return false;
}

GdalDataset openSource(const std::string& path, const std::vector<std::string>& openOptions) {
  GdalErrorCollector errors;
  GdalDataset ds = openDataset(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, openOptions);
  if (!ds) {
    std::string why = errors.takeFailure();
    if (!fs::exists(path)) why = "文件不存在";
    throw ImportError(path + ": 无法读取 (" + (why.empty() ? "不支持的格式" : why) + ")");
  }
  return ds;
}

bool layerFits(OGRLayer* layer, GeometryKind kind) {
  const auto t = wkbFlatten(layer->GetGeomType());
  if (t == wkbUnknown || t == wkbNone) return true;  // mixed, or table formats
  switch (kind) {
    case GeometryKind::Polygonal:
      return t == wkbPolygon || t == wkbMultiPolygon || t == wkbCurvePolygon ||
             t == wkbMultiSurface || t == wkbLineString || t == wkbMultiLineString;
    case GeometryKind::Lineal:
      return t == wkbLineString || t == wkbMultiLineString || t == wkbCompoundCurve ||
             t == wkbMultiCurve;
    case GeometryKind::Point:
      return t == wkbPoint || t == wkbMultiPoint;
    case GeometryKind::Any:
      return true;
  }
  return true;
}

OGRLayer* chooseLayer(GDALDataset& ds, const ImportOptions& o, GeometryKind kind) {
  if (!o.sourceLayer.empty()) {
    OGRLayer* l = ds.GetLayerByName(o.sourceLayer.c_str());
    if (!l) throw ImportError(o.path + ": 没有名为 " + o.sourceLayer + " 的图层");
    return l;
  }
  const std::string driver = ds.GetDriverName();
  if (driver == "OSM") {
    const char* name = kind == GeometryKind::Polygonal ? "multipolygons"
                       : kind == GeometryKind::Lineal  ? "lines"
                                                       : "points";
    if (OGRLayer* l = ds.GetLayerByName(name)) return l;
  }
  for (int i = 0; i < ds.GetLayerCount(); ++i) {
    if (layerFits(ds.GetLayer(i), kind)) return ds.GetLayer(i);
  }
  if (ds.GetLayerCount() == 0) throw ImportError(o.path + ": 文件中没有图层");
  return ds.GetLayer(0);
}

/// Decides the attribute encoding: explicit option, .cpg for shapefiles, else a scan of the
/// raw text (invalid UTF-8 means the GBK family, the usual case for Chinese ledgers).
std::string detectEncoding(OGRLayer& layer, std::string& why) {
  layer.ResetReading();
  int scanned = 0;
  std::string encoding = "UTF-8";
  why = "UTF-8 (检测)";
  while (scanned < 5000) {
    const OgrFeature f(layer.GetNextFeature());
    if (!f) break;
    for (int i = 0; i < f->GetFieldCount(); ++i) {
      if (f->IsFieldSetAndNotNull(i) && f->GetFieldDefnRef(i)->GetType() == OFTString &&
          !isValidUtf8(f->GetFieldAsString(i))) {
        encoding = "GB18030";
        why = "GB18030 (检测: 非 UTF-8 文本)";
        break;
      }
    }
    if (encoding != "UTF-8") break;
    ++scanned;
  }
  // Field names can be GBK too, even when every value is ASCII.
  if (encoding == "UTF-8") {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      if (!isValidUtf8(defn->GetFieldDefn(i)->GetNameRef())) {
        encoding = "GB18030";
        why = "GB18030 (检测: 字段名非 UTF-8)";
      }
    }
  }
  layer.ResetReading();
  return encoding;
}

std::string crsDefinition(const OGRSpatialReference* srs) {
  // GeoPackage's "Undefined cartesian SRS" is a local CRS: as good as none.
  if (!srs || srs->IsEmpty() || srs->IsLocal()) return "";
  const char* name = srs->GetName();
  if (name && std::string(name).rfind("Undefined", 0) == 0) return "";
  const char* auth = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (auth && code && std::string(auth) == "EPSG") return std::string("EPSG:") + code;
  char* wkt = nullptr;
  const char* options[] = {"FORMAT=WKT2_2018", nullptr};
  srs->exportToWkt(&wkt, options);
  std::string s = wkt ? wkt : "";
  CPLFree(wkt);
  return s;
}

/// Turns whatever the source holds into the stored geometry type (multi for areas and lines;
/// closed DXF/KML outlines become polygons). nullptr when the type cannot fit.
OGRGeometry* conform(OGRGeometry* g, GeometryKind kind) {
  g->flattenTo2D();
  const auto t = wkbFlatten(g->getGeometryType());
  switch (kind) {
    case GeometryKind::Polygonal: {
      if (t == wkbLineString || t == wkbMultiLineString) {
        // Outlines drawn as closed polylines (DXF, some KML): make rings of the closed ones.
        OGRGeometry* poly = OGRGeometryFactory::forceToPolygon(g);  // takes ownership
        if (!poly || wkbFlatten(poly->getGeometryType()) != wkbPolygon ||
            poly->toPolygon()->getExteriorRing() == nullptr ||
            !poly->toPolygon()->getExteriorRing()->get_IsClosed()) {
          delete poly;
          return nullptr;
        }
        return OGRGeometryFactory::forceToMultiPolygon(poly);
      }
      if (t != wkbPolygon && t != wkbMultiPolygon && t != wkbCurvePolygon && t != wkbMultiSurface &&
          t != wkbGeometryCollection) {
        delete g;
        return nullptr;
      }
      OGRGeometry* m = OGRGeometryFactory::forceToMultiPolygon(g);
      if (m && wkbFlatten(m->getGeometryType()) != wkbMultiPolygon) {
        delete m;
        return nullptr;
      }
      return m;
    }
    case GeometryKind::Lineal: {
      if (t != wkbLineString && t != wkbMultiLineString && t != wkbCompoundCurve &&
          t != wkbMultiCurve && t != wkbCircularString) {
        delete g;
        return nullptr;
      }
      return OGRGeometryFactory::forceToMultiLineString(g);
    }
    case GeometryKind::Point:
      if (t == wkbMultiPoint && g->toMultiPoint()->getNumGeometries() == 1) {
        OGRGeometry* p = g->toMultiPoint()->getGeometryRef(0)->clone();
        delete g;
        return p;
      }
      if (t != wkbPoint) {
        delete g;
        return nullptr;
      }
      return g;
    case GeometryKind::Any:
      if (t == wkbPolygon || t == wkbCurvePolygon)
        return OGRGeometryFactory::forceToMultiPolygon(g);
      if (t == wkbLineString) return OGRGeometryFactory::forceToMultiLineString(g);
      return g;
  }
  return g;
}

/// Reads one row's geometry: the feature's own, or built from WKT / lon+lat columns.
std::unique_ptr<OGRGeometry> rowGeometry(OGRFeature& f, const ColumnMapping& m,
                                         std::string& error) {
  if (m.wktField >= 0) {
    const std::string wkt = f.GetFieldAsString(m.wktField);
    if (!normalizeCell(wkt).empty()) {
      OGRGeometry* g = nullptr;
      if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) != OGRERR_NONE || !g) {
        error = "WKT 无法解析: \"" + wkt.substr(0, 60) + (wkt.size() > 60 ? "…" : "") + "\"";
        return nullptr;
      }
      return std::unique_ptr<OGRGeometry>(g);
    }
  }
  if (OGRGeometry* g = f.GetGeometryRef()) return std::unique_ptr<OGRGeometry>(g->clone());
  if (m.lonField >= 0 && m.latField >= 0) {
    const std::string lon = f.GetFieldAsString(m.lonField);
    const std::string lat = f.GetFieldAsString(m.latField);
    char* e1 = nullptr;
    char* e2 = nullptr;
    const double x = std::strtod(lon.c_str(), &e1);
    const double y = std::strtod(lat.c_str(), &e2);
    if (lon.empty() || lat.empty() || *e1 != '\0' || *e2 != '\0') {
      error = "经纬度无法解析: \"" + lon + "\", \"" + lat + "\"";
      return nullptr;
    }
    return std::make_unique<OGRPoint>(x, y);
  }
  error = "没有几何";
  return nullptr;
}

class ImportRun {
 public:
  ImportRun(ProjectStore& store, const ImportOptions& o) : store_(store), o_(o) {}

  ~ImportRun() {
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
  }

  ImportReport run() {
    registerDrivers();
    report_.file = o_.path;
    const GeometryKind kind = layerInfo(o_.layer).geometry;

    // Open raw first (no driver recoding) to decide the encoding ourselves.
    const bool shapefile = hasExtension(o_.path, ".shp") || hasExtension(o_.path, ".dbf");
    const bool cpg = shapefile && shapefileHasCpg(o_.path);
    std::vector<std::string> rawOptions;
    if (shapefile && !cpg) rawOptions.push_back("ENCODING=");
    // Interchange spreadsheets always have a header row, even when every cell is text
    // (GDAL 3.6 takes this as a configuration option, set for this thread only).
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
    GdalDataset ds = openSource(o_.path, rawOptions);
    OGRLayer* layer = chooseLayer(*ds, o_, kind);
    report_.sourceLayer = layer->GetName();

    if (!o_.encoding.empty()) {
      encoding_ = canonicalEncoding(o_.encoding);
      report_.encoding = encoding_ + " (指定)";
    } else if (cpg) {
      encoding_ = "UTF-8";
      report_.encoding = "由 .cpg 文件指定 (GDAL 转码)";
    } else {
      std::string why;
      encoding_ = detectEncoding(*layer, why);
      report_.encoding = why;
    }
    if (shapefile && !cpg && encoding_ != "UTF-8") {
      // Let the shapefile driver decode: it also fixes field names.
      ds = openSource(o_.path, {"ENCODING=" + encoding_});
      layer = chooseLayer(*ds, o_, kind);
      decodeCells_ = false;
    } else {
      decodeCells_ = encoding_ != "UTF-8";
    }
    if (std::string(ds->GetDriverName()) == "OSM" && o_.layer == ProjectLayer::Buildings &&
        layer->GetLayerDefn()->GetFieldIndex("building") >= 0) {
      layer->SetAttributeFilter("building IS NOT NULL");
    }

    // Columns.
    std::vector<std::string> fieldNames;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      fieldNames.push_back(decode(defn->GetFieldDefn(i)->GetNameRef()));
    }
    std::map<std::string, std::string> explicitMapping;
    if (!o_.mappingFile.empty()) explicitMapping = readMappingFile(o_.mappingFile, o_.layer);
    try {
      mapping_ = resolveColumns(o_.layer, fieldNames, explicitMapping);
    } catch (const std::runtime_error& e) {
      throw ImportError(o_.path + ": " + e.what());
    }
    report_.mapping = mapping_.explanation;

    // CRS.
    std::string source = o_.srcCrs;
    if (source.empty()) source = crsDefinition(layer->GetSpatialRef());
    // A ledger table without any geometry column (no native geometry, no wkt, no lon + lat)
    // only updates attributes of buildings already in the project: it has no coordinates, so
    // it needs no coordinate system.
    const bool attributesOnly = o_.layer == ProjectLayer::Buildings &&
                                layer->GetGeomType() == wkbNone && mapping_.wktField < 0 &&
                                (mapping_.lonField < 0 || mapping_.latField < 0);
    if (source.empty() && attributesOnly) {
      if (store_.srid() == 0) {
        throw ImportError(
            o_.path + ": 文件没有几何（仅属性台账），只能更新项目中已有的房屋；项目还没有房屋轮廓");
      }
      source = "EPSG:" + std::to_string(store_.srid());
      report_.sourceCrs = "无几何（仅属性）";
    } else if (source.empty() && !o_.gcj02) {
      // No CRS in the file. Lon/lat columns and degree-sized extents are read as WGS 84 (the
      // interchange definition for tables); anything else needs --src-crs.
      OGREnvelope env;
      bool degrees = mapping_.lonField >= 0 && mapping_.latField >= 0;
      if (!degrees && layer->GetGeomType() != wkbNone &&
          layer->GetExtent(&env, TRUE) == OGRERR_NONE) {
        degrees = env.MinX >= -180 && env.MaxX <= 180 && env.MinY >= -90 && env.MaxY <= 90;
      }
      if (!degrees && mapping_.wktField >= 0) degrees = wktLooksLikeDegrees(*layer);
      if (!degrees) {
        throw ImportError(o_.path + ": 文件没有坐标系信息，请指定源坐标系 (如 EPSG:4490)",
                          ImportProblem::NoSourceCrs);
      }
      source = "EPSG:4326";
      report_.sourceCrs = "EPSG:4326 (文件无坐标系, 坐标为经纬度, 按 WGS 84 读取)";
    } else {
      report_.sourceCrs = o_.gcj02 ? "GCJ-02 (指定)" : source;
      if (report_.sourceCrs.size() > 80) report_.sourceCrs = layer->GetSpatialRef()->GetName();
    }
    if (o_.gcj02) source = "EPSG:4326";

    auto tx = store_.begin();
    // After tx, so that it is finished (or undone) before the transaction ends.
    std::optional<BulkBuildingWrites> bulk;
    if (o_.layer == ProjectLayer::Buildings) bulk.emplace(store_);
    if (store_.srid() == 0) chooseProjectCrs(*layer, source);
    report_.projectSrid = store_.srid();
    const CrsTransform transform(source, "EPSG:" + std::to_string(store_.srid()), o_.gcj02);
    ProjCoordinateTransformation ct(transform);

    if (o_.layer == ProjectLayer::Buildings) {
      store_.forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
        existingCodes_.insert(b.code);
        return true;
      });
    }

    const GIntBig total = layer->GetFeatureCount(FALSE);
    layer->ResetReading();
    // The file is read, its geometries checked and its cells parsed on a thread of their own,
    // a few batches ahead of the rows written here: both cores at work. The rows are written
    // in file order, so every count, refusal and row number is as a single thread gives them.
    BatchProducer<PreparedRow> rows(
        [&](const BatchProducer<PreparedRow>::Push& push) { readRows(*layer, kind, ct, push); }, 4);
    std::int64_t row = 0;
    while (std::optional<std::vector<PreparedRow>> batch = rows.next()) {
      for (PreparedRow& prepared : *batch) {
        row = prepared.row;
        ++report_.read;
        writeRow(prepared);
        if (o_.strict && !report_.problems.empty()) {
          const auto& p = report_.problems.front();
          throw ImportError(o_.path + ": 第 " + std::to_string(p.row) + " 行: " + p.reason +
                                " (严格模式: 项目未改动)",
                            ImportProblem::StrictRejected);
        }
        if (o_.progress && row % 500 == 0 && !o_.progress(row, total)) throw ImportCancelled();
      }
    }
    if (o_.progress && !o_.progress(row, total)) throw ImportCancelled();

    AuditEntry a;
    a.who = o_.who;
    a.action = "import";
    a.target = layerName(o_.layer);
    a.newValue = "file=" + fs::path(o_.path).filename().string() +
                 " read=" + std::to_string(report_.read) +
                 " imported=" + std::to_string(report_.imported) +
                 " updated=" + std::to_string(report_.updated) +
                 " repaired=" + std::to_string(report_.repaired) +
                 " rejected=" + std::to_string(report_.rejected);
    store_.appendAudit(a);
    if (bulk) bulk->finish();
    tx->commit();
    return report_;
  }

 private:
  std::string decode(const std::string& s) const {
    if (!decodeCells_) return s;
    return toUtf8(s, encoding_);
  }

  std::string cell(OGRFeature& f, const std::string& key) const {
    const int i = mapping_.field(key);
    if (i < 0) return "";
    std::string value = f.IsFieldSetAndNotNull(i) ? decode(f.GetFieldAsString(i)) : "";
    auto fb = mapping_.fallbacks.find(key);
    if (fb != mapping_.fallbacks.end()) {
      for (size_t k = 0; k < fb->second.size() && normalizeCell(value).empty(); ++k) {
        const int j = fb->second[k];
        if (f.IsFieldSetAndNotNull(j)) value = decode(f.GetFieldAsString(j));
      }
    }
    return value;
  }

  /// True when the first WKT value of a table parses and lies within degree ranges.
  bool wktLooksLikeDegrees(OGRLayer& layer) {
    layer.ResetReading();
    std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
    layer.ResetReading();
    std::string error;
    auto g = f ? rowGeometry(*f, mapping_, error) : nullptr;
    if (!g) return false;
    OGREnvelope e;
    g->getEnvelope(&e);
    return e.MinX >= -180 && e.MaxX <= 180 && e.MinY >= -90 && e.MaxY <= 90;
  }

  void reject(std::int64_t row, const std::string& reason) {
    ++report_.rejected;
    report_.problems.push_back({row, reason});
  }

  void chooseProjectCrs(OGRLayer& layer, const std::string& source) {
    OGREnvelope env;
    double cx = 0;
    double cy = 0;
    if (layer.GetGeomType() != wkbNone && layer.GetExtent(&env, TRUE) == OGRERR_NONE) {
      cx = (env.MinX + env.MaxX) / 2;
      cy = (env.MinY + env.MaxY) / 2;
    } else {
      // Table formats: the first row's geometry stands for the data.
      layer.ResetReading();
      std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
      std::string error;
      auto g = f ? rowGeometry(*f, mapping_, error) : nullptr;
      if (!g) {
        throw ImportError(o_.path + ": 无法从数据确定项目坐标系，请先为项目指定坐标系",
                          ImportProblem::NoProjectCrs);
      }
      OGREnvelope e;
      g->getEnvelope(&e);
      cx = (e.MinX + e.MaxX) / 2;
      cy = (e.MinY + e.MaxY) / 2;
      layer.ResetReading();
    }
    const CrsTransform toLonLat(source, "EPSG:4326", o_.gcj02);
    toLonLat.transform(&cx, &cy, 1);
    if (!std::isfinite(cx)) throw ImportError(o_.path + ": 数据范围无法转换为经纬度");
    store_.assignCrs(projectCrsFor(cx, cy));
    report_.crsChosen = true;
  }

  /// One row of the file made ready on the reading thread: its geometry checked and as WKB,
  /// the buildings' cells parsed, or the reason it is refused.
  struct PreparedRow {
    std::int64_t row = 0;
    std::unique_ptr<OGRFeature> feature;  ///< other layers read their cells when written
    GIntBig fid = 0;
    std::string error;            ///< refused, for this reason
    bool attributesOnly = false;  ///< a building row without footprint (updates by code)
    bool repaired = false;
    Wkb wkb;
    std::optional<ParsedBuilding> building;
  };

  /// Reads every row of `layer` in batches (on the reading thread: the layer, the transform and
  /// the repairer are used there only while it runs). A row GDAL fails to read ends the import.
  void readRows(OGRLayer& layer, GeometryKind kind, ProjCoordinateTransformation& ct,
                const BatchProducer<PreparedRow>::Push& push) {
    // Thread-local options, as on the thread that opened the file.
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
    GdalErrorCollector errors;
    GeometryRepairer repairer;
    // A batch ends at 1,000 rows or about 8 MB of geometry, whichever comes first: with four
    // batches waiting, a file of huge polygons is never held more than a few batches ahead.
    constexpr std::size_t kBatchRows = 1000;
    constexpr std::size_t kBatchBytes = std::size_t{8} << 20;
    std::vector<PreparedRow> batch;
    std::size_t batchBytes = 0;
    std::int64_t row = 0;
    while (true) {
      std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
      const std::string failure = errors.takeFailure();
      if (!failure.empty()) {
        throw ImportError(o_.path + ": 第 " + std::to_string(row + 1) + " 行读取失败: " + failure +
                          "; 项目未改动");
      }
      if (!f) break;
      batch.push_back(prepareRow(std::move(f), ++row, kind, ct, repairer));
      // The feature kept for a layer other than buildings holds its geometry once more.
      batchBytes += batch.back().wkb.size() * (batch.back().feature ? 2 : 1) + 256;
      if (batch.size() == kBatchRows || batchBytes >= kBatchBytes) {
        if (!push(std::move(batch))) return;
        batch = std::vector<PreparedRow>();
        batchBytes = 0;
      }
    }
    if (!batch.empty()) push(std::move(batch));
  }

  PreparedRow prepareRow(std::unique_ptr<OGRFeature> f, std::int64_t row, GeometryKind kind,
                         ProjCoordinateTransformation& ct, GeometryRepairer& repairer) const {
    PreparedRow p;
    p.row = row;
    p.fid = f->GetFID();
    const bool buildings = o_.layer == ProjectLayer::Buildings && !isExtensionLayer(o_.layer);
    std::string error;
    std::unique_ptr<OGRGeometry> raw = rowGeometry(*f, mapping_, error);
    if (o_.layer == ProjectLayer::Buildings &&
        (!raw || wkbFlatten(raw->getGeometryType()) == wkbPoint) && error.rfind("WKT", 0) != 0) {
      // A ledger without footprints (no geometry, or lon/lat points): update attributes of
      // buildings already in the project, matched by code.
      p.attributesOnly = true;
      p.building = parseBuildingRow(buildingCells(*f));
      return p;
    }
    auto refuse = [&p](std::string reason) {
      p.error = std::move(reason);
      return std::move(p);
    };
    if (!raw) return refuse(error);
    if (raw->IsEmpty()) return refuse("几何为空");
    if (raw->transform(&ct) != OGRERR_NONE) return refuse("坐标无法转换到项目坐标系");
    OGRGeometry* conformed = conform(raw.release(), kind);
    if (!conformed)
      return refuse("几何类型不符 (" + layerName(o_.layer) + " 需要" +
                    (kind == GeometryKind::Polygonal ? "面"
                     : kind == GeometryKind::Lineal  ? "线"
                                                     : "点") +
                    ")");
    std::unique_ptr<OGRGeometry> geometry(conformed);
    Wkb wkb(static_cast<size_t>(geometry->WkbSize()));
    geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    if (kind == GeometryKind::Polygonal && geometry->toMultiPolygon()->get_Area() <= 0) {
      return refuse("面积为零的面");
    }
    RepairResult checked = repairer.check(std::move(wkb), kind);
    if (!checked.error.empty()) return refuse(checked.error);
    p.repaired = checked.repaired;
    p.wkb = std::move(checked.wkb);
    if (buildings) {
      p.building = parseBuildingRow(buildingCells(*f));
    } else {
      p.feature = std::move(f);
    }
    return p;
  }

  std::map<std::string, std::string> buildingCells(OGRFeature& f) const {
    std::map<std::string, std::string> cells;
    for (const auto& [key, index] : mapping_.fields) cells[key] = cell(f, key);
    return cells;
  }

  /// Writes a prepared row (on the importing thread, in file order).
  void writeRow(PreparedRow& p) {
    if (p.attributesOnly) return updateAttributesOnly(*p.building, p.row);
    if (!p.error.empty()) return reject(p.row, p.error);
    if (p.repaired) ++report_.repaired;
    if (!storeRow(p)) {
      if (p.repaired) --report_.repaired;
    }
  }

  void updateAttributesOnly(const ParsedBuilding& p, std::int64_t row) {
    if (!p.error.empty()) return reject(row, p.error);
    if (p.record.code.empty()) return reject(row, "没有房屋轮廓，也没有房屋编码");
    auto [it, fresh] = fileCodes_.emplace(p.record.code, row);
    if (!fresh) {
      return reject(row, "房屋编码 " + p.record.code + " 重复 (首次出现在第 " +
                             std::to_string(it->second) + " 行)");
    }
    const auto existing = store_.buildingByCode(p.record.code);
    if (!existing) {
      return reject(row, "房屋编码 " + p.record.code + " 不在项目中，且该行没有房屋轮廓 (面)");
    }
    // Only the columns the file has overwrite stored values; the rest stay as they were.
    BuildingRecord merged = mergeColumns(*existing, p.record);
    store_.updateBuilding(merged, o_.who);
    ++report_.updated;
  }

  BuildingRecord mergeColumns(const BuildingRecord& stored, const BuildingRecord& incoming) {
    const auto& names = building_columns::names();
    auto base = building_columns::values(stored);
    const auto in = building_columns::values(incoming);
    for (size_t i = 0; i < names.size(); ++i) {
      if (mapping_.field(names[i]) >= 0) base[i] = in[i];
    }
    BuildingRecord r = building_columns::fromValues(base);
    r.id = stored.id;
    return r;
  }

  /// Writes the row through the store; false when the row was rejected.
  bool storeRow(PreparedRow& prepared) {
    const std::int64_t row = prepared.row;
    const Wkb& wkb = prepared.wkb;
    // The cells of the layers other than buildings, read from the row's feature.
    auto cellOf = [this, &prepared](const std::string& key) {
      return cell(*prepared.feature, key);
    };
    if (isExtensionLayer(o_.layer)) {
      // A layer registered at run time: its import keys' cells as they are.
      std::vector<std::string> values;
      for (const std::string& key : layerInfo(o_.layer).importKeys) values.push_back(cellOf(key));
      store_.insertFeature(o_.layer, values, wkb);
      ++report_.imported;
      return true;
    }
    switch (o_.layer) {
      case ProjectLayer::Buildings: {
        ParsedBuilding& p = *prepared.building;
        if (!p.error.empty()) {
          reject(row, p.error);
          return false;
        }
        if (p.record.code.empty()) {
          p.record.code = fs::path(o_.path).stem().string() + "-" + std::to_string(prepared.fid);
          ++report_.codesGenerated;
        }
        auto [it, fresh] = fileCodes_.emplace(p.record.code, row);
        if (!fresh) {
          reject(row, "房屋编码 " + p.record.code + " 重复 (首次出现在第 " +
                          std::to_string(it->second) + " 行)");
          return false;
        }
        store_.upsertBuilding(p.record, wkb, o_.who);
        if (existingCodes_.count(p.record.code)) {
          ++report_.updated;
        } else {
          ++report_.imported;
        }
        return true;
      }
      case ProjectLayer::Survey: {
        SurveyPoint p;
        p.code = cellOf("code");
        const std::string d = cellOf("date");
        if (!d.empty()) {
          p.date = Date::parse(d);
          if (!p.date) {
            reject(row, "列 date 的值 \"" + d + "\" 应为日期 YYYY-MM-DD");
            return false;
          }
        }
        p.inspector = cellOf("inspector");
        p.result = cellOf("result");
        store_.insertSurveyPoint(p, wkb);
        ++report_.imported;
        return true;
      }
      case ProjectLayer::Zones: {
        ZoneRecord z;
        z.type = normalizeCell(cellOf("type"));
        const auto& types = zoneTypeKeys();
        if (std::find(types.begin(), types.end(), z.type) == types.end()) {
          reject(row, "列 type 的值 \"" + cellOf("type") + "\" 不是已知的重点区域类型");
          return false;
        }
        z.name = cellOf("name");
        z.source = "import:" + fs::path(o_.path).filename().string();
        z.params = "{}";
        store_.insertZone(z, wkb);
        ++report_.imported;
        return true;
      }
      case ProjectLayer::Grids: {
        GridRecord g;
        g.grid = cellOf("grid");
        if (g.grid.empty()) {
          reject(row, "缺少网格编号 (grid)");
          return false;
        }
        g.name = cellOf("name");
        g.town = cellOf("town");
        g.manager = cellOf("manager");
        g.phone = cellOf("phone");
        const std::string cap = cellOf("capacity_per_day");
        if (!cap.empty()) {
          char* end = nullptr;
          const double v = std::strtod(cap.c_str(), &end);
          if (*end != '\0' || v < 1 || v != static_cast<int>(v)) {
            reject(row, "列 capacity_per_day 的值 \"" + cap + "\" 应为正整数");
            return false;
          }
          g.capacityPerDay = static_cast<int>(v);
        }
        countUpsert(gridKeys_, g.grid);
        store_.upsertGrid(g, wkb);
        return true;
      }
      case ProjectLayer::Towns: {
        TownRecord t;
        t.town = cellOf("town");
        if (t.town.empty()) t.town = cellOf("name");
        if (t.town.empty()) {
          reject(row, "缺少镇街名称 (town)");
          return false;
        }
        countUpsert(townKeys_, t.town);
        store_.upsertTown(t, wkb);
        return true;
      }
      case ProjectLayer::Pois:
      case ProjectLayer::Lines: {
        SourceFeature s;
        s.category = normalizeCell(cellOf("category"));
        if (s.category.empty()) s.category = "other";
        s.name = cellOf("name");
        store_.insertSource(o_.layer, s, wkb);
        ++report_.imported;
        return true;
      }
      case ProjectLayer::Events:
      case ProjectLayer::Audit:
        break;  // not importable (parseImportLayer refuses them)
    }
    return false;
  }

  void countUpsert(std::unordered_set<std::string>& seen, const std::string& key) {
    if (seen.empty()) {
      if (o_.layer == ProjectLayer::Grids) {
        store_.forEachGrid([&](const GridRecord& g, const Wkb&) {
          seen.insert(g.grid);
          return true;
        });
      } else {
        store_.forEachTown([&](const TownRecord& t, const Wkb&) {
          seen.insert(t.town);
          return true;
        });
      }
      seen.insert(std::string());  // marks "loaded"
    }
    if (seen.count(key)) {
      ++report_.updated;
    } else {
      ++report_.imported;
      seen.insert(key);
    }
  }

  ProjectStore& store_;
  const ImportOptions& o_;
  ImportReport report_;
  ColumnMapping mapping_;
  std::string encoding_ = "UTF-8";
  bool decodeCells_ = false;
  std::unordered_set<std::string> existingCodes_;
  std::map<std::string, std::int64_t> fileCodes_;
  std::unordered_set<std::string> gridKeys_;
  std::unordered_set<std::string> townKeys_;
};

}  // namespace

ImportReport importFile(ProjectStore& store, const ImportOptions& options) {
  try {
    return ImportRun(store, options).run();
  } catch (const CrsError& e) {
    throw ImportError(options.path + ": " + e.what());
  } catch (const StoreError& e) {
    throw ImportError(options.path + ": " + e.what() + "; 项目未改动");
  }
}

std::string describe(const ImportReport& r) {
  std::ostringstream s;
  s << "导入 " << r.file << " (图层 " << r.sourceLayer << ")\n";
  s << "  源坐标系: " << r.sourceCrs << " → 项目坐标系 EPSG:" << r.projectSrid
    << (r.crsChosen ? " (按数据位置选定)" : "") << "\n";
  s << "  文本编码: " << r.encoding << "\n";
  s << "  读取 " << r.read << " 行; 新增 " << r.imported << "; 更新 " << r.updated << "; 修复 "
    << r.repaired << "; 拒绝 " << r.rejected;
  if (r.codesGenerated) s << "; 自动生成编码 " << r.codesGenerated;
  s << "\n";
  for (const auto& m : r.mapping) s << "  字段 " << m << "\n";
  const size_t shown = std::min<size_t>(r.problems.size(), 50);
  for (size_t i = 0; i < shown; ++i) {
    s << "  拒绝 第 " << r.problems[i].row << " 行: " << r.problems[i].reason << "\n";
  }
  if (r.problems.size() > shown) s << "  …另有 " << r.problems.size() - shown << " 行被拒绝\n";
  return s.str();
}

}  // namespace fangan
