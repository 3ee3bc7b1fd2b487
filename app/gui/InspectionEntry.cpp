#include "app/gui/InspectionEntry.h"

#include <QCoreApplication>
#include <algorithm>

#include "app/gui/DisplayText.h"
#include "gis/analysis/CaseState.h"
#include "gis/model/Vocabulary.h"
#include "gis/patrol/EventKind.h"

namespace fangan {
namespace gui {
namespace {

QString tr(const char* source) { return QCoreApplication::translate("InspectionEntry", source); }

InspectionOutcome refuse(const BuildingRecord& current, const QString& why) {
  InspectionOutcome o;
  o.rejection = why;
  o.record = current;
  return o;
}

bool isEngineeringMeasure(Rectification m) {
  return m == Rectification::Reinforce || m == Rectification::PartialDemolition ||
         m == Rectification::Demolition || m == Rectification::Rebuild ||
         m == Rectification::Relocate;
}

// An appraisal grade recorded on `date`. A C/D grade reopens a closed case (its closure no longer
// has a basis); a C/D case cannot be graded away without engineering measures, or seed 002's ban
// on closing C/D cases by management measures could be side-stepped by a second appraisal.
InspectionOutcome appraise(const BuildingRecord& current, const InspectionInput& input) {
  if (input.grade == AppraisalGrade::None) return refuse(current, tr("请选择鉴定等级"));
  if (!current.isSurveyed()) return refuse(current, tr("房屋尚未排查，须先排查再鉴定"));
  const bool toAB = input.grade == AppraisalGrade::A || input.grade == AppraisalGrade::B;
  if (toAB && isCDNotRectified(current)) {
    return refuse(current, tr("%1危房未完成工程措施，不能改鉴定为A/B级（种子002）")
                               .arg(displayValue(current.appraisalGrade)));
  }
  InspectionOutcome o;
  o.accepted = true;
  o.record = current;
  o.record.appraisalGrade = input.grade;
  o.record.appraisalDate = input.date;
  if (!toAB && o.record.isClosed()) {
    o.record.closed = false;
    o.record.closedDate.reset();
    o.record.closureBasis = ClosureBasis::Unknown;
  }
  return o;
}

// A rectification measure decided (and possibly completed). Engineering measures without an
// appraisal are DOMAIN.md's "engineering measures without appraisal" route (ledger ③).
InspectionOutcome rectify(const BuildingRecord& current, const InspectionInput& input) {
  if (input.measure == Rectification::Unknown || input.measure == Rectification::None) {
    return refuse(current, tr("请选择整治措施"));
  }
  if (!hasInitialHazard(current) && current.appraisalGrade == AppraisalGrade::None) {
    return refuse(current, tr("未初判有隐患也未鉴定，无需整治"));
  }
  if (isClosedWithAcceptedBasis(current)) return refuse(current, tr("已销号，无需整治"));
  BuildingRecord r = current;
  if (r.rectification != input.measure) {
    r.rectification = input.measure;
    r.rectificationDone = false;
    r.rectificationDate.reset();
  }
  if (r.appraisalGrade == AppraisalGrade::None && isEngineeringMeasure(input.measure)) {
    r.directEngineering = true;
  }
  if (input.measureDone) {
    const FieldResultOutcome done = applyFieldResult(r, FieldResult::Rectified, input.date);
    if (!done.accepted) return refuse(current, QString::fromStdString(done.rejection));
    r = done.record;
  }
  InspectionOutcome o;
  o.accepted = true;
  o.record = r;
  return o;
}

}  // namespace

const std::vector<InspectionKind>& inspectionKinds() {
  static const std::vector<InspectionKind> kinds = {
      InspectionKind::Survey,    InspectionKind::Recheck, InspectionKind::AppraisalOrder,
      InspectionKind::Appraisal, InspectionKind::Control, InspectionKind::Rectification,
      InspectionKind::Closure};
  return kinds;
}

std::string inspectionKindKey(InspectionKind kind) {
  switch (kind) {
    case InspectionKind::Survey:
      return "survey";
    case InspectionKind::Recheck:
      return "verification";
    case InspectionKind::AppraisalOrder:
      return "appraisal_order";
    case InspectionKind::Appraisal:
      return "appraisal";
    case InspectionKind::Control:
      return "control";
    case InspectionKind::Rectification:
      return "rectification";
    case InspectionKind::Closure:
      return "closure";
  }
  return "survey";
}

QString inspectionKindTitle(InspectionKind kind) {
  switch (kind) {
    case InspectionKind::Survey:
      return tr("排查");
    case InspectionKind::Recheck:
      return tr("技术复核");
    case InspectionKind::AppraisalOrder:
      return tr("责成鉴定");
    case InspectionKind::Appraisal:
      return tr("鉴定");
    case InspectionKind::Control:
      return tr("管控");
    case InspectionKind::Rectification:
      return tr("整治");
    case InspectionKind::Closure:
      return tr("销号");
  }
  return QString();
}

std::vector<FieldResult> inspectionResults(InspectionKind kind) {
  switch (kind) {
    case InspectionKind::Survey:
      return {FieldResult::NoHazard, FieldResult::Hazard, FieldResult::Suspect,
              FieldResult::NoAccess};
    case InspectionKind::Recheck:
      return {FieldResult::RecheckNoHazard};
    case InspectionKind::AppraisalOrder:
      return {FieldResult::AppraisalOrdered};
    case InspectionKind::Control:
      return {FieldResult::StopUse, FieldResult::EvacuatedSealed, FieldResult::ControlInPlace,
              FieldResult::ControlLifted};
    case InspectionKind::Closure:
      return {FieldResult::Closed};
    case InspectionKind::Appraisal:
    case InspectionKind::Rectification:
      break;
  }
  return {};
}

const std::vector<Rectification>& rectificationMeasures() {
  static const std::vector<Rectification> measures = {
      Rectification::Repair,     Rectification::Reinforce, Rectification::PartialDemolition,
      Rectification::Demolition, Rectification::Rebuild,   Rectification::Relocate};
  return measures;
}

InspectionOutcome prepareInspection(const BuildingRecord& current, const InspectionInput& input) {
  if (isDemolished(current) && input.kind != InspectionKind::Closure) {
    return refuse(current, tr("房屋已拆除，只能登记销号"));
  }
  InspectionOutcome o;
  QString result;  // stored in the history: Chinese whatever the interface language
  switch (input.kind) {
    case InspectionKind::Appraisal:
      o = appraise(current, input);
      result = QString::fromStdString("鉴定为" + toChinese(input.grade));
      break;
    case InspectionKind::Rectification:
      o = rectify(current, input);
      result = QString::fromStdString(toChinese(input.measure) +
                                      (input.measureDone ? "（完成）" : "（实施中）"));
      break;
    default: {
      const std::vector<FieldResult> offered = inspectionResults(input.kind);
      if (std::find(offered.begin(), offered.end(), input.result) == offered.end()) {
        return refuse(current, tr("该类检查不能登记这个结果"));
      }
      const FieldResultOutcome applied = applyFieldResult(current, input.result, input.date);
      if (!applied.accepted) return refuse(current, QString::fromStdString(applied.rejection));
      o.accepted = true;
      o.record = applied.record;
      result = QString::fromStdString(fieldResultChinese(input.result));
      break;
    }
  }
  if (!o.accepted) return o;
  o.event.buildingId = current.id;
  o.event.code = current.code;
  o.event.date = input.date;
  o.event.kind = inspectionKindKey(input.kind);
  o.event.inspector = input.inspector;
  o.event.result = result.toStdString();
  o.event.note = input.note;
  return o;
}

QString describeEvent(const InspectionEvent& event) {
  std::string text =
      eventKindChinese(event.kind) + "：" + event.result + "（" + event.date.toString();
  if (!event.inspector.empty()) text += "，" + event.inspector;
  return QString::fromStdString(text + "）");
}

}  // namespace gui
}  // namespace fangan
