#pragma once
// Qt support for the Qt test binary: one QApplication for the whole run (created by a gtest
// environment registered in QtEnvironment.cpp), and waiting for asynchronous work.

#include <functional>

namespace fangan::testing {

/// Processes events until `done` returns true or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);

}  // namespace fangan::testing
