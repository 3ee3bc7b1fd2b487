// Fuzz target `priority_rules`: a priority.rules file (gis/analysis/PriorityRules.h), then the
// loaded rules scoring buildings. Input: the file's text, optionally followed by a line "---" and
// a buildings row (one cell per line, INTERCHANGE.md key order) to score besides two fixed
// records. Invariants: a file loads or fails with PriorityRulesError; a score is the sum of the
// fired weights, each rule fires at most once, and the ranking is sorted.

#include <set>

#include "FuzzTarget.h"
#include "gis/analysis/PriorityRules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  const std::string input = fuzz::text(data, size);
  const std::size_t split = input.find("\n---\n");
  PriorityRules rules;
  try {
    rules = parsePriorityRules(input.substr(0, split), "fuzz.rules");
  } catch (const PriorityRulesError&) {
    return 0;
  }
  std::vector<BuildingRecord> records(2);
  records[0].code = "A";
  BuildingRecord& b = records[1];
  b.code = "B";
  b.floors = 4;
  b.structure = Structure::Steel;
  b.use = BuildingUse::Commercial;
  b.peopleDense = b.proDesigned = b.altAddedFloors = b.altStructure = b.altUse = true;
  b.altBasement = b.distress = b.closed = true;
  b.initialHazard = InitialHazard::Hazard;
  b.hazardFoundDate = Date{2023, 1, 1};
  b.appraisalGrade = AppraisalGrade::D;
  b.closureBasis = ClosureBasis::ManagementOnly;
  if (split != std::string::npos) {
    ParsedBuilding row =
        parseBuildingRow(fuzz::buildingCells(fuzz::lines(input.substr(split + 5)), 0));
    row.record.code = "C";
    records.push_back(row.record);
  }
  PriorityContext context;
  context.today = Date{2024, 6, 30};
  context.zoneTypes = priorityZoneTypes();
  for (const BuildingRecord& r : records) {
    const PriorityResult result = evaluatePriority(rules, r, context);
    int sum = 0;
    std::set<std::string> ids;
    for (const FiredPriorityRule& f : result.fired) {
      sum += f.weight;
      fuzz::check(ids.insert(f.id).second, "a rule fires at most once");
    }
    fuzz::check(sum == result.score, "the score is the sum of the fired weights");
  }
  const std::vector<RankedBuilding> ranking =
      rankByPriority(rules, records, context.today, [](const BuildingRecord&) {
        return std::vector<std::string>{"school", " SLOPE "};
      });
  fuzz::check(ranking.size() == records.size(), "every record is ranked");
  for (std::size_t i = 1; i < ranking.size(); ++i) {
    fuzz::check(ranking[i - 1].result.score >= ranking[i].result.score, "ranking by score");
  }
  return 0;
}
