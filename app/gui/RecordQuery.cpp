#include "app/gui/RecordQuery.h"

#include <QVariant>
#include <algorithm>
#include <string>
#include <utility>

namespace fangan {
namespace gui {
namespace {

// The buildings columns a field's value is made from (building_columns names), so a query reads
// only those (a narrow scan reads a million rows several times faster than whole records). Empty
// for the health code: it is derived from most of the record.
std::vector<std::string> fieldColumns(RecordField field) {
  switch (field) {
    case RecordField::Code:
      return {"code"};
    case RecordField::Address:
      return {"address"};
    case RecordField::Town:
      return {"town"};
    case RecordField::Community:
      return {"community"};
    case RecordField::Grid:
      return {"grid"};
    case RecordField::SurveyStatus:
      return {"survey_status"};
    case RecordField::SurveyDate:
      return {"survey_date"};
    case RecordField::InitialHazard:
      return {"initial_hazard"};
    case RecordField::AppraisalGrade:
      return {"appraisal_grade"};
    case RecordField::Control:
      return {"control"};
    case RecordField::Rectification:
      return {"rectification"};
    case RecordField::Closed:
      return {"closed"};
    case RecordField::HealthCode:
      return {};
    case RecordField::SelfBuilt:
      return {"self_built"};
    case RecordField::Floors:
      return {"floors"};
    case RecordField::Structure:
      return {"structure"};
    case RecordField::YearBuilt:
      return {"year_built"};
    case RecordField::Use:
      return {"use"};
    case RecordField::UseSubtype:
      return {"use_subtype"};
    case RecordField::PeopleDense:
      return {"people_dense"};
  }
  return {};
}

// A sort key: what QVariant::compare compares for the field's values (ints for numeric fields,
// strings for the rest), without a QVariant per row.
struct SortKey {
  std::int64_t id = 0;
  bool empty = true;
  int number = 0;
  QString text;
};

}  // namespace

std::vector<std::int64_t> runRecordQuery(const ProjectStore& store, const RecordQuery& query,
                                         const std::atomic<bool>* cancel) {
  const bool sorting =
      query.sortColumn >= 0 && query.sortColumn < static_cast<int>(recordFields().size());
  const RecordField field =
      sorting ? recordFields()[static_cast<std::size_t>(query.sortColumn)] : RecordField::Code;
  const bool numeric = isNumericField(field);
  std::vector<SortKey> keyed;
  std::vector<std::int64_t> ids;
  BuildingScan scan;
  scan.footprints = false;
  // Only the columns of the filtered and sorted fields; the whole record when one of them needs
  // it (an empty list), or for neither (the ids alone: any one column will do).
  std::vector<std::string> columns = {"code"};
  for (const auto& used :
       {query.filter ? fieldColumns(query.filter->field) : std::vector<std::string>{"code"},
        sorting ? fieldColumns(field) : std::vector<std::string>{"code"}}) {
    if (used.empty()) {
      columns.clear();
      break;
    }
    columns.insert(columns.end(), used.begin(), used.end());
  }
  scan.columns = columns;
  store.scanBuildings(scan, [&](const BuildingRecord& r, const Wkb&) {
    if (cancel && cancel->load()) return false;
    if (query.filter && !query.filter->matches(r)) return true;
    if (sorting) {
      const QVariant v = recordFieldValue(r, field);
      SortKey key;
      key.id = r.id;
      key.empty = v.isNull();
      if (!key.empty) {
        if (numeric) {
          key.number = v.toInt();
        } else {
          key.text = v.toString();
        }
      }
      keyed.push_back(std::move(key));
    } else {
      ids.push_back(r.id);
    }
    return true;
  });
  if (!sorting) return ids;
  const bool ascending = query.order == Qt::AscendingOrder;
  std::stable_sort(keyed.begin(), keyed.end(),
                   [ascending, numeric](const SortKey& a, const SortKey& b) {
                     if (a.empty || b.empty) return !a.empty && b.empty;  // empty values last
                     if (numeric) return ascending ? a.number < b.number : a.number > b.number;
                     const int c = QString::compare(a.text, b.text);
                     return ascending ? c < 0 : c > 0;
                   });
  ids.reserve(keyed.size());
  for (const SortKey& key : keyed) ids.push_back(key.id);
  return ids;
}

}  // namespace gui
}  // namespace fangan
