#include "app/gui/MapCacheWriter.h"

#include <QtConcurrent/QtConcurrentRun>

#include "app/gui/BackgroundScan.h"
#include "gis/store/ProjectStore.h"

namespace fangan::gui {

MapCacheWriter::MapCacheWriter(QObject* parent) : QObject(parent) {}

MapCacheWriter::~MapCacheWriter() { cancel(); }

void MapCacheWriter::cancel() {
  if (cancel_) cancel_->store(true);
  cancel_.reset();
  if (watcher_) {
    watcher_->disconnect(this);
    watcher_->deleteLater();
    watcher_ = nullptr;
  }
}

bool MapCacheWriter::running() const { return watcher_ && !watcher_->isFinished(); }

void MapCacheWriter::start(const std::string& location, std::shared_ptr<PendingMapCache> cache) {
  cancel();
  if (!cache) return;
  auto stop = std::make_shared<std::atomic<bool>>(false);
  cancel_ = stop;
  watcher_ = new QFutureWatcher<bool>(this);
  QFutureWatcher<bool>* watcher = watcher_;
  connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher]() {
    if (watcher != watcher_) return;
    const bool written = watcher->result();
    watcher_->deleteLater();
    watcher_ = nullptr;
    cancel_.reset();
    emit finished(written);
  });
  watcher->setFuture(QtConcurrent::run(backgroundPool(), [location, cache, stop]() mutable {
    bool written = false;
    try {
      const std::unique_ptr<ProjectStore> store = openProject(location);
      written = writePendingMapCache(*store, *cache, stop.get());
    } catch (const std::exception&) {
      // A read-only project, a lock held too long elsewhere: the next opening tries again.
    }
    cache.reset();
    releaseFreedMemory();  // the packed parts and the columns
    return written;
  }));
}

}  // namespace fangan::gui
