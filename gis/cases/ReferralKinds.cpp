#include "gis/cases/ReferralKinds.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gis/io/Json.h"

#ifndef FANGAN_DATA_DIR
#define FANGAN_DATA_DIR "data"
#endif

namespace fangan {

namespace {

std::string withoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

std::string textOf(const Json& entry, const char* key, const std::string& where) {
  if (!entry.contains(key)) return {};
  if (!entry[key].is_string()) {
    throw ReferralKindsError(where + ": \"" + key + "\" 应为文本");
  }
  return entry[key].get<std::string>();
}

}  // namespace

ReferralKinds ReferralKinds::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReferralKindsError(path + ": 无法打开移送类别文件");
  std::stringstream text;
  text << in.rdbuf();
  Json doc;
  try {
    doc = Json::parse(text.str());
  } catch (const Json::parse_error& e) {
    throw ReferralKindsError(path + ": JSON 格式错误 (" + e.what() + ")");
  }
  if (!doc.is_object() || !doc.contains("kinds") || !doc["kinds"].is_array()) {
    throw ReferralKindsError(path + ": 缺少 \"kinds\" 列表");
  }
  std::vector<ReferralKind> kinds;
  int index = 0;
  for (const Json& entry : doc["kinds"]) {
    ++index;
    const std::string where = path + " 第 " + std::to_string(index) + " 项";
    if (!entry.is_object()) throw ReferralKindsError(where + ": 应为对象");
    ReferralKind k{textOf(entry, "key", where), textOf(entry, "name", where),
                   textOf(entry, "department", where)};
    if (k.key.empty()) throw ReferralKindsError(where + ": 缺少 \"key\"");
    if (k.name.empty()) throw ReferralKindsError(where + ": 缺少 \"name\"");
    for (const ReferralKind& other : kinds) {
      if (other.key == k.key) throw ReferralKindsError(where + ": key \"" + k.key + "\" 重复");
    }
    kinds.push_back(std::move(k));
  }
  if (kinds.empty()) throw ReferralKindsError(path + ": \"kinds\" 列表为空");
  return ReferralKinds(std::move(kinds));
}

std::string ReferralKinds::pathFor(const std::string& projectPath) {
  if (!projectPath.empty()) {
    const auto local = std::filesystem::absolute(std::filesystem::path(projectPath)).parent_path() /
                       "rules" / "referral-kinds.json";
    std::error_code ec;
    if (std::filesystem::exists(local, ec)) return local.string();
  }
  return std::string(FANGAN_DATA_DIR) + "/rules/referral-kinds.json";
}

std::optional<ReferralKind> ReferralKinds::find(const std::string& keyOrName) const {
  const std::string wanted = withoutSpaces(keyOrName);
  if (wanted.empty()) return std::nullopt;
  for (const ReferralKind& k : kinds_) {
    if (k.key == wanted || withoutSpaces(k.name) == wanted) return k;
  }
  return std::nullopt;
}

std::string ReferralKinds::nameOf(const std::string& key) const {
  for (const ReferralKind& k : kinds_) {
    if (k.key == key) return k.name;
  }
  return key;
}

}  // namespace fangan
