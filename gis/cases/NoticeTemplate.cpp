#include "gis/cases/NoticeTemplate.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gis/io/Json.h"

#ifndef FANGAN_DATA_DIR
#define FANGAN_DATA_DIR "data"
#endif

namespace fangan {

namespace {

std::string text(const Json& doc, const char* key, const std::string& path) {
  if (!doc.contains(key) || !doc[key].is_string()) {
    throw NoticeTemplateError(path + ": \"" + key + "\" 应为文本");
  }
  return doc[key].get<std::string>();
}

std::vector<std::string> lines(const Json& value, const std::string& where) {
  if (!value.is_array()) throw NoticeTemplateError(where + " 应为文本列表");
  std::vector<std::string> out;
  for (const Json& v : value) {
    if (!v.is_string()) throw NoticeTemplateError(where + " 应为文本列表");
    out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

NoticeTemplate NoticeTemplate::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NoticeTemplateError(path + ": 无法打开通知书模板");
  std::stringstream content;
  content << in.rdbuf();
  Json doc;
  try {
    doc = Json::parse(content.str());
  } catch (const Json::parse_error& e) {
    throw NoticeTemplateError(path + ": JSON 格式错误 (" + e.what() + ")");
  }
  if (!doc.is_object()) throw NoticeTemplateError(path + ": 应为 JSON 对象");
  NoticeTemplate t;
  t.office = text(doc, "office", path);
  t.title = text(doc, "title", path);
  t.salutation = text(doc, "salutation", path);
  t.opening = text(doc, "opening", path);
  t.closing = text(doc, "closing", path);
  t.receipt = text(doc, "receipt", path);
  t.seal = text(doc, "seal", path);
  if (!doc.contains("legal_basis")) throw NoticeTemplateError(path + ": 缺少 \"legal_basis\"");
  t.legalBasis = lines(doc["legal_basis"], path + ": \"legal_basis\"");
  if (!doc.contains("actions") || !doc["actions"].is_object()) {
    throw NoticeTemplateError(path + ": \"actions\" 应为对象");
  }
  for (const auto& [key, value] : doc["actions"].items()) {
    t.actions[key] = lines(value, path + ": \"actions\".\"" + key + "\"");
  }
  if (!doc.contains("deadline_days") || !doc["deadline_days"].is_object()) {
    throw NoticeTemplateError(path + ": \"deadline_days\" 应为对象");
  }
  for (const auto& [key, value] : doc["deadline_days"].items()) {
    if (!value.is_number_integer() || value.get<int>() < 0) {
      throw NoticeTemplateError(path + ": \"deadline_days\".\"" + key + "\" 应为非负整数");
    }
    t.deadlineDays[key] = value.get<int>();
  }
  return t;
}

std::string NoticeTemplate::pathFor(const std::string& projectPath) {
  if (!projectPath.empty()) {
    const auto local = std::filesystem::absolute(std::filesystem::path(projectPath)).parent_path() /
                       "templates" / "notice" / "hazard-notice.json";
    std::error_code ec;
    if (std::filesystem::exists(local, ec)) return local.string();
  }
  return std::string(FANGAN_DATA_DIR) + "/templates/notice/hazard-notice.json";
}

std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    const std::string key = "{" + name + "}";
    for (auto at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size())) {
      text.replace(at, key.size(), value);
    }
  }
  return text;
}

}  // namespace fangan
