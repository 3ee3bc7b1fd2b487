// The application's prompt while a save waits for another process's write lock: it shows what
// it waits for, its cancel makes the save fail with "已取消" and the project unchanged, and it
// closes by itself when the other writer commits and the save goes through.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include "app/gui/LockWaitPrompt.h"
#include "gis/store/LockWait.h"
#include "gis/store/ProjectStore.h"

namespace fangan::gui {
namespace {

// Another process's write transaction on the project, through plain SQLite.
struct OtherWriter {
  explicit OtherWriter(const std::string& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  }
  void commit() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
  ~OtherWriter() { sqlite3_close(db); }
  sqlite3* db = nullptr;
};

class LockWaitPromptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    path_ = dir_.filePath(QStringLiteral("p.sqlite")).toStdString();
    createSpatialiteProject(path_, 4547)->setSetting("who", "first");
    saved_ = sqlite::lockWait();
    sqlite::lockWait().timeoutMs = 60000;
  }
  void TearDown() override { sqlite::lockWait() = saved_; }

  QTemporaryDir dir_;
  std::string path_;
  sqlite::LockWait saved_;
};

TEST_F(LockWaitPromptTest, CancelFailsTheSaveAndLeavesTheProjectAsItWas) {
  QWidget window;
  LockWaitPrompt prompt(&window);
  OtherWriter other(path_);
  auto store = openSpatialiteProject(path_);
  QString shown;
  // Runs inside the wait (the prompt processes events): read the dialog, then press cancel.
  QTimer press;
  press.setInterval(100);
  QObject::connect(&press, &QTimer::timeout, [&] {
    if (QProgressDialog* d = prompt.dialog(); d && d->isVisible()) {
      shown = d->labelText();
      d->cancel();
    }
  });
  press.start();
  try {
    store->setSetting("who", "second");
    FAIL() << "the save went through although another process held the project";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("已取消", 0), 0u) << e.what();
  }
  press.stop();
  EXPECT_TRUE(shown.contains(QStringLiteral("项目正由另一进程写入，等待中…")))
      << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("最长 60 秒"))) << shown.toStdString();
  EXPECT_EQ(prompt.dialog(), nullptr);  // closed when the wait ended
  other.commit();
  EXPECT_EQ(openSpatialiteProject(path_)->setting("who").value_or(""), "first");
}

TEST_F(LockWaitPromptTest, ClosesAndSavesWhenTheOtherWriterCommits) {
  QWidget window;
  LockWaitPrompt prompt(&window);
  OtherWriter other(path_);
  auto store = openSpatialiteProject(path_);
  bool sawDialog = false;
  QTimer commit;
  commit.setInterval(100);
  QObject::connect(&commit, &QTimer::timeout, [&] {
    if (QProgressDialog* d = prompt.dialog(); d && d->isVisible()) {
      sawDialog = true;
      other.commit();
    }
  });
  commit.start();
  store->setSetting("who", "second");
  commit.stop();
  EXPECT_TRUE(sawDialog);
  EXPECT_EQ(prompt.dialog(), nullptr);
  EXPECT_EQ(openSpatialiteProject(path_)->setting("who").value_or(""), "second");
}

TEST_F(LockWaitPromptTest, RemovesItselfFromTheLockWait) {
  {
    QWidget window;
    LockWaitPrompt prompt(&window);
    EXPECT_TRUE(static_cast<bool>(sqlite::lockWait().onWait));
  }
  EXPECT_FALSE(static_cast<bool>(sqlite::lockWait().onWait));
  EXPECT_FALSE(static_cast<bool>(sqlite::lockWait().onWaitEnded));
}

}  // namespace
}  // namespace fangan::gui
