#include "gis/analysis/HealthCode.h"

#include "gis/analysis/CaseState.h"

namespace fangan {

HealthCodeResult healthCode(const BuildingRecord& r) {
  if (r.control == ControlMeasure::StopUse) return {HealthCode::Red, "管控中：停止使用"};
  if (r.control == ControlMeasure::EvacuatedSealed) return {HealthCode::Red, "管控中：清人封房"};
  if (r.isGradeCD()) {
    if (!r.engineeringDone()) return {HealthCode::Red, "C/D级危房未完成工程整治"};
    if (r.isClosed()) return {HealthCode::Green, "C/D级已工程整治并销号"};
    return {HealthCode::Yellow, "已工程整治，待销号"};
  }
  if (isGradeAB(r)) return {HealthCode::Green, "鉴定为A/B级"};
  if (hasInitialHazard(r)) {
    if (r.recheckNoHazard.value_or(false)) return {HealthCode::Green, "技术复核无隐患"};
    if (r.engineeringDone()) {
      if (r.isClosed()) return {HealthCode::Green, "工程措施整治并销号"};
      return {HealthCode::Yellow, "已工程整治，待销号"};
    }
    if (isClosedWithAcceptedBasis(r)) return {HealthCode::Green, "已销号"};
    if (isClosedManagementOnly(r)) return {HealthCode::Yellow, "仅管理措施销号，待专业复核"};
    if (r.directEngineering.value_or(false)) return {HealthCode::Yellow, "直接工程措施整治中"};
    if (r.initialHazard == InitialHazard::Suspect) return {HealthCode::Yellow, "初判存疑，待鉴定"};
    return {HealthCode::Yellow, "初判有隐患，待鉴定"};
  }
  if (r.isSurveyed() && r.initialHazard == InitialHazard::None) {
    return {HealthCode::Green, "排查无隐患"};
  }
  if (r.isCommercial()) {
    if (r.isSurveyed()) return {HealthCode::Yellow, "经营性房屋排查结论缺失"};
    return {HealthCode::Yellow, "经营性房屋未排查"};
  }
  if (r.isSurveyed()) return {HealthCode::None, "排查结论缺失"};
  return {HealthCode::None, "未排查"};
}

std::string healthCodeKey(HealthCode code) {
  switch (code) {
    case HealthCode::Green:
      return "green";
    case HealthCode::Yellow:
      return "yellow";
    case HealthCode::Red:
      return "red";
    case HealthCode::None:
      break;
  }
  return "none";
}

std::string healthCodeChinese(HealthCode code) {
  switch (code) {
    case HealthCode::Green:
      return "绿码";
    case HealthCode::Yellow:
      return "黄码";
    case HealthCode::Red:
      return "红码";
    case HealthCode::None:
      break;
  }
  return "无码";
}

}  // namespace fangan
