#include "gis/analysis/spatial/GridAssignment.h"

#include <algorithm>
#include <memory>

#include "gis/analysis/spatial/PolygonIndex.h"

namespace fangan {

namespace {

/// Polygons with a name each (grids or towns), shared read-only by the workers.
struct NamedPolygons {
  std::vector<std::string> names;
  std::vector<std::string> towns;  ///< grids only: the grid's town attribute
  std::vector<Wkb> polygons;
  std::vector<IndexedPolygon> indexed;

  void finish() {
    for (std::size_t i = 0; i < polygons.size(); ++i) {
      indexed.push_back({static_cast<std::int64_t>(i), &polygons[i]});
    }
  }
};

/// Area of a ∩ b, robust against the rare overlay failure of nearly coincident edges.
double overlapArea(const GeosContext& c, const GEOSGeometry* a, const GEOSGeometry* b) {
  const auto h = c.handle();
  GEOSGeometry* inter = GEOSIntersection_r(h, a, b);
  // Snapping to a 1 mm grid resolves the TopologyException that nearly parallel edges cause;
  // a millimetre is far below what a footprint's position means.
  if (!inter) inter = GEOSIntersectionPrec_r(h, a, b, 0.001);
  if (!inter) return 0;
  double area = 0;
  GEOSArea_r(h, inter, &area);
  GEOSGeom_destroy_r(h, inter);
  return area;
}

/// Index of the polygon with the largest overlap, or -1 when none overlaps with positive area.
long largestOverlap(const GeosContext& c, const PolygonIndex& index,
                    const std::vector<std::string>& names, const GEOSGeometry* footprint,
                    double tieTolerance) {
  const auto h = c.handle();
  double footprintArea = 0;
  GEOSArea_r(h, footprint, &footprintArea);
  if (footprintArea <= 0) return -1;
  std::vector<std::pair<std::size_t, double>> areas;  // few entries: a linear scan beats a map
  index.forEachIntersecting(footprint, [&](const PolygonIndex::Piece& piece) {
    // The common case, a footprint wholly inside one grid, needs no overlay at all.
    const bool covered = piece.prepared && GEOSPreparedCovers_r(h, piece.prepared, footprint) == 1;
    const double a = covered ? footprintArea : overlapArea(c, piece.geometry, footprint);
    auto it = std::find_if(areas.begin(), areas.end(),
                           [&](const auto& e) { return e.first == piece.owner; });
    if (it == areas.end()) {
      areas.emplace_back(piece.owner, a);
    } else {
      it->second += a;
    }
  });
  long best = -1;
  double bestArea = 0;
  const double epsilon = tieTolerance * footprintArea;
  for (const auto& [owner, area] : areas) {
    if (area <= epsilon) continue;  // touching along an edge is not overlapping
    if (best < 0 || area > bestArea + epsilon) {
      best = static_cast<long>(owner);
      bestArea = area;
    } else if (area >= bestArea - epsilon && names[owner] < names[static_cast<std::size_t>(best)]) {
      best = static_cast<long>(owner);
      bestArea = std::max(bestArea, area);
    }
  }
  return best;
}

class AssignmentSink : public BuildingSink {
 public:
  AssignmentSink(const NamedPolygons& grids, const NamedPolygons& towns,
                 const GridAssignmentOptions& options)
      : grids_(grids), towns_(towns), options_(options) {}

  void begin() override {
    context_ = std::make_unique<GeosContext>();
    if (!grids_.polygons.empty()) {
      gridIndex_ = std::make_unique<PolygonIndex>(*context_, grids_.indexed, options_.maxVertices);
    }
    if (!towns_.polygons.empty()) {
      townIndex_ = std::make_unique<PolygonIndex>(*context_, towns_.indexed, options_.maxVertices);
    }
  }

  void consume(const std::vector<BuildingItem>& batch) override {
    for (const auto& item : batch) {
      const auto& r = item.record;
      const bool needTown = r.town.empty();
      if (!gridIndex_ && !(needTown && townIndex_)) {
        if (needTown) ++townsStillEmpty_;
        continue;
      }
      GeosGeometry footprint(nullptr, GeosGeometryDeleter{context_->handle()});
      try {
        footprint = context_->read(item.footprint);
      } catch (const GeosError&) {
        ++unreadable_;
        if (gridIndex_) gridsOut_.emplace_back(r.id, r.grid);  // keep what it had
        continue;
      }
      long grid = -1;
      if (gridIndex_) {
        grid = largestOverlap(*context_, *gridIndex_, grids_.names, footprint.get(),
                              options_.tieTolerance);
        const std::string name = grid >= 0 ? grids_.names[static_cast<std::size_t>(grid)] : "";
        gridsOut_.emplace_back(r.id, name);
        if (grid < 0) outside_.push_back({r.id, r.code, r.grid});
        if (r.grid != name) changes_.emplace_back(r.id, name);
        if (!r.grid.empty() && r.grid != name) ++changed_;
      }
      if (!needTown) continue;
      std::string town;
      if (townIndex_) {
        const long t = largestOverlap(*context_, *townIndex_, towns_.names, footprint.get(),
                                      options_.tieTolerance);
        if (t >= 0) town = towns_.names[static_cast<std::size_t>(t)];
      }
      if (town.empty() && options_.townFromGrid && grid >= 0) {
        town = grids_.towns[static_cast<std::size_t>(grid)];
        if (!town.empty()) ++townsFromGrid_;
      }
      if (town.empty()) {
        ++townsStillEmpty_;
      } else {
        townsOut_.emplace_back(r.id, town);
      }
    }
  }

  const NamedPolygons& grids_;
  const NamedPolygons& towns_;
  GridAssignmentOptions options_;
  std::unique_ptr<GeosContext> context_;
  std::unique_ptr<PolygonIndex> gridIndex_;
  std::unique_ptr<PolygonIndex> townIndex_;
  std::vector<std::pair<std::int64_t, std::string>> gridsOut_;
  std::vector<std::pair<std::int64_t, std::string>> townsOut_;
  std::vector<std::pair<std::int64_t, std::string>> changes_;
  std::vector<OutsideBuilding> outside_;
  std::int64_t changed_ = 0;
  std::int64_t townsFromGrid_ = 0;
  std::int64_t townsStillEmpty_ = 0;
  std::int64_t unreadable_ = 0;
};

}  // namespace

struct GridAssignmentJob::State {
  NamedPolygons grids;
  NamedPolygons towns;
  GridAssignmentOptions options;
  int threads = 1;
  std::vector<std::unique_ptr<AssignmentSink>> sinks;
};

GridAssignmentJob::GridAssignmentJob(const ProjectStore& store,
                                     const GridAssignmentOptions& options)
    : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->threads = analysisThreadCount(options.threads);
  store.forEachGrid([&](const GridRecord& g, const Wkb& w) {
    state_->grids.names.push_back(g.grid);
    state_->grids.towns.push_back(g.town);
    state_->grids.polygons.push_back(w);
    return true;
  });
  state_->grids.finish();
  store.forEachTown([&](const TownRecord& t, const Wkb& w) {
    state_->towns.names.push_back(t.town);
    state_->towns.polygons.push_back(w);
    return true;
  });
  state_->towns.finish();
}

GridAssignmentJob::~GridAssignmentJob() = default;

std::vector<BuildingSink*> GridAssignmentJob::sinks() {
  if (state_->sinks.empty()) {
    for (int i = 0; i < state_->threads; ++i) {
      state_->sinks.push_back(
          std::make_unique<AssignmentSink>(state_->grids, state_->towns, state_->options));
    }
  }
  std::vector<BuildingSink*> raw;
  for (auto& s : state_->sinks) raw.push_back(s.get());
  return raw;
}

GridAssignmentResult GridAssignmentJob::finish(std::int64_t buildingsRead) {
  GridAssignmentResult result;
  result.hasGrids = !state_->grids.polygons.empty();
  result.hasTowns = !state_->towns.polygons.empty();
  result.threads = state_->threads;
  result.buildings = buildingsRead;
  for (const auto& s : state_->sinks) {
    result.grids.insert(result.grids.end(), s->gridsOut_.begin(), s->gridsOut_.end());
    result.towns.insert(result.towns.end(), s->townsOut_.begin(), s->townsOut_.end());
    result.gridChanges.insert(result.gridChanges.end(), s->changes_.begin(), s->changes_.end());
    result.outside.insert(result.outside.end(), s->outside_.begin(), s->outside_.end());
    result.changed += s->changed_;
    result.townsFromGrid += s->townsFromGrid_;
    result.townsStillEmpty += s->townsStillEmpty_;
    result.unreadableBuildings += s->unreadable_;
  }
  std::sort(result.grids.begin(), result.grids.end());
  std::sort(result.towns.begin(), result.towns.end());
  std::sort(result.gridChanges.begin(), result.gridChanges.end());
  std::sort(result.outside.begin(), result.outside.end(),
            [](const OutsideBuilding& a, const OutsideBuilding& b) { return a.id < b.id; });
  state_->sinks.clear();
  return result;
}

GridAssignmentResult assignGridsAndTowns(const ProjectStore& store,
                                         const GridAssignmentOptions& options) {
  GridAssignmentJob job(store, options);
  const std::int64_t read = scanBuildings(store, job.sinks());
  return job.finish(read);
}

void applyGridAssignment(ProjectStore& store, const GridAssignmentResult& result,
                         const std::string& who) {
  if (result.hasGrids && !result.gridChanges.empty()) store.setBuildingGrids(result.gridChanges);
  for (const auto& [id, town] : result.towns) {
    auto record = store.buildingById(id);
    // Re-checked at write time: the rule is "never overwrite a town", whatever happened since.
    if (!record || !record->town.empty()) continue;
    record->town = town;
    store.updateBuilding(*record, who);
  }
}

}  // namespace fangan
