#include "gis/analysis/spatial/ZoneRules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "gis/io/Json.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Vocabulary.h"

#ifndef FANGAN_DATA_DIR
#define FANGAN_DATA_DIR "data"
#endif

namespace fangan {

namespace {

std::vector<std::string> splitFields(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  for (const char c : line) {
    if (c == ' ' || c == '\t') {
      if (!field.empty()) out.push_back(field);
      field.clear();
    } else {
      field += c;
    }
  }
  if (!field.empty()) out.push_back(field);
  return out;
}

bool parseNumber(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return *end == '\0' && std::isfinite(out);
}

}  // namespace

const std::vector<std::string>& keyZoneTypes() { return zoneTypeKeys(); }

std::string zoneMethodName(ZoneMethod method) {
  switch (method) {
    case ZoneMethod::Buffer:
      return "buffer";
    case ZoneMethod::Corridor:
      return "corridor";
    case ZoneMethod::Slope:
      return "slope";
  }
  return "";
}

std::vector<std::string> ZoneRules::types() const {
  std::vector<std::string> out;
  for (const auto& r : rules) {
    if (std::find(out.begin(), out.end(), r.type) == out.end()) out.push_back(r.type);
  }
  return out;
}

std::vector<ZoneRule> ZoneRules::forType(const std::string& type) const {
  std::vector<ZoneRule> out;
  for (const auto& r : rules) {
    if (r.type == type) out.push_back(r);
  }
  return out;
}

ZoneRules parseZoneRules(const std::string& text, const std::string& sourceName) {
  ZoneRules result;
  result.source = sourceName;
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  // (type, category) → line, so a category listed twice for one type is caught: it would
  // make every such zone twice.
  std::map<std::pair<std::string, std::string>, int> seen;
  while (std::getline(in, line)) {
    ++lineNo;
    if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 BOM
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto fail = [&](const std::string& why) {
      throw ZoneRulesError(sourceName + ":" + std::to_string(lineNo) + ": " + why);
    };
    // Names go into the project and its JSON reports as text: a file saved in GBK is refused
    // here, with its line, rather than stored as broken characters (found by fuzzing).
    if (!isValidUtf8(line)) fail("不是 UTF-8 文本，请将规则文件以 UTF-8 编码保存");
    const auto fields = splitFields(line);
    if (fields.empty() || fields[0][0] == '#') continue;
    if (fields.size() < 4)
      fail("需要 <类型> <方法> <类别> <数值>，只有 " + std::to_string(fields.size()) + " 项");
    ZoneRule r;
    r.line = lineNo;
    r.type = normalizeCell(fields[0]);
    const auto& types = keyZoneTypes();
    if (std::find(types.begin(), types.end(), r.type) == types.end()) {
      fail("未知的重点区域类型 \"" + fields[0] + "\"");
    }
    const std::string method = normalizeCell(fields[1]);
    if (method == "buffer") {
      r.method = ZoneMethod::Buffer;
    } else if (method == "corridor") {
      r.method = ZoneMethod::Corridor;
    } else if (method == "slope") {
      r.method = ZoneMethod::Slope;
    } else {
      fail("未知的方法 \"" + fields[1] + "\" (buffer, corridor, slope)");
    }
    if (r.method == ZoneMethod::Slope) {
      if (fields[2] != "-") fail("slope 规则的类别应写作 -");
    } else {
      std::string category;
      std::istringstream list(fields[2]);
      while (std::getline(list, category, ',')) {
        category = normalizeCell(category);
        if (category.empty()) fail("类别列表中有空项");
        auto [it, inserted] = seen.emplace(std::make_pair(r.type, category), lineNo);
        if (!inserted) {
          fail("类别 \"" + category + "\" 已在第 " + std::to_string(it->second) + " 行用于 " +
               r.type);
        }
        r.categories.push_back(category);
      }
      if (r.categories.empty()) fail("缺少类别");
    }
    double value = 0;
    if (!parseNumber(fields[3], value)) fail("数值 \"" + fields[3] + "\" 不是数字");
    if (r.method == ZoneMethod::Slope) {
      if (value <= 0 || value >= 90) fail("坡度阈值应在 0 到 90 度之间");
      r.thresholdDegrees = value;
    } else {
      // 5 km is far beyond any surroundings rule; a larger value is almost surely a typo
      // (metres written as centimetres) and would swallow a whole district.
      if (value <= 0 || value > 5000) fail("距离应在 0 到 5000 米之间");
      r.distance = value;
    }
    for (std::size_t i = 4; i < fields.size(); ++i) {
      const auto eq = fields[i].find('=');
      if (eq == std::string::npos) fail("选项 \"" + fields[i] + "\" 应写作 key=value");
      const std::string key = normalizeCell(fields[i].substr(0, eq));
      double v = 0;
      if (!parseNumber(fields[i].substr(eq + 1), v)) fail("选项 " + key + " 的值不是数字");
      if (key == "segments" && r.method != ZoneMethod::Slope) {
        if (v < 1 || v > 64 || v != std::floor(v)) fail("segments 应为 1 到 64 的整数");
        r.segments = static_cast<int>(v);
      } else if (key == "min_area" && r.method == ZoneMethod::Slope) {
        if (v < 0) fail("min_area 不能为负");
        r.minArea = v;
      } else {
        fail("方法 " + zoneMethodName(r.method) + " 没有选项 " + key);
      }
    }
    result.rules.push_back(r);
  }
  return result;
}

ZoneRules loadZoneRules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ZoneRulesError("无法读取重点区域规则文件 " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return parseZoneRules(text.str(), path);
}

std::string defaultZoneRulesPath() { return std::string(FANGAN_DATA_DIR) + "/rules/zones.rules"; }

Json ruleParams(const ZoneRule& rule, const std::string& demPath) {
  Json out = {{"method", zoneMethodName(rule.method)}};
  if (rule.method == ZoneMethod::Slope) {
    out["layer"] = "dem";
    out["dem"] = demPath;
    out["threshold_deg"] = jsonShortNumber(rule.thresholdDegrees);
    out["min_area_m2"] = jsonShortNumber(rule.minArea);
  } else {
    out["layer"] = rule.method == ZoneMethod::Buffer ? "pois" : "lines";
    out["categories"] = rule.categories;
    out["distance_m"] = jsonShortNumber(rule.distance);
    out["segments"] = rule.segments;
  }
  return out;
}

std::string ruleParamsJson(const ZoneRule& rule, const std::string& demPath) {
  return jsonText(ruleParams(rule, demPath));
}

}  // namespace fangan
