#pragma once
// Work that reads every building of a project (filters, sorts, rankings, dashboard figures) runs
// on a worker thread for large projects so the window never freezes, each job with its own
// connection to the project file: a SQLite connection must not be shared between threads, and
// WAL lets the reader run while the window writes. Small projects are scanned at once on the
// window's own connection, which keeps their panels immediate.

#include <QFuture>
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

/// Waits up to `timeoutMs` (-1: no limit) for the background pool's work to finish; false when
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
                                               std::function<T(const ProjectStore&)> scan) {
  return QtConcurrent::run(backgroundPool(), [path, scan]() {
    ScanResult<T> result;
    try {
      const std::unique_ptr<ProjectStore> store = openSpatialiteProject(path);
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

}  // namespace gui
}  // namespace fangan
