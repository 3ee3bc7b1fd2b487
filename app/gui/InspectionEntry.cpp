#include "app/gui/InspectionEntry.h"

#include <QCoreApplication>

#include "app/cli/RefusalText.h"
#include "gis/patrol/EventKind.h"

namespace fangan {
namespace gui {
namespace {

QString tr(const char* source) { return QCoreApplication::translate("InspectionEntry", source); }

}  // namespace

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

InspectionOutcome prepareInspection(const BuildingRecord& current, const InspectionInput& input) {
  const LifecycleOutcome applied = applyLifecycleEntry(current, input);
  InspectionOutcome o;
  o.accepted = applied.accepted;
  o.record = applied.record;
  if (!applied.accepted) {
    o.rejection = refusalText(applied.refusal);
    return o;
  }
  o.event.buildingId = current.id;
  o.event.code = current.code;
  o.event.date = input.date;
  o.event.kind = lifecycleStepKey(input.step);
  o.event.inspector = input.inspector;
  o.event.result = applied.eventResult;  // stored in Chinese whatever the interface language
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
