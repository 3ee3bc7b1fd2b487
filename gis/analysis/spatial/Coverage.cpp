#include "gis/analysis/spatial/Coverage.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "gis/analysis/spatial/BuildingScan.h"
#include "gis/analysis/spatial/CoverageSql.h"
#include "gis/analysis/spatial/SurveyCheck.h"
#include "gis/geos/GeosContext.h"

namespace fangan {

std::string formatCoverageRate(const CoverageRow& row) {
  const auto rate = row.rate();
  if (!rate) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *rate);
  return buf;
}

namespace {

struct BuildingCoverage {
  std::int64_t id = 0;
  std::string grid;
  std::string town;
  CheckedBy checked = CheckedBy::None;
  double x = 0;  ///< footprint centroid, for the hexagon layer (unchecked buildings only)
  double y = 0;
  bool located = false;  ///< x, y hold a centroid
};

class CoverageSink : public BuildingSink {
 public:
  explicit CoverageSink(const SurveyEvidence& evidence) : evidence_(evidence) {}

  void begin() override {
    context_ = std::make_unique<GeosContext>();
    checker_ = std::make_unique<SurveyChecker>(*context_, evidence_);
  }

  void consume(const std::vector<BuildingItem>& batch) override {
    const auto h = context_->handle();
    for (const auto& item : batch) {
      BuildingCoverage b;
      b.id = item.record.id;
      b.grid = item.record.grid;
      b.town = item.record.town;
      // Read here rather than inside the checker: unchecked buildings need it for the centroid.
      GeosGeometry footprint(nullptr, GeosGeometryDeleter{h});
      try {
        footprint = context_->read(item.footprint);
      } catch (const GeosError&) {
        ++unreadable_;
      }
      b.checked = checker_->check(item.record, footprint.get());
      if (b.checked == CheckedBy::None && footprint) {
        GEOSGeometry* centroid = GEOSGetCentroid_r(h, footprint.get());
        if (centroid) {
          GEOSGeomGetX_r(h, centroid, &b.x);
          GEOSGeomGetY_r(h, centroid, &b.y);
          b.located = true;
          GEOSGeom_destroy_r(h, centroid);
        }
      }
      out_.push_back(std::move(b));
    }
  }

  const SurveyEvidence& evidence_;
  std::unique_ptr<GeosContext> context_;
  std::unique_ptr<SurveyChecker> checker_;
  std::vector<BuildingCoverage> out_;
  std::int64_t unreadable_ = 0;
};

/// Rows for every key in `known` plus every key the buildings use; "" sorts last.
std::vector<CoverageRow> rowsOf(const std::map<std::string, CoverageRow>& rows) {
  std::vector<CoverageRow> out;
  for (const auto& [area, row] : rows) {
    if (!area.empty()) out.push_back(row);
  }
  auto empty = rows.find("");
  if (empty != rows.end()) out.push_back(empty->second);
  return out;
}

void count(std::map<std::string, CoverageRow>& rows, const std::string& area, bool checked) {
  auto& row = rows[area];
  row.area = area;
  ++row.total;
  if (checked) ++row.checked;
}

// The report's rows from the counts: areas sorted with "" last, the largest gaps.
void finish(CoverageReport& report, const std::map<std::string, CoverageRow>& grids,
            const std::map<std::string, CoverageRow>& towns,
            const std::map<std::string, CoverageRow>& zoneTypes, const CoverageOptions& options) {
  report.byGrid = rowsOf(grids);
  report.byTown = rowsOf(towns);
  report.byZoneType = rowsOf(zoneTypes);

  for (const auto& row : report.byGrid) {
    if (!row.area.empty() && row.unchecked() > 0) report.largestGaps.push_back(row);
  }
  std::sort(report.largestGaps.begin(), report.largestGaps.end(),
            [](const CoverageRow& a, const CoverageRow& b) {
              if (a.unchecked() != b.unchecked()) return a.unchecked() > b.unchecked();
              // Equal counts: the grid with the lower coverage is the bigger gap.
              const double ra = a.rate().value_or(0), rb = b.rate().value_or(0);
              if (ra != rb) return ra < rb;
              return a.area < b.area;
            });
  if (report.largestGaps.size() > options.largestGaps) {
    report.largestGaps.resize(options.largestGaps);
  }
  report.overall.area = "*";
}

}  // namespace

CoverageReport computeCoverage(const ProjectStore& store, const CoverageOptions& options) {
  CoverageReport report;
  // On a server project without the hexagon layer (which needs every unchecked footprint's
  // centroid) the counts are made in SQL: only the per-area rows cross the wire.
  if (options.hexSize <= 0) {
    if (auto counts = coverageCountsOnServer(store, options.byZoneType)) {
      report.overall = counts->overall;
      report.checkedByStatus = counts->checkedByStatus;
      report.checkedByPoint = counts->checkedByPoint;
      report.checkedByCode = counts->checkedByCode;
      report.surveyPoints = counts->surveyPoints;
      finish(report, counts->grids, counts->towns, counts->zoneTypes, options);
      return report;
    }
  }
  const SurveyEvidence evidence = SurveyEvidence::load(store);
  report.surveyPoints = evidence.pointCount();

  std::vector<std::unique_ptr<CoverageSink>> sinks;
  std::vector<BuildingSink*> raw;
  for (int i = 0; i < analysisThreadCount(options.threads); ++i) {
    sinks.push_back(std::make_unique<CoverageSink>(evidence));
    raw.push_back(sinks.back().get());
  }
  scanBuildings(store, raw);
  std::vector<BuildingCoverage> buildings;
  for (auto& s : sinks) {
    buildings.insert(buildings.end(), std::make_move_iterator(s->out_.begin()),
                     std::make_move_iterator(s->out_.end()));
    report.unreadableBuildings += s->unreadable_;
  }
  sinks.clear();
  std::sort(buildings.begin(), buildings.end(),
            [](const BuildingCoverage& a, const BuildingCoverage& b) { return a.id < b.id; });

  // Areas that exist as polygons get a row even with no buildings: a grid nobody has
  // buildings in is worth seeing (and shows "—").
  std::map<std::string, CoverageRow> grids, towns, zoneTypes;
  store.forEachGrid([&](const GridRecord& g, const Wkb&) {
    grids[g.grid].area = g.grid;
    return true;
  });
  store.forEachTown([&](const TownRecord& t, const Wkb&) {
    towns[t.town].area = t.town;
    return true;
  });
  std::map<std::int64_t, std::string> typeOfZone;
  store.forEachZone([&](const ZoneRecord& z, const Wkb&) {
    typeOfZone[z.id] = z.type;
    zoneTypes[z.type].area = z.type;
    return true;
  });

  std::vector<std::pair<double, double>> uncheckedPoints;
  for (const auto& b : buildings) {
    const bool checked = b.checked != CheckedBy::None;
    ++report.overall.total;
    if (checked) ++report.overall.checked;
    if (b.checked == CheckedBy::Status) ++report.checkedByStatus;
    if (b.checked == CheckedBy::Point) ++report.checkedByPoint;
    if (b.checked == CheckedBy::Code) ++report.checkedByCode;
    count(grids, b.grid, checked);
    count(towns, b.town, checked);
    if (options.byZoneType && !typeOfZone.empty()) {
      std::set<std::string> types;
      for (const auto zoneId : store.zonesOfBuilding(b.id)) {
        auto it = typeOfZone.find(zoneId);
        if (it != typeOfZone.end()) types.insert(it->second);
      }
      for (const auto& t : types) count(zoneTypes, t, checked);
    }
    if (!checked && b.located) uncheckedPoints.emplace_back(b.x, b.y);
  }
  finish(report, grids, towns, zoneTypes, options);
  if (options.hexSize > 0) report.uncheckedHexes = hexDensity(uncheckedPoints, options.hexSize);
  return report;
}

}  // namespace fangan
