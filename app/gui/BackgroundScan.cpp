#include "app/gui/BackgroundScan.h"

#include <QElapsedTimer>
#include <QThread>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <algorithm>
#include <atomic>

namespace fangan {
namespace gui {
namespace {
std::atomic<bool> forced{false};
}  // namespace

QThreadPool* backgroundPool() {
  static QThreadPool* pool = []() {
    auto* p = new QThreadPool;  // lives as long as the process: workers may outlive windows
    p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    return p;
  }();
  return pool;
}

void releaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

QThreadPool* interactivePool() {
  static QThreadPool* pool = []() {
    auto* p = new QThreadPool;  // as backgroundPool()
    p->setMaxThreadCount(2);
    return p;
  }();
  return pool;
}

bool waitForBackgroundWork(int timeoutMs) {
  QElapsedTimer clock;
  clock.start();
  const bool background = backgroundPool()->waitForDone(timeoutMs);
  const int left = timeoutMs < 0 ? -1 : std::max(0, timeoutMs - static_cast<int>(clock.elapsed()));
  return interactivePool()->waitForDone(left) && background;
}

bool scansInBackground(std::int64_t buildings) {
  return forced || buildings >= kBackgroundScanBuildings;
}

void forceBackgroundScans(bool force) { forced = force; }

}  // namespace gui
}  // namespace fangan
