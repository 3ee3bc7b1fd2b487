#include "app/cli/OptionValues.h"

#include <cmath>
#include <stdexcept>

namespace fangan::cli {

double realOption(const std::string& option, const std::string& text) {
  try {
    std::size_t used = 0;
    const double v = std::stod(text, &used);
    if (used == text.size() && std::isfinite(v)) return v;
  } catch (const std::exception&) {
  }
  throw UsageError(option + " 应为数 / must be a number: " + text);
}

long long integerOption(const std::string& option, const std::string& text) {
  try {
    std::size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  throw UsageError(option + " 应为整数 / must be an integer: " + text);
}

}  // namespace fangan::cli
