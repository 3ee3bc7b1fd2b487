#include "gis/patrol/EventKind.h"

#include <utility>

#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

const std::vector<std::pair<std::string, std::string>>& kinds() {
  static const std::vector<std::pair<std::string, std::string>> k = {
      {"self_check", "自查"},
      {"survey", "排查"},
      {"department_check", "部门检查"},
      {"verification", "核查"},
      {"spot_check", "抽查"},
      {"appraisal", "鉴定"},
      {"control", "管控"},
      {"rectification", "整治"},
      {"closure", "销号"},
      {"patrol", "巡查"},
      {"import", "导入"},
      {"correction", "更正"},
      {"appraisal_order", "责成鉴定"},
      // docs/rules.md#spot-check: a town below 90 % accuracy is ordered to re-survey; undoing
      // the order appends a cancellation, the history stays append-only.
      {"resurvey_order", "责令重新排查"},
      {"resurvey_cancel", "撤销重新排查"}};
  return k;
}

}  // namespace

const std::vector<std::string>& eventKindKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& [key, chinese] : kinds()) out.push_back(key);
    return out;
  }();
  return keys;
}

std::string eventKindChinese(const std::string& key) {
  for (const auto& [k, chinese] : kinds()) {
    if (k == key) return chinese;
  }
  return key;
}

std::optional<std::string> parseEventKind(const std::string& text) {
  const std::string cell = normalizeCell(text);
  if (cell.empty()) return std::string();
  for (const auto& [key, chinese] : kinds()) {
    if (cell == key || cell == chinese) return key;
  }
  return std::nullopt;
}

}  // namespace fangan
