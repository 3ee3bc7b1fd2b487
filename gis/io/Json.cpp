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

std::string jsonText(const Json& value) { return value.dump(); }

std::string jsonLines(const Json& array) {
  std::string out = "[";
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (i) out += ",\n ";
    out += array[i].dump();
  }
  return out + "]";
}

}  // namespace fangan
