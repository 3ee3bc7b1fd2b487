// The problem register (docs/rules.md#problem) on a SpatiaLite file and, for the register
// itself, on a PostGIS schema too (CaseFixture.h): the lifecycle with every refused step,
// overdue by date, figures against hand counts, as-of states.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "CaseFixture.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/ProblemFigures.h"
#include "gis/cases/ProblemLifecycle.h"
#include "gis/cases/ProblemRegister.h"
#include "gis/history/AsOfStore.h"

namespace fangan {
namespace {

class ProblemRegister : public testing::CaseBackendTest {};

class ProblemFigures : public testing::CaseBackendTest {};

Problem problem(const std::string& code, ProblemSource source, const Date& found) {
  Problem p;
  p.code = code;
  p.source = source;
  p.foundDate = found;
  p.description = "擅自加层未鉴定";
  return p;
}

std::int64_t registered(ProjectStore& store, Problem p) {
  auto tx = store.begin();
  const auto id = registerProblem(store, std::move(p), "区住建局");
  tx->commit();
  return id;
}

void move(ProjectStore& store, std::int64_t id, ProblemState to, const Date& day,
          const std::string& note = "", const std::string& evidence = "") {
  auto tx = store.begin();
  moveProblem(store, id, to, {day, "镇街", note, evidence});
  tx->commit();
}

void assign(ProjectStore& store, std::int64_t id, const Date& deadline) {
  auto tx = store.begin();
  assignProblem(store, id, "东街街道", "张三", deadline, "镇街");
  tx->commit();
}

TEST_P(ProblemRegister, RegistersPendingWithTownOfTheBuildingAndAnEvent) {
  auto store = project();
  const auto id = registered(*store, problem("H1", ProblemSource::OnlineInspection, {2025, 2, 1}));
  const auto p = problemById(*store, id);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->state, ProblemState::Pending);
  EXPECT_EQ(p->town, "东街");
  EXPECT_EQ(p->buildingId, store->buildingByCode("H1")->id);
  const auto events = store->caseEvents(CaseSubject::Problem, id);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].toState, "pending");
  EXPECT_EQ(events[0].date, (Date{2025, 2, 1}));
  EXPECT_EQ(store->auditLog(1)[0].target, "problems:" + std::to_string(id));
}

TEST_P(ProblemRegister, RefusesRegistrationWithoutBuildingOrLocation) {
  auto store = project();
  auto tx = store->begin();
  Problem p = problem("", ProblemSource::Complaint, {2025, 2, 1});
  try {
    registerProblem(*store, p, "x");
    FAIL() << "registered without a place";
  } catch (const CaseRefused& e) {
    EXPECT_EQ(e.code(), "missing_location");
  }
  p.code = "NOPE";
  try {
    registerProblem(*store, p, "x");
    FAIL() << "registered with an unknown code";
  } catch (const CaseRefused& e) {
    EXPECT_EQ(e.code(), "unknown_building");
  }
  p.code.clear();
  p.location = "东街88号旁空地";
  p.town = "东街";
  EXPECT_GT(registerProblem(*store, p, "x"), 0);
}

TEST_P(ProblemRegister, WalksTheWholeLifecycleWithDatedEvents) {
  auto store = project();
  const auto id = registered(*store, problem("H2", ProblemSource::WorkTeam, {2025, 2, 1}));
  assign(*store, id, {2025, 3, 31});
  move(*store, id, ProblemState::Confirmed, {2025, 2, 3});
  move(*store, id, ProblemState::Rectifying, {2025, 2, 10});
  move(*store, id, ProblemState::Rectified, {2025, 3, 20}, "", "加固验收报告 JG-2025-07");
  move(*store, id, ProblemState::Closed, {2025, 3, 25});
  const auto p = problemById(*store, id);
  EXPECT_EQ(p->state, ProblemState::Closed);
  EXPECT_EQ(p->stateDate, (Date{2025, 3, 25}));
  const auto events = store->caseEvents(CaseSubject::Problem, id);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[3].fromState, "rectifying");
  EXPECT_EQ(events[3].toState, "rectified");
  EXPECT_EQ(events[3].evidence, "加固验收报告 JG-2025-07");
  EXPECT_EQ(events[4].toState, "closed");
}

struct RefusedStep {
  const char* name;
  bool assignFirst;                  // responsible unit and deadline set before
  std::vector<ProblemState> before;  // steps taken first (dated 2025-02-05)
  ProblemState to;
  Date date;
  const char* note;
  const char* evidence;
  const char* code;
};

class ProblemRefusedSteps : public ::testing::TestWithParam<RefusedStep> {};

TEST_P(ProblemRefusedSteps, AreRefusedWithTheirCodeAndWriteNothing) {
  const RefusedStep& c = GetParam();
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto id = registered(*store, problem("H1", ProblemSource::Supervision, {2025, 2, 1}));
  if (c.assignFirst) assign(*store, id, {2025, 4, 30});
  for (ProblemState s : c.before) {
    move(*store, id, s, {2025, 2, 5}, "核实", s == ProblemState::Rectified ? "照片" : "");
  }
  const Problem before = *problemById(*store, id);
  const auto eventsBefore = store->caseEvents(CaseSubject::Problem, id).size();
  {
    auto tx = store->begin();
    try {
      moveProblem(*store, id, c.to, {c.date, "镇街", c.note, c.evidence});
      FAIL() << "step allowed";
    } catch (const CaseRefused& e) {
      EXPECT_EQ(e.code(), c.code);
    }
    tx->commit();
  }
  const Problem after = *problemById(*store, id);
  EXPECT_EQ(after.state, before.state);
  EXPECT_EQ(after.stateDate, before.stateDate);
  EXPECT_EQ(store->caseEvents(CaseSubject::Problem, id).size(), eventsBefore);
}

const Date kLater{2025, 2, 10};
INSTANTIATE_TEST_SUITE_P(Problem, ProblemRefusedSteps,
                         ::testing::Values(RefusedStep{"skip_to_rectifying",
                                                       true,
                                                       {},
                                                       ProblemState::Rectifying,
                                                       kLater,
                                                       "",
                                                       "",
                                                       "transition_not_allowed"},
                                           RefusedStep{"confirm_without_responsible",
                                                       false,
                                                       {},
                                                       ProblemState::Confirmed,
                                                       kLater,
                                                       "",
                                                       "",
                                                       "confirm_needs_responsible"},
                                           RefusedStep{"unfounded_without_note",
                                                       true,
                                                       {},
                                                       ProblemState::Unfounded,
                                                       kLater,
                                                       "",
                                                       "",
                                                       "unfounded_needs_note"},
                                           RefusedStep{
                                               "rectified_without_evidence",
                                               true,
                                               {ProblemState::Confirmed, ProblemState::Rectifying},
                                               ProblemState::Rectified,
                                               kLater,
                                               "",
                                               "",
                                               "rectified_needs_evidence"},
                                           RefusedStep{"reopen_unfounded",
                                                       true,
                                                       {ProblemState::Unfounded},
                                                       ProblemState::Confirmed,
                                                       kLater,
                                                       "",
                                                       "",
                                                       "transition_not_allowed"},
                                           RefusedStep{"close_from_confirmed",
                                                       true,
                                                       {ProblemState::Confirmed},
                                                       ProblemState::Closed,
                                                       kLater,
                                                       "",
                                                       "证据",
                                                       "transition_not_allowed"},
                                           RefusedStep{"dated_before_found",
                                                       true,
                                                       {},
                                                       ProblemState::Confirmed,
                                                       Date{2025, 1, 31},
                                                       "",
                                                       "",
                                                       "date_before_found"},
                                           RefusedStep{"dated_before_last_change",
                                                       true,
                                                       {ProblemState::Confirmed},
                                                       ProblemState::Rectifying,
                                                       Date{2025, 2, 4},
                                                       "",
                                                       "",
                                                       "date_before_last_change"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_P(ProblemRegister, ConfirmingNeedsADeadline) {
  auto store = project();
  const auto id = registered(*store, problem("H1", ProblemSource::Supervision, {2025, 2, 1}));
  auto tx = store->begin();
  assignProblem(*store, id, "东街街道", "", std::nullopt, "x");
  try {
    moveProblem(*store, id, ProblemState::Confirmed, {{2025, 2, 2}, "x", "", ""});
    FAIL();
  } catch (const CaseRefused& e) {
    EXPECT_EQ(e.code(), "confirm_needs_deadline");
  }
}

TEST_P(ProblemRegister, ClosingUsesTheEvidenceOfTheRectifiedStep) {
  auto store = project();
  const auto id = registered(*store, problem("H1", ProblemSource::Supervision, {2025, 2, 1}));
  assign(*store, id, {2025, 3, 1});
  move(*store, id, ProblemState::Confirmed, {2025, 2, 2});
  move(*store, id, ProblemState::Rectifying, {2025, 2, 3});
  move(*store, id, ProblemState::Rectified, {2025, 2, 4}, "", "整改照片 3 张");
  move(*store, id, ProblemState::Closed, {2025, 2, 5});  // no evidence of its own: allowed
  EXPECT_EQ(problemById(*store, id)->state, ProblemState::Closed);
}

TEST_P(ProblemRegister, OverdueIsOpenPastTheDeadline) {
  auto store = project();
  const auto id = registered(*store, problem("H1", ProblemSource::OnlineInspection, {2025, 2, 1}));
  assign(*store, id, {2025, 3, 10});
  move(*store, id, ProblemState::Confirmed, {2025, 2, 2});
  Problem p = *problemById(*store, id);
  EXPECT_FALSE(isProblemOverdue(p, {2025, 3, 10}));  // the deadline day itself is in time
  EXPECT_TRUE(isProblemOverdue(p, {2025, 3, 11}));
  EXPECT_EQ(overdueProblems(store->problems(), {2025, 3, 11}).size(), 1u);
  move(*store, id, ProblemState::Rectifying, {2025, 3, 12});
  move(*store, id, ProblemState::Rectified, {2025, 3, 15}, "", "照片");
  p = *problemById(*store, id);
  EXPECT_FALSE(isProblemOverdue(p, {2025, 3, 16}));
  // As of 2025-03-11 it was still confirmed and overdue.
  AsOfStore past(*store, {2025, 3, 11});
  const auto then = past.problems();
  ASSERT_EQ(then.size(), 1u);
  EXPECT_EQ(then[0].state, ProblemState::Confirmed);
  EXPECT_TRUE(isProblemOverdue(then[0], {2025, 3, 11}));
}

// Seven problems, counted by hand:
//   东街: P1 confirmed (overdue on 04-01), P2 rectifying, P3 rectified, P4 pending
//   西镇: P5 closed, P6 unfounded, P7 confirmed (deadline 04-30, not overdue)
//   registered 4 / 3; confirmed (confirmed or later) 东街 3 (P1 P2 P3), 西镇 2 (P5 P7);
//   rectified 东街 1, 西镇 1; overdue 东街 2 (P1, and P4 pending past 03-01), 西镇 0.
//   rates: 东街 3/4 = 0.75, 1/3 = 0.3333; 西镇 2/3 = 0.6667, 1/2 = 0.5;
//   total 5/7 = 0.7143, 2/5 = 0.4.
TEST_P(ProblemFigures, EqualHandCountsPerTownAndInTotal) {
  auto store = project();
  auto make = [&](const std::string& code, ProblemSource s, const Date& deadline,
                  std::vector<ProblemState> steps) {
    const auto id = registered(*store, problem(code, s, {2025, 2, 1}));
    assign(*store, id, deadline);
    for (ProblemState st : steps) {
      move(*store, id, st, {2025, 2, 10}, "核实", st == ProblemState::Rectified ? "照片" : "");
    }
  };
  using S = ProblemState;
  make("H1", ProblemSource::OnlineInspection, {2025, 3, 31}, {S::Confirmed});
  make("H2", ProblemSource::OnlineInspection, {2025, 4, 30}, {S::Confirmed, S::Rectifying});
  make("S1", ProblemSource::WorkTeam, {2025, 3, 1}, {S::Confirmed, S::Rectifying, S::Rectified});
  make("H1", ProblemSource::Complaint, {2025, 3, 1}, {});
  make("H3", ProblemSource::OnlineInspection, {2025, 3, 1},
       {S::Confirmed, S::Rectifying, S::Rectified, S::Closed});
  make("N1", ProblemSource::OnlineInspection, {2025, 3, 1}, {S::Unfounded});
  make("H3", ProblemSource::Supervision, {2025, 4, 30}, {S::Confirmed});

  const Date day{2025, 4, 1};
  const auto tallies = tallyProblems(store->problems(), {}, day);
  ASSERT_EQ(tallies.size(), 3u);
  const ProblemTally& east = tallies[0];
  const ProblemTally& west = tallies[1];
  const ProblemTally& total = tallies[2];
  EXPECT_EQ(east.town, "东街");
  EXPECT_EQ(west.town, "西镇");
  EXPECT_EQ(total.town, "合计");
  EXPECT_EQ(east.registered, 4);
  EXPECT_EQ(east.confirmed, 3);
  EXPECT_EQ(east.rectified, 1);
  EXPECT_EQ(east.pending, 1);
  // P4 (pending, deadline 03-01) is open past its deadline too: overdue 2 in 东街.
  EXPECT_EQ(east.overdue, 2);
  EXPECT_EQ(west.registered, 3);
  EXPECT_EQ(west.confirmed, 2);
  EXPECT_EQ(west.unfounded, 1);
  EXPECT_EQ(west.closed, 1);
  EXPECT_EQ(west.overdue, 0);
  EXPECT_NEAR(*east.confirmationRate, 0.75, 1e-12);
  EXPECT_NEAR(*east.rectificationRate, 1.0 / 3, 1e-12);
  EXPECT_NEAR(*west.confirmationRate, 2.0 / 3, 1e-12);
  EXPECT_NEAR(*west.rectificationRate, 0.5, 1e-12);
  EXPECT_EQ(total.registered, 7);
  EXPECT_NEAR(*total.confirmationRate, 5.0 / 7, 1e-12);
  EXPECT_NEAR(*total.rectificationRate, 0.4, 1e-12);

  // Online inspection only (attachment 2's 线上检查): 东街 P1 P2, 西镇 P5 P6.
  ProblemFilter online;
  online.source = ProblemSource::OnlineInspection;
  const auto onlineTallies = tallyProblems(store->problems(), online, day);
  EXPECT_EQ(onlineTallies[0].registered, 2);
  EXPECT_EQ(onlineTallies[0].confirmed, 2);
  EXPECT_EQ(onlineTallies[1].registered, 2);
  EXPECT_EQ(onlineTallies[1].confirmed, 1);

  // Before the confirmations (2025-02-05) nothing was confirmed: no rectification rate.
  AsOfStore early(*store, {2025, 2, 5});
  const auto before = tallyProblems(early.problems(), {}, {2025, 2, 5});
  EXPECT_EQ(before.back().registered, 7);
  EXPECT_EQ(before.back().confirmed, 0);
  EXPECT_FALSE(before.back().rectificationRate);
}

TEST(ProblemRegisterFile, CaseHistoryIsAppendOnly) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  registered(*store, problem("H1", ProblemSource::Complaint, {2025, 2, 1}));
  store.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.file("cases.sqlite").c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE case_events SET note = 'x'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM case_events", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

FANGAN_CASE_BACKENDS(ProblemFigures);

FANGAN_CASE_BACKENDS(ProblemRegister);
}  // namespace
}  // namespace fangan
