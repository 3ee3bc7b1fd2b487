#pragma once
// A test whose input (shared data, a tool, a built binary) is missing skips on a developer's
// machine, but fails under CI (CI=true), where everything must be there.

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

/// Whether the tests run under CI (CI=true).
inline bool fanganUnderCi() {
  const char* ci = std::getenv("CI");
  return ci && std::strcmp(ci, "true") == 0;
}

/// Skips (fails under CI) with a streamed reason: FANGAN_MISSING("no " << path);
#define FANGAN_MISSING(why)                        \
  do {                                             \
    if (fanganUnderCi()) {                         \
      FAIL() << why << " (required when CI=true)"; \
    } else {                                       \
      GTEST_SKIP() << why;                         \
    }                                              \
  } while (0)
