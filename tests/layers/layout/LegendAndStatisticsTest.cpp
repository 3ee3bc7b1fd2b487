// The legend lists the classes present with their counts, the statistics table sums the same
// buildings the ledger does, for the whole district, a town and a grid.

#include <gtest/gtest.h>

#include <map>

#include "LayoutFixture.h"
#include "gis/analysis/Ledger.h"
#include "gis/store/SpatialiteStore.h"
#include "layers/layout/Layout.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LegendModel.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/MapFrameView.h"
#include "layers/layout/StatisticsTable.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan {
namespace {

using testing::LayoutFixture;

// Label → count of the group of `kind`.
std::map<QString, int> legendOf(const LayoutFixture& f, const LayoutArea& area, ProjectLayer kind,
                                const char* templateName = "key-zones") {
  const Layout layout = Layout::fromTemplate(loadTemplate(templateName, {builtInTemplateFolder()}));
  const auto layers = layout.mapFrame()->renderLayers(f.data().map());
  const MapFrameView view = layout.mapFrame()->view(QRectF(0, 0, 900, 600), area, PaperUnits(96));
  std::map<QString, int> out;
  for (const LegendGroup& g : buildLegend(layers, view, area, {kind})) {
    for (const LegendEntry& e : g.entries) out[e.label] = e.count;
  }
  return out;
}

TEST(Legend, ListsOnlyTheClassesPresentWithTheirCounts) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const auto legend = legendOf(f, districtArea(f.data(), "全区"), ProjectLayer::Buildings);
  const std::map<QString, int> expected = {{"未排查", 2}, {"无隐患", 4},        {"初判隐患", 2},
                                           {"A级", 1},    {"B级", 1},           {"C级", 1},
                                           {"D级", 1},    {"管控中（斜线）", 1}};
  EXPECT_EQ(legend, expected);  // no "结论缺失": no building is in that class
}

TEST(Legend, CountsOnlyTheBuildingsOfTheTown) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const auto legend = legendOf(f, townArea(f.data(), "东城街道"), ProjectLayer::Buildings);
  const std::map<QString, int> expected = {{"未排查", 1}, {"无隐患", 2}, {"初判隐患", 1},
                                           {"C级", 1},    {"D级", 1},    {"管控中（斜线）", 1}};
  EXPECT_EQ(legend, expected);
  const auto zones = legendOf(f, townArea(f.data(), "西城街道"), ProjectLayer::Zones);
  EXPECT_TRUE(zones.empty()) << "the school zone lies in 东城街道 only";
  EXPECT_EQ(legendOf(f, townArea(f.data(), "东城街道"), ProjectLayer::Zones),
            (std::map<QString, int>{{"学校周边", 1}}));
}

TEST(Legend, HighlightRingsCountWithTheBuildings) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const auto legend =
      legendOf(f, districtArea(f.data(), "全区"), ProjectLayer::Buildings, "coverage-gaps");
  EXPECT_EQ(legend.at("已排查"), 10);
  EXPECT_EQ(legend.at("未排查"), 2);
  EXPECT_EQ(legend.at("未排查房屋（红圈标示）"), 2);
}

TEST(LayoutArea, UnknownTownOrGridIsAnError) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  EXPECT_THROW(townArea(f.data(), "南城街道"), LayoutError);
  EXPECT_THROW(gridArea(f.data(), "G99"), LayoutError);
  const LayoutArea g = gridArea(f.data(), "G02");
  EXPECT_EQ(g.label, QString("东城二网格（G02）"));
  EXPECT_EQ(g.town, QString("东城街道"));
  EXPECT_FALSE(g.outline.isEmpty());
}

const QStringList kLedgerColumns = {"surveyed",           "initial_hazard", "recheck_no_hazard",
                                    "direct_engineering", "appraised",      "grade_cd",
                                    "cd_engineered",      "closed",         "appraisal_rate",
                                    "rectification_rate", "closure_rate"};

TEST(StatisticsTable, TownRowsMatchTheLedgerOfEachTown) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const StatisticsTable t = buildStatisticsTable(
      f.data(), districtArea(f.data(), "全区"), TableRows::Subareas,
      kLedgerColumns + QStringList{"buildings", "not_surveyed"}, LedgerScope::SelfBuiltOnly);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.headers.front(), QString("镇街"));
  EXPECT_EQ(t.headers[1], QString("已排查"));
  EXPECT_EQ(t.rows[0].front(), QString("东城街道"));
  EXPECT_EQ(t.rows[2].front(), QString("合计"));
  EXPECT_EQ(t.totals, (std::vector<bool>{false, false, true}));

  // Same numbers as `fangan ledger --by town`, rates as percentages.
  std::vector<BuildingRecord> records;
  openSpatialiteProject(f.path().toStdString())
      ->forEachBuilding([&records](const BuildingRecord& r, const Wkb&) {
        records.push_back(r);
        return true;
      });
  const auto ledger = buildLedger(records, ledgerAreaByTown);
  for (const LedgerRow& row : ledger) {
    if (row.category != LedgerCategory::All) continue;
    const QStringList& cells = row.area == "东城街道" ? t.rows[0] : t.rows[1];
    EXPECT_EQ(cells[1], QString::number(row.surveyed));
    EXPECT_EQ(cells[2], QString::number(row.initialHazard));
    EXPECT_EQ(cells[5], QString::number(row.appraised));
    EXPECT_EQ(cells[8], QString::number(row.closed));
  }
  // 东城街道 by hand: self-built 0–4; ① = 3, ④ = 2, ⑤ = 2, ⑥ = 1, ⑦ = 1.
  EXPECT_EQ(t.rows[0].mid(1, 11),
            (QStringList{"4", "3", "0", "0", "2", "2", "1", "1", "66.7%", "50.0%", "33.3%"}));
  // Buildings and not surveyed count every building (5 is not self-built).
  EXPECT_EQ(t.rows[0].mid(12), (QStringList{"6", "1"}));
  // 西城街道: no C/D and no direct engineering: the rectification rate has no denominator.
  EXPECT_EQ(t.rows[1][10], QString("—"));
  EXPECT_EQ(t.rows[2][12], QString("12"));
}

TEST(StatisticsTable, GridOfATownAndCategoriesOfAGrid) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const StatisticsTable town = buildStatisticsTable(
      f.data(), townArea(f.data(), "东城街道"), TableRows::Subareas,
      {"buildings", "coverage_rate", "awaiting_appraisal", "cd_open", "controlled"},
      LedgerScope::AllBuildings);
  ASSERT_EQ(town.rows.size(), 3u);
  EXPECT_EQ(town.headers.front(), QString("网格"));
  EXPECT_EQ(town.rows[0], (QStringList{"东城一网格", "3", "66.7%", "0", "1", "1"}));
  EXPECT_EQ(town.rows[1], (QStringList{"东城二网格", "3", "100.0%", "1", "0", "0"}));

  const StatisticsTable grid = buildStatisticsTable(
      f.data(), gridArea(f.data(), "G03"), TableRows::Subareas,
      {"buildings", "not_surveyed", "initial_hazard", "closure_rate"}, LedgerScope::SelfBuiltOnly);
  ASSERT_EQ(grid.rows.size(), 3u);
  EXPECT_EQ(grid.rows[0], (QStringList{"经营性", "1", "1", "0", "—"}));
  EXPECT_EQ(grid.rows[2], (QStringList{"合计", "6", "1", "3", "100.0%"}));
}

TEST(StatisticsTable, ZoneTypeRowsCountTheBuildingsInEachZone) {
  LayoutFixture f;
  ASSERT_TRUE(f.isValid());
  const StatisticsTable t =
      buildStatisticsTable(f.data(), districtArea(f.data(), "全区"), TableRows::ZoneTypes,
                           {"buildings", "controlled"}, LedgerScope::AllBuildings);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0], (QStringList{"学校周边", "2", "1"}));
  EXPECT_EQ(t.rows[1], (QStringList{"重点区域合计", "2", "1"}));
}

}  // namespace
}  // namespace fangan
