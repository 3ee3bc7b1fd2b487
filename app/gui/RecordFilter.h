#pragma once
// Attribute filters built with the expression builder: one field, one operator, one value,
// evaluated in C++ on the building records, so user text never reaches SQL. Fields compare as
// numbers when both sides are numbers, otherwise as the displayed text (case-insensitive); a
// coded value also matches its interchange key ("C" matches "C级", "stop_use" matches "停止使用").

#include <QString>
#include <QVariant>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"

namespace fangan {
namespace gui {

/// The building attributes the table shows and filters on, in column order.
enum class RecordField {
  Code,
  Address,
  Town,
  Community,
  Grid,
  SurveyStatus,
  SurveyDate,
  InitialHazard,
  AppraisalGrade,
  Control,
  Rectification,
  Closed,
  HealthCode,
  SelfBuilt,
  Floors,
  Structure,
  YearBuilt,
  Use,
  UseSubtype,
  PeopleDense
};

/// Comparison operators of the builder.
enum class FilterOperator { Equals, NotEquals, Greater, Less, Contains, IsEmpty };

/// Every field, in column order.
const std::vector<RecordField>& recordFields();
/// Every operator, in menu order.
const std::vector<FilterOperator>& filterOperators();
/// Translated column title ("房屋编码").
QString recordFieldTitle(RecordField field);
/// Operator symbol as the builder shows it ("=", "≠", ">", "<", "包含", "为空").
QString filterOperatorTitle(FilterOperator op);
/// True for fields holding numbers (floors, year built).
bool isNumericField(RecordField field);

/// The value of a field as displayed: a QString, an int for numeric fields, or a null QVariant
/// when the record has none.
QVariant recordFieldValue(const BuildingRecord& record, RecordField field);
/// The store column (building_columns name) a field is read from alone; std::nullopt for 健康码,
/// which is worked out from several.
std::optional<std::string> recordFieldColumn(RecordField field);
/// The interchange key of a coded field ("C", "stop_use"); empty for free-text fields.
QString recordFieldKey(const BuildingRecord& record, RecordField field);

/// One condition: `field op value`.
struct RecordFilter {
  RecordField field = RecordField::Code;
  FilterOperator op = FilterOperator::Equals;
  QString value;

  /// Whether `record` satisfies the condition. A missing value satisfies only "is empty" and
  /// "≠".
  bool matches(const BuildingRecord& record) const;
};

}  // namespace gui
}  // namespace fangan
