#include "gis/analysis/SpotCheckEntry.h"

#include <algorithm>

#include "gis/io/BuildingRowParser.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"

namespace fangan {

namespace {

const std::vector<std::string> kIdentity = {"code", "address", "town", "community", "grid"};

std::string label(const std::string& key) {
  static const std::map<std::string, std::string> labels = {{"initial_hazard", "初判隐患"},
                                                            {"survey_status", "排查状态"},
                                                            {"survey_date", "排查日期"},
                                                            {"hazard_found_date", "隐患发现日期"},
                                                            {"floors", "层数"},
                                                            {"structure", "结构"},
                                                            {"use", "用途"},
                                                            {"alt_added_floors", "加层"},
                                                            {"alt_structure", "改变结构"},
                                                            {"alt_use", "改变用途"},
                                                            {"alt_basement", "开挖地下"},
                                                            {"distress", "沉降开裂变形"},
                                                            {"pro_designed", "正规设计施工"}};
  const auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}

std::string shown(const std::string& key, const std::optional<std::string>& value) {
  if (!value) return "空";
  if (key == "initial_hazard") {
    if (const auto h = parseInitialHazard(*value)) return toChinese(*h);
  }
  if (key == "survey_status") {
    if (const auto s = parseSurveyStatus(*value)) return toChinese(*s);
  }
  return *value;
}

}  // namespace

const std::vector<std::string>& spotCheckCorrectableKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& name : building_columns::names()) {
      if (std::find(kIdentity.begin(), kIdentity.end(), name) == kIdentity.end()) {
        out.push_back(name);
      }
    }
    return out;
  }();
  return keys;
}

SpotCheckApplied applySpotCheckEntry(const SavedSpotCheckSample& sample,
                                     const BuildingRecord& current, const SpotCheckEntry& entry,
                                     const Date& today) {
  SpotCheckApplied a;
  a.record = current;
  auto refuse = [&](const std::string& why) {
    a.rejection = why;
    return a;
  };
  if (sample.townOf(entry.code).empty()) {
    return refuse("不在本次抽查样本中（抽样日期 " + sample.drawn.toString() + "）：" + entry.code);
  }
  if (entry.date > today) {
    return refuse("检查日期晚于今天（" + today.toString() + "）：" + entry.date.toString());
  }
  if (entry.date < sample.drawn) {
    return refuse("检查日期早于抽样日期（" + sample.drawn.toString() + "）：" +
                  entry.date.toString());
  }

  // Right values: only the keys given, parsed as an import row would be.
  std::map<std::string, std::string> cells;
  for (const auto& [key, text] : entry.rightValues) {
    if (text.empty()) continue;
    const auto& keys = spotCheckCorrectableKeys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      return refuse("抽查不能更正列 " + key);
    }
    cells[key] = text;
  }
  const ParsedBuilding parsed = parseBuildingRow(cells);
  if (!parsed.error.empty()) return refuse("核实值有误：" + parsed.error);
  const auto& names = building_columns::names();
  auto values = building_columns::values(current);
  const auto given = building_columns::values(parsed.record);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (cells.count(names[i])) values[i] = given[i];
  }
  BuildingRecord target = building_columns::fromValues(values);
  target.id = current.id;
  target.enteredDate = current.enteredDate;

  const bool wrong = entry.outcome != SpotCheckOutcome::Correct;
  if (wrong && !cells.count("initial_hazard")) {
    return refuse(spotCheckOutcomeChinese(entry.outcome) + "须填写核实后的初判隐患（无/有/存疑）");
  }
  if (wrong) {
    if (target.initialHazard != InitialHazard::None && !target.hazardFoundDate &&
        !cells.count("hazard_found_date")) {
      target.hazardFoundDate = entry.date;
    }
    if (entry.outcome == SpotCheckOutcome::Missed) {
      if (!cells.count("survey_status")) target.surveyStatus = SurveyStatus::Surveyed;
      if (!cells.count("survey_date")) target.surveyDate = entry.date;
    }
  }

  const auto before = building_columns::values(current);
  const auto after = building_columns::values(target);
  std::string changes;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (before[i] == after[i]) continue;
    changes += (changes.empty() ? "" : "，") + label(names[i]) + " " + shown(names[i], before[i]) +
               "→" + shown(names[i], after[i]);
  }
  if (!wrong && !changes.empty()) {
    return refuse("抽查结果为“正确”，但填写的核实值与记录不符（" + changes + "），应填错排或漏排");
  }

  a.accepted = true;
  a.changed = !changes.empty();
  a.record = target;
  a.event.buildingId = current.id;
  a.event.code = entry.code;
  a.event.date = entry.date;
  a.event.kind = kSpotCheckEventKind;
  a.event.inspector = entry.inspector;
  a.event.result = spotCheckOutcomeChinese(entry.outcome);
  // The note lists the values as given (not old → new, which the audit log keeps), so the same
  // row imported twice makes the same event and is recognised as a duplicate.
  std::string asGiven;
  for (const auto& [key, text] : cells) {
    asGiven += (asGiven.empty() ? "" : "，") + label(key) + " " + shown(key, text);
  }
  a.event.note = entry.note;
  if (!asGiven.empty()) a.event.note += (entry.note.empty() ? "" : "；") + ("核实值：" + asGiven);
  return a;
}

std::string recordSpotCheckOutcome(ProjectStore& store, const SpotCheckEntry& entry,
                                   const Date& today, const std::string& who) {
  const auto sample = loadSpotCheckSample(store);
  if (!sample) return "项目中没有保存的抽查样本，请先抽样";
  const auto current = store.buildingByCode(entry.code);
  if (!current) return "房屋编码不存在：" + entry.code;
  const SpotCheckApplied a = applySpotCheckEntry(*sample, *current, entry, today);
  if (!a.accepted) return a.rejection;
  auto transaction = store.begin();
  store.appendEvent(a.event);
  if (a.changed) store.updateBuilding(a.record, who);
  transaction->commit();
  return "";
}

}  // namespace fangan
