// The attribute cache (gis/store/AttributeColumns.h): the table's filter and sort answered from
// dictionary-encoded columns give exactly the rows and order of the scan, and a column is never
// answered stale — an edit by another connection or process is in the next answer.

#include <gtest/gtest.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <random>

#include "../support/MissingInput.h"
#include "app/gui/RecordFilter.h"
#include "app/gui/RecordQuery.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/BuildingColumns.h"
#include "gis/store/MapCacheStore.h"
#include "gis/store/Sqlite.h"
#include "layers/MapCache.h"
#include "layers/ProjectMap.h"
#include "layers/WkbGeometry.h"

namespace fangan {
namespace {

Wkb square(double x, double y) {
  return multiPolygonWkb({{QPolygonF(
      {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}});
}

template <typename T>
T pick(std::mt19937& random, std::initializer_list<T> choices) {
  std::uniform_int_distribution<std::size_t> d(0, choices.size() - 1);
  return *(choices.begin() + d(random));
}

// 600 buildings with every table field varied, unknown values among them, and ids with gaps.
class AttributeColumnsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("columns.sqlite")).toStdString();
    auto store = createSpatialiteProject(path_, 32631);
    std::mt19937 random(20261205);
    std::uniform_int_distribution<int> percent(0, 99);
    auto tx = store->begin();
    for (int i = 0; i < 600; ++i) {
      BuildingRecord r;
      r.code = "C" + std::to_string(1000 + (i * 7919) % 600);
      if (percent(random) < 90) r.address = "测试路" + std::to_string(percent(random)) + "号";
      if (percent(random) < 95) r.town = pick(random, {"东镇", "西镇", "南街道", "北乡"});
      if (percent(random) < 80) r.community = pick(random, {"一村", "二村", "Alpha", "alpha"});
      if (percent(random) < 90) r.grid = "G" + std::to_string(percent(random) % 12);
      r.surveyStatus =
          pick(random, {SurveyStatus::Surveyed, SurveyStatus::NotSurveyed, SurveyStatus::Unknown});
      if (percent(random) < 50) {
        r.surveyDate = Date{2024, 1 + percent(random) % 12, 1 + percent(random) % 28};
      }
      r.initialHazard =
          pick(random, {InitialHazard::Hazard, InitialHazard::None, InitialHazard::Unknown});
      r.appraisalGrade = pick(random, {AppraisalGrade::A, AppraisalGrade::B, AppraisalGrade::C,
                                       AppraisalGrade::D, AppraisalGrade::None});
      r.control = pick(random, {ControlMeasure::StopUse, ControlMeasure::Unknown});
      if (percent(random) < 30) r.closed = percent(random) < 50;
      if (percent(random) < 70) r.selfBuilt = percent(random) < 60;
      if (percent(random) < 85) r.floors = 1 + percent(random) % 12;
      r.structure = pick(random, {Structure::Masonry, Structure::Unknown});
      if (percent(random) < 85) r.yearBuilt = 1950 + percent(random) % 70;
      r.use = pick(random, {BuildingUse::Unknown, BuildingUse::Residential});
      if (percent(random) < 40) r.useSubtype = pick(random, {"餐饮", "民宿", "仓储"});
      if (percent(random) < 60) r.peopleDense = percent(random) < 20;
      store->upsertBuilding(r, square(380000 + i * 20, 4710000), "test");
    }
    tx->commit();
    tx.reset();
    store.reset();
    sqlite::Connection db(path_, false);
    db.exec("DELETE FROM buildings WHERE id % 50 = 0");  // ids with gaps
  }

  // Every query the table can ask: each operator with a few operands on each field, and each
  // column sorted both ways, alone and under a filter.
  std::vector<gui::RecordQuery> queries() const {
    std::vector<gui::RecordQuery> all;
    const QStringList operands = {QStringLiteral("D"),        QStringLiteral("c"),
                                  QStringLiteral("1980"),     QStringLiteral("5"),
                                  QStringLiteral("东"),       QStringLiteral("是"),
                                  QStringLiteral("stop_use"), QStringLiteral("2024-06-01"),
                                  QStringLiteral("alpha"),    QStringLiteral("G3")};
    for (const gui::RecordField field : gui::recordFields()) {
      for (const gui::FilterOperator op : gui::filterOperators()) {
        for (const QString& value : operands) {
          gui::RecordQuery q;
          q.filter = gui::RecordFilter{field, op, value};
          all.push_back(q);
        }
      }
    }
    for (int column = 0; column < static_cast<int>(gui::recordFields().size()); ++column) {
      for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        gui::RecordQuery q;
        q.sortColumn = column;
        q.order = order;
        all.push_back(q);
        q.filter = gui::RecordFilter{gui::RecordField::Town, gui::FilterOperator::Contains,
                                     QStringLiteral("镇")};
        all.push_back(q);
      }
    }
    return all;
  }

  QTemporaryDir dir_;
  std::string path_;
};

TEST_F(AttributeColumnsTest, AnswersEqualTheScanForEveryFieldOperatorAndOrder) {
  auto store = openSpatialiteProject(path_);
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  AttributeColumnCache columns;
  int fromColumns = 0;
  std::size_t rowsSeen = 0;
  for (const gui::RecordQuery& q : queries()) {
    const std::vector<std::int64_t> scanned = gui::runRecordQuery(*store, q);
    columns.clear();
    const std::vector<std::int64_t> cached = gui::runRecordQuery(*store, q, nullptr, &columns);
    const QString what =
        (q.filter ? gui::recordFieldTitle(q.filter->field) + " " +
                        gui::filterOperatorTitle(q.filter->op) + " " + q.filter->value
                  : QString()) +
        QStringLiteral(" sort %1/%2").arg(q.sortColumn).arg(q.order);
    ASSERT_EQ(cached, scanned) << what.toStdString();
    rowsSeen += scanned.size();
    // Every field but 健康码 is answered from the project's cache, never by a scan.
    const bool healthCode =
        (q.filter && q.filter->field == gui::RecordField::HealthCode) ||
        (q.sortColumn >= 0 && gui::recordFields()[static_cast<std::size_t>(q.sortColumn)] ==
                                  gui::RecordField::HealthCode);
    if (!healthCode) {
      EXPECT_NE(columns.lastSource(), "scan") << what.toStdString();
      ++fromColumns;
    }
  }
  EXPECT_GT(fromColumns, 1000);
  EXPECT_GT(rowsSeen, 100000u);  // the queries were not all empty
}

TEST_F(AttributeColumnsTest, PackedColumnsRoundTripAndDamageIsRefused) {
  auto store = openSpatialiteProject(path_);
  AttributeColumnCache cache;
  const auto column = cache.get(*store, "year_built");
  ASSERT_TRUE(column);
  EXPECT_EQ(cache.lastSource(), "scan");  // no map cache written yet
  EXPECT_EQ(column->ids->size(), 588u);   // 600 written, 12 removed
  const Bytes bytes = packAttributeColumn(*column);
  const std::optional<AttributeColumn> back = unpackAttributeColumn(bytes);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->name, column->name);
  EXPECT_EQ(back->generation, column->generation);
  EXPECT_EQ(*back->ids, *column->ids);
  EXPECT_EQ(back->values, column->values);
  EXPECT_EQ(back->rows, column->rows);
  for (std::size_t cut = 0; cut < bytes.size(); cut += 7) {
    EXPECT_FALSE(unpackAttributeColumn(Bytes(bytes.begin(), bytes.begin() + cut)))
        << "cut at " << cut;
  }
  // An index past the dictionary (the last byte is the last row's index).
  Bytes forged = bytes;
  forged.back() = 0xff;
  EXPECT_FALSE(unpackAttributeColumn(forged));
}

TEST_F(AttributeColumnsTest, AnEditByAnotherConnectionIsInTheNextAnswer) {
  auto store = openSpatialiteProject(path_);
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  AttributeColumnCache columns;
  gui::RecordQuery gradeA;
  gradeA.filter = gui::RecordFilter{gui::RecordField::AppraisalGrade, gui::FilterOperator::Equals,
                                    QStringLiteral("A")};
  const std::vector<std::int64_t> before = gui::runRecordQuery(*store, gradeA, nullptr, &columns);
  EXPECT_EQ(columns.lastSource(), "cache");
  gui::runRecordQuery(*store, gradeA, nullptr, &columns);
  EXPECT_EQ(columns.lastSource(), "memory");
  // A building not of grade A gets it through a second connection.
  std::optional<BuildingRecord> target;
  store->forEachBuilding([&](const BuildingRecord& r, const Wkb&) {
    if (r.appraisalGrade != AppraisalGrade::A) target = r;
    return !target;
  });
  ASSERT_TRUE(target);
  {
    auto other = openSpatialiteProject(path_);
    BuildingRecord edited = *target;
    edited.appraisalGrade = AppraisalGrade::A;
    other->updateBuilding(edited, "另一连接");
  }
  const std::vector<std::int64_t> after = gui::runRecordQuery(*store, gradeA, nullptr, &columns);
  EXPECT_EQ(columns.lastSource(), "scan");  // neither the kept column nor the project's cache
  EXPECT_EQ(after.size(), before.size() + 1);
  EXPECT_NE(std::find(after.begin(), after.end(), target->id), after.end());
  EXPECT_EQ(after, gui::runRecordQuery(*store, gradeA));
}

TEST_F(AttributeColumnsTest, AnEditByAnotherProcessIsInTheNextAnswer) {
  const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
  if (sqlite3.isEmpty()) FANGAN_MISSING("no sqlite3 shell");
  auto store = openSpatialiteProject(path_);
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  AttributeColumnCache columns;
  gui::RecordQuery newest;
  newest.sortColumn =
      static_cast<int>(std::find(gui::recordFields().begin(), gui::recordFields().end(),
                                 gui::RecordField::YearBuilt) -
                       gui::recordFields().begin());
  newest.order = Qt::DescendingOrder;
  const std::vector<std::int64_t> before = gui::runRecordQuery(*store, newest, nullptr, &columns);
  EXPECT_EQ(columns.lastSource(), "cache");
  ASSERT_FALSE(before.empty());
  const std::int64_t oldest = before.back();  // an unknown year or the oldest
  // The sqlite3 shell knows nothing of Fangan: only the counting trigger tells.
  QProcess shell;
  shell.start(sqlite3,
              {QString::fromStdString(path_),
               QStringLiteral("UPDATE buildings SET year_built = 2099 WHERE id = %1").arg(oldest)});
  ASSERT_TRUE(shell.waitForFinished(30000));
  ASSERT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();
  const std::vector<std::int64_t> after = gui::runRecordQuery(*store, newest, nullptr, &columns);
  EXPECT_EQ(columns.lastSource(), "scan");
  ASSERT_EQ(after.size(), before.size());
  EXPECT_EQ(after.front(), oldest);
  EXPECT_EQ(after, gui::runRecordQuery(*store, newest));
}

}  // namespace
}  // namespace fangan
