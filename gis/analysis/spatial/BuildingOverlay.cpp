#include "gis/analysis/spatial/BuildingOverlay.h"

namespace fangan {

namespace {

/// Feeds each batch to one zone-join sink and one assignment sink on the same thread.
class PairSink : public BuildingSink {
 public:
  PairSink(BuildingSink* first, BuildingSink* second) : first_(first), second_(second) {}
  void begin() override {
    first_->begin();
    second_->begin();
  }
  void consume(const std::vector<BuildingItem>& batch) override {
    first_->consume(batch);
    second_->consume(batch);
  }

 private:
  BuildingSink* first_;
  BuildingSink* second_;
};

}  // namespace

BuildingOverlayResult overlayBuildings(const ProjectStore& store,
                                       const ZoneJoinOptions& zoneOptions,
                                       const GridAssignmentOptions& gridOptions) {
  ZoneJoinOptions zo = zoneOptions;
  zo.threads = analysisThreadCount(zoneOptions.threads);
  GridAssignmentOptions go = gridOptions;
  go.threads = zo.threads;  // one pair of sinks per thread
  ZoneJoinJob zoneJob(store, zo);
  GridAssignmentJob gridJob(store, go);
  const auto zoneSinks = zoneJob.sinks();
  const auto gridSinks = gridJob.sinks();
  std::vector<PairSink> pairs;
  pairs.reserve(zoneSinks.size());
  std::vector<BuildingSink*> raw;
  for (std::size_t i = 0; i < zoneSinks.size(); ++i) {
    pairs.emplace_back(zoneSinks[i], gridSinks[i]);
    raw.push_back(&pairs.back());
  }
  const std::int64_t read = scanBuildings(store, raw);
  BuildingOverlayResult result;
  result.zones = zoneJob.finish(read);
  result.grids = gridJob.finish(read);
  return result;
}

BuildingOverlayResult rebuildBuildingOverlays(ProjectStore& store,
                                              const ZoneJoinOptions& zoneOptions,
                                              const GridAssignmentOptions& gridOptions,
                                              const std::string& who) {
  BuildingOverlayResult result = overlayBuildings(store, zoneOptions, gridOptions);
  store.replaceBuildingZones(result.zones.links);
  applyGridAssignment(store, result.grids, who);
  return result;
}

}  // namespace fangan
