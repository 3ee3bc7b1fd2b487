#pragma once
// The case records of schema version 3 (docs/rules.md#problem, #plan): problems of the problem
// register (问题台账), one rectification plan per hazardous building (一栋一策), and the dated
// state changes of both (append-only, like the inspection history).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// Where a problem came from (seeds 002, 003: 国家/省第三方检查、工作组、督导、线上巡检).
enum class ProblemSource {
  NationalCheck,     ///< national_check 国家检查
  ProvincialCheck,   ///< provincial_check 省级检查
  WorkTeam,          ///< work_team 工作组 (四进)
  Supervision,       ///< supervision 督导
  OnlineInspection,  ///< online_inspection 线上巡检
  Complaint,         ///< complaint 群众投诉
  OwnPatrol          ///< own_patrol 自查巡查
};

/// 待确认 → 已确认 / 不属实 → 整改中 → 已整改 → 销号 (docs/rules.md#problem).
enum class ProblemState { Pending, Confirmed, Unfounded, Rectifying, Rectified, Closed };

/// One registered problem.
struct Problem {
  std::int64_t id = 0;    ///< store row id; 0 before it is stored
  std::string reference;  ///< the number the upper level gave it (问题编号); may be empty
  ProblemSource source = ProblemSource::OwnPatrol;
  Date foundDate;                 ///< 发现日期
  std::int64_t buildingId = 0;    ///< 0 when the problem names a location only
  std::string code;               ///< building code, empty when not a building
  std::string location;           ///< 位置 when there is no building
  std::string town;               ///< 镇街 (from the building when it has one)
  std::string description;        ///< 问题描述
  std::string responsibleUnit;    ///< 责任单位
  std::string responsiblePerson;  ///< 责任人
  std::optional<Date> deadline;   ///< 整改期限
  ProblemState state = ProblemState::Pending;
  std::optional<Date> stateDate;  ///< day of the last state change
};

/// 已制定 → 实施中 → 已完成; 已制定/实施中 → 已撤销 (docs/rules.md#plan).
enum class PlanState { Drafted, Implementing, Completed, Cancelled };

/// One milestone of a plan: what is due by when, and when it was done.
struct PlanMilestone {
  Date due;
  std::string text;
  std::optional<Date> done;
};

/// 一栋一策: the rectification plan of one hazardous building (docs/rules.md#plan).
struct RectificationPlan {
  std::int64_t id = 0;
  std::int64_t buildingId = 0;
  std::string code;
  Rectification measure = Rectification::Unknown;  ///< from the rectification vocabulary
  std::string route;                               ///< 技术路线
  std::string responsibleUnit;                     ///< 责任单位
  std::string responsiblePerson;                   ///< 责任人
  std::optional<Date> start;                       ///< 开始日期
  Date due;                                        ///< 完成期限
  std::vector<PlanMilestone> milestones;
  PlanState state = PlanState::Drafted;
  std::optional<Date> stateDate;
};

/// What a case event is about: a problem, a plan, a hazard notice (docs/rules.md#notice) or a
/// referral (docs/rules.md#referral).
enum class CaseSubject { Problem, Plan, Notice, Referral };

/// 已移送 → 已反馈 → 已办结 (docs/rules.md#referral).
enum class ReferralState { Referred, Answered, Closed };

/// 移送: a building's problem referred to the competent department (seed 003, 应移尽移).
struct Referral {
  std::int64_t id = 0;
  std::int64_t buildingId = 0;  ///< 0 when the referral names a registered problem only
  std::string code;             ///< building code (from the problem when it has one)
  std::int64_t problemId = 0;   ///< the registered problem referred, 0 when none
  std::string town;
  std::string kind;         ///< key of the referral kind list (data/rules/referral-kinds.json)
  Date referredDate;        ///< 移送日期
  std::string department;   ///< 接收部门
  std::string description;  ///< 移送事项
  ReferralState state = ReferralState::Referred;
  std::optional<Date> stateDate;
  std::string feedback;  ///< 反馈意见
  std::optional<Date> feedbackDate;
  std::optional<Date> closedDate;  ///< 办结日期
};

/// 隐患通知书: one issued hazard notice of a building. Its number is `year-town-NNN`, the
/// sequence counting per year and town (docs/rules.md#notice); a re-issue keeps the number.
struct HazardNotice {
  std::int64_t id = 0;
  std::string number;
  std::int64_t buildingId = 0;
  std::string code;
  std::string town;
  int year = 0;
  int sequence = 0;
  Date issued;                   ///< first issue
  std::optional<Date> deadline;  ///< 整改期限 stated on it
};

/// One dated state change of a problem or plan. Append-only.
struct CaseEvent {
  std::int64_t id = 0;
  CaseSubject subject = CaseSubject::Problem;
  std::int64_t subjectId = 0;
  Date date;
  std::string fromState;  ///< state key before; empty for the registration
  std::string toState;    ///< state key after
  std::string who;
  std::string note;
  std::string evidence;    ///< 佐证: document numbers, photo paths (';'-separated)
  std::string recordedAt;  ///< ISO timestamp set by the store
};

}  // namespace fangan
