// Hazard notices (docs/rules.md#notice) on a SpatiaLite file and a PostGIS schema
// (CaseFixture.h): numbers per year and town, stable on re-issue; one case event per issue;
// which buildings a town's batch takes; the text from the shipped template (owner, blank owner
// line, findings, actions from the plan or the grade's rule, deadline).

#include <gtest/gtest.h>

#include <fstream>

#include "CaseFixture.h"
#include "gis/cases/NoticeContent.h"
#include "gis/cases/NoticeRegister.h"
#include "gis/cases/PlanRegister.h"

namespace fangan {
namespace {

class NoticeRegister : public testing::CaseBackendTest {};
class NoticeText : public testing::CaseBackendTest {};

NoticeTemplate shippedTemplate() {
  return NoticeTemplate::load(std::string(FANGAN_DATA_DIR) +
                              "/templates/notice/hazard-notice.json");
}

IssuedNotice issue(ProjectStore& store, const std::string& code, const Date& day) {
  auto tx = store.begin();
  const auto b = store.buildingByCode(code);
  const IssuedNotice n = issueNotice(store, *b, day, day.plusDays(30), "区住建局");
  tx->commit();
  return n;
}

TEST_P(NoticeRegister, NumbersCountPerYearAndTownAndStayOnReissue) {
  auto store = project();
  EXPECT_EQ(issue(*store, "H1", {2025, 3, 1}).notice.number, "2025-东街-001");
  EXPECT_EQ(issue(*store, "H3", {2025, 3, 1}).notice.number, "2025-西镇-001");
  EXPECT_EQ(issue(*store, "H2", {2025, 3, 2}).notice.number, "2025-东街-002");
  EXPECT_EQ(issue(*store, "S1", {2026, 1, 5}).notice.number, "2026-东街-001");
  const IssuedNotice again = issue(*store, "H1", {2025, 4, 1});
  EXPECT_TRUE(again.reissue);
  EXPECT_EQ(again.notice.number, "2025-东街-001");
  EXPECT_EQ(again.notice.issued, (Date{2025, 3, 1}));
  EXPECT_EQ(store->notices().size(), 4u);  // a re-issue adds no notice
  EXPECT_EQ(noticeNumber(2025, "", 12), "2025-无镇街-012");
}

TEST_P(NoticeRegister, RecordsOneDatedEventPerIssue) {
  auto store = project();
  const IssuedNotice first = issue(*store, "H2", {2025, 3, 1});
  auto events = store->caseEvents(CaseSubject::Notice, first.notice.id);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].toState, "issued");
  EXPECT_EQ(events[0].note, "2025-东街-001");
  EXPECT_EQ(events[0].date, (Date{2025, 3, 1}));
  EXPECT_EQ(events[0].evidence, "整改期限 2025-03-31");
  issue(*store, "H2", {2025, 4, 2});
  events = store->caseEvents(CaseSubject::Notice, first.notice.id);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].toState, "reissued");
  EXPECT_EQ(events[1].note, "2025-东街-001");
  EXPECT_EQ(events[1].date, (Date{2025, 4, 2}));
  EXPECT_EQ(store->auditLog(1)[0].target, "notices:" + std::to_string(first.notice.id));
  EXPECT_EQ(store->auditLog(1)[0].action, "reissue");
}

TEST_P(NoticeRegister, RefusesABuildingWithoutHazardAndWritesNothing) {
  auto store = project();
  auto tx = store->begin();
  try {
    issueNotice(*store, *store->buildingByCode("N1"), {2025, 3, 1}, std::nullopt, "x");
    FAIL() << "a notice for a building without hazard";
  } catch (const CaseRefused& e) {
    EXPECT_EQ(e.code(), "building_not_hazardous");
  }
  tx->commit();
  EXPECT_TRUE(store->notices().empty());
  EXPECT_TRUE(store->caseEvents(CaseSubject::Notice, 0).empty());
}

TEST_P(NoticeRegister, ATownBatchTakesItsHazardousBuildingsWithoutANotice) {
  auto store = project();
  std::vector<BuildingRecord> all;
  store->forEachBuilding([&](const BuildingRecord& b, const Wkb&) {
    all.push_back(b);
    return true;
  });
  auto codes = [](const std::vector<BuildingRecord>& v) {
    std::vector<std::string> out;
    for (const auto& b : v) out.push_back(b.code);
    return out;
  };
  EXPECT_EQ(codes(buildingsAwaitingNotice(all, store->notices(), "东街")),
            (std::vector<std::string>{"H1", "H2", "S1"}));
  EXPECT_EQ(codes(buildingsAwaitingNotice(all, store->notices(), "西镇")),
            (std::vector<std::string>{"H3"}));  // N1 has no hazard
  issue(*store, "H2", {2025, 3, 1});
  EXPECT_EQ(codes(buildingsAwaitingNotice(all, store->notices(), "东街")),
            (std::vector<std::string>{"H1", "S1"}));
}

TEST_P(NoticeText, FillsTheTemplateWithOwnerFindingsRuleActionsAndDeadline) {
  auto store = project();
  BuildingRecord b = *store->buildingByCode("H3");
  b.address = "西镇老街8号";
  b.responsibility.owner = "王五";
  b.altAddedFloors = true;
  b.appraisalDate = Date{2025, 2, 10};
  const NoticeTemplate t = shippedTemplate();
  const Date day{2025, 3, 1};
  const auto deadline = noticeDeadline(t, b, std::nullopt, day);
  EXPECT_EQ(deadline, (Date{2025, 3, 8}));  // D: 7 days in the shipped template
  IssuedNotice issued;
  issued.notice.number = "2025-西镇-001";
  issued.notice.deadline = deadline;
  InspectionEvent latest;
  latest.date = {2025, 2, 20};
  latest.kind = "patrol";
  latest.inspector = "李四";
  latest.result = "墙体裂缝扩大";
  const NoticeContent c = noticeContent(t, b, issued, day, latest, std::nullopt);
  EXPECT_EQ(c.salutation, "王五：");
  EXPECT_EQ(c.owner, "王五");
  EXPECT_NE(c.opening.find("位于西镇老街8号的房屋（房屋编码 H3）"), std::string::npos);
  ASSERT_EQ(c.findings.size(), 3u);
  EXPECT_EQ(c.findings[0], "房屋安全性鉴定等级为D级（2025年2月10日鉴定），属危险房屋");
  EXPECT_EQ(c.findings[1], "擅自加层");
  EXPECT_EQ(c.findings[2], "最近一次检查（2025年2月20日，李四）：墙体裂缝扩大");
  EXPECT_EQ(c.actions, t.actions.at("D"));
  EXPECT_NE(c.closing.find("2025年3月8日"), std::string::npos);
}

TEST_P(NoticeText, ABuildingWithoutOwnerGetsABlankLineAndThePlansActions) {
  auto store = project();
  const BuildingRecord b = *store->buildingByCode("H2");
  RectificationPlan plan;
  plan.buildingId = b.id;
  plan.code = "H2";
  plan.measure = Rectification::Reinforce;
  plan.route = "钢筋混凝土加大截面";
  plan.responsibleUnit = "东街街道";
  plan.responsiblePerson = "张三";
  plan.due = {2025, 6, 30};
  plan.milestones = {{{2025, 4, 30}, "完成加固设计", std::nullopt}};
  const NoticeTemplate t = shippedTemplate();
  const Date day{2025, 3, 1};
  EXPECT_EQ(noticeDeadline(t, b, plan, day), (Date{2025, 6, 30}));
  IssuedNotice issued;
  issued.notice.number = "2025-东街-001";
  const NoticeContent c = noticeContent(t, b, issued, day, std::nullopt, plan);
  EXPECT_EQ(c.owner, "");
  EXPECT_EQ(c.salutation, "＿＿＿＿＿＿＿＿＿＿：");
  EXPECT_EQ(c.deadline, (Date{2025, 6, 30}));
  ASSERT_EQ(c.actions.size(), 3u);
  EXPECT_EQ(c.actions[0], "按“一栋一策”整治方案实施加固（钢筋混凝土加大截面）");
  EXPECT_EQ(c.actions[1], "责任单位和责任人：东街街道，张三");
  EXPECT_EQ(c.actions[2], "2025年4月30日前：完成加固设计");
  ASSERT_EQ(c.findings.size(), 1u);
  EXPECT_EQ(c.findings[0], "房屋安全性鉴定等级为C级，属危险房屋");
}

TEST(NoticeTemplate, AMistakeNamesTheFileAndTheKey) {
  testing::TempDir dir;
  const std::string path = dir.file("notice.json");
  std::ofstream(path) << R"({"office": "x", "title": 3})";
  try {
    NoticeTemplate::load(path);
    FAIL() << "a number title was accepted";
  } catch (const NoticeTemplateError& e) {
    EXPECT_EQ(std::string(e.what()), path + ": \"title\" 应为文本");
  }
}

FANGAN_CASE_BACKENDS(NoticeRegister);
FANGAN_CASE_BACKENDS(NoticeText);

}  // namespace
}  // namespace fangan
