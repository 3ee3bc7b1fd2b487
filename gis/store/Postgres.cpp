#include "gis/store/Postgres.h"

#include <libpq-fe.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "gis/store/ProjectStore.h"

namespace fangan::pg {

namespace {

// libpq's messages end in a newline and may span lines; the user gets the first line.
std::string firstLine(const char* message) {
  std::string s = message ? message : "";
  const auto nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  const std::string prefix = "ERROR:  ";
  if (s.rfind(prefix, 0) == 0) s = s.substr(prefix.size());
  return s;
}

// The cause of a failed connection in the user's words.
std::string connectReason(const std::string& libpq) {
  auto has = [&](const char* s) { return libpq.find(s) != std::string::npos; };
  if (has("password authentication failed") || has("no password supplied")) {
    return "用户名或密码错误（密码请放在 PGPASSWORD 或 ~/.pgpass 中）";
  }
  if (has("could not translate host name")) return "找不到服务器主机";
  if (has("Connection refused")) return "服务器拒绝连接（服务未启动或端口错误）";
  if (has("does not exist") && has("database")) return "数据库不存在";
  if (has("timeout")) return "连接服务器超时";
  return "无法连接";
}

}  // namespace

bool isServerLocation(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Location parseLocation(const std::string& location) {
  Location out;
  out.schema = "public";
  const auto scheme = location.find("://");
  const auto hostEnd = location.find_first_of("/?", scheme + 3);
  const std::string authority = location.substr(scheme + 3, hostEnd - scheme - 3);
  const auto at = authority.find('@');
  if (at != std::string::npos && authority.substr(0, at).find(':') != std::string::npos) {
    throw StoreError("连接字符串中不能写密码，请使用 PGPASSWORD 或 ~/.pgpass: " + location);
  }
  const auto q = location.find('?');
  std::string base = location.substr(0, q);
  std::string kept;
  if (q != std::string::npos) {
    std::string query = location.substr(q + 1);
    size_t start = 0;
    while (start <= query.size()) {
      const auto amp = query.find('&', start);
      const std::string item = query.substr(start, amp - start);
      if (item.rfind("schema=", 0) == 0) {
        out.schema = item.substr(7);
      } else if (item.rfind("password=", 0) == 0) {
        throw StoreError("连接字符串中不能写密码，请使用 PGPASSWORD 或 ~/.pgpass: " + location);
      } else if (!item.empty()) {
        kept += (kept.empty() ? "" : "&") + item;
      }
      if (amp == std::string::npos) break;
      start = amp + 1;
    }
  }
  if (out.schema.empty() || out.schema.size() > 63) {
    throw StoreError("无效的模式名 (schema): " + location);
  }
  for (const char c : out.schema) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) throw StoreError("模式名只能含小写字母、数字和下划线: " + out.schema);
  }
  out.conninfo = kept.empty() ? base : base + "?" + kept;
  return out;
}

Result::~Result() {
  if (r_) PQclear(r_);
}

int Result::rows() const { return PQntuples(r_); }
bool Result::isNull(int row, int col) const { return PQgetisnull(r_, row, col) == 1; }
std::string Result::text(int row, int col) const {
  return std::string(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
}
std::int64_t Result::integer(int row, int col) const {
  return isNull(row, col) ? 0 : std::stoll(PQgetvalue(r_, row, col));
}
double Result::real(int row, int col) const {
  return isNull(row, col) ? 0.0 : std::stod(PQgetvalue(r_, row, col));
}

Wkb Result::bytes(int row, int col) const {
  Wkb out;
  if (isNull(row, col)) return out;
  const char* v = PQgetvalue(r_, row, col);
  const int n = PQgetlength(r_, row, col);
  if (n < 2 || v[0] != '\\' || v[1] != 'x') return out;
  auto nibble = [](char c) -> unsigned {
    return c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a' + 10);
  };
  out.reserve(static_cast<size_t>(n - 2) / 2);
  for (int i = 2; i + 1 < n; i += 2) {
    out.push_back(static_cast<unsigned char>((nibble(v[i]) << 4) | nibble(v[i + 1])));
  }
  return out;
}

std::int64_t Result::affected() const {
  const char* n = PQcmdTuples(r_);
  return n && *n ? std::stoll(n) : 0;
}

Connection::Connection(const std::string& conninfo) {
  c_ = PQconnectdb(conninfo.c_str());
  if (PQstatus(c_) != CONNECTION_OK) {
    const std::string why = PQerrorMessage(c_);
    PQfinish(c_);
    c_ = nullptr;
    throw StoreError("无法连接服务器 " + conninfo + ": " + connectReason(why) + " (" +
                     firstLine(why.c_str()) + ")");
  }
  PQsetClientEncoding(c_, "UTF8");
}

int Connection::socket() const { return PQsocket(c_); }

std::vector<std::string> Connection::notifications(const std::string& channel) {
  if (PQconsumeInput(c_) == 0) {
    throw ConnectionLostError("与服务器的连接已断开: " + firstLine(PQerrorMessage(c_)));
  }
  std::vector<std::string> payloads;
  while (PGnotify* n = PQnotifies(c_)) {
    if (channel == n->relname) payloads.emplace_back(n->extra);
    PQfreemem(n);
  }
  return payloads;
}

Connection::~Connection() {
  copyAbort();
  if (c_) PQfinish(c_);
}

void Connection::fail(const std::string& what, pg_result* r) const {
  std::string message = firstLine(r ? PQresultErrorMessage(r) : PQerrorMessage(c_));
  if (message.empty()) message = firstLine(PQerrorMessage(c_));
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  const bool conflict = state && (std::string(state) == "40P01" || std::string(state) == "40001");
  if (r) PQclear(r);
  if (PQstatus(c_) != CONNECTION_OK) {
    throw ConnectionLostError("与服务器的连接已断开，本次操作未写入: " + message);
  }
  if (conflict) throw ConflictError("数据库错误: " + message + " [" + what.substr(0, 80) + "]");
  throw StoreError("数据库错误: " + message + " [" + what.substr(0, 80) + "]");
}

void Connection::exec(const std::string& sql) {
  pg_result* r = PQexec(c_, sql.c_str());
  const auto st = PQresultStatus(r);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail(sql, r);
  PQclear(r);
}

Result Connection::query(const std::string& sql, const Params& params) {
  std::vector<const char*> values(params.size());
  std::vector<int> lengths(params.size()), formats(params.size());
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i].binary) {
      values[i] = reinterpret_cast<const char*>(params[i].binary->data());
      lengths[i] = static_cast<int>(params[i].binary->size());
      formats[i] = 1;
    } else {
      values[i] = params[i].text ? params[i].text->c_str() : nullptr;
    }
  }
  pg_result* r = PQexecParams(c_, sql.c_str(), static_cast<int>(params.size()), nullptr,
                              values.data(), lengths.data(), formats.data(), 0);
  const auto st = PQresultStatus(r);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail(sql, r);
  return Result(r);
}

void Connection::copyIn(const std::string& tableAndColumns, const std::string& data) {
  copyBegin(tableAndColumns);
  copyPut(data);
  copyEnd();
}

// The thread that writes the pieces of an open COPY, at most a few pieces behind the caller.
struct Connection::CopySender {
  explicit CopySender(pg_conn* c) : conn(c), thread([this] { run(); }) {}
  void run() {
    std::unique_lock<std::mutex> lock(m);
    for (;;) {
      ready.wait(lock, [&] { return !queue.empty() || closing; });
      if (queue.empty()) return;
      std::string piece = std::move(queue.front());
      queue.pop_front();
      room.notify_all();
      lock.unlock();
      const bool sent =
          failed || PQputCopyData(conn, piece.data(), static_cast<int>(piece.size())) == 1;
      lock.lock();
      if (!sent) failed = true;
    }
  }
  void put(std::string piece) {
    std::unique_lock<std::mutex> lock(m);
    room.wait(lock, [&] { return queue.size() < 4; });
    queue.push_back(std::move(piece));
    ready.notify_all();
  }
  bool finish() {
    {
      std::lock_guard<std::mutex> lock(m);
      closing = true;
      ready.notify_all();
    }
    thread.join();
    return !failed;
  }
  pg_conn* conn;
  std::mutex m;
  std::condition_variable ready, room;
  std::deque<std::string> queue;
  bool closing = false;
  bool failed = false;
  std::thread thread;
};

bool Connection::joinSender() noexcept {
  if (!sender_) return true;
  const bool ok = sender_->finish();
  sender_.reset();
  return ok;
}

void Connection::copyBegin(const std::string& tableAndColumns) {
  copySql_ = "COPY " + tableAndColumns + " FROM STDIN";
  pg_result* r = PQexec(c_, copySql_.c_str());
  if (PQresultStatus(r) != PGRES_COPY_IN) fail(copySql_, r);
  PQclear(r);
  copying_ = true;
  sender_ = std::make_unique<CopySender>(c_);
}

void Connection::copyPut(std::string data) { sender_->put(std::move(data)); }

void Connection::copyEnd() {
  copying_ = false;
  const bool sent = joinSender();
  if (!sent || PQputCopyEnd(c_, nullptr) != 1) fail(copySql_, nullptr);
  pg_result* r = PQgetResult(c_);
  if (PQresultStatus(r) != PGRES_COMMAND_OK) {
    while (pg_result* more = PQgetResult(c_)) PQclear(more);
    fail(copySql_, r);
  }
  PQclear(r);
  while (pg_result* more = PQgetResult(c_)) PQclear(more);
}

void Connection::copyAbort() noexcept {
  if (!copying_) return;
  copying_ = false;
  joinSender();
  PQputCopyEnd(c_, "abandoned");
  while (pg_result* more = PQgetResult(c_)) PQclear(more);
}

std::string Connection::user() const { return PQuser(c_); }

bool Connection::ok() const { return PQstatus(c_) == CONNECTION_OK; }

void Connection::reset() {
  copyAbort();
  PQreset(c_);
  if (PQstatus(c_) != CONNECTION_OK) {
    const std::string why = PQerrorMessage(c_);
    throw ConnectionLostError("无法重新连接服务器: " + connectReason(why) + " (" +
                              firstLine(why.c_str()) + ")");
  }
  PQsetClientEncoding(c_, "UTF8");
}

std::string quoteIdent(const std::string& name) {
  std::string out = "\"";
  for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void appendCopyValue(std::string& out, const std::optional<std::string>& v) {
  if (!v) {
    out += "\\N";
    return;
  }
  for (const char c : *v) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace fangan::pg
