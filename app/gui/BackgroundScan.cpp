#include "app/gui/BackgroundScan.h"

#include <QThread>
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

bool waitForBackgroundWork(int timeoutMs) { return backgroundPool()->waitForDone(timeoutMs); }

bool scansInBackground(std::int64_t buildings) {
  return forced || buildings >= kBackgroundScanBuildings;
}

void forceBackgroundScans(bool force) { forced = force; }

}  // namespace gui
}  // namespace fangan
