// A project file from elsewhere is checked before anything writes to it
// (docs/rules.md#untrusted-project), and SQLite's defensive mode is on.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "../support/TempDir.h"
#include "gis/store/ProjectStore.h"
#include "gis/store/Schema.h"
#include "gis/store/Sqlite.h"

namespace fangan {
namespace {

void run(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  const std::string message = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

std::string openError(const std::string& path) {
  try {
    openSpatialiteProject(path);
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

class UntrustedProject : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("p.sqlite");
    createSpatialiteProject(path_, 4547);
  }
  testing::TempDir dir_;
  std::string path_;
};

TEST_F(UntrustedProject, OurOwnProjectOpens) {
  EXPECT_EQ(openError(path_), "");
  run(path_, "SELECT 1");  // reopened as another program would, then again by us
  EXPECT_EQ(openError(path_), "");
}

TEST_F(UntrustedProject, ForeignTriggerOnOurTableIsRefused) {
  run(path_,
      "CREATE TRIGGER steal AFTER INSERT ON events BEGIN "
      "DELETE FROM audit_log; END;");
  EXPECT_EQ(openError(path_),
            "项目 " + path_ + " 含有外来触发器 steal（作用于表 events），为安全起见拒绝打开");
}

TEST_F(UntrustedProject, TriggerDisguisedUnderSpatialiteNameIsRefused) {
  run(path_,
      "DROP TRIGGER gii_zones_geom; CREATE TRIGGER gii_zones_geom AFTER INSERT ON zones BEGIN "
      "UPDATE buildings SET closed = 1; END;");
  const std::string error = openError(path_);
  EXPECT_NE(error.find("外来触发器 gii_zones_geom"), std::string::npos) << error;
}

TEST_F(UntrustedProject, TriggerOnAnotherTableWritingOursIsRefused) {
  run(path_,
      "CREATE TABLE bait(x); CREATE TRIGGER bait_i AFTER INSERT ON bait BEGIN "
      "DELETE FROM buildings; END;");
  const std::string error = openError(path_);
  EXPECT_NE(error.find("外来触发器 bait_i"), std::string::npos) << error;
}

TEST_F(UntrustedProject, ViewOnOurTablesIsRefused) {
  run(path_, "CREATE VIEW shadow AS SELECT code FROM buildings");
  EXPECT_EQ(openError(path_), "项目 " + path_ + " 含有外来视图 shadow，为安全起见拒绝打开");
}

TEST_F(UntrustedProject, MissingTableIsNotAProject) {
  run(path_, "DROP TABLE survey_points");
  const std::string error = openError(path_);
  EXPECT_EQ(error.rfind("不是房安项目文件: " + path_, 0), 0u) << error;
  EXPECT_NE(error.find("缺少表 survey_points"), std::string::npos) << error;
}

// The tables later versions added (cases, notices, attachments) are checked like the first ones.
TEST_F(UntrustedProject, MissingTableOfALaterVersionIsNotAProject) {
  run(path_, "DROP TABLE attachments");
  const std::string error = openError(path_);
  EXPECT_NE(error.find("缺少表 attachments"), std::string::npos) << error;
}

TEST_F(UntrustedProject, ForeignTriggerOnACaseTableIsRefused) {
  run(path_, "CREATE TRIGGER hide BEFORE INSERT ON referrals BEGIN SELECT 1; END;");
  EXPECT_EQ(openError(path_),
            "项目 " + path_ + " 含有外来触发器 hide（作用于表 referrals），为安全起见拒绝打开");
}

TEST_F(UntrustedProject, ViewOnACaseTableIsRefused) {
  run(path_, "CREATE VIEW open_notices AS SELECT number FROM notices");
  EXPECT_EQ(openError(path_), "项目 " + path_ + " 含有外来视图 open_notices，为安全起见拒绝打开");
}

// A project stored at schema 3 (cases, but no notices or attachments yet) passes the check:
// only the tables of its own version are expected.
TEST_F(UntrustedProject, ProjectOfAnOlderVersionIsCheckedForItsOwnTables) {
  run(path_,
      "DROP TABLE attachments; DROP TABLE referrals; DROP TABLE notices; PRAGMA user_version = 3;");
  sqlite::Connection c(path_, false);
  EXPECT_NO_THROW(schema::checkProject(c, path_));
  run(path_, "DROP TABLE plans");
  EXPECT_THROW(schema::checkProject(c, path_), StoreError);
}

TEST_F(UntrustedProject, NewerSchemaIsRefusedAndLeftAlone) {
  run(path_, "PRAGMA user_version = 99");
  const std::string error = openError(path_);
  EXPECT_NE(error.find("数据结构版本 99"), std::string::npos) << error;
  EXPECT_NE(error.find("请升级房安"), std::string::npos) << error;
}

TEST_F(UntrustedProject, PlainSqliteFileIsNotAProject) {
  const std::string other = dir_.file("other.sqlite");
  run(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  EXPECT_EQ(openError(other), "不是房安项目文件: " + other);
}

TEST_F(UntrustedProject, DefensiveModeForbidsWritingTheSchemaDirectly) {
  sqlite::Connection c(path_, false);
  EXPECT_THROW(c.exec("PRAGMA writable_schema = ON; "
                      "UPDATE sqlite_master SET sql = 'CREATE TABLE buildings(x)' "
                      "WHERE name = 'buildings'"),
               StoreError);
  EXPECT_EQ(openError(path_), "");
}

}  // namespace
}  // namespace fangan
