#pragma once
// Writing the map cache an opening left to write (ProjectMap::openWritingCacheLater): on a
// worker thread, through its own connection to the project, once the map is on screen, so that
// the first opening after a change shows the map as soon as it is read from the store, not after
// the cache is written too (docs/rules.md#map-cache).

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>
#include <string>
#include <utility>

#include "layers/MapCache.h"

namespace fangan::gui {

class MapCacheWriter : public QObject {
  Q_OBJECT
 public:
  explicit MapCacheWriter(QObject* parent = nullptr);
  /// Cancels a write under way (its transaction is rolled back).
  ~MapCacheWriter() override;

  /// Writes `cache` into the project at `location`; does nothing for a null cache. A write
  /// under way is cancelled first.
  void start(const std::string& location, std::shared_ptr<PendingMapCache> cache);
  /// Stops a write under way: nothing of it is kept.
  void cancel();
  bool running() const;

 signals:
  /// The write ended: `written` false when it was cancelled, the buildings changed meanwhile
  /// (the next opening writes it again) or the project could not be written; `othersWrote`
  /// when another connection committed to the project while it was under way.
  void finished(bool written, bool othersWrote);

 private:
  std::shared_ptr<std::atomic<bool>> cancel_;
  QFutureWatcher<std::pair<bool, bool>>* watcher_ = nullptr;
};

}  // namespace fangan::gui
