#include "gis/io/CellSafety.h"

#include <cctype>

namespace fangan {

bool isPlainNumber(const std::string& text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t exponent = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++exponent;
    if (exponent == 0) return false;
  }
  return i == n;
}

std::string spreadsheetSafe(const std::string& text) {
  if (text.empty()) return text;
  const char first = text.front();
  const bool risky = first == '=' || first == '+' || first == '-' || first == '@' ||
                     first == '\t' || first == '\r';
  if (!risky || isPlainNumber(text)) return text;
  return "'" + text;
}

std::string fromSpreadsheetCell(const std::string& cell) {
  if (cell.size() >= 2 && cell.front() == '\'' && spreadsheetSafe(cell.substr(1)) == cell) {
    return cell.substr(1);
  }
  return cell;
}

}  // namespace fangan
