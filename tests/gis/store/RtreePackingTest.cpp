// The spatial index of a first import is packed in one pass (RtreePacking.h) and written in the
// SQLite R*Tree format. SQLite's own checker must accept it, it must answer every box as the
// index built one insertion at a time does, and later edits must go on working on it.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>

#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/MapCacheStore.h"
#include "gis/store/RtreePacking.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {
namespace {

using testing::squareAt;

// SQLite's integrity check of the R*Tree (structure, boxes of parents, the rowid and parent maps).
std::string rtreeCheck(const std::string& path,
                       const char* sql = "SELECT rtreecheck('idx_buildings_geom')") {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  std::string result = "no answer";
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return result;
}

struct Footprint {
  double x, y, size;
};

// Buildings of many sizes scattered over 20 km, some overlapping, at coordinates where a float
// keeps only half a metre (so that rounding matters).
std::vector<Footprint> scattered(int n) {
  std::mt19937 random(20261205);
  std::uniform_real_distribution<double> where(0, 20000);
  std::uniform_real_distribution<double> size(0.3, 80);
  std::vector<Footprint> f;
  for (int i = 0; i < n; ++i)
    f.push_back({500000 + where(random), 4700000 + where(random), size(random)});
  return f;
}

void write(ProjectStore& store, const std::vector<Footprint>& footprints, bool bulk,
           int firstCode = 0) {
  auto tx = store.begin();
  std::optional<BulkBuildingWrites> writes;
  if (bulk) writes.emplace(store);
  for (std::size_t i = 0; i < footprints.size(); ++i) {
    BuildingRecord r;
    r.code = "B" + std::to_string(firstCode + static_cast<int>(i));
    store.upsertBuilding(r, squareAt(footprints[i].x, footprints[i].y, footprints[i].size), "t");
  }
  if (writes) writes->finish();
  tx->commit();
}

TEST(RtreePacking, AFirstImportIsPackedAndAnswersAsInsertedOneByOne) {
  testing::TempDir dir;
  const std::string packedPath = dir.file("packed.sqlite");
  const std::string insertedPath = dir.file("inserted.sqlite");
  auto packed = createSpatialiteProject(packedPath, 4549);
  auto inserted = createSpatialiteProject(insertedPath, 4549);
  const std::vector<Footprint> footprints = scattered(12000);
  write(*packed, footprints, true);  // empty index: packed
  // The reference: one building first, then the others into an index that is no longer empty,
  // through the R*Tree module's insertions row by row.
  write(*inserted, {footprints.front()}, false);
  write(*inserted, std::vector<Footprint>(footprints.begin() + 1, footprints.end()), false, 1);
  EXPECT_EQ(rtreeCheck(packedPath), "ok");
  EXPECT_EQ(rtreeCheck(insertedPath), "ok");
  // Packed: full nodes, 236 leaves of 51 (the last of 15), 5 above them and the root; the
  // module's insertions leave nodes about two-thirds full.
  const char* nodes = "SELECT count(*) FROM idx_buildings_geom_node";
  EXPECT_EQ(rtreeCheck(packedPath, nodes), "242");
  EXPECT_GT(std::stoi(rtreeCheck(insertedPath, nodes)), 300);

  std::mt19937 random(7);
  std::uniform_real_distribution<double> where(-100, 20100);
  std::uniform_real_distribution<double> size(0, 900);
  auto sameAnswers = [&](int boxes) {
    std::size_t found = 0;
    for (int i = 0; i < boxes; ++i) {
      const double x = 500000 + where(random), y = 4700000 + where(random);
      const Extent box{x, y, x + size(random), y + size(random)};
      const auto ids = packed->buildingsInBox(box);
      ASSERT_EQ(ids, inserted->buildingsInBox(box)) << i;
      found += ids.size();
    }
    EXPECT_GT(found, static_cast<std::size_t>(boxes));  // boxes meet buildings, not only void
  };
  sameAnswers(400);
  EXPECT_EQ(packed->buildingsInBox(Extent{0, 0, 1e7, 1e7}).size(), footprints.size());

  // Later writes go through the module's own insertions on the packed tree: a second import
  // (the index is no longer empty), and a footprint moved far away.
  const std::vector<Footprint> more = scattered(3000);
  write(*packed, more, true, 100000);
  write(*inserted, more, true, 100000);
  for (ProjectStore* store : {packed.get(), inserted.get()}) {
    auto tx = store->begin();
    BuildingRecord r = *store->buildingByCode("B17");
    store->upsertBuilding(r, squareAt(530000, 4730000, 5), "t");
    tx->commit();
  }
  EXPECT_EQ(rtreeCheck(packedPath), "ok");
  sameAnswers(400);
  EXPECT_EQ(packed->buildingsInBox(Extent{529999, 4729999, 530006, 4730006}),
            std::vector<std::int64_t>{packed->buildingByCode("B17")->id});
}

TEST(RtreePacking, NodesHoldWhatTheirSizeAllowsAndBoxesRoundOutwards) {
  // 1228-byte nodes (the module's choice for 2-D trees on 4 KiB pages): 51 cells each.
  std::vector<RtreeEntry> entries;
  for (int i = 0; i < 51 * 51 + 1; ++i) {
    entries.push_back({i + 1, 4700000.3 + i, 4700000.6 + i, 0.1, 0.2});
  }
  const PackedRtree tree = packRtree(entries, 1228);
  ASSERT_FALSE(tree.nodes.empty());
  EXPECT_EQ(tree.nodes.front().first, 1);  // the root, depth 2 (a leaf level and one above)
  const std::vector<unsigned char>& root = tree.nodes.front().second;
  ASSERT_EQ(root.size(), 1228u);
  EXPECT_EQ(root[0] * 256 + root[1], 2);
  EXPECT_EQ(tree.rowids.size(), entries.size());
  for (const auto& [number, data] : tree.nodes) {
    ASSERT_EQ(data.size(), 1228u);
    EXPECT_LE(data[2] * 256 + data[3], 51) << number;
  }
  // The leaf cell of entry 1: its box as floats holds the true box.
  int checked = 0;
  for (const auto& [number, data] : tree.nodes) {
    if (number == 1) continue;
    const int count = data[2] * 256 + data[3];
    for (int c = 0; c < count; ++c) {
      const unsigned char* p = data.data() + 4 + c * 24;
      std::int64_t id = 0;
      for (int i = 0; i < 8; ++i) id = (id << 8) | p[i];
      if (id != 1 || tree.rowids.front().second != number) continue;
      auto floatAt = [](const unsigned char* q) {
        const std::uint32_t u = (std::uint32_t{q[0]} << 24) | (std::uint32_t{q[1]} << 16) |
                                (std::uint32_t{q[2]} << 8) | q[3];
        float f = 0;
        std::memcpy(&f, &u, 4);
        return static_cast<double>(f);
      };
      EXPECT_LE(floatAt(p + 8), 4700000.3);
      EXPECT_GE(floatAt(p + 12), 4700000.6);
      EXPECT_LE(floatAt(p + 16), 0.1);
      EXPECT_GE(floatAt(p + 20), 0.2);
      EXPECT_LT(floatAt(p + 12) - floatAt(p + 8), 2.6);  // rounded by a float step or two
      ++checked;
    }
  }
  EXPECT_EQ(checked, 1);
}

}  // namespace
}  // namespace fangan
