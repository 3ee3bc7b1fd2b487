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
#include "tests/layers/support/RandomDistrict.h"

namespace fangan {
namespace {

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
  testing::writeRandomDistrict(path, 3000, 5122026);
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
