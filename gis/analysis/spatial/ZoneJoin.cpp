#include "gis/analysis/spatial/ZoneJoin.h"

#include <algorithm>
#include <map>
#include <memory>

#include "gis/analysis/spatial/PolygonIndex.h"

namespace fangan {

namespace {

/// The zones as read from the store, shared read-only by all workers.
struct ZoneTable {
  std::vector<ZoneRecord> records;
  std::vector<Wkb> polygons;
  std::vector<IndexedPolygon> indexed;
  std::vector<std::size_t> typeOf;  ///< zone position → position in `types`
  std::vector<std::string> types;
};

class ZoneJoinSink : public BuildingSink {
 public:
  ZoneJoinSink(const ZoneTable& zones, int maxVertices)
      : zones_(zones), maxVertices_(maxVertices), typeCounts_(zones.types.size(), 0) {}

  void begin() override {
    context_ = std::make_unique<GeosContext>();
    index_ = std::make_unique<PolygonIndex>(*context_, zones_.indexed, maxVertices_);
  }

  void consume(const std::vector<BuildingItem>& batch) override {
    std::vector<char> typeSeen(zones_.types.size());
    for (const auto& item : batch) {
      GeosGeometry footprint(nullptr, GeosGeometryDeleter{context_->handle()});
      try {
        footprint = context_->read(item.footprint);
      } catch (const GeosError&) {
        ++unreadable_;
        continue;
      }
      const auto owners = index_->intersecting(footprint.get());
      if (owners.empty()) continue;
      ++inAnyZone_;
      std::fill(typeSeen.begin(), typeSeen.end(), 0);
      for (std::size_t owner : owners) {
        links_.emplace_back(item.record.id, zones_.records[owner].id);
        typeSeen[zones_.typeOf[owner]] = 1;
      }
      for (std::size_t t = 0; t < typeSeen.size(); ++t) typeCounts_[t] += typeSeen[t];
    }
  }

  const ZoneTable& zones_;
  int maxVertices_;
  std::unique_ptr<GeosContext> context_;
  std::unique_ptr<PolygonIndex> index_;
  std::vector<std::pair<std::int64_t, std::int64_t>> links_;
  std::vector<std::int64_t> typeCounts_;
  std::int64_t inAnyZone_ = 0;
  std::int64_t unreadable_ = 0;
};

}  // namespace

struct ZoneJoinJob::State {
  ZoneTable zones;
  ZoneJoinOptions options;
  int threads = 1;
  std::vector<std::unique_ptr<ZoneJoinSink>> sinks;
};

ZoneJoinJob::ZoneJoinJob(const ProjectStore& store, const ZoneJoinOptions& options)
    : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->threads = analysisThreadCount(options.threads);
  ZoneTable& zones = state_->zones;
  store.forEachZone([&](const ZoneRecord& z, const Wkb& g) {
    zones.records.push_back(z);
    zones.polygons.push_back(g);
    return true;
  });
  std::map<std::string, std::size_t> typePosition;
  for (const auto& z : zones.records) {
    auto [it, inserted] = typePosition.emplace(z.type, zones.types.size());
    if (inserted) zones.types.push_back(z.type);
    zones.typeOf.push_back(it->second);
  }
  // Pointers into `polygons` are taken only now that the vector no longer grows.
  for (std::size_t i = 0; i < zones.records.size(); ++i) {
    zones.indexed.push_back({zones.records[i].id, &zones.polygons[i]});
  }
}

ZoneJoinJob::~ZoneJoinJob() = default;

std::vector<BuildingSink*> ZoneJoinJob::sinks() {
  if (state_->sinks.empty()) {
    for (int i = 0; i < state_->threads; ++i) {
      state_->sinks.push_back(
          std::make_unique<ZoneJoinSink>(state_->zones, state_->options.maxVertices));
    }
  }
  std::vector<BuildingSink*> raw;
  for (auto& s : state_->sinks) raw.push_back(s.get());
  return raw;
}

ZoneJoinResult ZoneJoinJob::finish(std::int64_t buildingsRead) {
  const ZoneTable& zones = state_->zones;
  ZoneJoinResult result;
  result.threads = state_->threads;
  result.buildings = buildingsRead;
  result.zones = static_cast<std::int64_t>(zones.records.size());
  for (const auto& t : zones.types) result.buildingsPerType[t] = 0;
  for (const auto& s : state_->sinks) {
    result.links.insert(result.links.end(), s->links_.begin(), s->links_.end());
    result.buildingsInAnyZone += s->inAnyZone_;
    result.unreadableBuildings += s->unreadable_;
    for (std::size_t t = 0; t < zones.types.size(); ++t) {
      result.buildingsPerType[zones.types[t]] += s->typeCounts_[t];
    }
  }
  if (!state_->sinks.empty() && state_->sinks.front()->index_) {
    result.zonePieces = static_cast<std::int64_t>(state_->sinks.front()->index_->pieceCount());
    result.unreadableZones = static_cast<std::int64_t>(state_->sinks.front()->index_->skipped());
  }
  // Each worker saw its batches in id order, but batches interleave between workers.
  std::sort(result.links.begin(), result.links.end());
  state_->sinks.clear();
  return result;
}

ZoneJoinResult joinBuildingsToZones(const ProjectStore& store, const ZoneJoinOptions& options) {
  ZoneJoinJob job(store, options);
  const std::int64_t read = scanBuildings(store, job.sinks());
  return job.finish(read);
}

ZoneJoinResult rebuildBuildingZones(ProjectStore& store, const ZoneJoinOptions& options) {
  ZoneJoinResult result = joinBuildingsToZones(store, options);
  store.replaceBuildingZones(result.links);
  return result;
}

}  // namespace fangan
