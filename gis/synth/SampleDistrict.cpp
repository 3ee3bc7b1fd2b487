#include "gis/synth/SampleDistrict.h"

#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "gis/io/GdalHandles.h"
#include "gis/synth/BuildingFields.h"
#include "gis/synth/ChineseNames.h"
#include "gis/synth/GpkgLayerWriter.h"
#include "gis/synth/LatticeGrids.h"
#include "gis/synth/OgrGeos.h"
#include "gis/synth/SplitMix.h"
#include "gis/synth/SurveyAttributes.h"

namespace fangan::synth {

namespace {

constexpr int kSourceEpsg = 4326;
constexpr int kMetricEpsg = 32631;    // UTM 31N, the metric CRS named in the source's SOURCE.md
constexpr double kBorderMargin = 25;  // metres of grid around a footprint across the border
constexpr std::uint64_t kSaltGrids = 0x9e1d5;

struct ParishName {
  const char* english;
  const char* chinese;
  const char* abbrev;
};

const std::array<ParishName, 7> kParishes = {{
    {"Andorra la Vella", "安道尔城", "ALV"},
    {"Canillo", "卡尼略", "CAN"},
    {"Encamp", "恩坎普", "ENC"},
    {"Escaldes-Engordany", "埃斯卡尔德-恩戈尔达尼", "ESC"},
    {"La Massana", "拉马萨纳", "LMA"},
    {"Ordino", "奥尔迪诺", "ORD"},
    {"Sant Julià de Lòria", "圣胡利娅-德洛里亚", "SJL"},
}};

// One source GeoPackage, read-only, closed on scope exit.
class Source {
 public:
  Source(const std::string& dir, const char* file) : path_(dir + "/" + file) {
    dataset_ = openDataset(path_, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    if (!dataset_) throw std::runtime_error("cannot open " + path_);
  }

  OGRLayer& layer(const char* name) const {
    OGRLayer* l = dataset_->GetLayerByName(name);
    if (!l) throw std::runtime_error(path_ + " has no layer " + name);
    l->ResetReading();
    return *l;
  }

 private:
  std::string path_;
  GdalDataset dataset_;
};

using FeaturePtr = std::unique_ptr<OGRFeature>;
using GeometryPtr = std::unique_ptr<OGRGeometry>;

// Text of a field, "" when the field is absent or null.
std::string text(const OGRFeature& f, const char* field) {
  const int i = f.GetFieldIndex(field);
  if (i < 0 || !f.IsFieldSetAndNotNull(i)) return "";
  return f.GetFieldAsString(i);
}

// The Chinese name where OSM has one, else the local name.
std::string displayName(const OGRFeature& f) {
  const std::string zh = text(f, "name_zh");
  return zh.empty() ? text(f, "name") : zh;
}

bool isOneOf(const std::string& v, std::initializer_list<const char*> values) {
  for (const char* s : values) {
    if (v == s) return true;
  }
  return false;
}

// "3", "3;4", "2.5" → 3, 3, 2: the leading whole number, if any.
std::optional<int> leadingInt(const std::string& s) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return std::nullopt;
  return std::atoi(s.c_str());
}

std::optional<double> leadingNumber(const std::string& s) {
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

// The first four consecutive digits of an OSM start_date ("1995", "~1890", "1972-05").
std::optional<int> firstYear(const std::string& s) {
  for (size_t k = 0; k + 4 <= s.size(); ++k) {
    bool digits = true;
    for (size_t d = 0; d < 4; ++d) digits = digits && s[k + d] >= '0' && s[k + d] <= '9';
    if (digits) return std::atoi(s.substr(k, 4).c_str());
  }
  return std::nullopt;
}

struct Transform {
  std::unique_ptr<OGRCoordinateTransformation> toMetric;
  std::unique_ptr<OGRCoordinateTransformation> toSource;

  Transform() {
    const OGRSpatialReference source = traditionalSrs(kSourceEpsg);
    const OGRSpatialReference metric = traditionalSrs(kMetricEpsg);
    toMetric.reset(OGRCreateCoordinateTransformation(&source, &metric));
    toSource.reset(OGRCreateCoordinateTransformation(&metric, &source));
    if (!toMetric || !toSource) throw std::runtime_error("no EPSG:4326 ↔ EPSG:32631 transform");
  }

  GeometryPtr metric(const OGRGeometry& g) const {
    GeometryPtr copy(g.clone());
    if (copy->transform(toMetric.get()) != OGRERR_NONE) {
      throw std::runtime_error("cannot project a geometry to EPSG:32631");
    }
    return copy;
  }
};

// Back in degrees, two parts of a merged grid that nearly touched in metres can cross by a
// rounding error; GEOS MakeValid repairs that, and only its polygons are kept.
GeometryPtr validPolygons(const GeosContext& geos, GeometryPtr g) {
  GEOSContextHandle_t h = geos.handle();
  GeosGeometry shape = geosFromOgr(geos, *g);
  if (GEOSisValid_r(h, shape.get()) == 1) return g;
  GeosGeometry valid = geos.own(GEOSMakeValid_r(h, shape.get()), "make grid valid");
  std::vector<GEOSGeometry*> parts;
  const int n = GEOSGetNumGeometries_r(h, valid.get());
  for (int k = 0; k < n; ++k) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(h, valid.get(), k);
    const int type = GEOSGeomTypeId_r(h, part);
    if (type == GEOS_POLYGON) parts.push_back(GEOSGeom_clone_r(h, part));
    if (type == GEOS_MULTIPOLYGON) {
      for (int m = 0; m < GEOSGetNumGeometries_r(h, part); ++m) {
        parts.push_back(GEOSGeom_clone_r(h, GEOSGetGeometryN_r(h, part, m)));
      }
    }
  }
  GeosGeometry polygons = geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, parts.data(),
                                                               static_cast<unsigned>(parts.size())),
                                   "grid polygons");
  return ogrFromGeos(geos, polygons.get());
}

GeometryPtr multiPolygon(GeometryPtr g) {
  return GeometryPtr(OGRGeometryFactory::forceToMultiPolygon(g.release()));
}

struct PreparedDeleter {
  GEOSContextHandle_t context = nullptr;
  void operator()(const GEOSPreparedGeometry* g) const {
    if (g) GEOSPreparedGeom_destroy_r(context, g);
  }
};

struct Parish {
  const ParishName* name = nullptr;
  GeometryPtr source;   // EPSG:4326, as read
  GeosGeometry metric;  // EPSG:32631, valid
  std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> prepared;
};

struct Building {
  GeometryPtr source;
  MetricPoint point;
  int parish = -1;
  bool outside = false;
  GeosGeometry metricShape;  // kept only for footprints outside every parish
  OsmHints hints;
  std::string name;
  std::string street;
  std::string houseNumber;
};

std::vector<Parish> readParishes(const Source& src, const GeosContext& geos,
                                 const Transform& transform) {
  std::vector<Parish> parishes;
  OGRLayer& layer = src.layer("admin_boundaries");
  for (FeaturePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    if (text(*f, "admin_level") != "7") continue;
    const std::string name = text(*f, "name");
    Parish p;
    for (const auto& known : kParishes) {
      if (name == known.english) p.name = &known;
    }
    if (!p.name) throw std::runtime_error("unexpected parish in admin_boundaries: " + name);
    if (!f->GetGeometryRef()) throw std::runtime_error("parish without geometry: " + name);
    p.source.reset(f->GetGeometryRef()->clone());
    GeosGeometry metric = geosFromOgr(geos, *transform.metric(*p.source));
    if (GEOSisValid_r(geos.handle(), metric.get()) != 1) {
      metric = geos.own(GEOSMakeValid_r(geos.handle(), metric.get()), "make parish valid");
    }
    p.metric = std::move(metric);
    parishes.push_back(std::move(p));
  }
  if (parishes.size() != kParishes.size()) {
    throw std::runtime_error("expected 7 parishes (admin_level 7), found " +
                             std::to_string(parishes.size()));
  }
  // Table order (alphabetical in English), whatever order the file has.
  std::sort(parishes.begin(), parishes.end(),
            [](const Parish& a, const Parish& b) { return a.name < b.name; });
  for (auto& p : parishes) {
    p.prepared = {GEOSPrepare_r(geos.handle(), p.metric.get()), PreparedDeleter{geos.handle()}};
  }
  return parishes;
}

std::vector<Building> readBuildings(const Source& src, const GeosContext& geos,
                                    const Transform& transform,
                                    const std::vector<Parish>& parishes) {
  GEOSContextHandle_t h = geos.handle();
  std::vector<Building> buildings;
  OGRLayer& layer = src.layer("buildings");
  for (FeaturePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    const OGRGeometry* g = f->GetGeometryRef();
    if (!g || g->IsEmpty()) throw std::runtime_error("building without geometry in the source");
    Building b;
    b.source.reset(g->clone());
    GeosGeometry shape = geosFromOgr(geos, *transform.metric(*g));
    GeosGeometry point = geos.own(GEOSPointOnSurface_r(h, shape.get()), "point on surface");
    GEOSGeomGetX_r(h, point.get(), &b.point.x);
    GEOSGeomGetY_r(h, point.get(), &b.point.y);
    for (size_t k = 0; k < parishes.size() && b.parish < 0; ++k) {
      if (GEOSPreparedContains_r(h, parishes[k].prepared.get(), point.get()) == 1) {
        b.parish = static_cast<int>(k);
      }
    }
    if (b.parish < 0) {  // across the border: the nearest parish takes it
      double best = 0;
      for (size_t k = 0; k < parishes.size(); ++k) {
        double d = 0;
        GEOSDistance_r(h, parishes[k].metric.get(), point.get(), &d);
        if (b.parish < 0 || d < best) best = d, b.parish = static_cast<int>(k);
      }
      b.outside = true;
      b.metricShape = std::move(shape);
    }
    b.hints.building = text(*f, "building");
    b.hints.amenity = text(*f, "amenity");
    b.hints.shop = text(*f, "shop");
    b.hints.tourism = text(*f, "tourism");
    b.hints.levels = leadingInt(text(*f, "building_levels"));
    b.hints.heightMetres = leadingNumber(text(*f, "height"));
    b.hints.startYear = firstYear(text(*f, "start_date"));
    b.name = displayName(*f);
    b.street = text(*f, "addr_street");
    b.houseNumber = text(*f, "addr_housenumber");
    buildings.push_back(std::move(b));
  }
  return buildings;
}

// The parish plus, around its footprints across the border, a margin outside every parish, so
// that the grids cover every building without overlapping a neighbouring parish.
GeosGeometry gridArea(const GeosContext& geos, const Parish& parish,
                      const GEOSGeometry* allParishes,
                      const std::vector<const Building*>& outside) {
  GEOSContextHandle_t h = geos.handle();
  GeosGeometry area(GEOSGeom_clone_r(h, parish.metric.get()), GeosGeometryDeleter{h});
  for (const Building* b : outside) {
    GeosGeometry margin =
        geos.own(GEOSBuffer_r(h, b->metricShape.get(), kBorderMargin, 8), "buffer");
    GeosGeometry beyond = geos.own(GEOSDifference_r(h, margin.get(), allParishes), "difference");
    area = geos.own(GEOSUnion_r(h, area.get(), beyond.get()), "union");
  }
  return area;
}

void writePoint(GpkgLayerWriter& out, const std::string& category, const std::string& name,
                const OGRPoint& point, SampleSummary& summary) {
  OGRFeature f(out.definition());
  f.SetField(0, category.c_str());
  if (!name.empty()) f.SetField(1, name.c_str());
  f.SetGeometry(&point);
  out.write(f);
  ++summary.poisByCategory[category];
  ++summary.pois;
}

// Point features from an area layer (their point on surface) and a point layer, dropping points
// inside an area already written.
template <typename Categorise>
void writePois(GpkgLayerWriter& out, const GeosContext& geos, OGRLayer& areas, OGRLayer& points,
               Categorise categorise, SampleSummary& summary) {
  GEOSContextHandle_t h = geos.handle();
  std::vector<GeosGeometry> taken;
  for (FeaturePtr f(areas.GetNextFeature()); f; f.reset(areas.GetNextFeature())) {
    const std::string category = categorise(*f);
    if (category.empty() || !f->GetGeometryRef()) continue;
    GeosGeometry shape = geosFromOgr(geos, *f->GetGeometryRef());
    GeosGeometry inner = geos.own(GEOSPointOnSurface_r(h, shape.get()), "point on surface");
    const GeometryPtr point = ogrFromGeos(geos, inner.get());
    writePoint(out, category, displayName(*f), *point->toPoint(), summary);
    taken.push_back(std::move(shape));
  }
  for (FeaturePtr f(points.GetNextFeature()); f; f.reset(points.GetNextFeature())) {
    const std::string category = categorise(*f);
    const OGRGeometry* g = f->GetGeometryRef();
    if (category.empty() || !g || wkbFlatten(g->getGeometryType()) != wkbPoint) continue;
    GeosGeometry p = geosFromOgr(geos, *g);
    bool inside = false;
    for (const auto& a : taken) inside = inside || GEOSContains_r(h, a.get(), p.get()) == 1;
    if (!inside) writePoint(out, category, displayName(*f), *g->toPoint(), summary);
  }
}

bool isMarket(const OGRFeature& f) {
  return text(f, "amenity") == "marketplace" ||
         isOneOf(text(f, "shop"), {"mall", "department_store", "supermarket"});
}

std::string roadCategory(const std::string& highway) {
  if (isOneOf(highway, {"motorway", "trunk", "primary", "secondary", "motorway_link", "trunk_link",
                        "primary_link", "secondary_link"})) {
    return "main_road";
  }
  // Roads cars use; a corridor along a footpath or a mountain track is no key zone.
  if (isOneOf(highway, {"tertiary", "tertiary_link", "unclassified", "residential", "living_street",
                        "service", "pedestrian", "road", "busway"})) {
    return "road";
  }
  return "";
}

void writeLines(GpkgLayerWriter& out, OGRLayer& layer, const char* field,
                std::string (*categorise)(const std::string&), SampleSummary& summary) {
  for (FeaturePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    const std::string category = categorise(text(*f, field));
    if (category.empty() || !f->GetGeometryRef()) continue;
    OGRFeature o(out.definition());
    o.SetField(0, category.c_str());
    const std::string name = displayName(*f);
    if (!name.empty()) o.SetField(1, name.c_str());
    o.SetGeometryDirectly(OGRGeometryFactory::forceToMultiLineString(f->GetGeometryRef()->clone()));
    out.write(o);
    ++summary.linesByCategory[category];
    ++summary.lines;
  }
}

struct ZoneRule {
  const char* field;
  const char* value;
  const char* type;
  const char* label;  // Chinese name when OSM has none
};

void writeZones(GpkgLayerWriter& out, OGRLayer& layer, const std::vector<ZoneRule>& rules,
                SampleSummary& summary) {
  for (FeaturePtr f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    const ZoneRule* rule = nullptr;
    for (const auto& r : rules) {
      if (text(*f, r.field) == r.value) rule = &r;
    }
    if (!rule || !f->GetGeometryRef()) continue;
    std::string name = displayName(*f);
    const std::size_t n = ++summary.zonesByType[rule->type];
    if (name.empty()) name = std::string(rule->label) + std::to_string(n) + "号";
    OGRFeature o(out.definition());
    o.SetField(0, rule->type);
    o.SetField(1, name.c_str());
    o.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(f->GetGeometryRef()->clone()));
    out.write(o);
    ++summary.zones;
  }
}

}  // namespace

SampleSummary writeSampleDistrict(const std::string& sourceDir, const std::string& outDir,
                                  std::uint64_t seed) {
  const auto started = std::chrono::steady_clock::now();
  registerGdalOnce();
  std::filesystem::create_directories(outDir);
  SampleSummary summary;
  GeosContext geos;
  GEOSContextHandle_t h = geos.handle();
  const Transform transform;

  const Source admin(sourceDir, "admin_boundaries.gpkg");
  std::vector<Parish> parishes = readParishes(admin, geos, transform);
  const Source buildingSource(sourceDir, "buildings.gpkg");
  std::vector<Building> buildings = readBuildings(buildingSource, geos, transform, parishes);

  // Grids per parish.
  std::vector<GEOSGeometry*> clones;  // the collection takes ownership of the clones
  for (const auto& p : parishes) clones.push_back(GEOSGeom_clone_r(h, p.metric.get()));
  const GeosGeometry collection =
      geos.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                           static_cast<unsigned>(clones.size())),
               "collection");
  GeosGeometry allParishes = geos.own(GEOSUnaryUnion_r(h, collection.get()), "union of parishes");

  struct GridOut {
    std::string id;
    std::string name;
    int parish = 0;
    GeosGeometry metric;
  };
  std::vector<GridOut> grids;
  std::vector<std::string> gridOfBuilding(buildings.size());
  for (size_t k = 0; k < parishes.size(); ++k) {
    std::vector<MetricPoint> points;
    std::vector<size_t> members;
    std::vector<const Building*> outside;
    for (size_t b = 0; b < buildings.size(); ++b) {
      if (buildings[b].parish != static_cast<int>(k)) continue;
      points.push_back(buildings[b].point);
      members.push_back(b);
      if (buildings[b].outside) outside.push_back(&buildings[b]);
    }
    summary.outsideParishes += outside.size();
    const GeosGeometry area = gridArea(geos, parishes[k], allParishes.get(), outside);
    std::vector<int> pointGrid;
    std::vector<LatticeGrid> cells =
        latticeGrids(geos, area.get(), points, LatticeRules{}, pointGrid);
    const std::size_t first = grids.size();
    for (size_t c = 0; c < cells.size(); ++c) {
      char id[32];
      std::snprintf(id, sizeof id, "G-%s-%02zu", parishes[k].name->abbrev, c + 1);
      grids.push_back(
          {id, std::string(parishes[k].name->chinese) + "第" + std::to_string(c + 1) + "网格",
           static_cast<int>(k), std::move(cells[c].geometry)});
    }
    for (size_t m = 0; m < members.size(); ++m) {
      gridOfBuilding[members[m]] = grids[first + static_cast<size_t>(pointGrid[m])].id;
    }
    summary.gridsByTown[parishes[k].name->chinese] = cells.size();
  }

  // Towns.
  {
    GpkgLayerWriter out(outDir + "/towns.gpkg", kSourceEpsg, wkbMultiPolygon,
                        {{"town", OFTString}});
    for (const auto& p : parishes) {
      OGRFeature f(out.definition());
      f.SetField(0, p.name->chinese);
      f.SetGeometryDirectly(multiPolygon(GeometryPtr(p.source->clone())).release());
      out.write(f);
    }
    out.close();
    summary.towns = parishes.size();
  }

  // Grids.
  {
    GpkgLayerWriter out(outDir + "/grids.gpkg", kSourceEpsg, wkbMultiPolygon,
                        {{"grid", OFTString},
                         {"name", OFTString},
                         {"town", OFTString},
                         {"manager", OFTString},
                         {"phone", OFTString},
                         {"capacity_per_day", OFTInteger}});
    for (size_t k = 0; k < grids.size(); ++k) {
      SplitMix rng = SplitMix::stream(seed, k, kSaltGrids);
      GeometryPtr g = ogrFromGeos(geos, grids[k].metric.get());
      if (g->transform(transform.toSource.get()) != OGRERR_NONE) {
        throw std::runtime_error("cannot project a grid back to EPSG:4326");
      }
      g = validPolygons(geos, std::move(g));
      OGRFeature f(out.definition());
      f.SetField(0, grids[k].id.c_str());
      f.SetField(1, grids[k].name.c_str());
      f.SetField(2, parishes[static_cast<size_t>(grids[k].parish)].name->chinese);
      f.SetField(3, personName(rng).c_str());
      f.SetField(4, mobileNumber(rng).c_str());
      f.SetField(5, static_cast<int>(rng.range(6, 15)));
      f.SetGeometryDirectly(multiPolygon(std::move(g)).release());
      out.write(f);
    }
    out.close();
    summary.grids = grids.size();
  }

  // Buildings.
  {
    std::vector<BuildingSite> sites;
    std::vector<int> numbers(parishes.size(), 0);
    for (size_t b = 0; b < buildings.size(); ++b) {
      const Building& src = buildings[b];
      const ParishName& parish = *parishes[static_cast<size_t>(src.parish)].name;
      BuildingSite site;
      site.town = parish.chinese;
      site.townAbbrev = parish.abbrev;
      site.grid = gridOfBuilding[b];
      site.hints = src.hints;
      const int number = ++numbers[static_cast<size_t>(src.parish)];
      if (!src.name.empty()) {
        site.address = src.name;
      } else if (!src.street.empty()) {
        site.address = src.street + (src.houseNumber.empty() ? "" : " " + src.houseNumber);
      } else {
        site.address = std::string(parish.chinese) + " " + std::to_string(number) + "号";
      }
      sites.push_back(std::move(site));
    }
    SurveyOptions options;
    options.seed = seed;
    options.codePrefix = "AD";
    const std::vector<BuildingRecord> records = generateSurveyAttributes(sites, options);
    GpkgLayerWriter out(outDir + "/buildings.gpkg", kSourceEpsg, wkbMultiPolygon, buildingFields());
    for (size_t b = 0; b < buildings.size(); ++b) {
      OGRFeature f(out.definition());
      setBuildingFields(records[b], f);
      f.SetGeometryDirectly(multiPolygon(std::move(buildings[b].source)).release());
      out.write(f);
      if (records[b].isSurveyed()) ++summary.surveyed;
      if (records[b].initialHazard == InitialHazard::Hazard) ++summary.initialHazards;
    }
    summary.buildings = static_cast<std::size_t>(out.written());
    out.close();
  }

  // POIs.
  {
    GpkgLayerWriter out(outDir + "/pois.gpkg", kSourceEpsg, wkbPoint,
                        {{"category", OFTString}, {"name", OFTString}});
    const Source schools(sourceDir, "schools.gpkg");
    writePois(
        out, geos, schools.layer("school_areas"), schools.layer("school_points"),
        [](const OGRFeature& f) -> std::string {
          return text(f, "amenity") == "kindergarten" ? "kindergarten" : "school";
        },
        summary);
    const Source hospitals(sourceDir, "hospitals.gpkg");
    writePois(
        out, geos, hospitals.layer("hospital_areas"), hospitals.layer("hospital_points"),
        [](const OGRFeature& f) -> std::string {
          const bool hospital =
              text(f, "amenity") == "hospital" || text(f, "healthcare") == "hospital";
          return hospital ? "hospital" : "clinic";
        },
        summary);
    const Source pois(sourceDir, "pois.gpkg");
    writePois(
        out, geos, pois.layer("market_industrial_areas"), pois.layer("poi_points"),
        [](const OGRFeature& f) -> std::string { return isMarket(f) ? "market" : ""; }, summary);
    out.close();
  }

  // Lines.
  {
    GpkgLayerWriter out(outDir + "/lines.gpkg", kSourceEpsg, wkbMultiLineString,
                        {{"category", OFTString}, {"name", OFTString}});
    const Source roads(sourceDir, "roads.gpkg");
    writeLines(out, roads.layer("roads"), "highway", roadCategory, summary);
    const Source railways(sourceDir, "railways.gpkg");
    writeLines(
        out, railways.layer("railways"), "railway",
        [](const std::string& v) -> std::string {
          // Real railways only; Andorra's are all miniature (a park ride), so none qualify.
          return isOneOf(v, {"rail", "light_rail", "narrow_gauge", "subway", "tram", "monorail",
                             "funicular"})
                     ? "railway"
                     : "";
        },
        summary);
    const Source water(sourceDir, "water.gpkg");
    writeLines(
        out, water.layer("waterways"), "waterway",
        [](const std::string& v) -> std::string { return v == "river" ? "river" : ""; }, summary);
    out.close();
  }

  // Zones.
  {
    GpkgLayerWriter out(outDir + "/zones.gpkg", kSourceEpsg, wkbMultiPolygon,
                        {{"type", OFTString}, {"name", OFTString}});
    const Source terrain(sourceDir, "terrain_hazard_proxies.gpkg");
    writeZones(out, terrain.layer("scree_rock_areas"),
               {{"natural", "scree", "geohazard", "碎石坡"},
                {"natural", "bare_rock", "geohazard", "裸岩区"},
                {"natural", "landslide", "geohazard", "滑坡体"}},
               summary);
    const Source landuse(sourceDir, "landuse.gpkg");
    writeZones(out, landuse.layer("landuse"),
               {{"landuse", "industrial", "industrial_park", "工业区"},
                {"landuse", "quarry", "mining", "采石场"},
                {"landuse", "construction", "construction", "在建工地"},
                {"landuse", "recreation_ground", "scenic", "游憩景区"}},
               summary);
    out.close();
  }

  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace fangan::synth
