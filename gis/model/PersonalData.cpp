#include "gis/model/PersonalData.h"

namespace fangan {

std::string maskDigits(const std::string& text) {
  int digits = 0;
  for (char c : text) digits += (c >= '0' && c <= '9') ? 1 : 0;
  const int keepFront = digits >= 8 ? 3 : 0;
  const int keepBack = digits >= 8 ? 4 : 2;
  std::string out = text;
  int seen = 0;
  for (char& c : out) {
    if (c < '0' || c > '9') continue;
    if (seen >= keepFront && seen < digits - keepBack) c = '*';
    ++seen;
  }
  return out;
}

}  // namespace fangan
