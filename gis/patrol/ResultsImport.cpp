#include "gis/patrol/ResultsImport.h"

#include <cpl_conv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "gis/archive/AttachmentRegister.h"
#include "gis/io/GdalHandles.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Vocabulary.h"
#include "gis/patrol/EventKind.h"
#include "gis/patrol/FieldResult.h"
#include "gis/patrol/RecordStamp.h"

namespace fangan {

namespace {

enum class Field { Code, ResultDate, Inspector, Result, Note, Kind, Stamp, Photos };

// Column names → field, compared after normalizeCell. "date" is deliberately absent: on the
// sheet it is the planned day, not the day of the visit.
const std::map<std::string, Field>& columnAliases() {
  static const std::map<std::string, Field> a = {
      {"code", Field::Code},           {"房屋编码", Field::Code},
      {"编码", Field::Code},           {"result_date", Field::ResultDate},
      {"检查日期", Field::ResultDate}, {"巡查日期", Field::ResultDate},
      {"inspector", Field::Inspector}, {"检查人", Field::Inspector},
      {"巡查人", Field::Inspector},    {"result", Field::Result},
      {"检查结果", Field::Result},     {"巡查结果", Field::Result},
      {"结果", Field::Result},         {"note", Field::Note},
      {"备注", Field::Note},           {"kind", Field::Kind},
      {"检查类型", Field::Kind},       {"stamp", Field::Stamp},
      {"校验码", Field::Stamp},        {"photos", Field::Photos},
      {"照片", Field::Photos}};
  return a;
}

struct Row {
  std::int64_t number = 0;
  std::map<Field, std::string> cells;
  std::string cell(Field f) const {
    auto it = cells.find(f);
    return it == cells.end() ? std::string() : it->second;
  }
};

std::string trim(const std::string& s);

// The photo paths of a cell: separated by ';' or '；', blanks dropped.
std::vector<std::string> photoPaths(const std::string& cell) {
  std::string text = cell;
  for (std::size_t at; (at = text.find("；")) != std::string::npos;) text.replace(at, 3, ";");
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(';', start), text.size());
    const std::string part = trim(text.substr(start, end - start));
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string utf8(const std::string& raw) {
  if (isValidUtf8(raw)) return raw;
  try {
    return toUtf8(raw, "GB18030");  // what Excel on a Chinese Windows saves CSV as
  } catch (const std::exception&) {
    return raw;
  }
}

// Reads the rows of the results layer (cells trimmed, UTF-8).
std::vector<Row> readRows(const ResultsImportOptions& o, std::string& layerName) {
  GDALAllRegister();
  if (!std::filesystem::exists(o.path)) throw ResultsImportError(o.path + ": 文件不存在");
  // Returned sheets always have a header row and codes must stay text ("001" is not 1); GDAL
  // 3.6 takes both as configuration options, set for this thread only and restored below.
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
  CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
  CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", "STRING");
  const std::string ext = std::filesystem::path(o.path).extension().string();
  const bool csv = ext == ".csv" || ext == ".CSV";
  const GdalDataset ds =
      openDataset(o.path, GDAL_OF_VECTOR | GDAL_OF_READONLY,
                  csv ? std::vector<std::string>{"HEADERS=YES"} : std::vector<std::string>{});
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
  CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_ODS_FIELD_TYPES", nullptr);
  if (!ds) throw ResultsImportError(o.path + ": 无法读取（不支持的格式或文件已损坏）");

  auto columnsOf = [](OGRLayer* layer) {
    std::map<int, Field> columns;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      const std::string name = normalizeCell(utf8(defn->GetFieldDefn(i)->GetNameRef()));
      auto it = columnAliases().find(name);
      if (it != columnAliases().end()) columns[i] = it->second;
    }
    return columns;
  };
  auto hasCode = [&](OGRLayer* layer) {
    for (const auto& [index, field] : columnsOf(layer)) {
      if (field == Field::Code) return true;
    }
    return false;
  };
  OGRLayer* layer = nullptr;
  if (!o.layer.empty()) {
    layer = ds->GetLayerByName(o.layer.c_str());
    if (!layer) throw ResultsImportError(o.path + ": 没有图层 " + o.layer);
  } else {
    OGRLayer* stops = ds->GetLayerByName("stops");
    if (stops && hasCode(stops)) layer = stops;
    for (int i = 0; !layer && i < ds->GetLayerCount(); ++i) {
      if (hasCode(ds->GetLayer(i))) layer = ds->GetLayer(i);
    }
    if (!layer) throw ResultsImportError(o.path + ": 找不到含“code/房屋编码”列的表");
  }
  layerName = layer->GetName();
  const std::map<int, Field> columns = columnsOf(layer);
  std::set<Field> present;
  for (const auto& [index, field] : columns) present.insert(field);
  const std::vector<std::pair<Field, const char*>> required = {
      {Field::Code, "code/房屋编码"},
      {Field::ResultDate, "result_date/检查日期"},
      {Field::Result, "result/检查结果"}};
  for (const auto& [field, name] : required) {
    if (!present.count(field)) throw ResultsImportError(o.path + ": 缺少列 " + name);
  }

  std::vector<Row> rows;
  layer->ResetReading();
  std::int64_t number = 0;
  for (OGRFeature* f = layer->GetNextFeature(); f; f = layer->GetNextFeature()) {
    std::unique_ptr<OGRFeature> owned(f);
    Row row;
    row.number = ++number;
    for (const auto& [index, field] : columns) {
      if (!f->IsFieldSetAndNotNull(index)) continue;
      std::string text = trim(utf8(f->GetFieldAsString(index)));
      // A date cell reads back as "2024/03/05" (or with a time): keep the day.
      if (field == Field::ResultDate) text = text.substr(0, text.find(' '));
      if (!text.empty()) row.cells[field] = text;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string eventKey(const InspectionEvent& e) {
  return e.date.toString() + '\x1f' + e.kind + '\x1f' + e.inspector + '\x1f' + e.result + '\x1f' +
         e.note;
}

std::string acceptedResults() {
  std::string out;
  for (const FieldResult r : allFieldResults()) {
    out += (out.empty() ? "" : "/") + fieldResultChinese(r);
  }
  return out;
}

}  // namespace

ResultsImportReport importResults(ProjectStore& store, const ResultsImportOptions& options) {
  ResultsImportReport report;
  report.file = options.path;
  const std::vector<Row> rows = readRows(options, report.layer);
  report.rows = static_cast<std::int64_t>(rows.size());

  // Records as they were when the import started (for stamps) and as the rows change them.
  std::unordered_map<std::string, std::optional<BuildingRecord>> original;
  std::map<std::int64_t, BuildingRecord> working;
  std::set<std::int64_t> changed;
  std::map<std::int64_t, Date> changeDays;  // building id → day its change takes effect
  std::unordered_map<std::int64_t, std::set<std::string>> seenEvents;
  std::vector<InspectionEvent> events;
  std::vector<std::int64_t> eventRows;                     // the row of each event
  std::vector<std::pair<std::size_t, Attachment>> photos;  // (event index, photo)

  auto lookup = [&](const std::string& code) -> const std::optional<BuildingRecord>& {
    auto it = original.find(code);
    if (it == original.end()) it = original.emplace(code, store.buildingByCode(code)).first;
    return it->second;
  };
  auto reject = [&](const Row& row, const std::string& why) {
    report.rejected.push_back({row.number, row.cell(Field::Code), why});
  };

  for (const Row& row : rows) {
    const std::string resultText = row.cell(Field::Result);
    const std::string dateText = row.cell(Field::ResultDate);
    if (resultText.empty() && dateText.empty() && row.cell(Field::Inspector).empty() &&
        row.cell(Field::Note).empty()) {
      ++report.blank;
      continue;
    }
    const std::string code = row.cell(Field::Code);
    if (code.empty()) {
      reject(row, "缺少房屋编码");
      continue;
    }
    const std::optional<BuildingRecord>& before = lookup(code);
    if (!before) {
      reject(row, "房屋编码不存在：" + code);
      continue;
    }
    if (resultText.empty()) {
      reject(row, "缺少检查结果");
      continue;
    }
    const std::optional<FieldResult> result = parseFieldResult(resultText);
    if (!result) {
      reject(row, "无法识别的检查结果“" + resultText + "”（可填：" + acceptedResults() + "）");
      continue;
    }
    if (dateText.empty()) {
      reject(row, "缺少检查日期");
      continue;
    }
    const std::optional<Date> date = Date::parse(dateText);
    if (!date) {
      reject(row, "检查日期无法识别：" + dateText);
      continue;
    }
    if (*date > options.today) {
      reject(row, "检查日期晚于今天（" + options.today.toString() + "）：" + date->toString());
      continue;
    }
    const std::optional<std::string> kind = parseEventKind(row.cell(Field::Kind));
    if (!kind) {
      reject(row, "无法识别的检查类型“" + row.cell(Field::Kind) + "”");
      continue;
    }

    InspectionEvent event;
    event.buildingId = before->id;
    event.code = code;
    event.date = *date;
    event.kind = kind->empty() ? "patrol" : *kind;
    event.inspector = row.cell(Field::Inspector);
    event.result = fieldResultChinese(*result);
    event.note = row.cell(Field::Note);
    event.photos = row.cell(Field::Photos);

    auto seen = seenEvents.find(before->id);
    if (seen == seenEvents.end()) {
      std::set<std::string> keys;
      for (const auto& e : store.events(before->id)) keys.insert(eventKey(e));
      seen = seenEvents.emplace(before->id, std::move(keys)).first;
    }
    if (seen->second.count(eventKey(event))) {
      report.duplicates.push_back({row.number, code, "已导入过相同的检查记录"});
      continue;
    }

    const std::string stamp = row.cell(Field::Stamp);
    if (!stamp.empty() && stamp != recordStamp(*before)) {
      report.conflicts.push_back(
          {row.number, code, "派单后房屋记录已被修改（校验码不符），请核对后重新派单"});
      continue;
    }

    auto current = working.find(before->id);
    if (current == working.end()) current = working.emplace(before->id, *before).first;
    const FieldResultOutcome outcome = applyFieldResult(current->second, *result, *date);
    if (!outcome.accepted) {
      report.rejected.push_back(
          {row.number, row.cell(Field::Code), std::string(), outcome.refusal});
      continue;
    }
    if (outcome.changed) {
      current->second = outcome.record;
      changed.insert(before->id);
      // The change takes effect on the visit's day (docs/rules.md#as-of); a building changed
      // by several rows takes the latest.
      Date& effective = changeDays.emplace(before->id, *date).first->second;
      if (*date > effective) effective = *date;
    }
    seen->second.insert(eventKey(event));
    events.push_back(event);
    eventRows.push_back(row.number);
    if (options.readPhoto) {
      const std::filesystem::path folder = std::filesystem::path(options.path).parent_path();
      for (const std::string& name : photoPaths(event.photos)) {
        const std::filesystem::path file = std::filesystem::path(name).is_absolute()
                                               ? std::filesystem::path(name)
                                               : folder / std::filesystem::path(name);
        if (!std::filesystem::is_regular_file(file)) {
          report.photoIssues.push_back({row.number, code, "照片文件不存在：" + file.string()});
          continue;
        }
        try {
          photos.push_back({events.size() - 1, options.readPhoto(file.string())});
        } catch (const AttachmentError& e) {
          report.photoIssues.push_back({row.number, code, e.what()});
        }
      }
    }
  }

  report.imported = static_cast<std::int64_t>(events.size());
  report.buildingsUpdated = static_cast<std::int64_t>(changed.size());
  if (options.dryRun) report.photosAttached = static_cast<std::int64_t>(photos.size());
  if (options.dryRun || (events.empty() && changed.empty())) return report;

  auto transaction = store.begin();
  std::vector<std::int64_t> eventIds;
  for (const auto& e : events) eventIds.push_back(store.appendEvent(e));
  for (auto& [index, photo] : photos) {
    const InspectionEvent& e = events[index];
    try {
      storeAttachment(store, e.buildingId, std::move(photo), eventIds[index], options.who);
      ++report.photosAttached;
    } catch (const AttachmentError& error) {  // refused before anything was written
      report.photoIssues.push_back({eventRows[index], e.code, error.what()});
    }
  }
  for (const std::int64_t id : changed) {
    const ChangeDateScope day(store, changeDays.at(id));
    // Versioned (docs/rules.md#row-versions): a building changed by someone else since the
    // sheet's rows were checked against it refuses the whole import (StaleEditError).
    const BuildingRecord& record = working.at(id);
    store.editBuilding(record, record.rowVersion, options.who);
  }
  transaction->commit();
  return report;
}

}  // namespace fangan
