#pragma once
// Explainable inspection priority (what to inspect first), docs/rules.md#priority:
// a score = sum of the weights of the rules that fire, with the fired rules as the explanation.
// Weights and labels come from a rules file the office edits (default data/rules/priority.rules;
// the format is documented at the top of that file):
//   # comment line            (a line whose first non-blank character is '#'; blank lines too)
//   <id> <weight> <label>     fields separated by spaces/tabs; the label runs to the end of line
// id: one of priorityRuleIds() or "zone:<type>" with a type of priorityZoneTypes(); each id at most
// once. weight: integer in [-1000, 1000]. label: required, free text (Chinese). A UTF-8 BOM and
// CRLF line ends are accepted. Rules absent from the file never fire.
//
// When each rule fires (seeds: 003 priority appraisal of altered / ≥3-floor / steel commercial
// houses; 000 steel buildings not professionally designed; 004 key zones, ≥3 floors, people-dense,
// alterations, distress; 002 management-only closures):
//   never_surveyed            survey_status is not "surveyed" (not_surveyed or unknown)
//   cd_not_rectified          grade C/D, engineering measures not done
//   hazard_awaiting_appraisal CaseState.h isAwaitingAppraisal
//   appraisal_overdue         CaseState.h isAppraisalOrderOverdue(record, context.today)
//   closed_management_only    closed = yes with closure_basis = management_only
//   commercial                BuildingRecord::isCommercial
//   people_dense              people_dense = yes
//   floors_3plus              floors ≥ 3
//   not_pro_designed          pro_designed = no (unknown does not fire)
//   steel_frame               structure = steel
//   alt_added_floors, alt_structure, alt_use, alt_basement   that alteration = yes
//   distress                  distress = yes
//   plan_overdue              context.planOverdue: the building's 一栋一策 plan is past its due
//                             date and not completed (docs/rules.md#plan)
//   zone:<type>               context.zoneTypes holds <type> (compared trimmed, lower-case)

#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"

namespace fangan {

/// One line of the rules file.
struct PriorityRule {
  std::string id;
  int weight = 0;
  std::string label;
};

/// A parsed rules file, rules in file order.
struct PriorityRules {
  std::vector<PriorityRule> rules;
};

/// A rules-file error naming the file, the 1-based line and the reason; what() is
/// "<file>:<line>: <reason>".
class PriorityRulesError : public std::runtime_error {
 public:
  PriorityRulesError(const std::string& file, int line, const std::string& reason);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string file_;
  int line_;
  std::string reason_;
};

/// What the rules need to know beyond the record.
struct PriorityContext {
  Date today;                          ///< for appraisal_overdue; set it
  std::vector<std::string> zoneTypes;  ///< key-zone types the building lies in (school, slope, …)
  bool planOverdue = false;            ///< its 一栋一策 plan is overdue (PlanRegister.h)
};

/// A rule that fired, as shown in the explanation.
struct FiredPriorityRule {
  std::string id;
  std::string label;
  int weight = 0;
};

/// Score and explanation of one building.
struct PriorityResult {
  int score = 0;                         ///< sum of the fired weights
  std::vector<FiredPriorityRule> fired;  ///< by weight descending, ties in file order
};

/// A building in a ranking.
struct RankedBuilding {
  std::string code;
  PriorityResult result;
};

/// Returns the zone types a building lies in (for rankByPriority).
using ZoneTypesFn = std::function<std::vector<std::string>(const BuildingRecord&)>;

/// The rule ids other than zone rules, in documentation order.
const std::vector<std::string>& priorityRuleIds();

/// The zone types accepted after "zone:" (docs/rules.md#key-zones).
const std::vector<std::string>& priorityZoneTypes();

/// True for an id of priorityRuleIds() or "zone:<type>" with a known type.
bool isKnownPriorityRuleId(const std::string& id);

/// Parses rules text; `sourceName` names the file in errors. Throws PriorityRulesError.
PriorityRules parsePriorityRules(const std::string& text, const std::string& sourceName);

/// Reads and parses a rules file. Throws PriorityRulesError (line 0 when unreadable).
PriorityRules loadPriorityRules(const std::string& path);

/// Path of the shipped default rules file (<data dir>/rules/priority.rules).
std::string defaultPriorityRulesPath();

/// Whether the rule `id` fires for the record in the context (false for unknown ids).
bool priorityRuleFires(const std::string& id, const BuildingRecord& r,
                       const PriorityContext& context);

/// Score and fired rules of one building.
PriorityResult evaluatePriority(const PriorityRules& rules, const BuildingRecord& r,
                                const PriorityContext& context);

/// Sorts by score descending, then code ascending (deterministic).
void sortRanking(std::vector<RankedBuilding>& ranking);

/// Evaluates every record (zone types from `zoneTypesOf`, none when empty; codes with an
/// overdue plan from `overduePlans`, none when null) and sorts them.
std::vector<RankedBuilding> rankByPriority(const PriorityRules& rules,
                                           const std::vector<BuildingRecord>& records,
                                           const Date& today, const ZoneTypesFn& zoneTypesOf = {},
                                           const std::set<std::string>* overduePlans = nullptr);

}  // namespace fangan
