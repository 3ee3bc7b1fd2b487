// The report dialog (文件 → 生成进度报告) and the dashboard's date picker, on the small fixture
// project (its buildings entered the project today).

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/gui/DashboardPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReportDialog.h"
#include "support/OpenedProjectTest.h"

namespace fangan::gui {
namespace {

class ReportDialogTest : public OpenedProjectTest {};

TEST_F(ReportDialogTest, WritesPdfAndXlsxOnAWorker) {
  ASSERT_NE(window_.reportAction(), nullptr);
  ReportDialog dialog(*window_.store(), &window_);
  // The area list offers the district, the fixture's town and its grid.
  EXPECT_EQ(dialog.areaSelector()->count(), 3);
  EXPECT_TRUE(dialog.areaSelector()->itemText(1).contains(QStringLiteral("测试镇")));
  QTemporaryDir dir;
  for (const QString& name : {QStringLiteral("week.pdf"), QStringLiteral("week.xlsx")}) {
    const QString path = dir.filePath(name);
    dialog.outputEdit()->setText(path);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    ASSERT_TRUE(dialog.start());
    EXPECT_FALSE(dialog.generateButton()->isEnabled());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.at(0).at(0).toString(), QString()) << name.toStdString();
    EXPECT_TRUE(QFileInfo(path).size() > 0) << path.toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("已写出")));
    EXPECT_TRUE(dialog.generateButton()->isEnabled());
  }
  // One grid, a monthly report.
  dialog.areaSelector()->setCurrentIndex(2);
  dialog.periodSelector()->setCurrentIndex(4);
  dialog.outputEdit()->setText(dir.filePath(QStringLiteral("grid.pdf")));
  QSignalSpy finished(&dialog, &ReportDialog::finished);
  ASSERT_TRUE(dialog.start());
  ASSERT_TRUE(finished.wait(60000));
  EXPECT_EQ(finished.at(0).at(0).toString(), QString());
}

TEST_F(ReportDialogTest, RefusesAnOutputItCannotWriteAndSaysWhyInChinese) {
  ReportDialog dialog(*window_.store(), &window_);
  dialog.outputEdit()->setText(QStringLiteral("/tmp/report.docx"));
  EXPECT_FALSE(dialog.start());
  EXPECT_TRUE(dialog.statusText().contains(QStringLiteral(".pdf")));
  // A folder that does not exist: the worker's error comes back in Chinese.
  dialog.outputEdit()->setText(QStringLiteral("/nonexistent-folder/report.xlsx"));
  QSignalSpy finished(&dialog, &ReportDialog::finished);
  ASSERT_TRUE(dialog.start());
  ASSERT_TRUE(finished.wait(60000));
  EXPECT_FALSE(finished.at(0).at(0).toString().isEmpty());
  EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("无法生成报告")));
}

TEST_F(ReportDialogTest, DashboardShowsFiguresAsOfAPastDay) {
  DashboardPanel* dashboard = window_.dashboard();
  dashboard->recompute();
  ASSERT_EQ(dashboard->coverageByTown().size(), 1u);
  EXPECT_EQ(dashboard->coverageByTown()[0].total, 4);
  // Years before the buildings entered the project, none of them existed.
  dashboard->asOfCheck()->setChecked(true);
  dashboard->asOfEdit()->setDate(QDate(2020, 1, 1));
  ASSERT_TRUE(dashboard->asOfDate().has_value());
  EXPECT_EQ(dashboard->asOfDate()->toString(), "2020-01-01");
  dashboard->recompute();
  ASSERT_EQ(dashboard->coverageByTown().size(), 1u);
  EXPECT_EQ(dashboard->coverageByTown()[0].total, 0);
  // Today, and back to now: the current figures.
  dashboard->asOfEdit()->setDate(QDate::currentDate());
  dashboard->recompute();
  EXPECT_EQ(dashboard->coverageByTown()[0].total, 4);
  dashboard->setAsOfDate(std::nullopt);
  EXPECT_FALSE(dashboard->asOfCheck()->isChecked());
  dashboard->recompute();
  EXPECT_EQ(dashboard->coverageByTown()[0].checked, 3);
}

}  // namespace
}  // namespace fangan::gui
