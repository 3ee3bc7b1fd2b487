#include "gis/io/Json.h"

#include <cmath>
#include <cstdint>

namespace fangan {

Json jsonShortNumber(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

Json jsonRounded(double value, int decimals) {
  if (!std::isfinite(value)) return nullptr;
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

// Text that is not UTF-8 is written with U+FFFD in its place instead of throwing: a report is
// never lost to one broken cell (the readers refuse such files, this is the last guard).
std::string jsonText(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string jsonLines(const Json& array) {
  std::string out = "[";
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (i) out += ",\n ";
    out += jsonText(array[i]);
  }
  return out + "]";
}

}  // namespace fangan
