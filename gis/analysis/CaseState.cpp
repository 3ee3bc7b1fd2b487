#include "gis/analysis/CaseState.h"

#include <set>
#include <string>

#include "gis/model/Vocabulary.h"

namespace fangan {

bool hasInitialHazard(const BuildingRecord& r) {
  return r.initialHazard == InitialHazard::Hazard || r.initialHazard == InitialHazard::Suspect;
}

bool isGradeAB(const BuildingRecord& r) {
  return r.appraisalGrade == AppraisalGrade::A || r.appraisalGrade == AppraisalGrade::B;
}

bool isClosedWithAcceptedBasis(const BuildingRecord& r) {
  return r.isClosed() &&
         (r.closureBasis == ClosureBasis::RecheckNoHazard ||
          r.closureBasis == ClosureBasis::GradeAB || r.closureBasis == ClosureBasis::Engineering);
}

bool isClosedManagementOnly(const BuildingRecord& r) {
  return r.isClosed() && r.closureBasis == ClosureBasis::ManagementOnly;
}

bool isAttachment2Closure(const BuildingRecord& r) {
  if (!r.isClosed()) return false;
  switch (r.closureBasis) {
    case ClosureBasis::RecheckNoHazard:
    case ClosureBasis::GradeAB:
    case ClosureBasis::Engineering:
      return true;
    case ClosureBasis::ManagementOnly:
      return false;
    case ClosureBasis::Unknown:
      break;
  }
  return r.recheckNoHazard.value_or(false) || isGradeAB(r) || r.engineeringDone();
}

bool isAwaitingAppraisal(const BuildingRecord& r) {
  return hasInitialHazard(r) && r.appraisalGrade == AppraisalGrade::None &&
         !r.recheckNoHazard.value_or(false) && !r.directEngineering.value_or(false) &&
         !isClosedWithAcceptedBasis(r);
}

std::optional<Date> appraisalOrderDeadline(const BuildingRecord& r) {
  if (!isAwaitingAppraisal(r) || !r.hazardFoundDate) return std::nullopt;
  return r.hazardFoundDate->plusDays(kAppraisalOrderDays);
}

bool isAppraisalOrderOverdue(const BuildingRecord& r, const Date& today) {
  const std::optional<Date> due = appraisalOrderDeadline(r);
  if (!due) return false;
  if (r.appraisalOrderedDate) return *r.appraisalOrderedDate > *due;
  return today > *due;
}

std::optional<Date> appraisalAfterOrderDue(const BuildingRecord& r) {
  if (!isAwaitingAppraisal(r) || !r.appraisalOrderedDate) return std::nullopt;
  return r.appraisalOrderedDate->plusDays(kAppraisalAfterOrderDays);
}

bool isCDNotRectified(const BuildingRecord& r) { return r.isGradeCD() && !r.engineeringDone(); }

bool isUnderControl(const BuildingRecord& r) {
  return r.control == ControlMeasure::StopUse || r.control == ControlMeasure::EvacuatedSealed;
}

bool isDemolished(const BuildingRecord& r) {
  return r.rectification == Rectification::Demolition && r.rectificationDone.value_or(false);
}

bool isPublicBuildingUse(const BuildingRecord& r) {
  if (r.use == BuildingUse::Public) return true;
  static const std::set<std::string> publicSubtypes = {
      // education
      "school", "kindergarten", "education", "training", "学校", "幼儿园", "教育", "培训",
      // medical
      "hospital", "clinic", "medical", "医院", "诊所", "医疗", "卫生院",
      // culture and sports
      "culture", "cinema", "sports", "stadium", "文化", "影院", "体育", "体育场馆",
      // elderly care
      "elderly_care", "elderly care", "nursing_home", "养老", "养老服务", "养老机构",
      // transport stations
      "transport", "transport_station", "station", "交通", "交通站场", "车站",
      // malls
      "mall", "shopping_mall", "商场"};
  return publicSubtypes.count(normalizeCell(r.useSubtype)) > 0;
}

}  // namespace fangan
