// 一栋一策 plans (docs/rules.md#plan) on a SpatiaLite file and a PostGIS schema
// (CaseFixture.h): drafting refusals, the lifecycle with refused steps, milestones, overdue by
// date, as-of states.

#include <gtest/gtest.h>

#include "CaseFixture.h"
#include "gis/cases/PlanLifecycle.h"
#include "gis/cases/PlanRegister.h"
#include "gis/history/AsOfStore.h"

namespace fangan {
namespace {

class PlanRegister : public testing::CaseBackendTest {};

RectificationPlan plan(const std::string& code, Rectification measure) {
  RectificationPlan p;
  p.code = code;
  p.measure = measure;
  p.route = "粘钢加固楼面梁，增设构造柱";
  p.responsibleUnit = "东街街道";
  p.responsiblePerson = "李四";
  p.start = Date{2025, 3, 1};
  p.due = Date{2025, 4, 30};
  p.milestones = {{Date{2025, 3, 15}, "加固设计审查", std::nullopt},
                  {Date{2025, 4, 20}, "施工完成", std::nullopt}};
  return p;
}

std::int64_t drafted(ProjectStore& store, const RectificationPlan& p) {
  auto tx = store.begin();
  const auto id = draftPlan(store, p, {2025, 2, 20}, "镇街");
  tx->commit();
  return id;
}

std::string refusalOf(ProjectStore& store, const RectificationPlan& p) {
  auto tx = store.begin();
  try {
    draftPlan(store, p, {2025, 2, 20}, "镇街");
  } catch (const CaseRefused& e) {
    return e.code();
  }
  return "";
}

TEST_P(PlanRegister, DraftsAPlanForAHazardousBuilding) {
  auto store = project();
  const auto id = drafted(*store, plan("H2", Rectification::Reinforce));
  const auto p = planById(*store, id);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->state, PlanState::Drafted);
  EXPECT_EQ(p->buildingId, store->buildingByCode("H2")->id);
  ASSERT_EQ(p->milestones.size(), 2u);
  EXPECT_EQ(p->milestones[1].text, "施工完成");
  EXPECT_EQ(p->milestones[1].due, (Date{2025, 4, 20}));
  EXPECT_FALSE(p->milestones[1].done);
  EXPECT_EQ(store->caseEvents(CaseSubject::Plan, id).size(), 1u);
}

TEST_P(PlanRegister, RefusesPlansTheRulesForbid) {
  auto store = project();
  EXPECT_EQ(refusalOf(*store, plan("N1", Rectification::Reinforce)), "building_not_hazardous");
  EXPECT_EQ(refusalOf(*store, plan("H2", Rectification::Repair)), "cd_needs_engineering");
  EXPECT_EQ(refusalOf(*store, plan("H1", Rectification::None)), "measure_missing");
  RectificationPlan nobody = plan("H1", Rectification::Repair);
  nobody.responsibleUnit.clear();
  nobody.responsiblePerson.clear();
  EXPECT_EQ(refusalOf(*store, nobody), "missing_responsible");
  RectificationPlan backwards = plan("S1", Rectification::Repair);
  backwards.due = Date{2025, 2, 1};
  EXPECT_EQ(refusalOf(*store, backwards), "due_before_start");
  EXPECT_EQ(refusalOf(*store, plan("ZZ", Rectification::Repair)), "unknown_building");
  // Repair is fine for a building that is not C/D.
  drafted(*store, plan("H1", Rectification::Repair));
  EXPECT_EQ(refusalOf(*store, plan("H1", Rectification::Reinforce)), "plan_exists");
  EXPECT_TRUE(store->plans().size() == 1u);
}

TEST_P(PlanRegister, CompletesOnlyWhenEveryMilestoneIsDone) {
  auto store = project();
  const auto id = drafted(*store, plan("H3", Rectification::Demolition));
  auto step = [&](PlanState to, const Date& day, const std::string& note = "") {
    auto tx = store->begin();
    try {
      movePlan(*store, id, to, {day, "镇街", note, ""});
    } catch (const CaseRefused& e) {
      return e.code();
    }
    tx->commit();
    return std::string();
  };
  EXPECT_EQ(step(PlanState::Completed, {2025, 3, 1}), "transition_not_allowed");
  EXPECT_EQ(step(PlanState::Implementing, {2025, 2, 19}), "date_before_last_change");
  EXPECT_EQ(step(PlanState::Implementing, {2025, 3, 1}), "");
  EXPECT_EQ(step(PlanState::Completed, {2025, 4, 25}), "milestones_open");
  {
    auto tx = store->begin();
    completeMilestone(*store, id, 0, {2025, 3, 14}, "镇街");
    completeMilestone(*store, id, 1, {2025, 4, 18}, "镇街");
    tx->commit();
  }
  EXPECT_EQ(step(PlanState::Completed, {2025, 4, 25}), "");
  EXPECT_EQ(step(PlanState::Implementing, {2025, 4, 26}), "transition_not_allowed");
  EXPECT_EQ(step(PlanState::Cancelled, {2025, 4, 26}, "重复"), "transition_not_allowed");
  const auto events = store->caseEvents(CaseSubject::Plan, id);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].toState, "completed");
  EXPECT_EQ(events[2].date, (Date{2025, 4, 25}));
}

TEST_P(PlanRegister, CancellingNeedsANoteAndFreesTheBuildingForANewPlan) {
  auto store = project();
  const auto id = drafted(*store, plan("H2", Rectification::Reinforce));
  {
    auto tx = store->begin();
    try {
      movePlan(*store, id, PlanState::Cancelled, {{2025, 3, 1}, "镇街", "", ""});
      FAIL();
    } catch (const CaseRefused& e) {
      EXPECT_EQ(e.code(), "cancel_needs_note");
    }
    movePlan(*store, id, PlanState::Cancelled, {{2025, 3, 1}, "镇街", "改为拆除", ""});
    tx->commit();
  }
  EXPECT_GT(drafted(*store, plan("H2", Rectification::Demolition)), id);
}

TEST_P(PlanRegister, OverdueByDateWhileInForce) {
  auto store = project();
  const auto id = drafted(*store, plan("H2", Rectification::Reinforce));
  const RectificationPlan p = *planById(*store, id);
  EXPECT_FALSE(isPlanOverdue(p, {2025, 4, 30}));
  EXPECT_TRUE(isPlanOverdue(p, {2025, 5, 1}));
  EXPECT_EQ(overdueMilestones(p, {2025, 3, 16}).size(), 1u);
  EXPECT_EQ(overduePlanCodes(store->plans(), {2025, 5, 1}), (std::set<std::string>{"H2"}));
  {
    auto tx = store->begin();
    movePlan(*store, id, PlanState::Cancelled, {{2025, 5, 2}, "x", "改拆除", ""});
    tx->commit();
  }
  EXPECT_TRUE(overduePlanCodes(store->plans(), {2025, 5, 3}).empty());
  // As of 2025-05-01 it was still drafted, so overdue; before 2025-02-20 it did not exist.
  EXPECT_EQ(overduePlanCodes(AsOfStore(*store, {2025, 5, 1}).plans(), {2025, 5, 1}).size(), 1u);
  EXPECT_TRUE(AsOfStore(*store, {2025, 2, 19}).plans().empty());
}

FANGAN_CASE_BACKENDS(PlanRegister);

}  // namespace
}  // namespace fangan
