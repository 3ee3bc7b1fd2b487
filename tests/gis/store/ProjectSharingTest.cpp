// One writer, many readers on a project file (docs/rules.md#concurrency): opening never takes
// the write lock, a second writer waits and gives up with a clear message, and another
// connection's commit shows in dataVersion().

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "../support/TempDir.h"
#include "gis/store/DataVersion.h"
#include "gis/store/LockWait.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

class ProjectSharing : public ::testing::Test {
 protected:
  void SetUp() override {
    saved_ = sqlite::lockWait();
    path_ = dir_.file("p.sqlite");
    createSpatialiteProject(path_, 4547)->setSetting("who", "first");
  }
  void TearDown() override { sqlite::lockWait() = saved_; }

  testing::TempDir dir_;
  std::string path_;
  sqlite::LockWait saved_;
};

// A raw connection in the middle of a write, as another program (QGIS, an import) would be.
struct RawWriter {
  explicit RawWriter(const std::string& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db,
                           "BEGIN IMMEDIATE; UPDATE settings SET value = 'second' "
                           "WHERE key = 'who';",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  void commit() { EXPECT_EQ(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK); }
  ~RawWriter() { sqlite3_close(db); }
  sqlite3* db = nullptr;
};

TEST_F(ProjectSharing, OpensAndReadsWhileAnotherConnectionWrites) {
  RawWriter writer(path_);
  sqlite::lockWait().timeoutMs = 0;  // any wait for the lock would fail at once
  const auto start = std::chrono::steady_clock::now();
  auto reader = openSpatialiteProject(path_);
  EXPECT_EQ(reader->setting("who").value_or(""), "first");  // the last committed state
  EXPECT_EQ(reader->srid(), 4547);
  EXPECT_EQ(reader->summary().size(), 9u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  writer.commit();
  EXPECT_EQ(reader->setting("who").value_or(""), "second");
}

TEST_F(ProjectSharing, SecondWriterGivesUpAfterTheTimeoutNamingTheHolder) {
  auto holder = openSpatialiteProject(path_);
  auto tx = holder->begin();  // holds the write lock and leaves the note naming this process
  auto second = openSpatialiteProject(path_);
  sqlite::lockWait().timeoutMs = 800;
  int reports = 0;
  sqlite::lockWait().onWait = [&](int) {
    ++reports;
    return true;
  };
  try {
    second->setSetting("who", "third");
    FAIL() << "the second writer did not wait for the first";
  } catch (const StoreError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("项目正由另一进程写入"), std::string::npos) << message;
    EXPECT_NE(message.find(path_), std::string::npos) << message;
    EXPECT_NE(message.find("pid " + std::to_string(getpid())), std::string::npos) << message;
    EXPECT_NE(message.find("FANGAN_LOCK_TIMEOUT"), std::string::npos) << message;
  }
  EXPECT_GE(reports, 1);
  tx.reset();  // rolled back: the note goes
  second->setSetting("who", "third");
  EXPECT_EQ(holder->setting("who").value_or(""), "third");
}

TEST_F(ProjectSharing, SecondWriterCanCancelTheWait) {
  RawWriter writer(path_);
  auto second = openSpatialiteProject(path_);
  sqlite::lockWait().timeoutMs = 60000;
  sqlite::lockWait().onWait = [](int) { return false; };
  const auto start = std::chrono::steady_clock::now();
  try {
    second->setSetting("who", "third");
    FAIL() << "the wait was not cancelled";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("已取消", 0), 0u) << e.what();
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
}

TEST_F(ProjectSharing, SecondWriterProceedsWhenTheFirstCommits) {
  auto second = openSpatialiteProject(path_);
  sqlite::lockWait().timeoutMs = 60000;
  std::atomic<bool> waited{false};
  std::atomic<bool> gaveUp{false};
  sqlite::lockWait().onWait = [&](int) {
    waited = true;
    return true;
  };
  RawWriter writer(path_);
  std::thread first([&] {
    // Commits only once the second writer has reported that it waits.
    while (!waited && !gaveUp) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    writer.commit();
  });
  try {
    second->setSetting("who", "third");
  } catch (const StoreError& e) {
    ADD_FAILURE() << e.what();
  }
  gaveUp = true;
  first.join();
  EXPECT_TRUE(waited);
  EXPECT_EQ(second->setting("who").value_or(""), "third");
}

TEST_F(ProjectSharing, DataVersionChangesOnlyWithOtherConnectionsCommits) {
  auto mine = openSpatialiteProject(path_);
  const auto before = projectDataVersion(*mine);
  mine->setSetting("who", "mine");
  EXPECT_EQ(projectDataVersion(*mine), before);
  openSpatialiteProject(path_)->setSetting("who", "theirs");
  EXPECT_NE(projectDataVersion(*mine), before);
}

}  // namespace
}  // namespace fangan
