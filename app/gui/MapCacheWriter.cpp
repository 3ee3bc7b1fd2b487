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
  using Watcher = QFutureWatcher<std::pair<bool, bool>>;
  watcher_ = new Watcher(this);
  Watcher* watcher = watcher_;
  connect(watcher, &Watcher::finished, this, [this, watcher]() {
    if (watcher != watcher_) return;
    const auto [written, othersWrote] = watcher->result();
    watcher_->deleteLater();
    watcher_ = nullptr;
    cancel_.reset();
    emit finished(written, othersWrote);
  });
  watcher->setFuture(QtConcurrent::run(backgroundPool(), [location, cache, stop]() mutable {
    bool written = false;
    bool othersWrote = true;  // unless the write says otherwise
    try {
      const std::unique_ptr<ProjectStore> store = openProject(location);
      written = writePendingMapCache(*store, *cache, stop.get(), &othersWrote);
    } catch (const std::exception&) {
      // A read-only project, a lock held too long elsewhere: the next opening tries again.
    }
    cache.reset();
    releaseFreedMemory();  // the packed parts and the columns
    return std::make_pair(written, othersWrote);
  }));
}

}  // namespace fangan::gui
