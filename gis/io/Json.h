#pragma once
// JSON for the engine and the command line: nlohmann-json (Debian nlohmann-json3-dev) with keys
// kept in the order they were added, so a document reads as it is built. The two number forms the
// outputs use sit here too; escaping, UTF-8 and structure are the library's.

#include <nlohmann/json.hpp>

namespace fangan {

using Json = nlohmann::ordered_json;

/// A whole number as an integer (50, not 50.0), anything else as the double it is.
Json jsonShortNumber(double value);

/// `value` rounded to `decimals` decimals (0.8125); null for NaN or infinity, which JSON cannot
/// express.
Json jsonRounded(double value, int decimals);

/// One line of text, UTF-8 kept as it is (not \u escapes).
std::string jsonText(const Json& value);

/// An array with each element on a line of its own ("[{…},\n {…}]"), for outputs a person or
/// grep reads element by element.
std::string jsonLines(const Json& array);

}  // namespace fangan
