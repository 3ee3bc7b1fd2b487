// The case-management widgets on a real SpatiaLite project: the 问题台账 panel (filters,
// figures, a refused step shown with its reason, an allowed one written), the responsible-
// parties form (saved and audit-logged) and the 一栋一策 dialog (a refused draft, a plan drafted
// and started), and the archive showing them.

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/PlanDialog.h"
#include "app/gui/ProblemRegisterPanel.h"
#include "app/gui/ResponsibilityDialog.h"
#include "gis/cases/ProblemRegister.h"
#include "layers/WkbGeometry.h"

namespace fangan::gui {
namespace {

Wkb square(double x, double y) {
  return multiPolygonWkb({{QPolygonF(
      {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}});
}

class CasePanelsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    store_ =
        createSpatialiteProject(dir_.filePath(QStringLiteral("p.sqlite")).toStdString(), 32631);
    auto add = [&](const std::string& code, const std::string& town, AppraisalGrade grade,
                   double x) {
      BuildingRecord r;
      r.code = code;
      r.town = town;
      r.surveyStatus = SurveyStatus::Surveyed;
      r.surveyDate = Date{2025, 1, 2};
      r.initialHazard = InitialHazard::Hazard;
      r.hazardFoundDate = Date{2025, 1, 2};
      r.appraisalGrade = grade;
      store_->upsertBuilding(r, square(x, 0), "test");
    };
    add("C1", "甲镇", AppraisalGrade::C, 0);
    add("C2", "乙镇", AppraisalGrade::None, 20);
    auto tx = store_->begin();
    auto problem = [&](const std::string& code, ProblemSource source,
                       std::optional<Date> deadline) {
      Problem p;
      p.code = code;
      p.source = source;
      p.foundDate = Date{2025, 2, 1};
      p.description = "问题" + code;
      p.responsibleUnit = "镇街";
      p.deadline = deadline;
      return registerProblem(*store_, p, "test");
    };
    problem("C1", ProblemSource::OnlineInspection, Date{2025, 2, 20});
    problem("C2", ProblemSource::Supervision, std::nullopt);
    problem("C2", ProblemSource::OnlineInspection, Date{2025, 3, 31});
    tx->commit();
  }

  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(CasePanelsTest, RegisterPanelFiltersCountsAndMovesProblems) {
  ProblemRegisterPanel panel;
  panel.setProject(store_.get());
  panel.setToday(Date{2025, 3, 1});
  EXPECT_EQ(panel.shownIds(), (std::vector<std::int64_t>{1, 2, 3}));
  panel.overdueFilter()->setChecked(true);  // only problem 1 (deadline 02-20) is overdue
  EXPECT_EQ(panel.shownIds(), (std::vector<std::int64_t>{1}));
  panel.overdueFilter()->setChecked(false);
  panel.townFilter()->setCurrentIndex(panel.townFilter()->findData(QStringLiteral("乙镇")));
  EXPECT_EQ(panel.shownIds(), (std::vector<std::int64_t>{2, 3}));
  panel.sourceFilter()->setCurrentIndex(
      panel.sourceFilter()->findData(QStringLiteral("supervision")));
  EXPECT_EQ(panel.shownIds(), (std::vector<std::int64_t>{2}));
  EXPECT_TRUE(panel.figuresLabel()->text().startsWith(QStringLiteral("登记 1，已确认 0")))
      << panel.figuresLabel()->text().toStdString();

  // Problem 2 has no deadline: confirming is refused and the reason shown; nothing written.
  ASSERT_TRUE(panel.selectProblem(2));
  panel.stepDateEdit()->setDate(QDate(2025, 2, 2));
  EXPECT_FALSE(panel.moveSelected(ProblemState::Confirmed));
  EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("confirm_needs_deadline")))
      << panel.statusLabel()->text().toStdString();
  EXPECT_EQ(problemById(*store_, 2)->state, ProblemState::Pending);
  // 不属实 with a note is allowed.
  panel.noteEdit()->setText(QStringLiteral("现场核实已拆除"));
  EXPECT_TRUE(panel.moveSelected(ProblemState::Unfounded));
  EXPECT_EQ(problemById(*store_, 2)->state, ProblemState::Unfounded);
  EXPECT_EQ(store_->caseEvents(CaseSubject::Problem, 2).back().note, "现场核实已拆除");
}

TEST_F(CasePanelsTest, ResponsibilityFormSavesAndAudits) {
  const BuildingRecord record = *store_->buildingByCode("C1");
  ResponsibilityDialog dialog(*store_, record, QStringLiteral("档案员"));
  Responsibility r;
  r.owner = "陈一";
  r.ownerPhone = "13812345678";
  r.fire.present = false;
  r.fire.number = "";
  dialog.setResponsibility(r);
  ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
  const BuildingRecord back = *store_->buildingByCode("C1");
  EXPECT_EQ(back.responsibility.owner, "陈一");
  EXPECT_EQ(back.responsibility.fire.present, std::optional<bool>(false));
  const auto log = store_->auditLog(3);
  EXPECT_EQ(log[0].field, "approval_fire");
  EXPECT_EQ(log[0].who, "档案员");

  BuildingArchivePanel archive;
  archive.showBuilding(back, {}, {});
  EXPECT_EQ(archive.valueOf(QStringLiteral("产权人")), QStringLiteral("陈一"));
  EXPECT_EQ(archive.valueOf(QStringLiteral("消防手续")), QStringLiteral("无"));
  EXPECT_EQ(archive.valueOf(QStringLiteral("产权人电话")), QStringLiteral("13812345678"));
}

TEST_F(CasePanelsTest, PlanDialogRefusesRepairForGradeCAndDraftsAPlan) {
  const BuildingRecord record = *store_->buildingByCode("C1");
  PlanDialog dialog(*store_, record, QStringLiteral("镇街"));
  dialog.measureSelector()->setCurrentIndex(
      dialog.measureSelector()->findData(static_cast<int>(Rectification::Repair)));
  dialog.startEdit()->setDate(QDate(2025, 3, 1));
  dialog.dueEdit()->setDate(QDate(2025, 5, 31));
  dialog.actionDateEdit()->setDate(QDate(2025, 3, 1));  // the plan is drawn up on this day
  EXPECT_FALSE(dialog.draft());
  EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("cd_needs_engineering")));
  EXPECT_TRUE(store_->plans().empty());

  dialog.measureSelector()->setCurrentIndex(
      dialog.measureSelector()->findData(static_cast<int>(Rectification::Reinforce)));
  dialog.milestonesEdit()->setPlainText(QStringLiteral("2025-04-01 设计审查\n2025-05-20 施工完成"));
  ASSERT_TRUE(dialog.draft()) << dialog.errorText().toStdString();
  ASSERT_TRUE(dialog.activePlan());
  EXPECT_EQ(dialog.activePlan()->milestones.size(), 2u);
  dialog.actionDateEdit()->setDate(QDate(2025, 3, 2));
  EXPECT_FALSE(dialog.move(PlanState::Completed));  // drafted → completed is not a step
  EXPECT_TRUE(dialog.move(PlanState::Implementing));
  EXPECT_EQ(store_->plans().front().state, PlanState::Implementing);

  BuildingArchivePanel archive;
  archive.showBuilding(record, {}, {});
  archive.showCases(store_->plans(), store_->problems(), Date{2025, 6, 1});
  EXPECT_EQ(archive.valueOf(QStringLiteral("一栋一策")),
            QStringLiteral("加固，实施中，期限 2025-05-31（逾期）"));
}

}  // namespace
}  // namespace fangan::gui
