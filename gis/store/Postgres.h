#pragma once
// A thin RAII layer over libpq for the PostGIS store. Internal to gis/store. Parameters go as
// text (NULL for std::nullopt) or, for geometries, as binary bytea; results come back as text
// (bytea as \x hex, decoded by Result::bytes).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Geometry.h"
#include "gis/store/ProjectStore.h"

struct pg_conn;
struct pg_result;

namespace fangan::pg {

/// The parts of a project location `postgresql://user@host:port/db?schema=NAME`.
struct Location {
  std::string conninfo;  ///< what libpq connects with (the URI without `schema`)
  std::string schema;    ///< the project's schema ("public" when not given)
};

/// Whether `location` names a server project rather than a file.
bool isServerLocation(const std::string& location);
/// Splits a server location; throws StoreError for a password in it or a bad schema name.
Location parseLocation(const std::string& location);

/// One statement parameter.
struct Param {
  std::optional<std::string> text;  ///< text value; std::nullopt with !binary is NULL
  const Wkb* binary = nullptr;      ///< bytea value sent in binary, not copied
  static Param of(const std::optional<std::string>& v) { return Param{v, nullptr}; }
  static Param of(std::int64_t v) { return Param{std::to_string(v), nullptr}; }
  static Param of(const Wkb& w) { return Param{std::nullopt, &w}; }
};
using Params = std::vector<Param>;

/// A query result; row and column indexes are 0-based.
class Result {
 public:
  explicit Result(pg_result* r) : r_(r) {}
  ~Result();
  Result(Result&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  Result& operator=(Result&&) = delete;

  int rows() const;
  bool isNull(int row, int col) const;
  std::string text(int row, int col) const;
  std::int64_t integer(int row, int col) const;
  double real(int row, int col) const;
  /// A bytea column (text format \x…) as bytes.
  Wkb bytes(int row, int col) const;
  /// Rows affected by an INSERT/UPDATE/DELETE.
  std::int64_t affected() const;

 private:
  pg_result* r_;
};

/// An open connection.
class Connection {
 public:
  /// Connects; throws StoreError with a one-line Chinese reason.
  explicit Connection(const std::string& conninfo);
  ~Connection();
  Connection(Connection&&) = delete;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// Runs SQL (possibly several statements) without parameters.
  void exec(const std::string& sql);
  /// Runs one statement with parameters ($1, $2, …).
  Result query(const std::string& sql, const Params& params = {});
  /// Streams rows into `table(columns)` with COPY FROM STDIN; `data` is COPY text format.
  void copyIn(const std::string& tableAndColumns, const std::string& data);
  /// An open-ended COPY: copyBegin, then copyPut as rows come, then copyEnd. A sender thread
  /// writes the pieces, so the server stores rows while the caller prepares the next ones. In
  /// between, no other statement.
  void copyBegin(const std::string& tableAndColumns);
  void copyPut(std::string data);
  /// Ends the COPY begun; throws StoreError for a row the server refused.
  void copyEnd();
  /// Abandons the COPY begun (the transaction is then rolled back); never throws.
  void copyAbort() noexcept;
  bool copying() const { return copying_; }
  /// Whether the connection is up as far as libpq knows (a drop shows after the next statement).
  bool ok() const;
  /// Connects again with the same parameters; throws ConnectionLostError when it cannot. The
  /// session settings (search_path, application_name) are the caller's to set again.
  void reset();
  /// The server's name for the connected user.
  std::string user() const;
  /// The connection's socket, to wait on for notifications (poll / QSocketNotifier).
  int socket() const;
  /// Reads what the server has sent, without waiting, and returns the payloads of the
  /// notifications received on `channel` since the last call (LISTEN first).
  std::vector<std::string> notifications(const std::string& channel);

 private:
  pg_conn* c_ = nullptr;
  bool copying_ = false;
  std::string copySql_;
  struct CopySender;
  std::unique_ptr<CopySender> sender_;
  /// Stops the sender thread after it sent what it has; false when a piece failed.
  bool joinSender() noexcept;
  [[noreturn]] void fail(const std::string& what, pg_result* r) const;
};

/// The server ended the transaction because it conflicted with another one (deadlock or
/// serialization failure, SQLSTATE 40P01 / 40001): nothing was written, and running the whole
/// transaction again may succeed.
class ConflictError : public StoreError {
 public:
  using StoreError::StoreError;
};

/// Quotes an identifier ("name").
std::string quoteIdent(const std::string& name);
/// Escapes a value for COPY text format (\N is NULL).
void appendCopyValue(std::string& out, const std::optional<std::string>& v);

}  // namespace fangan::pg
