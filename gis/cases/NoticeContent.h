#pragma once
// What one hazard notice says (docs/rules.md#notice), as text ready to print: the template's
// office, title and paragraphs filled with the building's owner, address and code; the findings
// (grade or initial judgement, damage and alterations, the latest inspection); the required
// actions (the building's 一栋一策 plan in force, else the template's actions for its grade) and
// the deadline (the plan's due date, else issue day + the template's days for the grade).

#include <optional>
#include <string>
#include <vector>

#include "gis/cases/NoticeRegister.h"
#include "gis/cases/NoticeTemplate.h"
#include "gis/model/CaseRecords.h"
#include "gis/model/InspectionEvent.h"

namespace fangan {

struct NoticeContent {
  std::int64_t buildingId = 0;
  std::string office;
  std::string title;
  std::string number;
  bool reissue = false;
  std::string owner;  ///< empty when the record names none (the notice prints a blank line)
  std::string ownerPhone;
  std::string occupant;
  std::string address;
  std::string code;
  std::string town;
  std::string salutation;  ///< filled; a blank line to write on when there is no owner
  std::string opening;
  std::vector<std::string> findings;
  std::vector<std::string> actions;
  std::optional<Date> deadline;
  std::vector<std::string> legalBasis;
  std::string closing;
  std::string receipt;
  std::string seal;
  Date issued;  ///< the day of this issue
};

/// The template key of a building's rule: "D", "C", "hazard" or "suspect".
std::string noticeRuleKey(const BuildingRecord& building);

/// The plan in force (已制定 or 实施中) of a building, if any.
std::optional<RectificationPlan> planInForce(const std::vector<RectificationPlan>& plans,
                                             std::int64_t buildingId);

/// The latest inspection of a history (oldest first): imports, corrections and re-survey orders
/// are not inspections.
std::optional<InspectionEvent> latestInspection(const std::vector<InspectionEvent>& history);

/// The deadline: the plan's due date, else `day` + the template's days for the rule key (none
/// when the template has no days for it).
std::optional<Date> noticeDeadline(const NoticeTemplate& t, const BuildingRecord& building,
                                   const std::optional<RectificationPlan>& plan, const Date& day);

NoticeContent noticeContent(const NoticeTemplate& t, const BuildingRecord& building,
                            const IssuedNotice& issued, const Date& day,
                            const std::optional<InspectionEvent>& latest,
                            const std::optional<RectificationPlan>& plan);

}  // namespace fangan
