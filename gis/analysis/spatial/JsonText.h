#pragma once
// The two pieces of JSON writing the spatial analyses and their commands need: a quoted string
// (zone parameters are stored as JSON; names may hold quotes or Chinese) and a fixed-decimal
// number. Not a JSON library: output only, UTF-8 passed through unchanged.

#include <string>

namespace fangan {

/// `text` as a JSON string literal, quotes included ("a\"b"); control characters escaped.
std::string jsonString(const std::string& text);

/// A number with exactly `decimals` decimals ("0.8125"); "null" for NaN or infinity, which
/// JSON cannot express.
std::string jsonNumber(double value, int decimals);

}  // namespace fangan
