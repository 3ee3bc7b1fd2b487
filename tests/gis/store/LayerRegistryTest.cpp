// The layer registry against a real project file: every layer it lists has its table (and its
// R*Tree when spatial) in a new SpatiaLite project, the store's summary walks exactly the
// registry, and only importable layers parse as `--layer` names.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <string>

#include "../support/TempDir.h"
#include "gis/io/ColumnMapping.h"
#include "gis/store/LayerRegistry.h"

namespace fangan {
namespace {

using testing::TempDir;

bool tableExists(const std::string& path, const std::string& table) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE name = ?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, table.c_str(), -1, SQLITE_TRANSIENT);
  const bool found = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return found;
}

TEST(LayerRegistry, EveryLayerOnceWithItsOwnName) {
  std::set<ProjectLayer> layers;
  std::set<std::string> names;
  for (const auto& l : projectLayers()) {
    layers.insert(l.layer);
    names.insert(l.name);
    EXPECT_EQ(layerName(l.layer), l.name);
    EXPECT_FALSE(l.chinese.empty()) << l.name;
  }
  EXPECT_EQ(projectLayers().size(), 9u);
  EXPECT_EQ(layers.size(), 9u);
  EXPECT_EQ(names.size(), 9u);
}

TEST(LayerRegistry, TablesExistInANewProjectAndSummaryFollowsTheRegistry) {
  TempDir dir;
  const std::string path = dir.file("p.sqlite");
  const auto summary = createSpatialiteProject(path, 4549)->summary();
  ASSERT_EQ(summary.size(), projectLayers().size());
  for (std::size_t i = 0; i < summary.size(); ++i) {
    const LayerInfo& l = projectLayers()[i];
    EXPECT_EQ(summary[i].layer, l.layer);
    if (l.layer != ProjectLayer::Audit) {
      EXPECT_EQ(summary[i].count, 0) << l.name;
    }
    EXPECT_TRUE(tableExists(path, l.table)) << l.table;
    EXPECT_EQ(tableExists(path, "idx_" + l.table + "_geom"), l.spatial) << l.table;
  }
}

TEST(LayerRegistry, OnlyImportableLayersParse) {
  EXPECT_EQ(parseImportLayer(" Buildings "), ProjectLayer::Buildings);
  EXPECT_EQ(parseImportLayer("lines"), ProjectLayer::Lines);
  EXPECT_EQ(parseImportLayer("events"), std::nullopt);
  EXPECT_EQ(parseImportLayer("audit"), std::nullopt);
  EXPECT_EQ(parseImportLayer("房屋"), std::nullopt);
  EXPECT_EQ(
      interchangeKeys(ProjectLayer::Grids),
      (std::vector<std::string>{"grid", "name", "town", "manager", "phone", "capacity_per_day"}));
  EXPECT_TRUE(interchangeKeys(ProjectLayer::Events).empty());
  EXPECT_EQ(layerInfo(ProjectLayer::Survey).geometry, GeometryKind::Point);
  EXPECT_EQ(layerInfo(ProjectLayer::Lines).table, "source_lines");
}

}  // namespace
}  // namespace fangan
