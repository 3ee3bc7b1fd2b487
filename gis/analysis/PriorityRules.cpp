#include "gis/analysis/PriorityRules.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "gis/analysis/CaseState.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Vocabulary.h"

#ifndef FANGAN_DATA_DIR
#define FANGAN_DATA_DIR "data"
#endif

namespace fangan {

namespace {

constexpr int kMaxAbsWeight = 1000;
const char kZonePrefix[] = "zone:";

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string trim(const std::string& s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && isBlank(s[b])) ++b;
  while (e > b && isBlank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

/// Splits off the next blank-separated token at `pos`, advancing `pos` past it.
std::string nextToken(const std::string& line, std::size_t& pos) {
  while (pos < line.size() && isBlank(line[pos])) ++pos;
  const std::size_t start = pos;
  while (pos < line.size() && !isBlank(line[pos])) ++pos;
  return line.substr(start, pos - start);
}

bool parseWeight(const std::string& token, int& out) {
  if (token.empty()) return false;
  std::size_t i = (token[0] == '+' || token[0] == '-') ? 1 : 0;
  if (i == token.size()) return false;
  for (std::size_t k = i; k < token.size(); ++k) {
    if (token[k] < '0' || token[k] > '9') return false;
  }
  errno = 0;
  const long value = std::strtol(token.c_str(), nullptr, 10);
  if (errno != 0 || value < -kMaxAbsWeight || value > kMaxAbsWeight) return false;
  out = static_cast<int>(value);
  return true;
}

bool inZone(const PriorityContext& context, const std::string& type) {
  return std::any_of(context.zoneTypes.begin(), context.zoneTypes.end(),
                     [&type](const std::string& z) { return normalizeCell(z) == type; });
}

}  // namespace

PriorityRulesError::PriorityRulesError(const std::string& file, int line, const std::string& reason)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason),
      file_(file),
      line_(line),
      reason_(reason) {}

const std::vector<std::string>& priorityRuleIds() {
  static const std::vector<std::string> ids = {
      "never_surveyed",    "cd_not_rectified",       "hazard_awaiting_appraisal",
      "appraisal_overdue", "closed_management_only", "commercial",
      "people_dense",      "floors_3plus",           "not_pro_designed",
      "steel_frame",       "alt_added_floors",       "alt_structure",
      "alt_use",           "alt_basement",           "distress",
      "plan_overdue"};
  return ids;
}

const std::vector<std::string>& priorityZoneTypes() {
  static const std::vector<std::string> types = {
      "school",   "kindergarten",  "hospital",     "enterprise",      "construction", "rail_road",
      "fringe",   "urban_village", "resettlement", "industrial_park", "mining",       "scenic",
      "old_town", "slope",         "market",       "agritainment",    "geohazard"};
  return types;
}

bool isKnownPriorityRuleId(const std::string& id) {
  const std::string prefix = kZonePrefix;
  if (id.compare(0, prefix.size(), prefix) == 0) {
    const std::string type = id.substr(prefix.size());
    const auto& types = priorityZoneTypes();
    return std::find(types.begin(), types.end(), type) != types.end();
  }
  const auto& ids = priorityRuleIds();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

PriorityRules parsePriorityRules(const std::string& text, const std::string& sourceName) {
  PriorityRules result;
  std::set<std::string> seen;
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (lineNo == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Labels reach the JSON output and the app as text: refuse a file saved in GBK.
    if (!isValidUtf8(line)) {
      throw PriorityRulesError(sourceName, lineNo,
                               "不是 UTF-8 文本，请将规则文件以 UTF-8 编码保存");
    }
    const std::string content = trim(line);
    if (content.empty() || content[0] == '#') continue;

    std::size_t pos = 0;
    PriorityRule rule;
    rule.id = nextToken(content, pos);
    const std::string weightToken = nextToken(content, pos);
    rule.label = trim(content.substr(pos));
    if (!isKnownPriorityRuleId(rule.id)) {
      throw PriorityRulesError(sourceName, lineNo, "unknown rule id '" + rule.id + "'");
    }
    if (weightToken.empty()) {
      throw PriorityRulesError(sourceName, lineNo, "missing weight after '" + rule.id + "'");
    }
    if (!parseWeight(weightToken, rule.weight)) {
      throw PriorityRulesError(sourceName, lineNo,
                               "weight '" + weightToken + "' is not an integer in [-" +
                                   std::to_string(kMaxAbsWeight) + ", " +
                                   std::to_string(kMaxAbsWeight) + "]");
    }
    if (rule.label.empty()) {
      throw PriorityRulesError(sourceName, lineNo, "missing label for '" + rule.id + "'");
    }
    if (!seen.insert(rule.id).second) {
      throw PriorityRulesError(sourceName, lineNo, "rule '" + rule.id + "' given twice");
    }
    result.rules.push_back(std::move(rule));
  }
  return result;
}

PriorityRules loadPriorityRules(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw PriorityRulesError(path, 0, "cannot open the file");
  std::ostringstream text;
  text << file.rdbuf();
  return parsePriorityRules(text.str(), path);
}

std::string defaultPriorityRulesPath() {
  return std::string(FANGAN_DATA_DIR) + "/rules/priority.rules";
}

bool priorityRuleFires(const std::string& id, const BuildingRecord& r,
                       const PriorityContext& context) {
  const std::string prefix = kZonePrefix;
  if (id.compare(0, prefix.size(), prefix) == 0) return inZone(context, id.substr(prefix.size()));
  if (id == "never_surveyed") return !r.isSurveyed();
  if (id == "cd_not_rectified") return isCDNotRectified(r);
  if (id == "hazard_awaiting_appraisal") return isAwaitingAppraisal(r);
  if (id == "appraisal_overdue") return isAppraisalOrderOverdue(r, context.today);
  if (id == "closed_management_only") return isClosedManagementOnly(r);
  if (id == "plan_overdue") return context.planOverdue;
  if (id == "commercial") return r.isCommercial();
  if (id == "people_dense") return r.peopleDense.value_or(false);
  if (id == "floors_3plus") return r.floors.value_or(0) >= 3;
  if (id == "not_pro_designed") return r.proDesigned.has_value() && !*r.proDesigned;
  if (id == "steel_frame") return r.structure == Structure::Steel;
  if (id == "alt_added_floors") return r.altAddedFloors.value_or(false);
  if (id == "alt_structure") return r.altStructure.value_or(false);
  if (id == "alt_use") return r.altUse.value_or(false);
  if (id == "alt_basement") return r.altBasement.value_or(false);
  if (id == "distress") return r.distress.value_or(false);
  return false;
}

PriorityResult evaluatePriority(const PriorityRules& rules, const BuildingRecord& r,
                                const PriorityContext& context) {
  PriorityResult result;
  for (const PriorityRule& rule : rules.rules) {
    if (!priorityRuleFires(rule.id, r, context)) continue;
    result.score += rule.weight;
    result.fired.push_back({rule.id, rule.label, rule.weight});
  }
  std::stable_sort(
      result.fired.begin(), result.fired.end(),
      [](const FiredPriorityRule& a, const FiredPriorityRule& b) { return a.weight > b.weight; });
  return result;
}

void sortRanking(std::vector<RankedBuilding>& ranking) {
  std::stable_sort(ranking.begin(), ranking.end(),
                   [](const RankedBuilding& a, const RankedBuilding& b) {
                     if (a.result.score != b.result.score) return a.result.score > b.result.score;
                     return a.code < b.code;
                   });
}

std::vector<RankedBuilding> rankByPriority(const PriorityRules& rules,
                                           const std::vector<BuildingRecord>& records,
                                           const Date& today, const ZoneTypesFn& zoneTypesOf,
                                           const std::set<std::string>* overduePlans) {
  std::vector<RankedBuilding> ranking;
  ranking.reserve(records.size());
  for (const BuildingRecord& r : records) {
    PriorityContext context;
    context.today = today;
    if (zoneTypesOf) context.zoneTypes = zoneTypesOf(r);
    context.planOverdue = overduePlans && overduePlans->count(r.code) > 0;
    ranking.push_back({r.code, evaluatePriority(rules, r, context)});
  }
  sortRanking(ranking);
  return ranking;
}

}  // namespace fangan
