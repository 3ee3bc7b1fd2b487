// The 抽查 panel (app/gui/SpotCheckPanel.h) on a real SpatiaLite project: draw the sample,
// record outcomes until the town falls below 90 %, then order the town to re-survey — declined,
// confirmed, undone and redone through the undo stack — checking that the history only grows.

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QUndoStack>

#include "app/gui/MainWindow.h"
#include "app/gui/SpotCheckPanel.h"
#include "gis/analysis/ResurveyOrder.h"
#include "layers/WkbGeometry.h"
#include "support/OpenedProjectTest.h"

namespace fangan::gui {
namespace {

Wkb square(double x, double y) {
  return multiPolygonWkb({{QPolygonF(
      {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}});
}

std::size_t eventCount(const ProjectStore& store) {
  std::size_t n = 0;
  for (const auto id : store.buildingIds()) n += store.events(id).size();
  return n;
}

class SpotCheckPanelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    store_ =
        createSpatialiteProject(dir_.filePath(QStringLiteral("p.sqlite")).toStdString(), 32631);
    for (int i = 0; i < 10; ++i) {
      BuildingRecord r;
      r.code = "S0" + std::to_string(i);
      r.address = "甲镇商业街" + std::to_string(i + 1) + "号";
      r.town = "甲镇";
      r.selfBuilt = true;
      r.use = BuildingUse::Commercial;
      r.surveyStatus = SurveyStatus::Surveyed;
      r.surveyDate = Date::parse("2024-03-01");
      r.initialHazard = InitialHazard::None;
      store_->upsertBuilding(r, square(380000 + 20 * i, 4710000), "test");
    }
    panel_.setProject(store_.get(), &stack_);
    panel_.setToday(*Date::parse("2024-04-10"));
  }

  bool record(int row, int outcome, int hazard) {
    panel_.buildingTable()->selectRow(row);
    panel_.outcomeBox()->setCurrentIndex(outcome);
    panel_.hazardBox()->setCurrentIndex(hazard);
    panel_.inspectorEdit()->setText(QStringLiteral("李工"));
    return panel_.recordOutcome();
  }

  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
  QUndoStack stack_;
  SpotCheckPanel panel_;
};

TEST_F(SpotCheckPanelTest, BatchResurveyWithConfirmationAndUndo) {
  EXPECT_FALSE(panel_.ledger().has_value());
  panel_.rateBox()->setValue(100);
  panel_.seedBox()->setValue(3);
  ASSERT_TRUE(panel_.drawSample()) << panel_.statusLabel()->text().toStdString();
  ASSERT_EQ(panel_.buildingTable()->rowCount(), 10);
  ASSERT_EQ(panel_.townTable()->rowCount(), 1);

  // 8 correct, one 错排 and one 漏排 with a hazard: 80 %.
  for (int row = 0; row < 8; ++row) ASSERT_TRUE(record(row, 0, 0));
  EXPECT_FALSE(record(8, 1, 0));  // 错排 without the right 初判隐患 is refused
  ASSERT_TRUE(record(8, 1, 2)) << panel_.statusLabel()->text().toStdString();
  ASSERT_TRUE(record(9, 2, 2)) << panel_.statusLabel()->text().toStdString();
  EXPECT_EQ(panel_.townTable()->item(0, 6)->text(), QStringLiteral("80.0%"));
  EXPECT_EQ(panel_.townTable()->item(0, 7)->text(), QStringLiteral("责令重新排查"));

  ASSERT_TRUE(panel_.selectTown(QStringLiteral("甲镇")));
  EXPECT_TRUE(panel_.resurveyButton()->isEnabled());
  const std::size_t before = eventCount(*store_);

  // Declined: nothing written, nothing on the undo stack.
  QString asked;
  panel_.setConfirmation([&](const QString&, const QString& text) {
    asked = text;
    return false;
  });
  EXPECT_FALSE(panel_.orderResurvey());
  EXPECT_TRUE(asked.contains(QStringLiteral("80.0%")));
  EXPECT_EQ(stack_.count(), 0);
  EXPECT_EQ(eventCount(*store_), before);

  // Confirmed: the 8 buildings still judged no hazard are ordered (the two corrected ones now
  // carry a hazard and are not "no hazard" any more).
  panel_.setConfirmation([](const QString&, const QString&) { return true; });
  ASSERT_TRUE(panel_.orderResurvey()) << panel_.statusLabel()->text().toStdString();
  EXPECT_EQ(stack_.count(), 1);
  EXPECT_EQ(openResurveyCodes(*store_).size(), 8u);
  EXPECT_EQ(eventCount(*store_), before + 8);

  // Undo appends cancellations; the orders stay in the history.
  stack_.undo();
  EXPECT_TRUE(openResurveyCodes(*store_).empty());
  EXPECT_EQ(eventCount(*store_), before + 16);
  // The first listed building was recorded 正确, so it is still judged no hazard and ordered.
  const auto s0 = store_->buildingByCode(panel_.buildingTable()->item(0, 1)->text().toStdString());
  ASSERT_TRUE(s0.has_value());
  const auto history = store_->events(s0->id);
  ASSERT_GE(history.size(), 3u);
  EXPECT_EQ(history[history.size() - 2].kind, "resurvey_order");
  EXPECT_EQ(history.back().kind, "resurvey_cancel");

  // Redo orders again with new events.
  stack_.redo();
  EXPECT_EQ(openResurveyCodes(*store_).size(), 8u);
  EXPECT_EQ(eventCount(*store_), before + 24);
}

TEST_F(SpotCheckPanelTest, UnflaggedTownCannotBeOrdered) {
  panel_.rateBox()->setValue(100);
  ASSERT_TRUE(panel_.drawSample());
  for (int row = 0; row < 10; ++row) ASSERT_TRUE(record(row, 0, 0));
  ASSERT_TRUE(panel_.selectTown(QStringLiteral("甲镇")));
  EXPECT_FALSE(panel_.resurveyButton()->isEnabled());
  panel_.setConfirmation([](const QString&, const QString&) { return true; });
  EXPECT_FALSE(panel_.orderResurvey());
  EXPECT_EQ(stack_.count(), 0);
}

class MainWindowSpotCheckTest : public OpenedProjectTest {};

TEST_F(MainWindowSpotCheckTest, PanelIsDockedAndUsesTheEditUndoStack) {
  ASSERT_NE(window_.spotCheckPanel(), nullptr);
  auto* dock = window_.findChild<QDockWidget*>(QStringLiteral("spotCheckDock"));
  ASSERT_NE(dock, nullptr);
  EXPECT_TRUE(dock->isAncestorOf(window_.spotCheckPanel()));
  EXPECT_FALSE(window_.spotCheckPanel()->ledger().has_value());
}

}  // namespace
}  // namespace fangan::gui
