#include "gis/analysis/AuditRules.h"

#include <algorithm>
#include <functional>
#include <map>

#include "gis/analysis/CaseState.h"

namespace fangan {

namespace {

using RecordTest = std::function<bool(const BuildingRecord&)>;

std::string nameOf(const BuildingRecord& r, std::size_t index) {
  if (!r.code.empty()) return r.code;
  if (r.id != 0) return "id:" + std::to_string(r.id);
  return "#" + std::to_string(index + 1);
}

bool closureBasisUnsupported(const BuildingRecord& r) {
  if (!r.isClosed()) return false;
  switch (r.closureBasis) {
    case ClosureBasis::GradeAB:
      return !isGradeAB(r);
    case ClosureBasis::RecheckNoHazard:
      return !r.recheckNoHazard.value_or(false);
    case ClosureBasis::Engineering:
      return !r.engineeringDone();
    case ClosureBasis::Unknown:
    case ClosureBasis::ManagementOnly:
      break;
  }
  return false;
}

bool floorsAboveStructureLimit(const BuildingRecord& r) {
  const std::optional<int> limit = maxFloorsForStructure(r.structure);
  return limit && r.floors && *r.floors > *limit;
}

bool controlLifted(const BuildingRecord& r, const AuditInputs& inputs) {
  if (r.control != ControlMeasure::None || r.engineeringDone()) return false;
  if (r.isGradeCD()) return true;
  const bool unresolved =
      hasInitialHazard(r) && !isGradeAB(r) && !r.recheckNoHazard.value_or(false);
  return unresolved && inputs.controlRecorded.count(r.code) > 0;
}

std::vector<std::string> sortedUnique(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

}  // namespace

const std::vector<AuditRuleInfo>& auditRuleCatalog() {
  static const std::vector<AuditRuleInfo> catalog = {
      {"closed_without_basis", AuditSeverity::Error, "已销号但无销号依据", false},
      {"closed_basis_unsupported", AuditSeverity::Error, "销号依据与记录不符", false},
      {"closed_management_only", AuditSeverity::Warning, "仅采取管理措施销号，须专业技术人员复核",
       false},
      {"cd_closed_without_engineering", AuditSeverity::Error, "C/D级房屋未采取工程措施即销号",
       false},
      {"missing_code", AuditSeverity::Error, "缺少房屋编码", false},
      {"duplicate_code", AuditSeverity::Error, "房屋编码重复", false},
      {"missing_floors", AuditSeverity::Warning, "缺少层数", false},
      {"missing_structure", AuditSeverity::Warning, "缺少结构类型", false},
      {"missing_year_built", AuditSeverity::Warning, "缺少建成年份", false},
      {"invalid_floors", AuditSeverity::Error, "层数小于1", false},
      {"floors_structure_mismatch", AuditSeverity::Warning,
       "层数与结构类型不符（土木/木/砖木超过3层，砖混超过7层）", false},
      {"survey_before_build_year", AuditSeverity::Error, "排查日期早于建成年份", false},
      {"missing_hazard_found_date", AuditSeverity::Warning, "初判有隐患但缺少隐患发现日期", false},
      {"appraisal_overdue", AuditSeverity::Error, "发现隐患后5日内未责成业主委托鉴定", false},
      {"control_lifted_before_rectification", AuditSeverity::Error, "隐患未整治完成即解除管控",
       false},
      {"outside_every_grid", AuditSeverity::Warning, "房屋不在任何网格内", true},
      {"invalid_geometry", AuditSeverity::Error, "房屋图形无效或为空", true},
      {"duplicate_footprint", AuditSeverity::Warning, "房屋轮廓重叠重复", true},
      {"orphan_survey_point", AuditSeverity::Warning, "排查点不在任何房屋轮廓内", true},
      {"spot_check_resurvey", AuditSeverity::Error,
       "抽查正确率低于90%，应报告区政府并责令镇街重新排查（列出镇街）", false},
      {"plan_overdue", AuditSeverity::Warning, "一栋一策整治方案逾期未完成", false},
  };
  return catalog;
}

std::string auditSeverityKey(AuditSeverity severity) {
  return severity == AuditSeverity::Error ? "error" : "warning";
}

std::optional<int> maxFloorsForStructure(Structure structure) {
  switch (structure) {
    case Structure::Earth:
    case Structure::Timber:
    case Structure::BrickWood:
      return 3;
    case Structure::Masonry:
      return 7;
    case Structure::Unknown:
    case Structure::Frame:
    case Structure::Steel:
    case Structure::Other:
      break;
  }
  return std::nullopt;
}

std::vector<AuditFinding> runAudit(const std::vector<BuildingRecord>& records,
                                   const AuditInputs& inputs, const Date& today) {
  const std::map<std::string, RecordTest> recordTests = {
      {"closed_without_basis",
       [](const BuildingRecord& r) {
         return r.isClosed() && r.closureBasis == ClosureBasis::Unknown;
       }},
      {"closed_basis_unsupported", closureBasisUnsupported},
      {"closed_management_only", isClosedManagementOnly},
      {"cd_closed_without_engineering",
       [](const BuildingRecord& r) { return r.isClosed() && isCDNotRectified(r); }},
      {"missing_code", [](const BuildingRecord& r) { return r.code.empty(); }},
      {"missing_floors", [](const BuildingRecord& r) { return !r.floors.has_value(); }},
      {"missing_structure",
       [](const BuildingRecord& r) { return r.structure == Structure::Unknown; }},
      {"missing_year_built", [](const BuildingRecord& r) { return !r.yearBuilt.has_value(); }},
      {"invalid_floors", [](const BuildingRecord& r) { return r.floors && *r.floors < 1; }},
      {"floors_structure_mismatch", floorsAboveStructureLimit},
      {"survey_before_build_year",
       [](const BuildingRecord& r) {
         return r.surveyDate && r.yearBuilt && r.surveyDate->year < *r.yearBuilt;
       }},
      {"missing_hazard_found_date",
       [](const BuildingRecord& r) { return hasInitialHazard(r) && !r.hazardFoundDate; }},
      {"appraisal_overdue",
       [&today](const BuildingRecord& r) { return isAppraisalOrderOverdue(r, today); }},
      {"control_lifted_before_rectification",
       [&inputs](const BuildingRecord& r) { return controlLifted(r, inputs); }},
  };

  std::vector<AuditFinding> findings;
  for (const AuditRuleInfo& rule : auditRuleCatalog()) {
    AuditFinding finding{rule.id, rule.severity, rule.message, {}};
    std::vector<std::string> codes;
    const auto test = recordTests.find(rule.id);
    if (test != recordTests.end()) {
      for (std::size_t i = 0; i < records.size(); ++i) {
        if (test->second(records[i])) codes.push_back(nameOf(records[i], i));
      }
    } else if (rule.id == "duplicate_code") {
      std::vector<std::string> all = inputs.codes;
      if (all.empty()) {
        for (const BuildingRecord& r : records) all.push_back(r.code);
      }
      std::map<std::string, int> seen;
      for (const std::string& code : all) {
        if (!code.empty() && ++seen[code] == 2) codes.push_back(code);
      }
    } else if (rule.id == "outside_every_grid") {
      codes.assign(inputs.outsideEveryGrid.begin(), inputs.outsideEveryGrid.end());
    } else if (rule.id == "invalid_geometry") {
      codes.assign(inputs.invalidGeometry.begin(), inputs.invalidGeometry.end());
    } else if (rule.id == "duplicate_footprint") {
      for (const auto& [a, b] : inputs.duplicateFootprints) {
        codes.push_back(a);
        codes.push_back(b);
      }
    } else if (rule.id == "orphan_survey_point") {
      codes = inputs.orphanSurveyPoints;
    } else if (rule.id == "spot_check_resurvey") {
      codes.assign(inputs.spotCheckResurveyTowns.begin(), inputs.spotCheckResurveyTowns.end());
    } else if (rule.id == "plan_overdue") {
      codes.assign(inputs.overduePlans.begin(), inputs.overduePlans.end());
    }
    finding.codes = sortedUnique(std::move(codes));
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace fangan
