#pragma once
// A thin RAII layer over the SQLite C API for the SpatiaLite store. Internal to gis/store.

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gis/model/Geometry.h"
#include "gis/store/LockWait.h"

namespace fangan::sqlite {

/// An open connection with SpatiaLite loaded. Closing order matters: the SpatiaLite cache is
/// released after sqlite3_close (spatialite_cleanup_ex), or SpatiaLite touches a freed cache.
class Connection {
 public:
  /// Opens (or with `create`, creates) the database file; throws StoreError naming the path.
  Connection(const std::string& path, bool create);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  sqlite3* handle() const { return db_; }
  /// Runs SQL without results; throws StoreError with SQLite's message.
  void exec(const std::string& sql);
  /// Row id of the last insert.
  std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  /// Rows changed by the last statement.
  int changes() const { return sqlite3_changes(db_); }
  /// Takes the write lock (BEGIN IMMEDIATE), waiting per lockWait(); on a timeout or a cancel
  /// throws StoreError naming the file and, when known, the process holding the lock. While
  /// the lock is held a note `<path>-writer` names this process to waiting ones.
  void beginWrite();
  /// Ends the write started by beginWrite() with COMMIT (or ROLLBACK) and removes the note.
  void commitWrite();
  void rollbackWrite();
  /// Lets this connection's own statements prepared while the scope lives write the shadow
  /// tables of a virtual table (the spatial index packed in one pass, RtreePacking.h), which
  /// the defensive mode set at opening refuses; the mode is back when the scope ends. Only
  /// statements of ours run meanwhile: no SQL from a file or a user.
  class ShadowTableWrites {
   public:
    explicit ShadowTableWrites(Connection& c);
    ~ShadowTableWrites();
    ShadowTableWrites(const ShadowTableWrites&) = delete;
    ShadowTableWrites& operator=(const ShadowTableWrites&) = delete;

   private:
    Connection& c_;
  };
  /// PRAGMA data_version: changes when another connection commits to the file.
  std::int64_t dataVersion();
  /// The blob in `column` of row `rowid` of `table`, read straight into `into` (incremental
  /// blob I/O: no copy held by SQLite beside it), in the snapshot of the connection's open read
  /// (a statement still stepping keeps it). `into` is sized to the blob: a buffer used before
  /// keeps its memory (no new pages to fault in and zero) and its old bytes are overwritten, not
  /// cleared first. Throws StoreError when it cannot be read.
  void readBlob(const char* table, const char* column, std::int64_t rowid,
                std::vector<unsigned char>& into);
  const std::string& path() const { return path_; }

 private:
  static int onBusy(void* self, int count);
  std::string path_;
  sqlite3* db_ = nullptr;
  void* spatialiteCache_ = nullptr;
  std::int64_t busySinceMs_ = -1;  ///< steady-clock ms when the current wait began
  std::int64_t lastReportMs_ = -1;
  bool cancelled_ = false;
};

/// A prepared statement. Bind indexes are 1-based; column indexes 0-based.
class Statement {
 public:
  Statement(const Connection& c, const std::string& sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, const std::string& v);
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, const Wkb& blob);
  Statement& bindNull(int i);
  /// Binds without copying: `blob` must outlive the next step()/run().
  Statement& bindStatic(int i, const Wkb& blob);
  Statement& bind(int i, const std::optional<std::string>& v) {
    return v ? bind(i, *v) : bindNull(i);
  }
  Statement& bind(int i, const std::optional<std::int64_t>& v) {
    return v ? bind(i, *v) : bindNull(i);
  }

  /// Steps once; true when a row is ready. Throws StoreError on failure.
  bool step();
  /// Steps to completion, expecting no rows.
  void run();
  /// Resets for re-execution and clears bindings.
  void reset();

  bool isNull(int col) const;
  std::int64_t integer(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  /// The column's text without a copy; valid until the next step(), reset() or column read.
  std::string_view textView(int col) const;
  /// SQLite's storage class of the column's value (SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL…).
  int storageClass(int col) const;
  Wkb blob(int col) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

}  // namespace fangan::sqlite
