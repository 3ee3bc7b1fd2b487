#include "app/gui/RecordFilter.h"

#include <QCoreApplication>

#include "app/gui/DisplayText.h"
#include "gis/analysis/HealthCode.h"
#include "gis/model/Vocabulary.h"

namespace fangan {
namespace gui {
namespace {

QString tr(const char* source) { return QCoreApplication::translate("RecordFilter", source); }

QVariant text(const std::string& s) {
  return s.empty() ? QVariant() : QVariant(QString::fromStdString(s));
}
QVariant shown(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant number(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); }

// Orders two values: numerically when both read as numbers, else as case-folded text.
int compareValues(const QVariant& value, const QString& operand) {
  bool valueIsNumber = false;
  bool operandIsNumber = false;
  const double a = value.toString().toDouble(&valueIsNumber);
  const double b = operand.trimmed().toDouble(&operandIsNumber);
  if (valueIsNumber && operandIsNumber) return a < b ? -1 : (a > b ? 1 : 0);
  return QString::compare(value.toString(), operand.trimmed(), Qt::CaseInsensitive);
}

}  // namespace

const std::vector<RecordField>& recordFields() {
  static const std::vector<RecordField> fields = {
      RecordField::Code,       RecordField::Address,       RecordField::Town,
      RecordField::Community,  RecordField::Grid,          RecordField::SurveyStatus,
      RecordField::SurveyDate, RecordField::InitialHazard, RecordField::AppraisalGrade,
      RecordField::Control,    RecordField::Rectification, RecordField::Closed,
      RecordField::HealthCode, RecordField::SelfBuilt,     RecordField::Floors,
      RecordField::Structure,  RecordField::YearBuilt,     RecordField::Use,
      RecordField::UseSubtype, RecordField::PeopleDense};
  return fields;
}

const std::vector<FilterOperator>& filterOperators() {
  static const std::vector<FilterOperator> ops = {
      FilterOperator::Equals, FilterOperator::NotEquals, FilterOperator::Greater,
      FilterOperator::Less,   FilterOperator::Contains,  FilterOperator::IsEmpty};
  return ops;
}

QString recordFieldTitle(RecordField field) {
  switch (field) {
    case RecordField::Code:
      return tr("房屋编码");
    case RecordField::Address:
      return tr("地址");
    case RecordField::Town:
      return tr("镇街");
    case RecordField::Community:
      return tr("社区村");
    case RecordField::Grid:
      return tr("网格");
    case RecordField::SurveyStatus:
      return tr("排查状态");
    case RecordField::SurveyDate:
      return tr("排查日期");
    case RecordField::InitialHazard:
      return tr("初判隐患");
    case RecordField::AppraisalGrade:
      return tr("鉴定等级");
    case RecordField::Control:
      return tr("管控措施");
    case RecordField::Rectification:
      return tr("整治措施");
    case RecordField::Closed:
      return tr("销号");
    case RecordField::HealthCode:
      return tr("健康码");
    case RecordField::SelfBuilt:
      return tr("自建房");
    case RecordField::Floors:
      return tr("层数");
    case RecordField::Structure:
      return tr("结构");
    case RecordField::YearBuilt:
      return tr("建成年份");
    case RecordField::Use:
      return tr("用途");
    case RecordField::UseSubtype:
      return tr("经营类型");
    case RecordField::PeopleDense:
      return tr("人员密集");
  }
  return QString();
}

QString filterOperatorTitle(FilterOperator op) {
  switch (op) {
    case FilterOperator::Equals:
      return QStringLiteral("=");
    case FilterOperator::NotEquals:
      return QStringLiteral("≠");
    case FilterOperator::Greater:
      return QStringLiteral(">");
    case FilterOperator::Less:
      return QStringLiteral("<");
    case FilterOperator::Contains:
      return tr("包含");
    case FilterOperator::IsEmpty:
      return tr("为空");
  }
  return QString();
}

bool isNumericField(RecordField field) {
  return field == RecordField::Floors || field == RecordField::YearBuilt;
}

QVariant recordFieldValue(const BuildingRecord& r, RecordField field) {
  switch (field) {
    case RecordField::Code:
      return text(r.code);
    case RecordField::Address:
      return text(r.address);
    case RecordField::Town:
      return text(r.town);
    case RecordField::Community:
      return text(r.community);
    case RecordField::Grid:
      return text(r.grid);
    case RecordField::SurveyStatus:
      return shown(displayValue(r.surveyStatus));
    case RecordField::SurveyDate:
      return r.surveyDate ? QVariant(QString::fromStdString(r.surveyDate->toString())) : QVariant();
    case RecordField::InitialHazard:
      return shown(displayValue(r.initialHazard));
    case RecordField::AppraisalGrade:
      return r.appraisalGrade == AppraisalGrade::None ? QVariant()
                                                      : shown(displayValue(r.appraisalGrade));
    case RecordField::Control:
      return shown(displayValue(r.control));
    case RecordField::Rectification:
      return shown(displayValue(r.rectification));
    case RecordField::Closed:
      return shown(displayYesNo(r.closed));
    case RecordField::HealthCode:
      return shown(vocabularyText(healthCodeChinese(healthCode(r).code)));
    case RecordField::SelfBuilt:
      return shown(displayYesNo(r.selfBuilt));
    case RecordField::Floors:
      return number(r.floors);
    case RecordField::Structure:
      return shown(displayValue(r.structure));
    case RecordField::YearBuilt:
      return number(r.yearBuilt);
    case RecordField::Use:
      return shown(displayValue(r.use));
    case RecordField::UseSubtype:
      return text(r.useSubtype);
    case RecordField::PeopleDense:
      return shown(displayYesNo(r.peopleDense));
  }
  return QVariant();
}

std::optional<std::string> recordFieldColumn(RecordField field) {
  switch (field) {
    case RecordField::Code:
      return "code";
    case RecordField::Address:
      return "address";
    case RecordField::Town:
      return "town";
    case RecordField::Community:
      return "community";
    case RecordField::Grid:
      return "grid";
    case RecordField::SurveyStatus:
      return "survey_status";
    case RecordField::SurveyDate:
      return "survey_date";
    case RecordField::InitialHazard:
      return "initial_hazard";
    case RecordField::AppraisalGrade:
      return "appraisal_grade";
    case RecordField::Control:
      return "control";
    case RecordField::Rectification:
      return "rectification";
    case RecordField::Closed:
      return "closed";
    case RecordField::HealthCode:
      return std::nullopt;
    case RecordField::SelfBuilt:
      return "self_built";
    case RecordField::Floors:
      return "floors";
    case RecordField::Structure:
      return "structure";
    case RecordField::YearBuilt:
      return "year_built";
    case RecordField::Use:
      return "use";
    case RecordField::UseSubtype:
      return "use_subtype";
    case RecordField::PeopleDense:
      return "people_dense";
  }
  return std::nullopt;
}

QString recordFieldKey(const BuildingRecord& r, RecordField field) {
  switch (field) {
    case RecordField::SurveyStatus:
      return QString::fromStdString(toKey(r.surveyStatus));
    case RecordField::InitialHazard:
      return QString::fromStdString(toKey(r.initialHazard));
    case RecordField::AppraisalGrade:
      return QString::fromStdString(toKey(r.appraisalGrade));
    case RecordField::Control:
      return QString::fromStdString(toKey(r.control));
    case RecordField::Rectification:
      return QString::fromStdString(toKey(r.rectification));
    case RecordField::HealthCode:
      return QString::fromStdString(healthCodeKey(healthCode(r).code));
    case RecordField::Structure:
      return QString::fromStdString(toKey(r.structure));
    case RecordField::Use:
      return QString::fromStdString(toKey(r.use));
    default:
      return QString();
  }
}

bool RecordFilter::matches(const BuildingRecord& record) const {
  const QVariant v = recordFieldValue(record, field);
  const bool empty = v.isNull() || v.toString().isEmpty();
  if (op == FilterOperator::IsEmpty) return empty;
  if (empty) return op == FilterOperator::NotEquals;
  switch (op) {
    case FilterOperator::Equals:
    case FilterOperator::NotEquals: {
      const QString key = recordFieldKey(record, field);
      const bool equal =
          compareValues(v, value) == 0 ||
          (!key.isEmpty() && QString::compare(key, value.trimmed(), Qt::CaseInsensitive) == 0);
      return op == FilterOperator::Equals ? equal : !equal;
    }
    case FilterOperator::Greater:
      return compareValues(v, value) > 0;
    case FilterOperator::Less:
      return compareValues(v, value) < 0;
    case FilterOperator::Contains:
      return v.toString().contains(value.trimmed(), Qt::CaseInsensitive);
    case FilterOperator::IsEmpty:
      break;
  }
  return false;
}

}  // namespace gui
}  // namespace fangan
