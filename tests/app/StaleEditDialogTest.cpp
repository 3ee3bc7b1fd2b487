// Stale edits in the app's forms (docs/rules.md#row-versions): a form opened on a building that
// someone else then changes refuses to save with "此房屋已被 USER 于 TIME 修改", writes nothing,
// and offers 重新载入并重新应用, which applies the form as filled in to the fresh record and
// keeps the other user's change. The other user is a second store handle on the same file.

#include <gtest/gtest.h>

#include <QDateTime>
#include <QPushButton>
#include <QTemporaryDir>

#include "app/gui/InspectionDialog.h"
#include "app/gui/InspectionEditor.h"
#include "app/gui/ResponsibilityDialog.h"
#include "layers/WkbGeometry.h"

namespace fangan::gui {
namespace {

Wkb square(double x, double y) {
  return multiPolygonWkb({{QPolygonF(
      {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}});
}

class StaleEditDialogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("p.sqlite")).toStdString();
    store_ = createSpatialiteProject(path_, 32631);
    BuildingRecord r;
    r.code = "B1";
    r.floors = 2;
    store_->upsertBuilding(r, square(0, 0), "导入");
    other_ = openSpatialiteProject(path_);
  }
  // The other user changes the floors; returns the message the refusal must show.
  QString otherUserChangesFloors() {
    BuildingRecord theirs = *other_->buildingByCode("B1");
    theirs.floors = 5;
    other_->editBuilding(theirs, theirs.rowVersion, "乙");
    const QString at = QString::fromStdString(other_->auditLog(1).at(0).when);
    return QStringLiteral("此房屋已被 乙 于 %1 修改")
        .arg(QDateTime::fromString(at, Qt::ISODate)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
  }

  QTemporaryDir dir_;
  std::string path_;
  std::unique_ptr<ProjectStore> store_;
  std::unique_ptr<ProjectStore> other_;
};

TEST_F(StaleEditDialogTest, ResponsibilityFormRefusesAStaleSaveThenReappliesToTheFreshRecord) {
  const BuildingRecord opened = *store_->buildingByCode("B1");
  ResponsibilityDialog dialog(*store_, opened, QStringLiteral("档案员"));
  Responsibility r;
  r.owner = "陈一";
  dialog.setResponsibility(r);
  EXPECT_FALSE(dialog.reloadVisible());
  const QString message = otherUserChangesFloors();

  EXPECT_FALSE(dialog.save());
  EXPECT_EQ(dialog.errorText(), QStringLiteral("未能保存：") + message);
  EXPECT_TRUE(dialog.reloadVisible());
  BuildingRecord stored = *store_->buildingByCode("B1");
  EXPECT_EQ(stored.responsibility.owner, "");  // nothing written
  EXPECT_EQ(stored.floors, 5);
  EXPECT_EQ(stored.rowVersion, 2);
  EXPECT_EQ(dialog.responsibility().owner, "陈一");  // the form is kept

  auto* reload = dialog.findChild<QPushButton*>(QStringLiteral("reloadAndReapply"));
  ASSERT_NE(reload, nullptr);
  EXPECT_EQ(reload->text(), QStringLiteral("重新载入并重新应用"));
  reload->click();
  stored = *store_->buildingByCode("B1");
  EXPECT_EQ(stored.responsibility.owner, "陈一");
  EXPECT_EQ(stored.floors, 5);  // the other user's change stays
  EXPECT_EQ(stored.rowVersion, 3);
  EXPECT_EQ(dialog.saved().rowVersion, 3);
  EXPECT_FALSE(dialog.reloadVisible());
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
  EXPECT_EQ(store_->auditLog(1).at(0).who, "档案员");
}

TEST_F(StaleEditDialogTest, InspectionFormRefusesAStaleEntryThenRecordsItOnTheFreshRecord) {
  InspectionEditor editor;
  editor.setStore(store_.get());
  const BuildingRecord opened = *store_->buildingByCode("B1");
  InspectionDialog dialog(&editor, opened);
  dialog.setKind(InspectionKind::Survey);
  ASSERT_TRUE(dialog.setResult(FieldResult::Hazard));
  dialog.setDate(QDate(2025, 1, 5));
  dialog.setInspector(QStringLiteral("王五"));
  const QString message = otherUserChangesFloors();

  EXPECT_FALSE(dialog.submit());
  EXPECT_EQ(dialog.errorText(), QStringLiteral("不能登记：") + message);
  EXPECT_TRUE(dialog.reloadVisible());
  EXPECT_TRUE(editor.lastRefusalStale());
  EXPECT_TRUE(store_->events(opened.id).empty());  // the event rolled back with the edit
  EXPECT_EQ(store_->buildingByCode("B1")->surveyStatus, SurveyStatus::Unknown);
  EXPECT_EQ(editor.undoStack()->count(), 0);

  ASSERT_TRUE(dialog.reloadAndReapply()) << dialog.errorText().toStdString();
  const BuildingRecord stored = *store_->buildingByCode("B1");
  EXPECT_EQ(stored.surveyStatus, SurveyStatus::Surveyed);
  EXPECT_EQ(stored.initialHazard, InitialHazard::Hazard);
  EXPECT_EQ(stored.floors, 5);
  EXPECT_EQ(stored.rowVersion, 3);
  ASSERT_EQ(store_->events(opened.id).size(), 1u);
  EXPECT_EQ(store_->events(opened.id)[0].inspector, "王五");
  EXPECT_FALSE(dialog.reloadVisible());
  EXPECT_EQ(editor.undoStack()->count(), 1);

  // Undo still works on the versioned row: the survey goes, the other user's floors stay.
  editor.undoStack()->undo();
  EXPECT_EQ(store_->buildingByCode("B1")->surveyStatus, SurveyStatus::Unknown);
  EXPECT_EQ(store_->buildingByCode("B1")->floors, 5);
}

}  // namespace
}  // namespace fangan::gui
