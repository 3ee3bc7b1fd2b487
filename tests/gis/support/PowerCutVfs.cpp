#include "PowerCutVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace fangan::testing {

namespace {

struct Undo {
  sqlite3_int64 offset = 0;
  std::vector<char> before;  // what the written range held (shorter when past the end)
  sqlite3_int64 sizeBefore = 0;
  std::size_t serial = 0;  // order of the write among all files
};

struct State {
  std::mutex mutex;
  std::map<std::string, std::vector<Undo>> unsynced;  // by file name
  std::size_t writes = 0;
  std::function<void(std::size_t)> hook;
  sqlite3_vfs* real = nullptr;
  sqlite3_vfs shim{};
};

State& state() {
  static State s;
  return s;
}

struct ShimFile {
  sqlite3_file base;
  sqlite3_file* real;
  std::string name;
};

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

sqlite3_int64 sizeOf(sqlite3_file* r) {
  sqlite3_int64 size = 0;
  r->pMethods->xFileSize(r, &size);
  return size;
}

int shimClose(sqlite3_file* f) {
  auto* s = reinterpret_cast<ShimFile*>(f);
  const int rc = s->real->pMethods ? s->real->pMethods->xClose(s->real) : SQLITE_OK;
  sqlite3_free(s->real);
  s->name.~basic_string();
  return rc;
}
int shimRead(sqlite3_file* f, void* p, int n, sqlite3_int64 o) {
  return real(f)->pMethods->xRead(real(f), p, n, o);
}
int shimWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 o) {
  auto* s = reinterpret_cast<ShimFile*>(f);
  std::function<void(std::size_t)> hook;
  std::size_t count = 0;
  {
    std::lock_guard<std::mutex> lock(state().mutex);
    Undo u;
    u.offset = o;
    u.sizeBefore = sizeOf(s->real);
    const sqlite3_int64 available = std::max<sqlite3_int64>(0, std::min<sqlite3_int64>(n, u.sizeBefore - o));
    u.before.resize(static_cast<std::size_t>(available));
    if (available > 0) s->real->pMethods->xRead(s->real, u.before.data(), static_cast<int>(available), o);
    u.serial = ++state().writes;
    state().unsynced[s->name].push_back(std::move(u));
    hook = state().hook;
    count = state().writes;
  }
  const int rc = s->real->pMethods->xWrite(s->real, p, n, o);
  if (hook) hook(count);
  return rc;
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) {
  auto* s = reinterpret_cast<ShimFile*>(f);
  {
    std::lock_guard<std::mutex> lock(state().mutex);
    Undo u;
    u.offset = size;
    u.sizeBefore = sizeOf(s->real);
    if (u.sizeBefore > size) {
      u.before.resize(static_cast<std::size_t>(u.sizeBefore - size));
      s->real->pMethods->xRead(s->real, u.before.data(), static_cast<int>(u.before.size()), size);
    }
    u.serial = ++state().writes;
    state().unsynced[s->name].push_back(std::move(u));
  }
  return s->real->pMethods->xTruncate(s->real, size);
}
int shimSync(sqlite3_file* f, int flags) {
  auto* s = reinterpret_cast<ShimFile*>(f);
  const int rc = s->real->pMethods->xSync(s->real, flags);
  if (rc == SQLITE_OK) {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().unsynced.erase(s->name);
  }
  return rc;
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) {
  return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int shimUnlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int shimReserved(sqlite3_file* f, int* out) {
  return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimControl(sqlite3_file* f, int op, void* arg) {
  return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSector(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int shimDevice(sqlite3_file*) { return 0; }  // promise nothing: no atomic or ordered writes
int shimShmMap(sqlite3_file* f, int pg, int sz, int extend, void volatile** p) {
  return real(f)->pMethods->xShmMap(real(f), pg, sz, extend, p);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int shimShmUnmap(sqlite3_file* f, int del) { return real(f)->pMethods->xShmUnmap(real(f), del); }

const sqlite3_io_methods kMethods = {
    2,           shimClose,   shimRead,     shimWrite,    shimTruncate,   shimSync,
    shimFileSize, shimLock,   shimUnlock,   shimReserved, shimControl,    shimSector,
    shimDevice,  shimShmMap,  shimShmLock,  shimShmBarrier, shimShmUnmap, nullptr,
    nullptr};

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags) {
  auto* s = reinterpret_cast<ShimFile*>(f);
  sqlite3_vfs* r = state().real;
  s->base.pMethods = nullptr;
  s->real = static_cast<sqlite3_file*>(sqlite3_malloc(r->szOsFile));
  if (!s->real) return SQLITE_NOMEM;
  std::memset(s->real, 0, static_cast<std::size_t>(r->szOsFile));
  const int rc = r->xOpen(r, name, s->real, flags, outFlags);
  if (rc != SQLITE_OK) {
    sqlite3_free(s->real);
    return rc;
  }
  new (&s->name) std::string(name ? name : "");
  s->base.pMethods = &kMethods;
  return SQLITE_OK;
}

void copyFile(const std::string& from, const std::string& to) {
  std::filesystem::remove(to);
  if (std::filesystem::exists(from)) std::filesystem::copy_file(from, to);
}

}  // namespace

PowerCutVfs::PowerCutVfs() {
  State& s = state();
  s.real = sqlite3_vfs_find(nullptr);
  s.shim = *s.real;
  s.shim.zName = "powercut";
  s.shim.szOsFile = static_cast<int>(sizeof(ShimFile));
  s.shim.xOpen = shimOpen;
  s.shim.pNext = nullptr;
  if (sqlite3_vfs_register(&s.shim, 1) != SQLITE_OK) throw std::runtime_error("vfs");
}

PowerCutVfs::~PowerCutVfs() {
  sqlite3_vfs_unregister(&state().shim);
  std::lock_guard<std::mutex> lock(state().mutex);
  state().unsynced.clear();
  state().hook = nullptr;
  state().writes = 0;
}

void PowerCutVfs::onWrite(std::function<void(std::size_t)> hook) {
  std::lock_guard<std::mutex> lock(state().mutex);
  state().hook = std::move(hook);
}

std::size_t PowerCutVfs::unsyncedWrites(const std::string& db) const {
  std::lock_guard<std::mutex> lock(state().mutex);
  std::size_t n = 0;
  for (const auto& name : {db, db + "-wal"}) {
    auto it = state().unsynced.find(name);
    if (it != state().unsynced.end()) n += it->second.size();
  }
  return n;
}

void PowerCutVfs::snapshot(const std::string& db, const std::string& to, std::size_t keep) const {
  std::lock_guard<std::mutex> lock(state().mutex);
  // The unsynced writes of both files in the order they were made; the oldest `keep` survive.
  std::vector<std::pair<std::string, const Undo*>> all;
  for (const auto& [name, target] : {std::pair{db, to}, std::pair{db + "-wal", to + "-wal"}}) {
    copyFile(name, target);
    auto it = state().unsynced.find(name);
    if (it == state().unsynced.end()) continue;
    for (const Undo& u : it->second) all.emplace_back(target, &u);
  }
  std::sort(all.begin(), all.end(),
            [](const auto& a, const auto& b) { return a.second->serial > b.second->serial; });
  const std::size_t lost = all.size() > keep ? all.size() - keep : 0;
  for (std::size_t i = 0; i < lost; ++i) {  // newest first
    const auto& [target, u] = all[i];
    {
      std::fstream file(target, std::ios::in | std::ios::out | std::ios::binary);
      if (!file) continue;
      file.seekp(u->offset);
      file.write(u->before.data(), static_cast<std::streamsize>(u->before.size()));
    }
    std::filesystem::resize_file(target, static_cast<std::uintmax_t>(u->sizeBefore));
  }
}

}  // namespace fangan::testing
