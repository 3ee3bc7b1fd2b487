#include "gis/io/TextEncoding.h"

#include <cpl_string.h>

#include <algorithm>
#include <stdexcept>

namespace fangan {

bool isValidUtf8(const std::string& s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    if (c < 0x80) {
      len = 1;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      len = 4;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

std::string canonicalEncoding(const std::string& name) {
  std::string n = name;
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::toupper(c); });
  n.erase(std::remove(n.begin(), n.end(), '-'), n.end());
  n.erase(std::remove(n.begin(), n.end(), '_'), n.end());
  if (n == "UTF8") return "UTF-8";
  if (n == "GBK" || n == "CP936" || n == "GB2312" || n == "GB18030" || n == "936") return "GB18030";
  if (n == "BIG5" || n == "CP950") return "BIG5";
  if (n == "LATIN1" || n == "ISO88591") return "ISO-8859-1";
  return name;
}

std::string toUtf8(const std::string& text, const std::string& encoding) {
  const std::string enc = canonicalEncoding(encoding);
  if (enc == "UTF-8" || text.empty()) return text;
  CPLErrorReset();
  char* out = CPLRecode(text.c_str(), enc.c_str(), CPL_ENC_UTF8);
  std::string result = out ? out : "";
  CPLFree(out);
  if (CPLGetLastErrorType() == CE_Failure) {
    const std::string msg = CPLGetLastErrorMsg();
    CPLErrorReset();
    throw std::runtime_error("无法按编码 " + encoding + " 转换文本: " + msg);
  }
  return result;
}

}  // namespace fangan
