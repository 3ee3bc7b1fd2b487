#pragma once
// A SQLite VFS for power-cut tests (the SQLite crash-test idea): it passes every call to the
// default VFS and remembers, for each write not yet followed by a sync of its file, what the
// file held before. snapshot() copies the database and its WAL as a power cut at that moment
// could leave them: every synced byte, and of the unsynced writes only the oldest `keep`.

#include <cstddef>
#include <functional>
#include <string>

namespace fangan::testing {

class PowerCutVfs {
 public:
  /// Registers the shim as the default VFS until destroyed.
  PowerCutVfs();
  ~PowerCutVfs();
  PowerCutVfs(const PowerCutVfs&) = delete;
  PowerCutVfs& operator=(const PowerCutVfs&) = delete;

  /// Called after every write through the shim with the running count of writes.
  void onWrite(std::function<void(std::size_t writes)> hook);
  /// Unsynced writes to `db` and its WAL right now.
  std::size_t unsyncedWrites(const std::string& db) const;
  /// Copies `db` and `db-wal` to `to` and `to-wal` as a power cut now would leave them,
  /// keeping the oldest `keep` unsynced writes (0: none survive).
  void snapshot(const std::string& db, const std::string& to, std::size_t keep) const;
};

}  // namespace fangan::testing
