#pragma once
// Work that reads every building of a project (filters, sorts, rankings, dashboard figures) runs
// on a worker thread for large projects so the window never freezes, each job with its own
// connection to the project file: a SQLite connection must not be shared between threads, and
// WAL lets the reader run while the window writes. Small projects are scanned at once on the
// window's own connection, which keeps their panels immediate.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>
#include <string>

#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

/// The threads long work runs on (project loads, scans). Not Qt's global pool: Qt's raster paint
/// engine splits some of the window's own painting over the global pool and waits for it, so a
/// global pool busy with a ten-second scan would freeze the window's repaints.
QThreadPool* backgroundPool();
/// The threads of the scans a user waits on (the table's filter and sort, the dashboard): apart
/// from backgroundPool(), so that they never queue behind the seconds-long scans an opening
/// starts on a district of millions (coverage, key zones).
QThreadPool* interactivePool();

/// Waits up to `timeoutMs` (-1: no limit) for both pools' work to finish; false when
/// some is still running. The process must not exit under running workers: its static data
/// (vocabularies, GDAL/PROJ state) would be destroyed beneath them.
bool waitForBackgroundWork(int timeoutMs);

/// Buildings from which a project's scans go to a worker thread.
inline constexpr std::int64_t kBackgroundScanBuildings = 20000;

/// True when scanning a project of `buildings` buildings belongs on a worker thread.
bool scansInBackground(std::int64_t buildings);
/// Makes every project scan run in the background (true) or chooses by size again (false); for
/// tests of the background path on small projects.
void forceBackgroundScans(bool force);

/// The outcome of a scan: its value, or the error that stopped it.
template <typename T>
struct ScanResult {
  T value{};
  std::string error;  ///< empty when the scan succeeded
};

/// Gives the memory a finished scan freed back to the system. glibc keeps freed memory in the
/// worker thread's own arena, so without this every scan of 10^6 records leaves hundreds of MB
/// behind in a window that stays open all day.
void releaseFreedMemory();

/// Runs `scan` on a worker thread with its own connection to the project at `path`.
template <typename T>
QFuture<ScanResult<T>> scanProjectInBackground(const std::string& path,
                                               std::function<T(const ProjectStore&)> scan,
                                               QThreadPool* pool = backgroundPool()) {
  return QtConcurrent::run(pool, [path, scan]() {
    ScanResult<T> result;
    try {
      const std::unique_ptr<ProjectStore> store = openProject(path);
      result.value = scan(*store);
    } catch (const std::exception& e) {
      result.error = e.what();
    }
    releaseFreedMemory();
    return result;
  });
}

/// Runs `scan` at once on `store`, catching its error as the background path does.
template <typename T>
ScanResult<T> scanProjectNow(const ProjectStore& store,
                             const std::function<T(const ProjectStore&)>& scan) {
  ScanResult<T> result;
  try {
    result.value = scan(store);
  } catch (const std::exception& e) {
    result.error = e.what();
  }
  return result;
}

/// The latest of a panel's project scans. A newer run (or drop()) supersedes the one under way,
/// whose result is then ignored; the scan itself finishes on its own connection.
class LatestScan {
 public:
  /// Scans run on `pool` (interactivePool() for those a user waits on).
  explicit LatestScan(QThreadPool* pool = backgroundPool()) : pool_(pool) {}
  /// True while a scan runs on a worker thread.
  bool isRunning() const { return current_ != nullptr; }
  /// Ignores the result of the scan under way (the project changed).
  void drop() { current_ = nullptr; }

  /// Runs `scan` over `store`: at once for a project of fewer buildings than the background
  /// threshold, else on a worker with its own connection. `done` gets the result on `owner`'s
  /// thread (not at all when superseded or when `owner` is gone). Returns true when the scan
  /// went to a worker (`done` comes later), false when `done` has already run.
  template <typename T>
  bool run(QObject* owner, const ProjectStore& store, std::int64_t buildings,
           std::function<T(const ProjectStore&)> scan,
           std::function<void(const ScanResult<T>&)> done) {
    drop();
    if (!scansInBackground(buildings)) {
      done(scanProjectNow<T>(store, scan));
      return false;
    }
    auto* watcher = new QFutureWatcher<ScanResult<T>>(owner);
    current_ = watcher;
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [this, watcher, done = std::move(done)]() {
                       watcher->deleteLater();
                       if (current_ != watcher) return;
                       current_ = nullptr;
                       done(watcher->result());
                     });
    watcher->setFuture(scanProjectInBackground<T>(store.location(), std::move(scan), pool_));
    return true;
  }

 private:
  const QObject* current_ = nullptr;  // the watcher of the scan whose result is awaited
  QThreadPool* pool_;
};

}  // namespace gui
}  // namespace fangan
