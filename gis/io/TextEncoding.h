#pragma once
// Text enters Fangan as UTF-8. Attribute files from Chinese offices are often GBK/GB18030
// without saying so; this decides and converts.

#include <string>

namespace fangan {

/// True when `text` is well-formed UTF-8.
bool isValidUtf8(const std::string& text);
/// Converts from `encoding` (any iconv name: GB18030, GBK, CP936, UTF-8, ...) to UTF-8.
/// Throws std::runtime_error when the encoding is unknown.
std::string toUtf8(const std::string& text, const std::string& encoding);
/// Normalises user spellings of an encoding ("gbk", "cp936", "utf8") to an iconv name. GBK
/// and CP936 become GB18030, its superset, so that rare characters survive.
std::string canonicalEncoding(const std::string& name);

}  // namespace fangan
