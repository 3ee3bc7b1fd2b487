#pragma once
// Numbers given as option values, read whole: "4x", "1e", "" are usage errors (exit 2), not a
// silently shortened number or an uncaught exception.

#include <string>

#include "app/cli/Command.h"

namespace fangan::cli {

/// The whole of `text` as a finite decimal number; UsageError naming `option` otherwise.
double realOption(const std::string& option, const std::string& text);
/// The whole of `text` as an integer; UsageError naming `option` otherwise.
long long integerOption(const std::string& option, const std::string& text);

}  // namespace fangan::cli
