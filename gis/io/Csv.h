#pragma once
// The one place CSV quoting is decided (RFC 4180): every CSV the engine and the command line
// write (ledgers, sheets, gaps and priority tables) builds its lines here.

#include <string>
#include <vector>

namespace fangan {

/// One CSV field, quoted when it holds a comma, quote, CR or LF; quotes inside doubled.
std::string csvField(const std::string& value);

/// `fields` through csvField, joined by commas, ending in "\n".
std::string csvRow(const std::vector<std::string>& fields);

}  // namespace fangan
