// Fuzz target `record_filter`: the attribute table's filter (app/gui/RecordFilter.h: one field,
// one operator, a value the user types), built here without widgets. Input: the first byte picks
// the field, the second the operator; then lines: the typed value, followed by a buildings row
// (one cell per line, INTERCHANGE.md key order) that the filter is evaluated on, with two fixed
// records. Invariants: "=" and "≠" disagree on every record; "为空" holds exactly when the
// record has no value for the field.

#include "FuzzTarget.h"
#include "app/gui/RecordFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  using namespace fangan::gui;
  if (size < 2) return 0;
  const std::vector<RecordField>& fields = recordFields();
  const std::vector<FilterOperator>& ops = filterOperators();
  RecordFilter filter;
  filter.field = fields[data[0] % fields.size()];
  filter.op = ops[data[1] % ops.size()];
  const std::vector<std::string> lines = fuzz::lines(fuzz::text(data + 2, size - 2));
  if (!lines.empty()) filter.value = QString::fromStdString(lines[0]);

  std::vector<BuildingRecord> records(2);
  records[1].code = "B01";
  records[1].floors = 3;
  records[1].yearBuilt = 1990;
  records[1].appraisalGrade = AppraisalGrade::C;
  records[1].closed = false;
  records[1].surveyDate = Date{2024, 3, 1};
  records.push_back(parseBuildingRow(fuzz::buildingCells(lines, 1)).record);

  for (const BuildingRecord& r : records) {
    RecordFilter equals = filter;
    equals.op = FilterOperator::Equals;
    RecordFilter notEquals = filter;
    notEquals.op = FilterOperator::NotEquals;
    fuzz::check(equals.matches(r) != notEquals.matches(r), "= and ≠ disagree");
    RecordFilter isEmpty = filter;
    isEmpty.op = FilterOperator::IsEmpty;
    const QVariant value = recordFieldValue(r, filter.field);
    fuzz::check(isEmpty.matches(r) == (value.isNull() || value.toString().isEmpty()),
                "为空 holds exactly for a missing value");
    filter.matches(r);
    recordFieldKey(r, filter.field);
  }
  return 0;
}
