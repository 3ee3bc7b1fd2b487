// The dashboard counted from the attribute cache (DashboardPanel.cpp, figuresFromColumns) gives
// the figures the record scan gives. Every building column gets random values here — not only
// the ones the dashboard is known to read — so a column the ledger, the hazard class or the
// coverage reads but the cache's list misses makes buildings that differ look alike, and the
// figures differ.

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <cstring>
#include <random>
#include <set>

#include "app/gui/DashboardPanel.h"
#include "gis/analysis/Ledger.h"
#include "gis/model/SurveyPoint.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/AttributeColumns.h"
#include "gis/store/BuildingColumns.h"
#include "gis/store/MapCacheStore.h"
#include "layers/ProjectMap.h"
#include "layers/WkbGeometry.h"

namespace fangan {
namespace {

// Every key of the vocabulary: for a key column, most do not parse (the value is then unknown),
// the others give each of its values.
std::vector<std::string> everyKey() {
  std::set<std::string> keys;
  for (int v = 0; v < 10; ++v) {
    keys.insert(toKey(static_cast<Structure>(v)));
    keys.insert(toKey(static_cast<BuildingUse>(v)));
    keys.insert(toKey(static_cast<SurveyStatus>(v)));
    keys.insert(toKey(static_cast<InitialHazard>(v)));
    keys.insert(toKey(static_cast<AppraisalGrade>(v)));
    keys.insert(toKey(static_cast<ControlMeasure>(v)));
    keys.insert(toKey(static_cast<Rectification>(v)));
    keys.insert(toKey(static_cast<ClosureBasis>(v)));
  }
  return {keys.begin(), keys.end()};
}

std::string figuresText(const gui::DashboardFigures& f) {
  std::string s;
  for (const CoverageRow& row : f.coverageByTown) {
    s += "coverage " + row.area + " " + std::to_string(row.total) + " " +
         std::to_string(row.checked) + "\n";
  }
  for (const auto& [name, count] : f.buildingsByHazardClass) {
    s += "class " + name.toStdString() + " " + std::to_string(count) + "\n";
  }
  s += "self-built\n" + ledgerToCsv(f.ledgerSelfBuilt) + "all\n" + ledgerToCsv(f.ledgerAll);
  return s;
}

TEST(DashboardColumns, FiguresFromTheCacheEqualTheScanWhateverTheColumnsHold) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const std::string path = dir.filePath(QStringLiteral("dashboard.sqlite")).toStdString();
  {
    auto store = createSpatialiteProject(path, 32631);
    std::mt19937 random(5122026);
    const std::vector<std::string> keys = everyKey();
    const std::vector<std::string> texts = {"", "东镇", "西镇", "南街道", "餐饮", "x"};
    const std::vector<std::string> dates = {"2023-01-05", "2024-03-01", "2024-03-02", "2025-11-30"};
    const auto any = [&random](std::size_t n) {
      return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    auto tx = store->begin();
    for (int i = 0; i < 3000; ++i) {
      BuildingRecord r;
      for (const building_columns::Column& c : building_columns::columns()) {
        if (any(5) == 0) continue;  // unknown
        switch (c.kind) {
          case building_columns::Kind::Text:
            c.setText(r, texts[any(texts.size())]);
            break;
          case building_columns::Kind::Integer:
            c.setText(r, std::to_string(any(40)));
            break;
          case building_columns::Kind::Flag:
            c.setText(r, any(2) == 0 ? "0" : "1");
            break;
          case building_columns::Kind::Date:
            c.setText(r, dates[any(dates.size())]);
            break;
          case building_columns::Kind::Key:
            // Often the keys that matter most to the ledger, else any key at all.
            c.setText(r, any(2) == 0
                             ? std::vector<std::string>{"surveyed", "hazard", "C", "D", "reinforce",
                                                        "management_only", "commercial"}[any(7)]
                             : keys[any(keys.size())]);
            break;
        }
      }
      // Half the buildings far along the ledger's chain (surveyed, hazard, C/D, closures), so
      // that its later counts are not all zero.
      if (any(2) == 0) {
        r.surveyStatus = SurveyStatus::Surveyed;
        r.initialHazard = InitialHazard::Hazard;
        if (any(2) == 0) r.appraisalGrade = any(2) == 0 ? AppraisalGrade::C : AppraisalGrade::D;
        if (any(2) == 0) {
          r.closed = true;
          r.closureBasis = static_cast<ClosureBasis>(any(5));
        }
      }
      r.code = "D" + std::to_string(i);
      const double x = 380000 + (i % 60) * 20;
      const double y = 4710000 + (i / 60) * 20;
      store->upsertBuilding(
          r,
          multiPolygonWkb({{QPolygonF(
              {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}}),
          "test");
    }
    tx->commit();
  }
  auto store = openSpatialiteProject(path);
  ASSERT_EQ(ProjectMap::open(*store).buildingsCacheUse(), MapCacheUse::Written);
  const gui::DashboardFigures scanned = gui::computeDashboardFigures(*store);
  AttributeColumnCache columns;
  const gui::DashboardFigures cached = gui::computeDashboardFigures(*store, &columns);
  EXPECT_EQ(columns.lastSource(), "cache");  // answered from the columns, not by the scan
  EXPECT_EQ(figuresText(cached), figuresText(scanned));
  // The figures are not trivial: several classes, towns and ledger counts.
  EXPECT_GE(scanned.buildingsByHazardClass.size(), 5u);
  EXPECT_GE(scanned.coverageByTown.size(), 3u);

  // Survey points: inside buildings, on an edge, in the gaps between them, and with codes.
  {
    const auto pointWkb = [](double x, double y) {
      Wkb w(21);
      w[0] = 1;
      const std::uint32_t type = 1;
      std::memcpy(&w[1], &type, 4);
      std::memcpy(&w[5], &x, 8);
      std::memcpy(&w[13], &y, 8);
      return w;
    };
    const auto corner = [](int j) {
      return QPointF(380000 + (j % 60) * 20, 4710000 + (j / 60) * 20);
    };
    auto tx = store->begin();
    for (int k = 0; k < 150; ++k) {
      const QPointF c = corner((k * 17) % 3000);
      SurveyPoint p;
      p.inspector = "测试";
      store->insertSurveyPoint(p, pointWkb(c.x() + 5, c.y() + 5));                   // inside
      store->insertSurveyPoint(p, pointWkb(c.x() + 15, c.y() + 5));                  // in a gap
      if (k % 5 == 0) store->insertSurveyPoint(p, pointWkb(c.x() + 10, c.y() + 3));  // on an edge
      p.code = "D" + std::to_string((k * 31 + 7) % 3000);
      store->insertSurveyPoint(p, pointWkb(c.x() + 15, c.y() + 15));  // a gap, with a code
    }
    tx->commit();
  }
  const gui::DashboardFigures scannedWithPoints = gui::computeDashboardFigures(*store);
  const gui::DashboardFigures cachedWithPoints = gui::computeDashboardFigures(*store, &columns);
  EXPECT_EQ(figuresText(cachedWithPoints), figuresText(scannedWithPoints));
  std::int64_t checkedBefore = 0, checkedAfter = 0;
  for (const CoverageRow& row : scanned.coverageByTown) checkedBefore += row.checked;
  for (const CoverageRow& row : scannedWithPoints.coverageByTown) checkedAfter += row.checked;
  EXPECT_GT(checkedAfter, checkedBefore + 50);  // the points checked unsurveyed buildings

  int surveyed = 0, cd = 0, closed = 0;
  for (const LedgerRow& row : scanned.ledgerAll) {
    surveyed += row.surveyed;
    cd += row.gradeCD;
    closed += row.closed;
  }
  EXPECT_GT(surveyed, 100);
  EXPECT_GT(cd, 10);
  EXPECT_GT(closed, 5);
}

}  // namespace
}  // namespace fangan
