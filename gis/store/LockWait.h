#pragma once
// Waiting for another process's write lock on a project file (docs/rules.md#concurrency):
// readers never wait; a second writer waits, reporting progress, up to a timeout.

#include <functional>

namespace fangan::sqlite {

/// How a connection waits for another process's write lock: up to `timeoutMs`, calling
/// `onWait(waitedMs)` about every half second once it has waited 0.3 s; `onWait` returning
/// false cancels the wait; `onWaitEnded` is called once the wait that reported ends, whether
/// the lock was taken, the wait timed out or was cancelled. Process-wide.
struct LockWait {
  int timeoutMs = 60000;
  std::function<bool(int waitedMs)> onWait;
  std::function<void()> onWaitEnded;
};
/// The process-wide lock wait. The default timeout is FANGAN_LOCK_TIMEOUT (seconds) when set.
LockWait& lockWait();
/// The message shown while waiting: "项目正由另一进程写入，等待中…".
const char* lockWaitMessage();

}  // namespace fangan::sqlite
