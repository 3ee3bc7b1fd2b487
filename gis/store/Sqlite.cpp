#include "gis/store/Sqlite.h"

#include <signal.h>
#include <spatialite.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "gis/store/ProjectStore.h"

namespace fangan::sqlite {

namespace {

std::int64_t steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The note naming the process that holds the write lock, read by processes waiting for it.
std::string writerNotePath(const std::string& db) { return db + "-writer"; }

std::string ownName() {
  std::ifstream comm("/proc/self/comm");
  std::string name;
  std::getline(comm, name);
  return name.empty() ? "?" : name;
}

// "pid 1234 (fangan)" when the note names a live process; empty otherwise.
std::string lockHolder(const std::string& db) {
  std::ifstream in(writerNotePath(db));
  long pid = 0;
  std::string name;
  if (!(in >> pid) || pid <= 0) return "";
  std::getline(in, name);
  while (!name.empty() && name.front() == ' ') name.erase(0, 1);
  if (kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return "";
  return "pid " + std::to_string(pid) + (name.empty() ? "" : " (" + name + ")");
}

// SQLite's message, with the file and a plain reason for the failures a user can act on: a
// full disk, a read-only file, a failing device.
std::string failure(sqlite3* db, const std::string& msg) {
  const char* file = sqlite3_db_filename(db, "main");
  const std::string where = file && *file ? std::string(file) : std::string("项目文件");
  switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_FULL:
      return "磁盘空间不足，无法写入 " + where + "（项目未改变）: " + msg;
    case SQLITE_READONLY:
      return "项目文件只读，无法写入 " + where + "（项目未改变）: " + msg;
    case SQLITE_IOERR:
      return "读写 " + where + " 出错（磁盘已满、文件过大或设备故障；项目未改变）: " + msg;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return "项目文件已损坏或不是数据库: " + where + ": " + msg;
    default:
      return "数据库错误: " + msg;
  }
}

}  // namespace

LockWait& lockWait() {
  static LockWait wait = [] {
    LockWait w;
    if (const char* env = std::getenv("FANGAN_LOCK_TIMEOUT")) {
      char* end = nullptr;
      const double seconds = std::strtod(env, &end);
      if (end != env && seconds >= 0 && seconds < 1e6)
        w.timeoutMs = static_cast<int>(seconds * 1000);
    }
    return w;
  }();
  return wait;
}

const char* lockWaitMessage() { return "项目正由另一进程写入，等待中…"; }

int Connection::onBusy(void* self, int count) {
  auto* c = static_cast<Connection*>(self);
  const std::int64_t now = steadyMs();
  if (count == 0) c->busySinceMs_ = now;
  const auto waited = static_cast<int>(now - c->busySinceMs_);
  const LockWait& wait = lockWait();
  if (waited >= wait.timeoutMs) return 0;
  // Short waits (a reader meeting a checkpoint, a colleague's one-row edit) stay silent.
  static constexpr int kQuietMs = 300;
  static constexpr int kReportEveryMs = 500;
  if (count == 0) c->lastReportMs_ = -1;
  if (wait.onWait && waited >= kQuietMs &&
      (c->lastReportMs_ < 0 || now - c->lastReportMs_ >= kReportEveryMs)) {
    c->lastReportMs_ = now;
    if (!wait.onWait(waited)) {
      c->cancelled_ = true;
      return 0;
    }
  }
  const int step = 25;
  sqlite3_sleep(step);
  return 1;
}

Connection::Connection(const std::string& path, bool create) : path_(path) {
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("无法打开项目文件 " + path + ": " + msg);
  }
  // A project file may come from elsewhere: no SQL may corrupt it on purpose (writable_schema,
  // raw shadow-table writes) — docs/rules.md#untrusted-project.
  sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  spatialiteCache_ = spatialite_alloc_connection();
  spatialite_init_ex(db_, spatialiteCache_, 0);
  // After SpatiaLite's initialisation, which sets a busy timeout of its own.
  sqlite3_busy_handler(db_, &Connection::onBusy, this);
}

Connection::ShadowTableWrites::ShadowTableWrites(Connection& c) : c_(c) {
  sqlite3_db_config(c_.db_, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
}

Connection::ShadowTableWrites::~ShadowTableWrites() {
  sqlite3_db_config(c_.db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

void Connection::beginWrite() {
  cancelled_ = false;
  lastReportMs_ = -1;
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, &err);
  if (lastReportMs_ >= 0 && lockWait().onWaitEnded) lockWait().onWaitEnded();
  if (rc == SQLITE_OK) {
    std::ofstream note(writerNotePath(path_), std::ios::trunc);
    if (note) note << getpid() << " " << ownName() << "\n";
    return;
  }
  std::string msg = err ? err : sqlite3_errmsg(db_);
  sqlite3_free(err);
  if ((rc & 0xff) != SQLITE_BUSY) throw StoreError(failure(db_, msg));
  const std::string holder = lockHolder(path_);
  const std::string who = holder.empty() ? "" : "，占用者: " + holder;
  if (cancelled_) throw StoreError("已取消：项目正由另一进程写入: " + path_ + who);
  throw StoreError("项目正由另一进程写入，等待 " + std::to_string(lockWait().timeoutMs / 1000) +
                   " 秒后放弃: " + path_ + who +
                   "（可用环境变量 FANGAN_LOCK_TIMEOUT 设定等待秒数）");
}

void Connection::commitWrite() {
  exec("COMMIT");
  std::remove(writerNotePath(path_).c_str());
}

void Connection::rollbackWrite() {
  std::remove(writerNotePath(path_).c_str());
  exec("ROLLBACK");
}

std::int64_t Connection::dataVersion() {
  Statement s(*this, "PRAGMA data_version");
  return s.step() ? s.integer(0) : 0;
}

void Connection::readBlob(const char* table, const char* column, std::int64_t rowid,
                          std::vector<unsigned char>& out) {
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(db_, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
    sqlite3_blob_close(blob);  // a handle left by a failed open is closed too (a null is fine)
    throw StoreError(failure(db_, std::string("读取 ") + table + "." + column + " 失败"));
  }
  out.resize(static_cast<std::size_t>(sqlite3_blob_bytes(blob)));
  const int rc = out.empty() ? SQLITE_OK
                             : sqlite3_blob_read(blob, out.data(), static_cast<int>(out.size()), 0);
  sqlite3_blob_close(blob);
  if (rc != SQLITE_OK) {
    throw StoreError(failure(db_, std::string("读取 ") + table + "." + column + " 失败"));
  }
}

Connection::~Connection() {
  sqlite3_close_v2(db_);
  if (spatialiteCache_) spatialite_cleanup_ex(spatialiteCache_);
}

void Connection::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw StoreError(failure(db_, msg));
  }
}

Statement::Statement(const Connection& c, const std::string& sql) : db_(c.handle()) {
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
    throw StoreError(failure(db_, std::string(sqlite3_errmsg(db_)) + " in: " + sql));
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, const std::string& v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Statement& Statement::bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Statement& Statement::bind(int i, const Wkb& blob) {
  sqlite3_bind_blob(stmt_, i, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bindStatic(int i, const Wkb& blob) {
  sqlite3_bind_blob(stmt_, i, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
  return *this;
}
Statement& Statement::bindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw StoreError(failure(db_, sqlite3_errmsg(db_)));
}

void Statement::run() {
  while (step()) {
  }
  sqlite3_reset(stmt_);
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col))
           : std::string();
}
std::string_view Statement::textView(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  return p ? std::string_view(reinterpret_cast<const char*>(p),
                              static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string_view();
}
int Statement::storageClass(int col) const { return sqlite3_column_type(stmt_, col); }
Wkb Statement::blob(int col) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
  const int n = sqlite3_column_bytes(stmt_, col);
  return p ? Wkb(p, p + n) : Wkb();
}

}  // namespace fangan::sqlite
