// Durability across a power cut (docs/rules.md#durability): a VFS shim keeps what each write
// overwrote until its file is synced, so a copy of the project as a power cut at that moment
// would leave it can be taken at random write points. Every such copy must pass
// integrity_check and hold every transaction that was reported committed before the cut.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstring>
#include <random>
#include <set>

#include "../support/PowerCutVfs.h"
#include "../support/SquareWkb.h"
#include "../support/TempDir.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

using testing::squareAt;

// Opens a copy without the shim and reads one integer (or the error text as -1).
std::string text(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  std::string out = "<error>";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK) {
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
      const auto* t = sqlite3_column_text(s, 0);
      out = t ? reinterpret_cast<const char*>(t) : "";
    } else if (rc == SQLITE_DONE) {
      out = "";
    }
  }
  sqlite3_finalize(s);
  return out;
}

struct Cut {
  std::string file;
  int committed;  // transactions reported committed when the power went
};

TEST(PowerCut, EveryTransactionReportedCommittedSurvives) {
  testing::TempDir dir;
  const std::string path = dir.file("p.sqlite");
  createSpatialiteProject(path, 4547);
  constexpr int kTransactions = 12;
  constexpr int kPerTransaction = 8;
  std::vector<Cut> cuts;
  {
    testing::PowerCutVfs vfs;
    std::mt19937 random(13);
    int committed = 0;
    std::set<std::size_t> points;
    while (points.size() < 16) points.insert(1 + random() % 400);
    vfs.onWrite([&](std::size_t writes) {
      if (!points.count(writes)) return;
      const std::size_t unsynced = vfs.unsyncedWrites(path);
      const std::string copy = dir.file("cut-w" + std::to_string(writes) + ".sqlite");
      vfs.snapshot(path, copy, random() % (unsynced + 1));
      cuts.push_back({copy, committed});
    });
    auto store = openSpatialiteProject(path);
    for (int i = 1; i <= kTransactions; ++i) {
      auto tx = store->begin();
      for (int j = 0; j < kPerTransaction; ++j) {
        BuildingRecord r;
        r.code = "T" + std::to_string(i) + "-" + std::to_string(j);
        r.address = "和平街 " + std::to_string(j) + " 号";
        store->upsertBuilding(r, squareAt(500000 + i * 20, 3000000 + j * 20), "test");
      }
      store->setSetting("n", std::to_string(i));
      tx->commit();
      committed = i;
      // The power goes right after the commit was reported: nothing unsynced survives.
      const std::string copy = dir.file("cut-c" + std::to_string(i) + ".sqlite");
      vfs.snapshot(path, copy, 0);
      cuts.push_back({copy, committed});
    }
  }
  ASSERT_GE(cuts.size(), static_cast<std::size_t>(kTransactions + 4));
  int midTransaction = 0;
  for (const Cut& cut : cuts) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(cut.file.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(text(db, "PRAGMA integrity_check"), "ok") << cut.file;
    const std::string n = text(db, "SELECT value FROM settings WHERE key = 'n'");
    const int found = n.empty() ? 0 : std::stoi(n);
    EXPECT_GE(found, cut.committed) << cut.file << ": a reported commit was lost";
    EXPECT_LE(found, cut.committed + 1) << cut.file;
    // Whole transactions only: the buildings match the counter.
    EXPECT_EQ(text(db, "SELECT count(*) FROM buildings"), std::to_string(found * kPerTransaction))
        << cut.file;
    if (cut.file.find("cut-w") != std::string::npos) ++midTransaction;
    sqlite3_close(db);
  }
  EXPECT_GE(midTransaction, 4);
}

// The harness can fail: with synchronous=NORMAL a WAL commit is not synced, and a power cut
// right after it loses the transaction.
TEST(PowerCut, WithoutFullSyncTheHarnessSeesLostCommits) {
  testing::TempDir dir;
  const std::string path = dir.file("n.sqlite");
  testing::PowerCutVfs vfs;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                         "CREATE TABLE t(x); INSERT INTO t VALUES (1);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  const std::string copy = dir.file("cut.sqlite");
  vfs.snapshot(path, copy, 0);
  sqlite3_close(db);
  sqlite3* back = nullptr;
  ASSERT_EQ(sqlite3_open(copy.c_str(), &back), SQLITE_OK);
  EXPECT_EQ(text(back, "SELECT count(*) FROM t"), "<error>");  // the table never reached disk
  sqlite3_close(back);
}

}  // namespace
}  // namespace fangan
