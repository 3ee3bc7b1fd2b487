#pragma once
// A thin RAII layer over the SQLite C API for the SpatiaLite store. Internal to gis/store.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gis/model/Geometry.h"

namespace fangan::sqlite {

/// An open connection with SpatiaLite loaded. Closing order matters: the SpatiaLite cache is
/// released after sqlite3_close (TOOLCHAIN.md pitfall 7).
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

 private:
  sqlite3* db_ = nullptr;
  void* spatialiteCache_ = nullptr;
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
