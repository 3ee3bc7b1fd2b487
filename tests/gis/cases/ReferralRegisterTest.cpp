// Referrals 移送 (docs/rules.md#referral) on a SpatiaLite file and, for the register itself, on
// a PostGIS schema too (CaseFixture.h): the kind list, every refusal code, each allowed step
// with its dated case event, and the monthly figures against hand counts.

#include <gtest/gtest.h>

#include <fstream>
#include <functional>

#include "CaseFixture.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemRegister.h"
#include "gis/cases/ReferralFigures.h"
#include "gis/cases/ReferralLifecycle.h"
#include "gis/cases/ReferralRegister.h"

namespace fangan {
namespace {

class ReferralRegister : public testing::CaseBackendTest {};

class ReferralFigures : public testing::CaseBackendTest {};

ReferralKinds shippedKinds() {
  return ReferralKinds::load(std::string(FANGAN_DATA_DIR) + "/rules/referral-kinds.json");
}

Referral referral(const std::string& code, const std::string& kind, const std::string& department,
                  const Date& day) {
  Referral r;
  r.code = code;
  r.kind = kind;
  r.department = department;
  r.referredDate = day;
  r.description = "经营场所未办理消防手续";
  return r;
}

std::int64_t refer(ProjectStore& store, const Referral& r) {
  auto tx = store.begin();
  const auto id = referProblem(store, r, shippedKinds(), "区住建局");
  tx->commit();
  return id;
}

void step(ProjectStore& store, std::int64_t id, ReferralState to, const Date& day,
          const std::string& note = "") {
  auto tx = store.begin();
  moveReferral(store, id, to, {day, "区消防救援大队", note, ""});
  tx->commit();
}

std::string refusalOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const CaseRefused& e) {
    return e.code();
  }
  return "none";
}

TEST(ReferralKinds, ShipTheSeedsFiveKindsAndReadAnEditedList) {
  const ReferralKinds kinds = shippedKinds();
  ASSERT_EQ(kinds.all().size(), 5u);
  EXPECT_EQ(kinds.all()[0].key, "structural_safety");
  EXPECT_EQ(kinds.all()[1].key, "illegal_construction");
  EXPECT_EQ(kinds.all()[2].key, "illegal_approval");
  EXPECT_EQ(kinds.all()[3].key, "business_licensing");
  EXPECT_EQ(kinds.all()[4].key, "fire_safety");
  EXPECT_EQ(kinds.find("消防安全")->key, "fire_safety");
  EXPECT_EQ(kinds.find("违法 建设")->key, "illegal_construction");
  EXPECT_FALSE(kinds.find("噪音扰民"));

  testing::TempDir dir;
  const std::string path = dir.file("kinds.json");
  std::ofstream(path) << R"({"kinds": [{"key": "noise", "name": "噪音扰民"},
                                     {"key": "noise", "name": "重复"}]})";
  try {
    ReferralKinds::load(path);
    FAIL() << "a duplicate key was accepted";
  } catch (const ReferralKindsError& e) {
    EXPECT_EQ(std::string(e.what()), path + " 第 2 项: key \"noise\" 重复");
  }
  std::ofstream(path) << R"({"kinds": [{"key": "noise", "name": "噪音扰民"}]})";
  EXPECT_EQ(ReferralKinds::load(path).find("噪音扰民")->key, "noise");
}

TEST_P(ReferralRegister, RegistersReferredWithTheBuildingsTownAnEventAndAnAuditRow) {
  auto store = project();
  const auto id = refer(*store, referral("H2", "消防安全", "区消防救援大队", {2025, 3, 4}));
  const auto r = referralById(*store, id);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, "fire_safety");  // the key is stored, not the name given
  EXPECT_EQ(r->state, ReferralState::Referred);
  EXPECT_EQ(r->town, "东街");
  EXPECT_EQ(r->buildingId, store->buildingByCode("H2")->id);
  EXPECT_EQ(r->stateDate, (Date{2025, 3, 4}));
  const auto events = store->caseEvents(CaseSubject::Referral, id);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].toState, "referred");
  EXPECT_EQ(events[0].note, "移送区消防救援大队：消防安全");
  EXPECT_EQ(store->auditLog(1)[0].target, "referrals:" + std::to_string(id));
}

TEST_P(ReferralRegister, TakesBuildingTownAndTextFromAReferredProblem) {
  auto store = project();
  Problem p;
  p.code = "H3";
  p.source = ProblemSource::WorkTeam;
  p.foundDate = {2025, 2, 1};
  p.description = "D级危房仍在经营";
  std::int64_t problemId = 0;
  {
    auto tx = store->begin();
    problemId = registerProblem(*store, p, "工作组");
    tx->commit();
  }
  Referral r = referral("", "business_licensing", "区市场监管局", {2025, 2, 3});
  r.description.clear();
  r.problemId = problemId;
  const auto id = refer(*store, r);
  const auto stored = referralById(*store, id);
  EXPECT_EQ(stored->code, "H3");
  EXPECT_EQ(stored->town, "西镇");
  EXPECT_EQ(stored->problemId, problemId);
  EXPECT_EQ(stored->description, "D级危房仍在经营");
}

TEST_P(ReferralRegister, WalksReferredAnsweredClosedWithDatedEvents) {
  auto store = project();
  const auto id = refer(*store, referral("H1", "fire_safety", "区消防救援大队", {2025, 3, 4}));
  step(*store, id, ReferralState::Answered, {2025, 3, 10}, "已责令停业整改");
  auto r = referralById(*store, id);
  EXPECT_EQ(r->state, ReferralState::Answered);
  EXPECT_EQ(r->feedback, "已责令停业整改");
  EXPECT_EQ(r->feedbackDate, (Date{2025, 3, 10}));
  EXPECT_FALSE(r->closedDate);
  step(*store, id, ReferralState::Closed, {2025, 3, 20});
  r = referralById(*store, id);
  EXPECT_EQ(r->state, ReferralState::Closed);
  EXPECT_EQ(r->closedDate, (Date{2025, 3, 20}));
  EXPECT_FALSE(isReferralOpen(r->state));
  const auto events = store->caseEvents(CaseSubject::Referral, id);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].fromState, "referred");
  EXPECT_EQ(events[1].toState, "answered");
  EXPECT_EQ(events[1].date, (Date{2025, 3, 10}));
  EXPECT_EQ(events[2].fromState, "answered");
  EXPECT_EQ(events[2].toState, "closed");
  EXPECT_EQ(events[2].date, (Date{2025, 3, 20}));
}

TEST_P(ReferralRegister, RefusesRegistrationsWithTheirCodesAndWritesNothing) {
  auto store = project();
  auto tx = store->begin();
  const ReferralKinds kinds = shippedKinds();
  auto attempt = [&](const Referral& r) {
    return refusalOf([&] { referProblem(*store, r, kinds, "x"); });
  };
  EXPECT_EQ(attempt(referral("H1", "noise", "区城管局", {2025, 3, 4})), "unknown_kind");
  EXPECT_EQ(attempt(referral("H1", "fire_safety", "", {2025, 3, 4})), "missing_department");
  EXPECT_EQ(attempt(referral("", "fire_safety", "区消防救援大队", {2025, 3, 4})),
            "missing_subject");
  EXPECT_EQ(attempt(referral("H1", "fire_safety", "区消防救援大队", Date{})), "missing_date");
  EXPECT_EQ(attempt(referral("NOPE", "fire_safety", "区消防救援大队", {2025, 3, 4})),
            "unknown_building");
  Referral byProblem = referral("", "fire_safety", "区消防救援大队", {2025, 3, 4});
  byProblem.problemId = 99;
  EXPECT_EQ(attempt(byProblem), "unknown_problem");
  tx->commit();
  EXPECT_TRUE(store->referrals().empty());
  EXPECT_TRUE(store->caseEvents(CaseSubject::Referral, 0).empty());
}

struct RefusedReferralStep {
  const char* name;
  std::vector<ReferralState> before;  // steps taken first (dated 2025-03-10, with feedback)
  ReferralState to;
  Date date;
  const char* note;
  const char* code;
};

class ReferralRefusedSteps : public ::testing::TestWithParam<RefusedReferralStep> {};

TEST_P(ReferralRefusedSteps, AreRefusedWithTheirCodeAndChangeNothing) {
  const RefusedReferralStep& c = GetParam();
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto id = refer(*store, referral("H2", "structural_safety", "区住建局", {2025, 3, 4}));
  for (ReferralState s : c.before) step(*store, id, s, {2025, 3, 10}, "已处理");
  const Referral before = *referralById(*store, id);
  const auto eventsBefore = store->caseEvents(CaseSubject::Referral, id).size();
  {
    auto tx = store->begin();
    EXPECT_EQ(refusalOf([&] {
                moveReferral(*store, id, c.to, {c.date, "x", c.note, ""});
              }),
              c.code);
    tx->commit();
  }
  const Referral after = *referralById(*store, id);
  EXPECT_EQ(after.state, before.state);
  EXPECT_EQ(after.stateDate, before.stateDate);
  EXPECT_EQ(store->caseEvents(CaseSubject::Referral, id).size(), eventsBefore);
}

INSTANTIATE_TEST_SUITE_P(Referral, ReferralRefusedSteps,
                         ::testing::Values(RefusedReferralStep{"close_without_feedback",
                                                               {},
                                                               ReferralState::Closed,
                                                               {2025, 3, 9},
                                                               "",
                                                               "close_without_feedback"},
                                           RefusedReferralStep{"feedback_without_text",
                                                               {},
                                                               ReferralState::Answered,
                                                               {2025, 3, 9},
                                                               "",
                                                               "feedback_needs_text"},
                                           RefusedReferralStep{"feedback_before_referral",
                                                               {},
                                                               ReferralState::Answered,
                                                               {2025, 3, 1},
                                                               "已处理",
                                                               "feedback_before_referral"},
                                           RefusedReferralStep{"close_before_feedback_date",
                                                               {ReferralState::Answered},
                                                               ReferralState::Closed,
                                                               {2025, 3, 8},
                                                               "",
                                                               "date_before_last_change"},
                                           RefusedReferralStep{"answer_twice",
                                                               {ReferralState::Answered},
                                                               ReferralState::Answered,
                                                               {2025, 3, 12},
                                                               "再次反馈",
                                                               "transition_not_allowed"},
                                           RefusedReferralStep{"back_to_referred",
                                                               {ReferralState::Answered},
                                                               ReferralState::Referred,
                                                               {2025, 3, 12},
                                                               "",
                                                               "transition_not_allowed"},
                                           RefusedReferralStep{
                                               "after_closed",
                                               {ReferralState::Answered, ReferralState::Closed},
                                               ReferralState::Answered,
                                               {2025, 3, 12},
                                               "又有反馈",
                                               "transition_not_allowed"}),
                         [](const ::testing::TestParamInfo<RefusedReferralStep>& info) {
                           return std::string(info.param.name);
                         });

TEST_P(ReferralRegister, UnknownIdIsRefused) {
  auto store = project();
  auto tx = store->begin();
  EXPECT_EQ(refusalOf([&] {
              moveReferral(*store, 7, ReferralState::Answered, {{2025, 3, 9}, "x", "y", ""});
            }),
            "unknown_referral");
}

// Nine referrals over two months. Hand counts:
//   2025-02: fire_safety ×2 (区消防救援大队; one answered, one awaiting), illegal_construction ×1
//            (区自然资源局, closed)                                   → departments 消防 2,
//            自然资源 1
//   2025-03: fire_safety ×1 (区消防救援大队, awaiting), structural_safety ×3 (区住建局: closed,
//            answered, awaiting), business_licensing ×2 (区市场监管局: awaiting, answered)
//            → departments 住建 3, 市场监管 2, 消防 1
TEST_P(ReferralFigures, CountPerMonthKindAndDepartmentEqualHandCounts) {
  auto store = project();
  struct Row {
    const char* code;
    const char* kind;
    const char* department;
    Date day;
    int steps;  // 0 awaiting, 1 answered, 2 closed
  };
  const Row rows[] = {
      {"H1", "fire_safety", "区消防救援大队", {2025, 2, 3}, 1},
      {"H2", "fire_safety", "区消防救援大队", {2025, 2, 27}, 0},
      {"H3", "illegal_construction", "区自然资源局", {2025, 2, 14}, 2},
      {"S1", "fire_safety", "区消防救援大队", {2025, 3, 1}, 0},
      {"H1", "structural_safety", "区住建局", {2025, 3, 2}, 2},
      {"H2", "structural_safety", "区住建局", {2025, 3, 5}, 1},
      {"H3", "structural_safety", "区住建局", {2025, 3, 31}, 0},
      {"N1", "business_licensing", "区市场监管局", {2025, 3, 7}, 0},
      {"S1", "business_licensing", "区市场监管局", {2025, 3, 8}, 1},
  };
  for (const Row& row : rows) {
    const auto id = refer(*store, referral(row.code, row.kind, row.department, row.day));
    if (row.steps >= 1) step(*store, id, ReferralState::Answered, row.day.plusDays(1), "已处理");
    if (row.steps >= 2) step(*store, id, ReferralState::Closed, row.day.plusDays(2));
  }
  const auto figures = referralFigures(store->referrals(), shippedKinds());
  std::vector<std::string> got;
  for (const ReferralMonthRow& r : figures) {
    got.push_back(r.month + " " + r.group + " " + r.name + " " + std::to_string(r.referred) + "/" +
                  std::to_string(r.awaiting) + "/" + std::to_string(r.answered) + "/" +
                  std::to_string(r.closed));
  }
  const std::vector<std::string> expected = {
      "2025-02 kind 违法建设 1/0/0/1",
      "2025-02 kind 消防安全 2/1/1/0",
      "2025-02 department 区消防救援大队 2/1/1/0",
      "2025-02 department 区自然资源局 1/0/0/1",
      "2025-03 kind 房屋结构安全 3/1/1/1",
      "2025-03 kind 经营许可 2/1/1/0",
      "2025-03 kind 消防安全 1/1/0/0",
      "2025-03 department 区住建局 3/1/1/1",
      "2025-03 department 区市场监管局 2/1/1/0",
      "2025-03 department 区消防救援大队 1/1/0/0",
  };
  EXPECT_EQ(got, expected);
}

FANGAN_CASE_BACKENDS(ReferralFigures);

FANGAN_CASE_BACKENDS(ReferralRegister);
}  // namespace
}  // namespace fangan
