#pragma once
// Items made on a thread of their own and taken in order on the caller's thread, a few batches
// ahead: an import reads and parses the next rows of its file on the second core while the
// first writes the rows before them to the project.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace fangan {

template <typename T>
class BatchProducer {
 public:
  /// Hands a batch to the consumer; blocks while `capacity` batches wait. False when the
  /// consumer stopped: the producer should return.
  using Push = std::function<bool(std::vector<T>&&)>;

  /// Starts `make` on a new thread. It pushes batches and returns when it has no more.
  BatchProducer(std::function<void(const Push&)> make, std::size_t capacity)
      : capacity_(capacity == 0 ? 1 : capacity) {
    thread_ = std::thread([this, make = std::move(make)] {
      try {
        make([this](std::vector<T>&& batch) { return push(std::move(batch)); });
      } catch (...) {
        const std::lock_guard<std::mutex> lock(mutex_);
        error_ = std::current_exception();
      }
      const std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
      changed_.notify_all();
    });
  }

  /// Stops the producer (at its next push) and waits for its thread.
  ~BatchProducer() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopped_ = true;
      changed_.notify_all();
    }
    thread_.join();
  }

  BatchProducer(const BatchProducer&) = delete;
  BatchProducer& operator=(const BatchProducer&) = delete;

  /// The next batch in the order pushed; std::nullopt once the producer returned and every batch
  /// was taken. An exception the producer threw is thrown here, after the batches before it.
  std::optional<std::vector<T>> next() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !batches_.empty() || done_; });
    if (!batches_.empty()) {
      std::vector<T> batch = std::move(batches_.front());
      batches_.pop_front();
      changed_.notify_all();
      return batch;
    }
    if (error_) std::rethrow_exception(error_);
    return std::nullopt;
  }

 private:
  bool push(std::vector<T>&& batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return batches_.size() < capacity_ || stopped_; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    changed_.notify_all();
    return true;
  }

  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<T>> batches_;
  bool done_ = false;
  bool stopped_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace fangan
