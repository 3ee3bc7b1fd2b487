#pragma once
// Streams every building of a project through worker threads: the calling thread reads the
// store (a SpatiaLite connection is single-threaded) and hands batches to the workers, each of
// which owns its GEOS context and its own copy of whatever index it queries. Buildings are the
// large side of every overlay, so they are never all held in memory at once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Geometry.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// One building as the workers see it: its id, footprint and the columns of
/// buildingScanColumns(); its other members are unknown (a narrow read).
struct BuildingItem {
  BuildingRecord record;
  Wkb footprint;
};

/// Receives batches on one worker thread. One sink per thread; a sink keeps its own results,
/// which the caller merges after scanBuildings() returns.
class BuildingSink {
 public:
  virtual ~BuildingSink() = default;
  /// Runs once on the worker thread before any batch: build the per-thread GEOS state here.
  virtual void begin() {}
  /// Processes one batch (buildings in ascending id order within the batch).
  virtual void consume(const std::vector<BuildingItem>& batch) = 0;
};

/// How to stream.
struct BuildingScanOptions {
  std::size_t batchSize = 1024;  ///< buildings per hand-over; large enough to amortise locking
  std::size_t queuedBatchesPerSink = 4;  ///< bounds memory when the workers are slower
};

/// Worker threads to use when `requested` is 0: the machine's cores (at least 1, at most 8,
/// since every thread holds its own copy of the index).
int analysisThreadCount(int requested);

/// The attribute columns every analysis sink reads: code, town, grid and survey status.
const std::vector<std::string>& buildingScanColumns();

/// Streams all buildings to `sinks`, one thread per sink. Returns how many were read. An
/// exception thrown in a sink stops the scan and is rethrown here after every thread ended.
std::int64_t scanBuildings(const ProjectStore& store, const std::vector<BuildingSink*>& sinks,
                           const BuildingScanOptions& options = {});

}  // namespace fangan
