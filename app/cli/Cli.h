#pragma once
// The `fangan` command line: parses arguments and dispatches to one command per file.

#include <iosfwd>
#include <string>
#include <vector>

namespace fangan::cli {

/// Runs `fangan ARGS...`; returns the process exit code. Errors go to `err` as one line.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace fangan::cli
