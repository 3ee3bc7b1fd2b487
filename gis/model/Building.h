#pragma once
// The building record (一楼一档, docs/rules.md#lifecycle), with the interchange keys of layer
// `buildings` (docs/rules.md#interchange). Unknown values stay empty (std::nullopt / Unknown).

#include <cstdint>
#include <optional>
#include <string>

#include "gis/model/Date.h"

namespace fangan {

enum class Structure { Unknown, Masonry, BrickWood, Frame, Steel, Timber, Earth, Other };
enum class BuildingUse { Unknown, Residential, Commercial, Public, Mixed, Industrial, Other };
enum class SurveyStatus { Unknown, NotSurveyed, Surveyed };
enum class InitialHazard { Unknown, None, Hazard, Suspect };
enum class AppraisalGrade { None, A, B, C, D };
enum class ControlMeasure { Unknown, None, StopUse, EvacuatedSealed };
enum class Rectification {
  Unknown,
  None,
  Repair,
  Reinforce,
  PartialDemolition,
  Demolition,
  Rebuild,
  Relocate
};
enum class ClosureBasis { Unknown, RecheckNoHazard, GradeAB, Engineering, ManagementOnly };

/// One of the five approvals the seeds name (立项、用地、规划、施工、消防): present (有), lacking
/// (无) or unknown (empty), with the document number when there is one
/// (docs/rules.md#responsibility).
struct Approval {
  std::optional<bool> present;
  std::string number;  ///< 文号, e.g. 榕规〔2019〕12号
  bool operator==(const Approval& o) const { return present == o.present && number == o.number; }
};

/// Who answers for a building: owner and occupant first (产权人、使用人,
/// docs/rules.md#responsibility), the industry department, and the approvals the building holds.
struct Responsibility {
  std::string owner;          ///< 产权人
  std::string ownerPhone;     ///< 产权人电话 (personal data: masked in exports)
  std::string occupant;       ///< 使用人
  std::string occupantPhone;  ///< 使用人电话 (personal data: masked in exports)
  std::string department;     ///< 行业主管部门
  Approval project;           ///< 立项
  Approval land;              ///< 用地
  Approval planning;          ///< 规划
  Approval construction;      ///< 施工
  Approval fire;              ///< 消防
};

/// One building: its identity, physical facts, and where its safety case stands.
struct BuildingRecord {
  std::int64_t id = 0;  ///< store row id; 0 before the record is stored
  std::string code;     ///< 房屋编码, unique within a project
  std::string address;
  std::string town;
  std::string community;
  std::string grid;

  std::optional<bool> selfBuilt;
  std::optional<int> floors;
  Structure structure = Structure::Unknown;
  std::optional<int> yearBuilt;
  std::optional<int> designLife;  ///< years; empty means the default of 50
  BuildingUse use = BuildingUse::Unknown;
  std::string useSubtype;
  std::optional<bool> peopleDense;
  std::optional<bool> proDesigned;
  std::optional<bool> altAddedFloors;
  std::optional<bool> altStructure;
  std::optional<bool> altUse;
  std::optional<bool> altBasement;
  std::optional<bool> distress;

  SurveyStatus surveyStatus = SurveyStatus::Unknown;
  std::optional<Date> surveyDate;
  InitialHazard initialHazard = InitialHazard::Unknown;
  std::optional<Date> hazardFoundDate;
  /// 责成鉴定日期: the day the owner was ordered to commission an appraisal
  /// (docs/rules.md#order-5d)
  std::optional<Date> appraisalOrderedDate;
  std::optional<bool> recheckNoHazard;
  std::optional<bool> directEngineering;
  AppraisalGrade appraisalGrade = AppraisalGrade::None;
  std::optional<Date> appraisalDate;
  ControlMeasure control = ControlMeasure::Unknown;
  Rectification rectification = Rectification::Unknown;
  std::optional<bool> rectificationDone;
  std::optional<Date> rectificationDate;
  std::optional<bool> closed;
  std::optional<Date> closedDate;
  ClosureBasis closureBasis = ClosureBasis::Unknown;

  /// Owner, occupant, department and approvals (schema version 3).
  Responsibility responsibility;

  /// Day the record entered the project (set by the store on insert; not an attribute column,
  /// never imported). Empty for records stored before the store kept it.
  std::optional<Date> enteredDate;
  /// The row's version when the store read it (store-kept, docs/rules.md#row-versions): 1 on
  /// insert, one more for every update that changes the row. 0 for a record not read from a
  /// store. An edit names it (ProjectStore::editBuilding) so that a stale edit is refused.
  std::int64_t rowVersion = 0;

  /// Design service life in years, 50 when not recorded.
  int effectiveDesignLife() const { return designLife.value_or(50); }
  /// Commercial (docs/rules.md#interchange): use = commercial, or a use subtype is given.
  bool isCommercial() const { return use == BuildingUse::Commercial || !useSubtype.empty(); }
  /// Engineering measures: reinforce/partial demolition/demolition/rebuild/relocate, done.
  bool engineeringDone() const {
    const bool engineering = rectification == Rectification::Reinforce ||
                             rectification == Rectification::PartialDemolition ||
                             rectification == Rectification::Demolition ||
                             rectification == Rectification::Rebuild ||
                             rectification == Rectification::Relocate;
    return engineering && rectificationDone.value_or(false);
  }
  bool isSurveyed() const { return surveyStatus == SurveyStatus::Surveyed; }
  bool isClosed() const { return closed.value_or(false); }
  bool isGradeCD() const {
    return appraisalGrade == AppraisalGrade::C || appraisalGrade == AppraisalGrade::D;
  }
};

}  // namespace fangan
