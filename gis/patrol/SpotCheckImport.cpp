#include "gis/patrol/SpotCheckImport.h"

#include <map>
#include <set>

#include "gis/analysis/SpotCheckEntry.h"
#include "gis/io/ColumnMapping.h"
#include "gis/io/SheetTable.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

enum class Field { Code, Date, Inspector, Outcome, Note };

std::optional<Field> fieldOf(const std::string& header) {
  static const std::map<std::string, Field> names = {
      {"code", Field::Code},           {"房屋编码", Field::Code},    {"编码", Field::Code},
      {"result_date", Field::Date},    {"检查日期", Field::Date},    {"抽查日期", Field::Date},
      {"inspector", Field::Inspector}, {"检查人", Field::Inspector}, {"抽查人", Field::Inspector},
      {"outcome", Field::Outcome},     {"抽查结果", Field::Outcome}, {"result", Field::Outcome},
      {"检查结果", Field::Outcome},    {"note", Field::Note},        {"备注", Field::Note}};
  const auto it = names.find(normalizeCell(header));
  if (it == names.end()) return std::nullopt;
  return it->second;
}

std::string eventKey(const InspectionEvent& e) {
  return e.date.toString() + '\x1f' + e.kind + '\x1f' + e.inspector + '\x1f' + e.result + '\x1f' +
         e.note;
}

}  // namespace

SpotCheckImportReport importSpotCheckSheet(ProjectStore& store,
                                           const ResultsImportOptions& options) {
  SpotCheckImportReport report;
  report.file = options.path;
  const auto sample = loadSpotCheckSample(store);
  if (!sample) throw ResultsImportError("项目中没有保存的抽查样本，请先抽样并保存");
  ReadSheet sheet;
  try {
    sheet = readSheet(options.path, {"code", "房屋编码", "编码"});
  } catch (const SheetError& e) {
    throw ResultsImportError(e.what());
  }
  report.layer = sheet.layer;
  report.rows = static_cast<std::int64_t>(sheet.rows.size());

  std::map<Field, std::size_t> fields;
  for (std::size_t i = 0; i < sheet.headers.size(); ++i) {
    if (const auto f = fieldOf(sheet.headers[i]); f && !fields.count(*f)) fields[*f] = i;
  }
  const std::vector<std::pair<Field, const char*>> required = {
      {Field::Code, "房屋编码/code"},
      {Field::Date, "检查日期/result_date"},
      {Field::Outcome, "抽查结果/outcome"}};
  for (const auto& [field, name] : required) {
    if (!fields.count(field)) throw ResultsImportError(options.path + ": 缺少列 " + name);
  }
  // Right values: buildings columns named as in the interchange schema, except what the sheet uses.
  std::vector<std::string> rightHeaders;
  for (std::size_t i = 0; i < sheet.headers.size(); ++i) {
    rightHeaders.push_back(fieldOf(sheet.headers[i]) ? std::string() : sheet.headers[i]);
  }
  const ColumnMapping mapping = resolveColumns(ProjectLayer::Buildings, rightHeaders, {});
  std::map<std::string, std::size_t> rightColumns;
  for (const auto& key : spotCheckCorrectableKeys()) {
    const int index = mapping.field(key);
    if (index >= 0) rightColumns[key] = static_cast<std::size_t>(index);
  }

  std::map<std::string, BuildingRecord> working;
  std::map<std::int64_t, std::set<std::string>> seen;
  std::set<std::int64_t> changed;
  std::vector<InspectionEvent> events;
  std::int64_t number = 0;
  for (const auto& cells : sheet.rows) {
    ++number;
    auto cell = [&](Field f) {
      const auto it = fields.find(f);
      return it == fields.end() ? std::string() : cells[it->second];
    };
    SpotCheckEntry entry;
    entry.code = cell(Field::Code);
    entry.inspector = cell(Field::Inspector);
    entry.note = cell(Field::Note);
    bool anyRight = false;
    for (const auto& [key, index] : rightColumns) {
      entry.rightValues[key] = cells[index];
      anyRight = anyRight || !cells[index].empty();
    }
    const std::string outcomeText = cell(Field::Outcome);
    const std::string dateText = cell(Field::Date).substr(0, cell(Field::Date).find(' '));
    auto reject = [&](const std::string& why) {
      report.rejected.push_back({number, entry.code, why});
    };
    if (outcomeText.empty() && dateText.empty() && entry.inspector.empty() && entry.note.empty() &&
        !anyRight) {
      ++report.blank;
      continue;
    }
    if (entry.code.empty()) {
      reject("缺少房屋编码");
      continue;
    }
    auto current = working.find(entry.code);
    if (current == working.end()) {
      const auto stored = store.buildingByCode(entry.code);
      if (!stored) {
        reject("房屋编码不存在：" + entry.code);
        continue;
      }
      current = working.emplace(entry.code, *stored).first;
    }
    if (outcomeText.empty()) {
      reject("缺少抽查结果（可填：正确/错排/漏排）");
      continue;
    }
    const auto outcome = parseSpotCheckOutcome(outcomeText);
    if (!outcome) {
      reject("无法识别的抽查结果“" + outcomeText + "”（可填：正确/错排/漏排）");
      continue;
    }
    entry.outcome = *outcome;
    if (dateText.empty()) {
      reject("缺少检查日期");
      continue;
    }
    const auto date = Date::parse(dateText);
    if (!date) {
      reject("检查日期无法识别：" + dateText);
      continue;
    }
    entry.date = *date;
    const SpotCheckApplied applied =
        applySpotCheckEntry(*sample, current->second, entry, options.today);
    if (!applied.accepted) {
      reject(applied.rejection);
      continue;
    }
    const std::int64_t id = current->second.id;
    auto keys = seen.find(id);
    if (keys == seen.end()) {
      std::set<std::string> k;
      for (const auto& e : store.events(id)) k.insert(eventKey(e));
      keys = seen.emplace(id, std::move(k)).first;
    }
    if (keys->second.count(eventKey(applied.event))) {
      report.duplicates.push_back({number, entry.code, "已导入过相同的抽查记录"});
      continue;
    }
    keys->second.insert(eventKey(applied.event));
    if (applied.changed) {
      current->second = applied.record;
      changed.insert(id);
    }
    events.push_back(applied.event);
  }

  report.imported = static_cast<std::int64_t>(events.size());
  report.buildingsCorrected = static_cast<std::int64_t>(changed.size());
  if (options.dryRun || events.empty()) return report;
  auto transaction = store.begin();
  for (const auto& e : events) store.appendEvent(e);
  for (const auto& [code, record] : working) {
    if (changed.count(record.id)) store.updateBuilding(record, options.who);
  }
  transaction->commit();
  return report;
}

}  // namespace fangan
