#include <gtest/gtest.h>

#include <set>

#include "gis/analysis/PriorityRules.h"
#include "tests/gis/analysis/AnalysisFixtures.h"

namespace fangan {
namespace {

using namespace fangan::testing;

const Date kToday = day("2024-03-12");

/// Every known rule with weight 1 (zone rules included).
PriorityRules unitWeights() {
  std::string text;
  for (const std::string& id : priorityRuleIds()) text += id + " 1 " + id + "\n";
  for (const std::string& type : priorityZoneTypes()) text += "zone:" + type + " 1 z\n";
  return parsePriorityRules(text, "unit.rules");
}

/// A record that fires no rule: surveyed, no hazard, residential, 2 floors, masonry, designed.
BuildingRecord quiet(const std::string& code = "Q") { return cleanRecord(code); }

std::vector<std::string> firedIds(const PriorityResult& result) {
  std::vector<std::string> ids;
  for (const FiredPriorityRule& f : result.fired) ids.push_back(f.id);
  return ids;
}

TEST(PriorityRules, ParsesCommentsBlankLinesBomAndCrlf) {
  const std::string text =
      "\xEF\xBB\xBF# 规则\r\n"
      "\r\n"
      "   # indented comment\n"
      "commercial\t20  经营性自建房 #1\r\n"
      "zone:geohazard -5 地灾区（测试）\n"
      "floors_3plus +0 3层及以上\n";
  const PriorityRules rules = parsePriorityRules(text, "t.rules");
  ASSERT_EQ(rules.rules.size(), 3u);
  EXPECT_EQ(rules.rules[0].id, "commercial");
  EXPECT_EQ(rules.rules[0].weight, 20);
  EXPECT_EQ(rules.rules[0].label, "经营性自建房 #1");
  EXPECT_EQ(rules.rules[1].id, "zone:geohazard");
  EXPECT_EQ(rules.rules[1].weight, -5);
  EXPECT_EQ(rules.rules[1].label, "地灾区（测试）");
  EXPECT_EQ(rules.rules[2].weight, 0);
  EXPECT_TRUE(parsePriorityRules("", "empty.rules").rules.empty());
}

struct ParseErrorCase {
  const char* name;
  const char* text;
  int line;
  const char* what;
};

class PriorityRulesParseErrors : public ::testing::TestWithParam<ParseErrorCase> {};

TEST_P(PriorityRulesParseErrors, NameFileLineAndReason) {
  try {
    parsePriorityRules(GetParam().text, "office.rules");
    FAIL() << "no error";
  } catch (const PriorityRulesError& e) {
    EXPECT_EQ(e.file(), "office.rules");
    EXPECT_EQ(e.line(), GetParam().line);
    EXPECT_EQ(std::string(e.what()), GetParam().what);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Priority, PriorityRulesParseErrors,
    ::testing::Values(
        ParseErrorCase{"UnknownId", "# c\ncommercial 20 经营\nfoo 3 bar\n", 3,
                       "office.rules:3: unknown rule id 'foo'"},
        ParseErrorCase{"UnknownZone", "zone:moon 3 月球\n", 1,
                       "office.rules:1: unknown rule id 'zone:moon'"},
        ParseErrorCase{"DecimalWeight", "\n\ndistress 3.5 开裂\n", 3,
                       "office.rules:3: weight '3.5' is not an integer in [-1000, 1000]"},
        ParseErrorCase{"WeightTooLarge", "distress 1001 开裂\n", 1,
                       "office.rules:1: weight '1001' is not an integer in [-1000, 1000]"},
        ParseErrorCase{"MissingWeight", "distress\n", 1,
                       "office.rules:1: missing weight after 'distress'"},
        ParseErrorCase{"MissingLabel", "commercial 20 经营\r\ndistress 30   \r\n", 2,
                       "office.rules:2: missing label for 'distress'"},
        ParseErrorCase{"NotUtf8", "commercial 20 \xbe\xad\xd3\xaa\n", 1,
                       "office.rules:1: 不是 UTF-8 文本，请将规则文件以 UTF-8 编码保存"},
        ParseErrorCase{"GivenTwice", "distress 30 a\ncommercial 1 b\ndistress 5 c\n", 3,
                       "office.rules:3: rule 'distress' given twice"}),
    [](const ::testing::TestParamInfo<ParseErrorCase>& info) {
      return std::string(info.param.name);
    });

TEST(PriorityRules, DefaultFileLoadsWithEveryRule) {
  const PriorityRules rules = loadPriorityRules(defaultPriorityRulesPath());
  EXPECT_EQ(rules.rules.size(), priorityRuleIds().size() + priorityZoneTypes().size());
  std::set<std::string> ids;
  for (const PriorityRule& r : rules.rules) ids.insert(r.id);
  for (const std::string& id : priorityRuleIds()) EXPECT_EQ(ids.count(id), 1u) << id;
  EXPECT_EQ(ids.count("zone:geohazard"), 1u);
  EXPECT_EQ(rules.rules[0].id, "cd_not_rectified");
  EXPECT_EQ(rules.rules[0].weight, 100);
}

TEST(PriorityRules, MissingFileIsAnErrorOnLineZero) {
  try {
    loadPriorityRules("/nonexistent/priority.rules");
    FAIL() << "no error";
  } catch (const PriorityRulesError& e) {
    EXPECT_EQ(std::string(e.what()), "/nonexistent/priority.rules:0: cannot open the file");
  }
}

struct FireCase {
  const char* name;
  BuildingRecord record;
  std::vector<std::string> zones;
  std::vector<std::string> fired;  // in file order (all weights are 1)
};

std::vector<FireCase> fireCases() {
  BuildingRecord never = quiet();
  never.surveyStatus = SurveyStatus::NotSurveyed;
  BuildingRecord commercial = quiet();
  commercial.useSubtype = "restaurant";
  BuildingRecord dense = quiet();
  dense.peopleDense = true;
  BuildingRecord three = quiet();
  three.floors = 3;
  BuildingRecord undesigned = quiet();
  undesigned.proDesigned = false;
  BuildingRecord unknownDesign = quiet();
  unknownDesign.proDesigned.reset();
  BuildingRecord steel = quiet();
  steel.structure = Structure::Steel;
  BuildingRecord added = quiet();
  added.altAddedFloors = true;
  BuildingRecord altered = quiet();
  altered.altStructure = true;
  BuildingRecord use = quiet();
  use.altUse = true;
  BuildingRecord basement = quiet();
  basement.altBasement = true;
  BuildingRecord distress = quiet();
  distress.distress = true;
  return {
      {"Quiet", quiet(), {}, {}},
      {"NeverSurveyed", never, {}, {"never_surveyed"}},
      {"CDNotRectified",
       appraised(withHazard(quiet()), AppraisalGrade::D),
       {},
       {"cd_not_rectified"}},
      {"AwaitingInTime", withHazard(quiet(), "2024-03-10"), {}, {"hazard_awaiting_appraisal"}},
      {"AwaitingOverdue",
       withHazard(quiet(), "2024-03-01"),
       {},
       {"hazard_awaiting_appraisal", "appraisal_overdue"}},
      {"ClosedManagementOnly",
       closedOn(appraised(withHazard(quiet()), AppraisalGrade::B), ClosureBasis::ManagementOnly),
       {},
       {"closed_management_only"}},
      {"Commercial", commercial, {}, {"commercial"}},
      {"PeopleDense", dense, {}, {"people_dense"}},
      {"ThreeFloors", three, {}, {"floors_3plus"}},
      {"NotProDesigned", undesigned, {}, {"not_pro_designed"}},
      {"UnknownDesignDoesNotFire", unknownDesign, {}, {}},
      {"Steel", steel, {}, {"steel_frame"}},
      {"AddedFloors", added, {}, {"alt_added_floors"}},
      {"AlteredStructure", altered, {}, {"alt_structure"}},
      {"ChangedUse", use, {}, {"alt_use"}},
      {"Basement", basement, {}, {"alt_basement"}},
      {"Distress", distress, {}, {"distress"}},
      {"Zones", quiet(), {" Slope", "school", "school", "unknown"}, {"zone:school", "zone:slope"}},
  };
}

class PriorityRuleFiring : public ::testing::TestWithParam<FireCase> {};

TEST_P(PriorityRuleFiring, FiresExactlyItsRules) {
  PriorityContext context;
  context.today = kToday;
  context.zoneTypes = GetParam().zones;
  const PriorityResult result = evaluatePriority(unitWeights(), GetParam().record, context);
  EXPECT_EQ(firedIds(result), GetParam().fired);
  EXPECT_EQ(result.score, static_cast<int>(GetParam().fired.size()));
}

INSTANTIATE_TEST_SUITE_P(Priority, PriorityRuleFiring, ::testing::ValuesIn(fireCases()),
                         [](const ::testing::TestParamInfo<FireCase>& info) {
                           return std::string(info.param.name);
                         });

const char* const kOfficeRules =
    "cd_not_rectified 100 C/D级未整治\n"
    "commercial 20 经营性\n"
    "people_dense 20 人员密集\n"
    "floors_3plus 10 3层及以上\n"
    "steel_frame 15 钢结构\n"
    "not_pro_designed 15 未经正规设计\n"
    "alt_added_floors 30 加层\n"
    "distress 30 开裂\n"
    "zone:geohazard 25 地灾区\n"
    "zone:slope 20 坡地\n"
    "never_surveyed 50 未排查\n";

TEST(PriorityRules, ScoreAndReasonsInDescendingWeight) {
  const PriorityRules rules = parsePriorityRules(kOfficeRules, "office.rules");
  BuildingRecord r = quiet("R1");
  r.use = BuildingUse::Commercial;
  r.peopleDense = true;
  r.floors = 4;
  r.structure = Structure::Steel;
  r.proDesigned = false;
  r.altAddedFloors = true;
  r.distress = true;
  PriorityContext context;
  context.today = kToday;
  context.zoneTypes = {"geohazard", "slope"};
  const PriorityResult result = evaluatePriority(rules, r, context);
  EXPECT_EQ(result.score, 20 + 20 + 10 + 15 + 15 + 30 + 30 + 25 + 20);
  // Ties keep file order: commercial before people_dense, steel before not_pro_designed.
  EXPECT_EQ(firedIds(result),
            (std::vector<std::string>{"alt_added_floors", "distress", "zone:geohazard",
                                      "commercial", "people_dense", "zone:slope", "steel_frame",
                                      "not_pro_designed", "floors_3plus"}));
  EXPECT_EQ(result.fired[0].label, "加层");
  EXPECT_EQ(result.fired[0].weight, 30);
}

TEST(PriorityRules, RankingByScoreThenCode) {
  const PriorityRules rules = parsePriorityRules(kOfficeRules, "office.rules");
  BuildingRecord b = quiet("B");
  b.use = BuildingUse::Commercial;  // 20
  BuildingRecord a = quiet("A");
  a.peopleDense = true;                                                     // 20
  BuildingRecord c = appraised(withHazard(quiet("C")), AppraisalGrade::C);  // 100
  BuildingRecord d = quiet("D");                                            // 0
  BuildingRecord e = quiet("E");
  e.surveyStatus = SurveyStatus::NotSurveyed;  // 50, + geohazard 25 below
  const std::vector<RankedBuilding> ranking =
      rankByPriority(rules, {d, b, e, a, c}, kToday, [](const BuildingRecord& r) {
        return r.code == "E" ? std::vector<std::string>{"geohazard"} : std::vector<std::string>{};
      });
  ASSERT_EQ(ranking.size(), 5u);
  std::vector<std::string> order;
  std::vector<int> scores;
  for (const RankedBuilding& rb : ranking) {
    order.push_back(rb.code);
    scores.push_back(rb.result.score);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"C", "E", "A", "B", "D"}));
  EXPECT_EQ(scores, (std::vector<int>{100, 75, 20, 20, 0}));
  // Without a zone function no zone rule fires.
  EXPECT_EQ(rankByPriority(rules, {e}, kToday)[0].result.score, 50);
}

TEST(PriorityRules, KnownIds) {
  EXPECT_TRUE(isKnownPriorityRuleId("zone:school"));
  EXPECT_TRUE(isKnownPriorityRuleId("appraisal_overdue"));
  EXPECT_FALSE(isKnownPriorityRuleId("zone:"));
  EXPECT_FALSE(isKnownPriorityRuleId("Commercial"));
  EXPECT_EQ(priorityRuleIds().size(), 16u);
  EXPECT_EQ(priorityZoneTypes().size(), 17u);
}

}  // namespace
}  // namespace fangan
