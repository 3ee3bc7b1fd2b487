#pragma once
// Personal data in exports (docs/rules.md#personal-data): phone numbers and ID-like numbers are
// masked unless the user asks for them (`--show-personal`, the export dialog's checkbox).

#include <string>

namespace fangan {

/// Masks the digits of a phone or ID-like number: of 8 or more digits the first 3 and the last 4
/// stay ("13812345678" → "138****5678"), of fewer only the last 2; other characters (spaces,
/// '-', '+', letters such as an ID's final X) stay. An empty text stays empty.
std::string maskDigits(const std::string& text);

/// `text` as an export shows it: masked by maskDigits unless `showPersonal`.
inline std::string personalText(const std::string& text, bool showPersonal) {
  return showPersonal ? text : maskDigits(text);
}

}  // namespace fangan
