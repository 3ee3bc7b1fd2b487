#include <gtest/gtest.h>

#include <QTest>
#include <QUndoStack>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/AttributeTablePanel.h"
#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/InspectionDialog.h"
#include "app/gui/InspectionEditor.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "gis/history/AsOfStore.h"
#include "support/OpenedProjectTest.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;
using fangan::testing::waitUntil;

class InspectionEditingTest : public OpenedProjectTest {
 protected:
  void SetUp() override {
    OpenedProjectTest::SetUp();
    if (HasFatalFailure()) return;
    waitForRender();
  }

  void waitForRender() {
    ASSERT_TRUE(waitUntil([this]() { return !window_.canvas()->isRendering(); }));
  }

  BuildingRecord stored(int index) const {
    return *window_.store()->buildingByCode(ProjectFixture::code(index).toStdString());
  }
  std::vector<InspectionEvent> eventsOf(int index) const {
    return window_.store()->events(stored(index).id);
  }
  QColor renderedColourAt(const QPointF& map) const {
    const MapCanvas* canvas = window_.canvas();
    return canvas->renderedImage().pixelColor(canvas->renderedViewport().toPixel(map).toPoint());
  }
};

TEST_F(InspectionEditingTest, RecordingASurveyWritesEventRecordAndAuditAndUndoRestoresIt) {
  ASSERT_TRUE(window_.selectBuilding(QStringLiteral("B002")));  // not surveyed
  const BuildingRecord before = stored(1);
  ASSERT_EQ(before.surveyStatus, SurveyStatus::NotSurveyed);
  const std::size_t auditBefore = window_.store()->auditLog(1000).size();

  InspectionDialog dialog(window_.inspectionEditor(), before);
  dialog.setKind(InspectionKind::Survey);
  ASSERT_TRUE(dialog.setResult(FieldResult::NoHazard));
  dialog.setDate(QDate(2024, 5, 6));
  dialog.setInspector(QStringLiteral("李四"));
  ASSERT_TRUE(dialog.submit()) << dialog.errorText().toStdString();

  // One event, the updated record, and audit rows for the changed fields.
  std::vector<InspectionEvent> events = eventsOf(1);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "survey");
  EXPECT_EQ(events[0].result, "无隐患");
  EXPECT_EQ(events[0].inspector, "李四");
  EXPECT_EQ(events[0].date.toString(), "2024-05-06");
  const BuildingRecord after = stored(1);
  EXPECT_EQ(after.surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(after.initialHazard, InitialHazard::None);
  EXPECT_EQ(after.surveyDate->toString(), "2024-05-06");
  const std::vector<AuditEntry> audit = window_.store()->auditLog(1000);
  ASSERT_GT(audit.size(), auditBefore);
  bool statusAudited = false;
  for (const AuditEntry& a : audit) {
    if (a.target == "buildings:B002" && a.field == "survey_status" && a.who == "李四") {
      statusAudited = a.oldValue == "not_surveyed" && a.newValue == "surveyed";
    }
  }
  EXPECT_TRUE(statusAudited);

  // The map, the table and the archive show the new state.
  waitForRender();
  EXPECT_EQ(renderedColourAt(ProjectFixture::buildingCenter(1)), QColor(166, 217, 106));
  EXPECT_EQ(window_.archivePanel()->valueOf(QStringLiteral("排查状态")), "已排查");
  // The table's row (its cached page is replaced by the edited record).
  BuildingTableModel* table = window_.attributeTable()->model();
  const int row = table->rowOfCode("B002");
  ASSERT_GE(row, 0);
  const int statusColumn = static_cast<int>(RecordField::SurveyStatus);
  EXPECT_EQ(table->data(table->index(row, statusColumn)).toString(), "已排查");

  // Ctrl+Z: the previous record comes back and a correction is appended, nothing is deleted.
  QTest::keyClick(&window_, Qt::Key_Z, Qt::ControlModifier);
  const BuildingRecord undone = stored(1);
  EXPECT_EQ(undone.surveyStatus, SurveyStatus::NotSurveyed);
  EXPECT_EQ(undone.initialHazard, InitialHazard::Unknown);
  EXPECT_FALSE(undone.surveyDate.has_value());
  events = eventsOf(1);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, "survey");
  const InspectionEvent& correction =
      events[0].id > events[1].id ? events[0] : events[1];  // same day order is by date
  EXPECT_EQ(correction.kind, "correction");
  EXPECT_EQ(QString::fromStdString(correction.note).left(4), QStringLiteral("撤销: "));
  EXPECT_TRUE(QString::fromStdString(correction.note).contains(QStringLiteral("无隐患")));
  EXPECT_GT(window_.store()->auditLog(1000).size(), audit.size());
  waitForRender();
  EXPECT_EQ(renderedColourAt(ProjectFixture::buildingCenter(1)), QColor(158, 158, 158));
  EXPECT_EQ(table->data(table->index(row, statusColumn)).toString(), "未排查");

  // Redo writes the entry again, as a new event.
  window_.inspectionEditor()->undoStack()->redo();
  EXPECT_EQ(stored(1).surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(eventsOf(1).size(), 3u);
}

TEST_F(InspectionEditingTest, ClosingACdCaseWithoutEngineeringMeasuresIsRefused) {
  const BuildingRecord before = stored(0);  // grade C, nothing rectified
  const std::size_t events = eventsOf(0).size();
  const std::size_t audit = window_.store()->auditLog(1000).size();

  InspectionDialog dialog(window_.inspectionEditor(), before);
  dialog.setKind(InspectionKind::Closure);
  ASSERT_TRUE(dialog.setResult(FieldResult::Closed));
  EXPECT_FALSE(dialog.submit());
  EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("不得销号")))
      << dialog.errorText().toStdString();
  EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("C级")));

  EXPECT_EQ(eventsOf(0).size(), events);
  EXPECT_EQ(window_.store()->auditLog(1000).size(), audit);
  EXPECT_FALSE(stored(0).isClosed());
  EXPECT_EQ(window_.inspectionEditor()->undoStack()->count(), 0);
}

TEST_F(InspectionEditingTest, ControlIsNotLiftedBeforeRectification) {
  InspectionDialog dialog(window_.inspectionEditor(), stored(3));  // grade D, stop use
  dialog.setKind(InspectionKind::Control);
  ASSERT_TRUE(dialog.setResult(FieldResult::ControlLifted));
  EXPECT_FALSE(dialog.submit());
  EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("整治完成前不得解除管控")));
  EXPECT_EQ(stored(3).control, ControlMeasure::StopUse);
  EXPECT_TRUE(eventsOf(3).empty());
}

TEST_F(InspectionEditingTest, ACdCaseClosesAfterEngineeringMeasures) {
  InspectionEditor* editor = window_.inspectionEditor();
  const std::int64_t id = stored(0).id;
  InspectionInput rectify;
  rectify.step = InspectionKind::Rectification;
  rectify.measure = Rectification::Reinforce;
  rectify.measureDone = true;
  rectify.date = Date{2024, 6, 1};
  QString error;
  ASSERT_TRUE(editor->record(id, rectify, &error)) << error.toStdString();
  EXPECT_TRUE(stored(0).engineeringDone());

  InspectionInput close;
  close.step = InspectionKind::Closure;
  close.result = FieldResult::Closed;
  close.date = Date{2024, 6, 2};
  ASSERT_TRUE(editor->record(id, close, &error)) << error.toStdString();
  EXPECT_TRUE(stored(0).isClosed());
  EXPECT_EQ(stored(0).closureBasis, ClosureBasis::Engineering);
  EXPECT_EQ(editor->undoStack()->count(), 2);

  // Undoing both steps goes back to the open C case, with two corrections in the history.
  editor->undoStack()->undo();
  editor->undoStack()->undo();
  EXPECT_FALSE(stored(0).isClosed());
  EXPECT_FALSE(stored(0).engineeringDone());
  int corrections = 0;
  for (const InspectionEvent& e : eventsOf(0)) corrections += e.kind == "correction";
  EXPECT_EQ(corrections, 2);
  EXPECT_EQ(eventsOf(0).size(), 5u);  // the fixture's survey, two entries, two corrections
}

TEST_F(InspectionEditingTest, AppraisingAnUnsurveyedBuildingIsRefused) {
  InspectionInput appraise;
  appraise.step = InspectionKind::Appraisal;
  appraise.grade = AppraisalGrade::B;
  appraise.date = Date{2024, 6, 1};
  QString error;
  EXPECT_FALSE(window_.inspectionEditor()->record(stored(1).id, appraise, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("先排查")));
}

// The 5-day rule's order is a step of its own, and an entry takes effect on its own day: the
// project as of the day before the order shows the hazard without it (docs/rules.md#as-of).
TEST_F(InspectionEditingTest, AnAppraisalOrderIsADatedStepThatTakesEffectOnItsDay) {
  InspectionEditor* editor = window_.inspectionEditor();
  const std::int64_t id = stored(1).id;  // B002, not surveyed
  InspectionInput survey;
  survey.step = InspectionKind::Survey;
  survey.result = FieldResult::Hazard;
  survey.date = Date{2024, 6, 1};
  QString error;
  ASSERT_TRUE(editor->record(id, survey, &error)) << error.toStdString();
  InspectionInput order;
  order.step = InspectionKind::AppraisalOrder;
  order.result = FieldResult::AppraisalOrdered;
  order.date = Date{2024, 6, 4};
  ASSERT_TRUE(editor->record(id, order, &error)) << error.toStdString();
  EXPECT_EQ(stored(1).appraisalOrderedDate, (Date{2024, 6, 4}));
  EXPECT_EQ(eventsOf(1).back().kind, "appraisal_order");

  std::vector<BuildingChange> changes;
  window_.store()->forEachBuildingChange([&](const BuildingChange& c) {
    if (c.code == "B002") changes.push_back(c);
    return true;
  });
  ASSERT_FALSE(changes.empty());
  EXPECT_EQ(changes.back().field, "appraisal_ordered_date");
  EXPECT_EQ(changes.back().effective, (Date{2024, 6, 4}));
  const AsOfStore dayBefore(*window_.store(), Date{2024, 6, 3});
  const auto then = dayBefore.buildingById(id);
  ASSERT_TRUE(then);
  EXPECT_EQ(then->initialHazard, InitialHazard::Hazard);
  EXPECT_FALSE(then->appraisalOrderedDate);
  // A second order on an ordered case changes nothing: the first date stays.
  order.date = Date{2024, 6, 9};
  editor->record(id, order, &error);
  EXPECT_EQ(stored(1).appraisalOrderedDate, (Date{2024, 6, 4}));
}

TEST(InspectionEntry, AppraisalGradeCReopensAClosedCase) {
  BuildingRecord r;
  r.surveyStatus = SurveyStatus::Surveyed;
  r.initialHazard = InitialHazard::Hazard;
  r.recheckNoHazard = true;
  r.closed = true;
  r.closureBasis = ClosureBasis::RecheckNoHazard;
  InspectionInput in;
  in.step = InspectionKind::Appraisal;
  in.grade = AppraisalGrade::C;
  in.date = Date{2024, 7, 1};
  const InspectionOutcome o = prepareInspection(r, in);
  ASSERT_TRUE(o.accepted);
  EXPECT_FALSE(o.record.isClosed());
  EXPECT_EQ(o.record.appraisalGrade, AppraisalGrade::C);
  EXPECT_EQ(o.event.kind, "appraisal");
}

}  // namespace
}  // namespace fangan::gui
