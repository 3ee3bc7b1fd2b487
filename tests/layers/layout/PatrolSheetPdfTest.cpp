// The printed patrol sheet (layers/layout/PatrolSheetPdf.h) as a reader gets it: a page per
// patrol day with stops, the stop codes, the Chinese title and the table's columns as searchable
// text; a long day continuing on a page of its own; a sheet without stops; the CRS checked.

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>
#include <stdexcept>

#include "../../gis/patrol/PatrolFixtures.h"
#include "PopplerTool.h"
#include "gis/analysis/PriorityRules.h"
#include "gis/patrol/ManagerSheet.h"
#include "gis/patrol/PatrolPlan.h"
#include "layers/layout/PatrolSheetPdf.h"

namespace fangan {
namespace {

using testing::addBuilding;
using testing::addGrid;
using testing::patrolDay;

int pagesOf(const QString& info) {
  const QRegularExpressionMatch m =
      QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
  return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString compact(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

class PatrolSheetPdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    store_ = createSpatialiteProject(file("p.sqlite"), testing::kPatrolSrid);
    rules_ = parsePriorityRules("never_surveyed 50 未排查\ncommercial 20 经营性\n", "t.rules");
    // G1: five buildings due, three a day — two days with stops. G2: thirty due at once.
    // G3: nothing due.
    addGrid(*store_, "G1", 3, "张三");
    for (int i = 0; i < 5; ++i) {
      addBuilding(*store_, testing::unsurveyedRecord("A" + std::to_string(i), "G1", i == 4),
                  100 * i + 50, 50 + 40 * (i % 2));
    }
    addGrid(*store_, "G2", 30, "李四");
    for (int i = 0; i < 30; ++i) {
      addBuilding(*store_, testing::unsurveyedRecord("B" + std::to_string(i), "G2"),
                  30 * (i % 10) + 20, 30 * (i / 10) + 300);
    }
    addGrid(*store_, "G3", 3, "王五");
    addBuilding(*store_, testing::quietRecord("C0", "G3"), 500, 500);
    data_ = std::make_unique<LayoutData>(LayoutData::load(*store_));
  }

  std::string file(const char* name) const { return dir_.filePath(name).toStdString(); }

  PatrolPlan plan(const char* grid, int days) const {
    PatrolPlanOptions o;
    o.grid = grid;
    o.days = days;
    o.start = patrolDay("2024-03-11");
    o.rules = &rules_;
    o.useRoads = false;
    return planPatrols(*store_, o);
  }

  QTemporaryDir dir_;
  std::unique_ptr<ProjectStore> store_;
  PriorityRules rules_;
  std::unique_ptr<LayoutData> data_;
};

TEST_F(PatrolSheetPdfTest, OnePagePerDayWithCodesTitleAndColumnsAsText) {
  const PatrolPlan p = plan("G1", 3);  // day 3 has no stops and gets no page
  const std::vector<ManagerSheet> sheets = groupByManager(p);
  ASSERT_EQ(sheets.size(), 1u);
  const std::string path = file("sheet.pdf");
  PatrolSheetPdfWriter(*data_).write(sheets[0], p.srid, path);
  ASSERT_TRUE(QFileInfo::exists(QString::fromStdString(path)));

  RUN_TOOL_OR_SKIP(info, "pdfinfo", QString::fromStdString(path));
  EXPECT_EQ(pagesOf(info), 2) << info.toStdString();
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", QString::fromStdString(path), "-");
  const QString all = compact(text);
  EXPECT_TRUE(all.contains(QStringLiteral("网格巡查单G1网格（G1）"))) << text.toStdString();
  for (const char* expected :
       {"张三", "13800000000", "2024年3月11日", "2024年3月12日", "序号", "房屋编码", "校验码",
        "地址", "列入巡查原因", "检查要点", "检查日期", "检查人", "检查结果", "备注", "未排查"}) {
    EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected;
  }
  for (const PatrolStopRow& row : sheets[0].stops()) {
    EXPECT_TRUE(text.contains(QString::fromStdString(row.code))) << row.code;
    EXPECT_TRUE(text.contains(QString::fromStdString(row.stamp))) << row.stamp;
  }
  // Day 1 holds the first three stops of the route, day 2 the other two.
  RUN_TOOL_OR_SKIP(second, "pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2",
                   QString::fromStdString(path), "-");
  int onSecond = 0;
  for (const PatrolStopRow& row : sheets[0].stops()) {
    const bool there = second.contains(QString::fromStdString(row.code));
    EXPECT_EQ(there, row.day == 2) << row.code;
    onSecond += there ? 1 : 0;
  }
  EXPECT_EQ(onSecond, 2);
}

TEST_F(PatrolSheetPdfTest, LongDayContinuesOnAnotherPage) {
  const PatrolPlan p = plan("G2", 1);
  const std::vector<ManagerSheet> sheets = groupByManager(p);
  ASSERT_EQ(sheets.size(), 1u);
  ASSERT_EQ(sheets[0].stops().size(), 30u);
  const std::string path = file("long.pdf");
  PatrolSheetPdfWriter(*data_).write(sheets[0], p.srid, path);
  RUN_TOOL_OR_SKIP(info, "pdfinfo", QString::fromStdString(path));
  EXPECT_GE(pagesOf(info), 2) << info.toStdString();
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", QString::fromStdString(path), "-");
  EXPECT_TRUE(compact(text).contains(QStringLiteral("（续）")));
  for (const PatrolStopRow& row : sheets[0].stops()) {
    EXPECT_TRUE(text.contains(QString::fromStdString(row.code))) << row.code;
  }
}

TEST_F(PatrolSheetPdfTest, SheetWithoutStopsSaysSo) {
  const PatrolPlan p = plan("G3", 2);
  const std::vector<ManagerSheet> sheets = groupByManager(p);
  ASSERT_EQ(sheets.size(), 1u);
  ASSERT_TRUE(sheets[0].stops().empty());
  const std::string path = file("empty.pdf");
  PatrolSheetPdfWriter(*data_).write(sheets[0], p.srid, path);
  RUN_TOOL_OR_SKIP(info, "pdfinfo", QString::fromStdString(path));
  EXPECT_EQ(pagesOf(info), 1);
  RUN_TOOL_OR_SKIP(text, "pdftotext", "-enc", "UTF-8", QString::fromStdString(path), "-");
  EXPECT_TRUE(compact(text).contains(QStringLiteral("没有需要巡查的房屋"))) << text.toStdString();
}

TEST_F(PatrolSheetPdfTest, RefusesAnotherCrsAndWritesNothing) {
  const PatrolPlan p = plan("G1", 1);
  const std::vector<ManagerSheet> sheets = groupByManager(p);
  ASSERT_EQ(sheets.size(), 1u);
  const std::string path = file("wrong.pdf");
  EXPECT_THROW(PatrolSheetPdfWriter(*data_).write(sheets[0], 4326, path), std::runtime_error);
  EXPECT_FALSE(QFileInfo::exists(QString::fromStdString(path)));
}

}  // namespace
}  // namespace fangan
