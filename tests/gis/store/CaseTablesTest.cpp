// The case registers (problems, plans, case events), hazard notices, referrals and attachments
// of the store contract on both backends — a SpatiaLite file and a schema on the PostGIS test
// server (FANGAN_PG_URL; skipped locally without one, failed under CI=true) — and copying a
// project that has them: file → file and file → server → file.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <map>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/history/AsOfStore.h"
#include "gis/store/ProjectCopy.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

enum class Backend { Spatialite, Postgis };

using testing::squareAt;

std::string backendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::Spatialite ? "Spatialite" : "Postgis";
}

std::string dateText(const std::optional<Date>& d) { return d ? d->toString() : "-"; }

// Every field of a record as text; links through `ref`, so that two projects with different
// ids compare by what the links point at.
using Ref = std::function<std::string(const char* table, std::int64_t id)>;

std::string describe(const Problem& p, const Ref& ref) {
  return p.reference + "|" + std::to_string(static_cast<int>(p.source)) + "|" +
         p.foundDate.toString() + "|" + ref("buildings", p.buildingId) + "|" + p.code + "|" +
         p.location + "|" + p.town + "|" + p.description + "|" + p.responsibleUnit + "|" +
         p.responsiblePerson + "|" + dateText(p.deadline) + "|" +
         std::to_string(static_cast<int>(p.state)) + "|" + dateText(p.stateDate);
}

std::string describe(const RectificationPlan& p, const Ref& ref) {
  std::string s = ref("buildings", p.buildingId) + "|" + p.code + "|" +
                  std::to_string(static_cast<int>(p.measure)) + "|" + p.route + "|" +
                  p.responsibleUnit + "|" + p.responsiblePerson + "|" + dateText(p.start) + "|" +
                  p.due.toString() + "|" + std::to_string(static_cast<int>(p.state)) + "|" +
                  dateText(p.stateDate);
  for (const auto& m : p.milestones) {
    s += "|" + m.due.toString() + " " + m.text + " " + dateText(m.done);
  }
  return s;
}

std::string describe(const HazardNotice& n, const Ref& ref) {
  return n.number + "|" + ref("buildings", n.buildingId) + "|" + n.code + "|" + n.town + "|" +
         std::to_string(n.year) + "|" + std::to_string(n.sequence) + "|" + n.issued.toString() +
         "|" + dateText(n.deadline);
}

std::string describe(const Referral& r, const Ref& ref) {
  return ref("buildings", r.buildingId) + "|" + r.code + "|" + ref("problems", r.problemId) + "|" +
         r.town + "|" + r.kind + "|" + r.referredDate.toString() + "|" + r.department + "|" +
         r.description + "|" + std::to_string(static_cast<int>(r.state)) + "|" +
         dateText(r.stateDate) + "|" + r.feedback + "|" + dateText(r.feedbackDate) + "|" +
         dateText(r.closedDate);
}

std::string subjectTable(CaseSubject s) {
  switch (s) {
    case CaseSubject::Problem:
      return "problems";
    case CaseSubject::Plan:
      return "plans";
    case CaseSubject::Notice:
      return "notices";
    case CaseSubject::Referral:
      return "referrals";
  }
  return "";
}

std::string describe(const CaseEvent& e, const Ref& ref) {
  return subjectTable(e.subject) + "|" + ref(subjectTable(e.subject).c_str(), e.subjectId) + "|" +
         e.date.toString() + "|" + e.fromState + "|" + e.toState + "|" + e.who + "|" + e.note +
         "|" + e.evidence + "|" + e.recordedAt;
}

std::string describe(const Attachment& a, const Ref& ref) {
  char place[80] = "-";
  if (a.latitude && a.longitude) {
    std::snprintf(place, sizeof place, "%.17g,%.17g", *a.latitude, *a.longitude);
  }
  return ref("buildings", a.buildingId) + "|" + (a.eventId ? ref("events", *a.eventId) : "-") +
         "|" + toKey(a.kind) + "|" + a.fileName + "|" + a.mediaType + "|" + a.sha256 + "|" +
         std::to_string(a.size) + "|" + std::to_string(a.bytes.size()) + "|" +
         std::to_string(a.thumbnail.size()) + "|" + std::to_string(a.width) + "x" +
         std::to_string(a.height) + "|" + a.exifTime + "|" + place + "|" + a.addedAt + "|" +
         a.addedBy;
}

std::vector<unsigned char> everyByte(int repeat) {
  std::vector<unsigned char> b;
  for (int r = 0; r < repeat; ++r) {
    for (int i = 0; i < 256; ++i) b.push_back(static_cast<unsigned char>((i + r) % 256));
  }
  return b;
}

Problem problemOf(std::int64_t building) {
  Problem p;
  p.reference = "国检-2025-001";
  p.source = ProblemSource::NationalCheck;
  p.foundDate = Date{2025, 3, 2};
  p.buildingId = building;
  p.code = "B1";
  p.town = "东街";
  p.description = "擅自加层，墙体开裂";
  p.responsibleUnit = "东街街道办";
  p.responsiblePerson = "王五";
  p.deadline = Date{2025, 6, 30};
  p.state = ProblemState::Confirmed;
  p.stateDate = Date{2025, 3, 5};
  return p;
}

Problem problemWithoutBuilding() {
  Problem p;
  p.source = ProblemSource::Complaint;
  p.foundDate = Date{2025, 4, 1};
  p.location = "和平路 8 号对面空地";
  p.description = "违规搭建";
  return p;
}

RectificationPlan planOf(std::int64_t building) {
  RectificationPlan p;
  p.buildingId = building;
  p.code = "B1";
  p.measure = Rectification::Reinforce;
  p.route = "钢结构加固";
  p.responsibleUnit = "东街街道办";
  p.responsiblePerson = "赵六";
  p.start = Date{2025, 3, 10};
  p.due = Date{2025, 9, 30};
  p.milestones = {{Date{2025, 4, 15}, "加固设计审查", Date{2025, 4, 12}},
                  {Date{2025, 8, 31}, "施工完成", std::nullopt}};
  p.state = PlanState::Implementing;
  p.stateDate = Date{2025, 4, 12};
  return p;
}

HazardNotice noticeOf(std::int64_t building) {
  HazardNotice n;
  n.number = "2025-东街-001";
  n.buildingId = building;
  n.code = "B1";
  n.town = "东街";
  n.year = 2025;
  n.sequence = 1;
  n.issued = Date{2025, 3, 6};
  n.deadline = Date{2025, 4, 6};
  return n;
}

Referral referralOf(std::int64_t building, std::int64_t problem) {
  Referral r;
  r.buildingId = building;
  r.code = "B1";
  r.problemId = problem;
  r.town = "东街";
  r.kind = "illegal_construction";
  r.referredDate = Date{2025, 3, 7};
  r.department = "城管执法局";
  r.description = "擅自加层移送查处";
  return r;
}

CaseEvent caseEventOf(CaseSubject subject, std::int64_t id, Date day, const std::string& from,
                      const std::string& to) {
  CaseEvent e;
  e.subject = subject;
  e.subjectId = id;
  e.date = day;
  e.fromState = from;
  e.toState = to;
  e.who = "李四";
  e.note = "备注 " + to;
  e.evidence = "文号" + to + ";IMG_1.jpg";
  e.recordedAt = "2025-03-0" + std::to_string(day.day % 10) + "T08:00:00Z";
  return e;
}

Attachment photoOf(std::int64_t building, std::optional<std::int64_t> event) {
  Attachment a;
  a.buildingId = building;
  a.eventId = event;
  a.kind = AttachmentKind::Photo;
  a.fileName = "外墙裂缝.jpg";
  a.mediaType = "image/jpeg";
  a.sha256 = std::string(64, 'a');
  a.bytes = everyByte(40);  // 10240 bytes: every value, NUL and 0x5C ('\') included
  a.size = static_cast<std::int64_t>(a.bytes.size());
  a.thumbnail = {0xFF, 0xD8, 0x00, 0x5C, 0x78, 0xFF, 0xD9};
  a.width = 4032;
  a.height = 3024;
  a.exifTime = "2025-03-02T10:11:12";
  a.latitude = 22.543096123456789;
  a.longitude = -114.0579451;
  a.addedBy = "张三";
  return a;
}

Attachment documentOf(std::int64_t building) {
  Attachment a;
  a.buildingId = building;
  a.kind = AttachmentKind::Document;
  a.fileName = "鉴定报告.pdf";
  a.mediaType = "application/pdf";
  a.sha256 = std::string(64, 'b');
  a.bytes = {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, '\n'};
  a.size = 10;
  a.addedBy = "张三";
  return a;
}

class CaseTablesTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Postgis) {
      const std::string why = testing::serverUnavailable();
      if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    }
    store_ = createProject(
        GetParam() == Backend::Spatialite ? dir_.file("p.sqlite") : server_.location(), 4547);
    BuildingRecord b;
    b.code = "B1";
    b.town = "东街";
    b1_ = store_->upsertBuilding(b, squareAt(500000, 3000000), "x");
    b.code = "B2";
    b2_ = store_->upsertBuilding(b, squareAt(500020, 3000000), "x");
  }

  testing::TempDir dir_;
  testing::ServerSchema server_;
  std::unique_ptr<ProjectStore> store_;
  std::int64_t b1_ = 0, b2_ = 0;
};

TEST_P(CaseTablesTest, ProblemsAreInsertedUpdatedAndReadByIdWithNullBuildingAndDates) {
  EXPECT_TRUE(store_->keepsCaseRegisters());
  const auto p1 = store_->insertProblem(problemOf(b1_));
  const auto p2 = store_->insertProblem(problemWithoutBuilding());
  EXPECT_GT(p2, p1);
  Problem changed = problemOf(b1_);
  changed.id = p1;
  changed.state = ProblemState::Rectifying;
  changed.stateDate = Date{2025, 3, 20};
  changed.deadline = std::nullopt;
  store_->updateProblem(changed);
  const auto all = store_->problems();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, p1);
  EXPECT_EQ(all[0].reference, "国检-2025-001");
  EXPECT_EQ(all[0].source, ProblemSource::NationalCheck);
  EXPECT_EQ(all[0].foundDate, (Date{2025, 3, 2}));
  EXPECT_EQ(all[0].buildingId, b1_);
  EXPECT_EQ(all[0].description, "擅自加层，墙体开裂");
  EXPECT_EQ(all[0].responsiblePerson, "王五");
  EXPECT_FALSE(all[0].deadline);
  EXPECT_EQ(all[0].state, ProblemState::Rectifying);
  EXPECT_EQ(all[0].stateDate, (Date{2025, 3, 20}));
  EXPECT_EQ(all[1].id, p2);
  EXPECT_EQ(all[1].buildingId, 0);
  EXPECT_EQ(all[1].code, "");
  EXPECT_EQ(all[1].location, "和平路 8 号对面空地");
  EXPECT_EQ(all[1].source, ProblemSource::Complaint);
  EXPECT_EQ(all[1].state, ProblemState::Pending);
  EXPECT_FALSE(all[1].stateDate);
  Problem missing = problemWithoutBuilding();
  missing.id = p2 + 100;
  try {
    store_->updateProblem(missing);
    FAIL() << "updated a problem that does not exist";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), "问题 " + std::to_string(p2 + 100) + " 不存在");
  }
  EXPECT_EQ(store_->problems().size(), 2u);
}

TEST_P(CaseTablesTest, PlansKeepMilestonesAndAreUpdatedById) {
  const auto id = store_->insertPlan(planOf(b1_));
  RectificationPlan p = planOf(b1_);
  p.id = id;
  p.milestones[1].done = Date{2025, 8, 30};
  p.state = PlanState::Completed;
  p.stateDate = Date{2025, 8, 30};
  store_->updatePlan(p);
  const auto all = store_->plans();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].id, id);
  EXPECT_EQ(all[0].buildingId, b1_);
  EXPECT_EQ(all[0].measure, Rectification::Reinforce);
  EXPECT_EQ(all[0].route, "钢结构加固");
  EXPECT_EQ(all[0].start, (Date{2025, 3, 10}));
  EXPECT_EQ(all[0].due, (Date{2025, 9, 30}));
  ASSERT_EQ(all[0].milestones.size(), 2u);
  EXPECT_EQ(all[0].milestones[0].text, "加固设计审查");
  EXPECT_EQ(all[0].milestones[0].done, (Date{2025, 4, 12}));
  EXPECT_EQ(all[0].milestones[1].done, (Date{2025, 8, 30}));
  EXPECT_EQ(all[0].state, PlanState::Completed);
  p.id = id + 50;
  EXPECT_THROW(store_->updatePlan(p), StoreError);
}

TEST_P(CaseTablesTest, CaseEventsAreReadBySubjectByDateThenIdAndKeepTheirRecordingTime) {
  const auto p1 = store_->insertProblem(problemOf(b1_));
  const auto p2 = store_->insertProblem(problemWithoutBuilding());
  const auto plan = store_->insertPlan(planOf(b1_));
  const auto late =
      store_->appendCaseEvent(caseEventOf(CaseSubject::Problem, p1, Date{2025, 3, 9}, "", "b"));
  const auto early =
      store_->appendCaseEvent(caseEventOf(CaseSubject::Problem, p1, Date{2025, 3, 2}, "", "a"));
  const auto other =
      store_->appendCaseEvent(caseEventOf(CaseSubject::Problem, p2, Date{2025, 3, 5}, "x", "y"));
  CaseEvent unstamped = caseEventOf(CaseSubject::Plan, plan, Date{2025, 3, 3}, "", "drafted");
  unstamped.recordedAt.clear();
  const auto planEvent = store_->appendCaseEvent(unstamped);
  const auto one = store_->caseEvents(CaseSubject::Problem, p1);
  ASSERT_EQ(one.size(), 2u);
  EXPECT_EQ(one[0].id, early);
  EXPECT_EQ(one[0].subject, CaseSubject::Problem);
  EXPECT_EQ(one[0].subjectId, p1);
  EXPECT_EQ(one[0].date, (Date{2025, 3, 2}));
  EXPECT_EQ(one[0].fromState, "");
  EXPECT_EQ(one[0].toState, "a");
  EXPECT_EQ(one[0].who, "李四");
  EXPECT_EQ(one[0].note, "备注 a");
  EXPECT_EQ(one[0].evidence, "文号a;IMG_1.jpg");
  EXPECT_EQ(one[0].recordedAt, "2025-03-02T08:00:00Z");
  EXPECT_EQ(one[1].id, late);
  const auto every = store_->caseEvents(CaseSubject::Problem, 0);
  ASSERT_EQ(every.size(), 3u);
  EXPECT_EQ(every[0].id, early);
  EXPECT_EQ(every[1].id, other);
  EXPECT_EQ(every[2].id, late);
  const auto plans = store_->caseEvents(CaseSubject::Plan, 0);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].id, planEvent);
  EXPECT_EQ(plans[0].recordedAt.size(), 20u);  // stamped now: YYYY-MM-DDTHH:MM:SSZ
  EXPECT_EQ(plans[0].recordedAt.back(), 'Z');
  EXPECT_TRUE(store_->caseEvents(CaseSubject::Notice, 0).empty());
}

TEST_P(CaseTablesTest, NoticesAndReferralsAreStoredWithTheirConstraints) {
  const auto problem = store_->insertProblem(problemOf(b1_));
  const auto n = store_->insertNotice(noticeOf(b1_));
  HazardNotice second = noticeOf(b2_);
  second.number = "2025-东街-002";
  second.sequence = 2;
  second.deadline = std::nullopt;
  const auto n2 = store_->insertNotice(second);
  HazardNotice dup = noticeOf(b2_);
  dup.sequence = 3;
  EXPECT_THROW(store_->insertNotice(dup), StoreError);  // the number is taken
  const auto notices = store_->notices();
  ASSERT_EQ(notices.size(), 2u);
  EXPECT_EQ(notices[0].id, n);
  EXPECT_EQ(notices[0].number, "2025-东街-001");
  EXPECT_EQ(notices[0].buildingId, b1_);
  EXPECT_EQ(notices[0].year, 2025);
  EXPECT_EQ(notices[0].sequence, 1);
  EXPECT_EQ(notices[0].issued, (Date{2025, 3, 6}));
  EXPECT_EQ(notices[0].deadline, (Date{2025, 4, 6}));
  EXPECT_EQ(notices[1].id, n2);
  EXPECT_FALSE(notices[1].deadline);

  const auto r = store_->insertReferral(referralOf(b1_, problem));
  Referral onlyProblem = referralOf(0, 0);
  onlyProblem.code = "";
  const auto r2 = store_->insertReferral(onlyProblem);
  Referral answered = referralOf(b1_, problem);
  answered.id = r;
  answered.state = ReferralState::Closed;
  answered.stateDate = Date{2025, 4, 2};
  answered.feedback = "已立案查处";
  answered.feedbackDate = Date{2025, 3, 30};
  answered.closedDate = Date{2025, 4, 2};
  store_->updateReferral(answered);
  const auto referrals = store_->referrals();
  ASSERT_EQ(referrals.size(), 2u);
  EXPECT_EQ(referrals[0].id, r);
  EXPECT_EQ(referrals[0].buildingId, b1_);
  EXPECT_EQ(referrals[0].problemId, problem);
  EXPECT_EQ(referrals[0].kind, "illegal_construction");
  EXPECT_EQ(referrals[0].department, "城管执法局");
  EXPECT_EQ(referrals[0].state, ReferralState::Closed);
  EXPECT_EQ(referrals[0].feedback, "已立案查处");
  EXPECT_EQ(referrals[0].feedbackDate, (Date{2025, 3, 30}));
  EXPECT_EQ(referrals[0].closedDate, (Date{2025, 4, 2}));
  EXPECT_EQ(referrals[1].id, r2);
  EXPECT_EQ(referrals[1].buildingId, 0);
  EXPECT_EQ(referrals[1].problemId, 0);
  EXPECT_EQ(referrals[1].state, ReferralState::Referred);
  EXPECT_FALSE(referrals[1].closedDate);
  answered.id = r2 + 9;
  try {
    store_->updateReferral(answered);
    FAIL() << "updated a referral that does not exist";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), "移送 " + std::to_string(r2 + 9) + " 不存在");
  }
}

TEST_P(CaseTablesTest, AttachmentsKeepBytesThumbnailPlaceAndEvent) {
  InspectionEvent ev;
  ev.buildingId = b1_;
  ev.code = "B1";
  ev.date = Date{2025, 3, 2};
  ev.kind = "survey";
  const auto event = store_->appendEvent(ev);
  const auto photo = store_->insertAttachment(photoOf(b1_, event));
  const auto doc = store_->insertAttachment(documentOf(b1_));
  EXPECT_THROW(store_->insertAttachment(documentOf(b1_)), StoreError);  // same file twice
  const auto other = store_->insertAttachment(documentOf(b2_));         // another building
  const auto list = store_->attachments(b1_);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, photo);
  EXPECT_EQ(list[0].buildingId, b1_);
  EXPECT_EQ(list[0].eventId, event);
  EXPECT_EQ(list[0].kind, AttachmentKind::Photo);
  EXPECT_EQ(list[0].fileName, "外墙裂缝.jpg");
  EXPECT_EQ(list[0].size, 10240);
  EXPECT_TRUE(list[0].bytes.empty());  // lists leave the file out
  EXPECT_EQ(list[0].thumbnail,
            (std::vector<unsigned char>{0xFF, 0xD8, 0x00, 0x5C, 0x78, 0xFF, 0xD9}));
  EXPECT_EQ(list[0].width, 4032);
  EXPECT_EQ(list[0].height, 3024);
  EXPECT_EQ(list[0].exifTime, "2025-03-02T10:11:12");
  ASSERT_TRUE(list[0].latitude && list[0].longitude);
  EXPECT_EQ(*list[0].latitude, 22.543096123456789);  // exact: the double round-trips
  EXPECT_EQ(*list[0].longitude, -114.0579451);
  EXPECT_EQ(list[0].addedBy, "张三");
  EXPECT_EQ(list[0].addedAt.size(), 20u);
  EXPECT_EQ(list[1].id, doc);
  EXPECT_FALSE(list[1].eventId);
  EXPECT_TRUE(list[1].thumbnail.empty());
  EXPECT_EQ(list[1].width, 0);
  EXPECT_EQ(list[1].exifTime, "");
  EXPECT_FALSE(list[1].latitude);
  const auto full = store_->attachment(photo);
  ASSERT_TRUE(full);
  EXPECT_EQ(full->bytes, everyByte(40));
  EXPECT_EQ(full->thumbnail.size(), 7u);
  EXPECT_EQ(store_->attachment(doc)->bytes,
            (std::vector<unsigned char>{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, '\n'}));
  EXPECT_FALSE(store_->attachment(other + 1));
  EXPECT_EQ(store_->attachmentIds(), (std::vector<std::int64_t>{photo, doc, other}));
  Attachment stamped = documentOf(b2_);
  stamped.sha256 = std::string(64, 'c');
  stamped.addedAt = "2024-12-31T23:59:59Z";
  EXPECT_EQ(store_->attachment(store_->insertAttachment(stamped))->addedAt, "2024-12-31T23:59:59Z");
}

TEST_P(CaseTablesTest, AWriteInsideARolledBackTransactionLeavesNothing) {
  {
    auto tx = store_->begin();
    store_->insertProblem(problemOf(b1_));
    store_->insertNotice(noticeOf(b1_));
    store_->insertAttachment(documentOf(b1_));
  }
  EXPECT_TRUE(store_->problems().empty());
  EXPECT_TRUE(store_->notices().empty());
  EXPECT_TRUE(store_->attachmentIds().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseTablesTest,
                         ::testing::Values(Backend::Spatialite, Backend::Postgis), backendName);

// --- copying a project with its case registers -------------------------------------------

// Every case table of a project as text, links followed to what they point at.
std::vector<std::string> caseContent(const ProjectStore& s) {
  std::map<std::int64_t, std::string> codes, problems, plans, notices, referrals, events;
  for (const std::int64_t id : s.buildingIds()) {
    codes[id] = s.buildingById(id)->code;
    for (const auto& e : s.events(id)) {
      events[e.id] = codes[id] + " " + e.date.toString() + " " + e.kind;
    }
  }
  const Ref ref = [&](const char* table, std::int64_t id) -> std::string {
    if (id == 0) return "-";
    const std::string t = table;
    const auto& m = t == "buildings"   ? codes
                    : t == "problems"  ? problems
                    : t == "plans"     ? plans
                    : t == "notices"   ? notices
                    : t == "referrals" ? referrals
                                       : events;
    const auto it = m.find(id);
    return it == m.end() ? "dangling " + std::to_string(id) : it->second;
  };
  std::vector<std::string> out;
  for (const auto& p : s.problems()) out.push_back(problems[p.id] = "problem " + describe(p, ref));
  for (const auto& p : s.plans()) out.push_back(plans[p.id] = "plan " + describe(p, ref));
  for (const auto& n : s.notices()) out.push_back(notices[n.id] = "notice " + describe(n, ref));
  for (const auto& r : s.referrals()) {
    out.push_back(referrals[r.id] = "referral " + describe(r, ref));
  }
  std::vector<CaseEvent> all;
  for (const CaseSubject k :
       {CaseSubject::Problem, CaseSubject::Plan, CaseSubject::Notice, CaseSubject::Referral}) {
    for (const auto& e : s.caseEvents(k, 0)) all.push_back(e);
  }
  std::sort(all.begin(), all.end(),
            [](const CaseEvent& a, const CaseEvent& b) { return a.id < b.id; });
  for (const auto& e : all) out.push_back("event " + describe(e, ref));
  for (const std::int64_t id : s.attachmentIds()) {
    const auto a = s.attachment(id);
    out.push_back("attachment " + describe(*a, ref) + " bytes " +
                  (a->bytes == (a->kind == AttachmentKind::Photo
                                    ? everyByte(40)
                                    : std::vector<unsigned char>{'%', 'P', 'D', 'F', '-', '1', '.',
                                                                 '4', 0, '\n'})
                       ? "intact"
                       : "differ"));
  }
  return out;
}

class CaseCopyTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Postgis) {
      const std::string why = testing::serverUnavailable();
      if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    }
  }
  // A project whose building and problem ids start at 2 (the first of each deleted), so that
  // the copy's differ and a link not renumbered shows.
  std::unique_ptr<ProjectStore> source() {
    const std::string path = dir_.file("src.sqlite");
    auto s = createProject(path, 4547);
    BuildingRecord b;
    b.code = "B0";
    b.town = "东街";
    s->upsertBuilding(b, squareAt(500040, 3000000), "x");
    Problem gone = problemWithoutBuilding();
    gone.description = "删除";
    s->insertProblem(gone);
    b.code = "B1";
    const auto b1 = s->upsertBuilding(b, squareAt(500000, 3000000), "x");
    b.code = "B2";
    const auto b2 = s->upsertBuilding(b, squareAt(500020, 3000000), "x");
    InspectionEvent ev;
    ev.buildingId = b2;
    ev.code = "B2";
    ev.date = Date{2025, 3, 1};
    ev.kind = "survey";
    ev.recordedAt = "2025-03-01T09:00:00Z";
    s->appendEvent(ev);
    ev.buildingId = b1;
    ev.code = "B1";
    ev.date = Date{2025, 3, 2};
    const auto event = s->appendEvent(ev);
    const auto p1 = s->insertProblem(problemOf(b1));
    const auto p2 = s->insertProblem(problemWithoutBuilding());
    const auto plan = s->insertPlan(planOf(b1));
    const auto notice = s->insertNotice(noticeOf(b1));
    const auto referral = s->insertReferral(referralOf(b1, p1));
    s->appendCaseEvent(caseEventOf(CaseSubject::Problem, p1, Date{2025, 3, 5}, "", "confirmed"));
    s->appendCaseEvent(caseEventOf(CaseSubject::Problem, p2, Date{2025, 3, 4}, "", "pending"));
    s->appendCaseEvent(caseEventOf(CaseSubject::Plan, plan, Date{2025, 3, 3}, "", "drafted"));
    s->appendCaseEvent(caseEventOf(CaseSubject::Notice, notice, Date{2025, 3, 6}, "", "issued"));
    s->appendCaseEvent(
        caseEventOf(CaseSubject::Referral, referral, Date{2025, 3, 7}, "", "referred"));
    s->insertAttachment(photoOf(b1, event));
    s->insertAttachment(documentOf(b2));
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db,
                           "DELETE FROM problems WHERE description = '删除'; "
                           "DELETE FROM buildings WHERE code = 'B0'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    return s;
  }
  // The project in the middle of the trip. On the server a rolled-back transaction first
  // takes ids from every sequence, so that its ids differ from both files'.
  std::unique_ptr<ProjectStore> middle() {
    if (GetParam() == Backend::Spatialite) return createProject(dir_.file("mid.sqlite"), 4547);
    auto m = createProject(server_.location(), 4547);
    {
      auto tx = m->begin();
      BuildingRecord b;
      b.code = "X";
      const auto x = m->upsertBuilding(b, squareAt(0, 0), "x");
      InspectionEvent ev;
      ev.buildingId = x;
      ev.code = "X";
      ev.date = Date{2025, 1, 1};
      ev.kind = "survey";
      for (int i = 0; i < 3; ++i) m->appendEvent(ev);
      const auto p = m->insertProblem(problemOf(x));
      for (const char* code : {"Y", "Z"}) {  // ids 1 to 3 taken: the source's start at 2
        b.code = code;
        m->insertProblem(problemOf(m->upsertBuilding(b, squareAt(0, 0), "x")));
      }
      m->insertPlan(planOf(x));
      m->insertNotice(noticeOf(x));
      m->insertReferral(referralOf(x, p));
      m->appendCaseEvent(caseEventOf(CaseSubject::Problem, p, Date{2025, 1, 1}, "", "a"));
      m->insertAttachment(documentOf(x));
    }
    EXPECT_TRUE(m->buildingIds().empty());
    return m;
  }

  testing::TempDir dir_;
  testing::ServerSchema server_;
};

TEST_P(CaseCopyTest, CaseRegistersAndAttachmentsSurviveARoundTrip) {
  const auto src = source();
  const auto expected = caseContent(*src);
  ASSERT_EQ(expected.size(), 12u);  // 2 problems, 1 plan, 1 notice, 1 referral, 5 events, 2 files
  EXPECT_EQ(expected[0],
            "problem 国检-2025-001|0|2025-03-02|B1|B1||东街|擅自加层，墙体开裂|东街街道办|王五|"
            "2025-06-30|1|2025-03-05");
  EXPECT_EQ(expected[4],
            "referral B1|B1|" + expected[0] +
                "|东街|illegal_construction|2025-03-07|城管执法局|擅自加层移送查处|0|-||-|-");
  EXPECT_EQ(expected[10].substr(0, 30), "attachment B1|B1 2025-03-02 su");
  EXPECT_NE(expected[10].find(" bytes intact"), std::string::npos);
  {
    auto mid = middle();
    copyProject(*src, *mid);
    EXPECT_EQ(caseContent(*mid), expected);
    // Renumbered, and the links follow.
    const auto problems = mid->problems();
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_NE(problems[0].id, src->problems()[0].id);
    EXPECT_NE(problems[0].buildingId, src->problems()[0].buildingId);
    EXPECT_EQ(mid->buildingById(problems[0].buildingId)->code, "B1");
    EXPECT_EQ(mid->referrals()[0].problemId, problems[0].id);
    auto copy = createProject(dir_.file("back.sqlite"), 4547);
    copyProject(*mid, *copy);
    EXPECT_EQ(caseContent(*copy), expected);
    const auto photo = copy->attachment(copy->attachmentIds()[0]);
    ASSERT_TRUE(photo && photo->eventId);
    bool linked = false;
    for (const auto& e : copy->events(photo->buildingId)) linked |= e.id == *photo->eventId;
    EXPECT_TRUE(linked);
    EXPECT_EQ(photo->bytes, everyByte(40));
  }
}

TEST_P(CaseCopyTest, ACopyIntoAProjectWithCasesIsRefusedAndWritesNothing) {
  const auto src = source();
  auto mid = middle();
  mid->insertProblem(problemWithoutBuilding());
  try {
    copyProject(*src, *mid);
    FAIL() << "copied into a project that has a problem register";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("目标项目不是空的"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(mid->buildingIds().empty());
  EXPECT_EQ(mid->problems().size(), 1u);
}

// A target that cannot keep case registers (here a project as of a day, read-only) is refused
// for a source that has them, before anything is written; nothing is silently dropped.
TEST(CaseCopy, ATargetWithoutCaseRegistersIsRefusedBeforeWriting) {
  testing::TempDir dir;
  auto src = createProject(dir.file("src.sqlite"), 4547);
  src->insertProblem(problemWithoutBuilding());
  AsOfStore target(createProject(dir.file("empty.sqlite"), 4547), Date{2025, 1, 1});
  EXPECT_FALSE(target.keepsCaseRegisters());
  try {
    copyProject(*src, target);
    FAIL() << "copied a problem register into a store without one";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("目标项目不能保存问题台账", 0), 0u) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseCopyTest,
                         ::testing::Values(Backend::Spatialite, Backend::Postgis), backendName);

}  // namespace
}  // namespace fangan
