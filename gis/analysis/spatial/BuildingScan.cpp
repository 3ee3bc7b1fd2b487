#include "gis/analysis/spatial/BuildingScan.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace fangan {

int analysisThreadCount(int requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return static_cast<int>(std::clamp(cores, 1u, 8u));
}

namespace {

/// The hand-over between the reading thread and the workers.
class BatchQueue {
 public:
  explicit BatchQueue(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

  /// Blocks while full; returns false when the scan was aborted.
  bool push(std::vector<BuildingItem>&& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    notFull_.wait(lock, [&] { return aborted_ || batches_.size() < capacity_; });
    if (aborted_) return false;
    batches_.push_back(std::move(batch));
    notEmpty_.notify_one();
    return true;
  }
  /// Blocks until a batch or the end; returns false at the end (or on abort).
  bool pop(std::vector<BuildingItem>& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    notEmpty_.wait(lock, [&] { return aborted_ || closed_ || !batches_.empty(); });
    if (aborted_ || batches_.empty()) return false;
    batch = std::move(batches_.front());
    batches_.pop_front();
    notFull_.notify_one();
    return true;
  }
  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    notEmpty_.notify_all();
  }
  void abort(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!error_) error_ = error;
    aborted_ = true;
    notEmpty_.notify_all();
    notFull_.notify_all();
  }
  bool aborted() {
    std::lock_guard<std::mutex> lock(mutex_);
    return aborted_;
  }
  std::exception_ptr error() {
    std::lock_guard<std::mutex> lock(mutex_);
    return error_;
  }

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable notFull_;
  std::condition_variable notEmpty_;
  std::deque<std::vector<BuildingItem>> batches_;
  bool closed_ = false;
  bool aborted_ = false;
  std::exception_ptr error_;
};

}  // namespace

const std::vector<std::string>& buildingScanColumns() {
  static const std::vector<std::string> columns = {"code", "town", "grid", "survey_status"};
  return columns;
}

std::int64_t scanBuildings(const ProjectStore& store, const std::vector<BuildingSink*>& sinks,
                           const BuildingScanOptions& options) {
  if (sinks.empty()) return 0;
  const std::size_t batchSize = std::max<std::size_t>(options.batchSize, 1);
  BatchQueue queue(options.queuedBatchesPerSink * sinks.size());
  // One shared queue rather than fixed halves: a worker that meets the dense part of the map
  // simply takes fewer batches, so both cores stay busy to the end.
  std::vector<std::thread> threads;
  threads.reserve(sinks.size());
  for (BuildingSink* sink : sinks) {
    threads.emplace_back([sink, &queue] {
      try {
        sink->begin();
        std::vector<BuildingItem> batch;
        while (queue.pop(batch)) sink->consume(batch);
      } catch (...) {
        queue.abort(std::current_exception());
      }
    });
  }
  std::int64_t read = 0;
  try {
    std::vector<BuildingItem> batch;
    batch.reserve(batchSize);
    BuildingScan scan;
    scan.columns = buildingScanColumns();
    store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb& footprint) {
      batch.push_back({r, footprint});
      ++read;
      if (batch.size() < batchSize) return true;
      const bool more = queue.push(std::move(batch));
      batch = {};
      batch.reserve(batchSize);
      return more;
    });
    if (!batch.empty()) queue.push(std::move(batch));
    queue.close();
  } catch (...) {
    queue.abort(std::current_exception());
  }
  for (auto& t : threads) t.join();
  if (auto error = queue.error()) std::rethrow_exception(error);
  return read;
}

}  // namespace fangan
