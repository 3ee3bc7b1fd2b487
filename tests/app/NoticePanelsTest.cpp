// The notice and referral widgets on a real SpatiaLite project: the archive's 下达隐患通知书…
// button and the notices in its rows and history; the 移送 panel listing referrals, a refused
// step shown with its code and nothing written, allowed steps written with their dates.

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "app/gui/BuildingArchivePanel.h"
#include "app/gui/ReferralPanel.h"
#include "gis/cases/NoticeRegister.h"
#include "gis/cases/ReferralRegister.h"
#include "layers/WkbGeometry.h"

namespace fangan::gui {
namespace {

Wkb square(double x, double y) {
  return multiPolygonWkb({{QPolygonF(
      {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}});
}

class NoticePanelsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("p.sqlite"));
    store_ = createSpatialiteProject(path_.toStdString(), 32631);
    BuildingRecord r;
    r.code = "C1";
    r.town = "甲镇";
    r.surveyStatus = SurveyStatus::Surveyed;
    r.initialHazard = InitialHazard::Hazard;
    r.appraisalGrade = AppraisalGrade::C;
    store_->upsertBuilding(r, square(0, 0), "test");
    record_ = *store_->buildingByCode("C1");
  }

  QTemporaryDir dir_;
  QString path_;
  std::unique_ptr<ProjectStore> store_;
  BuildingRecord record_;
};

TEST_F(NoticePanelsTest, ArchiveOffersTheNoticeAndShowsEachIssue) {
  BuildingArchivePanel panel;
  EXPECT_FALSE(panel.noticeButton()->isEnabled());
  panel.showBuilding(record_, {}, store_->events(record_.id));
  ASSERT_TRUE(panel.noticeButton()->isEnabled());
  EXPECT_EQ(panel.noticeButton()->text(), QStringLiteral("下达隐患通知书…"));
  QSignalSpy requested(&panel, &BuildingArchivePanel::noticeRequested);
  panel.noticeButton()->click();
  ASSERT_EQ(requested.count(), 1);
  EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("C1"));

  {
    auto tx = store_->begin();
    issueNotice(*store_, record_, {2025, 3, 1}, Date{2025, 3, 31}, "app");
    issueNotice(*store_, record_, {2025, 4, 1}, Date{2025, 3, 31}, "app");
    tx->commit();
  }
  const auto notices = noticesOf(*store_, record_.id);
  ASSERT_EQ(notices.size(), 1u);
  const int before = panel.historyCount();
  panel.showNotices(notices, store_->caseEvents(CaseSubject::Notice, notices[0].id));
  EXPECT_EQ(panel.valueOf(QStringLiteral("隐患通知书")),
            QStringLiteral("2025-甲镇-001，2025-03-01 下达，整改期限 2025-03-31"));
  ASSERT_EQ(panel.historyCount(), before + 2);
  QStringList noticeRows;  // the history is in date order; other events may sit between
  for (int row = 0; row < panel.historyCount(); ++row) {
    if (panel.historyText(row, 1).contains(QStringLiteral("隐患通知书"))) {
      noticeRows << panel.historyText(row, 0) + QStringLiteral(" ") + panel.historyText(row, 1) +
                        QStringLiteral(" ") + panel.historyText(row, 3);
    }
  }
  EXPECT_EQ(noticeRows,
            QStringList({QStringLiteral("2025-03-01 下达隐患通知书 2025-甲镇-001"),
                         QStringLiteral("2025-04-01 再次下达隐患通知书 2025-甲镇-001")}));
}

TEST_F(NoticePanelsTest, ReferralPanelRefusesClosingWithoutFeedbackThenWalksTheSteps) {
  const ReferralKinds kinds = ReferralKinds::load(ReferralKinds::pathFor(path_.toStdString()));
  std::int64_t id = 0;
  {
    auto tx = store_->begin();
    Referral r;
    r.code = "C1";
    r.kind = "fire_safety";
    r.department = "区消防救援大队";
    r.referredDate = {2025, 3, 4};
    id = referProblem(*store_, r, kinds, "test");
    tx->commit();
  }
  ReferralPanel panel;
  panel.setProject(store_.get(), path_);
  ASSERT_EQ(panel.table()->rowCount(), 1);
  EXPECT_EQ(panel.table()->item(0, 2)->text(), QStringLiteral("消防安全"));
  EXPECT_EQ(panel.table()->item(0, 5)->text(), QStringLiteral("已移送"));
  ASSERT_TRUE(panel.selectReferral(id));

  panel.stepDateEdit()->setDate(QDate(2025, 3, 9));
  EXPECT_FALSE(panel.moveSelected(ReferralState::Closed));
  EXPECT_TRUE(panel.statusLabel()->text().contains(QStringLiteral("close_without_feedback")));
  EXPECT_EQ(referralById(*store_, id)->state, ReferralState::Referred);

  panel.feedbackEdit()->setText(QStringLiteral("已责令停业整改"));
  ASSERT_TRUE(panel.moveSelected(ReferralState::Answered));
  auto stored = referralById(*store_, id);
  EXPECT_EQ(stored->state, ReferralState::Answered);
  EXPECT_EQ(stored->feedback, "已责令停业整改");
  EXPECT_EQ(stored->feedbackDate, (Date{2025, 3, 9}));

  panel.stepDateEdit()->setDate(QDate(2025, 3, 12));
  ASSERT_TRUE(panel.moveSelected(ReferralState::Closed));
  EXPECT_EQ(referralById(*store_, id)->closedDate, (Date{2025, 3, 12}));
  EXPECT_EQ(panel.table()->item(0, 5)->text(), QStringLiteral("已办结"));
  EXPECT_EQ(panel.table()->item(0, 7)->text(), QStringLiteral("2025-03-12"));
  EXPECT_EQ(store_->caseEvents(CaseSubject::Referral, id).size(), 3u);
}

}  // namespace
}  // namespace fangan::gui
