#include "layers/BuildingClass.h"

#include "gis/analysis/CaseState.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

QString surveyClass(const BuildingRecord& record) {
  return record.isSurveyed() ? QStringLiteral("surveyed") : QStringLiteral("not_surveyed");
}

QString hazardClass(const BuildingRecord& record) {
  // An appraisal implies the building was surveyed even when the ledger forgot to say so.
  if (record.appraisalGrade != AppraisalGrade::None) {
    return QString::fromStdString(toKey(record.appraisalGrade));
  }
  if (!record.isSurveyed()) return QStringLiteral("not_surveyed");
  if (hasInitialHazard(record) && !record.recheckNoHazard.value_or(false)) {
    return QStringLiteral("initial_hazard");
  }
  if (record.initialHazard == InitialHazard::Unknown && !record.recheckNoHazard.value_or(false)) {
    return QStringLiteral("no_verdict");
  }
  return QStringLiteral("no_hazard");
}

}  // namespace fangan
