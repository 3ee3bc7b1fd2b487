// What only the PostGIS store does: server locations, connection faults, schema versions.

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <thread>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "gis/store/Postgres.h"
#include "gis/store/PostgresSchema.h"
#include "gis/store/PostgresStore.h"

namespace fangan {
namespace {

std::string messageOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

TEST(PostgresLocation, SplitsSchemaAndRefusesPasswords) {
  EXPECT_TRUE(pg::isServerLocation("postgresql://u@h:5432/db"));
  EXPECT_FALSE(pg::isServerLocation("/data/postgresql.sqlite"));
  const auto l = pg::parseLocation("postgresql://zhang@10.0.0.5:5432/district?schema=xian_2025");
  EXPECT_EQ(l.conninfo, "postgresql://zhang@10.0.0.5:5432/district");
  EXPECT_EQ(l.schema, "xian_2025");
  const auto kept = pg::parseLocation("postgresql://u@h/db?sslmode=require&schema=s1");
  EXPECT_EQ(kept.conninfo, "postgresql://u@h/db?sslmode=require");
  EXPECT_EQ(kept.schema, "s1");
  EXPECT_EQ(pg::parseLocation("postgresql://u@h/db").schema, "public");
  EXPECT_NE(messageOf([] { pg::parseLocation("postgresql://u:secret@h/db"); }).find("不能写密码"),
            std::string::npos);
  EXPECT_NE(messageOf([] { pg::parseLocation("postgresql://u@h/db?password=x"); }).find("密码"),
            std::string::npos);
  EXPECT_NE(
      messageOf([] { pg::parseLocation("postgresql://u@h/db?schema=a;drop"); }).find("模式名"),
      std::string::npos);
}

TEST(PostgresStore, ConnectionFaultsAreOneChineseLine) {
  // Port 1 on loopback: nothing listens there.
  const auto refused = messageOf([] { openProject("postgresql://u@127.0.0.1:1/db?schema=s"); });
  EXPECT_NE(refused.find("服务器拒绝连接"), std::string::npos) << refused;
  EXPECT_EQ(refused.find('\n'), std::string::npos);
  const auto host = messageOf([] { openProject("postgresql://u@no-such-host.invalid/db"); });
  EXPECT_NE(host.find("找不到服务器主机"), std::string::npos) << host;
}

class PostgresServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string why = testing::serverUnavailable();
    if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
  }
  testing::ServerSchema server_;
};

// Two sessions that wait for each other: the server ends one of them, and that one is told it
// may run its transaction again (pg::ConflictError); the other goes through.
TEST_F(PostgresServerTest, ADeadlockIsAConflictToRunAgain) {
  const std::string conninfo = pg::parseLocation(server_.location()).conninfo;
  const std::string table = pg::quoteIdent(server_.name()) + ".t";
  pg::Connection a(conninfo), b(conninfo);
  a.exec("CREATE SCHEMA " + pg::quoteIdent(server_.name()) + "; CREATE TABLE " + table +
         "(id int PRIMARY KEY, v int); INSERT INTO " + table + " VALUES (1, 0), (2, 0)");
  a.exec("BEGIN; UPDATE " + table + " SET v = 1 WHERE id = 1");
  b.exec("BEGIN; UPDATE " + table + " SET v = 2 WHERE id = 2");
  auto outcome = [&](pg::Connection& c, int id) {
    try {
      c.exec("UPDATE " + table + " SET v = 3 WHERE id = " + std::to_string(id));
      c.exec("COMMIT");
      return std::string("committed");
    } catch (const pg::ConflictError&) {
      c.exec("ROLLBACK");
      return std::string("conflict");
    } catch (const StoreError& e) {
      return std::string(e.what());
    }
  };
  auto first = std::async(std::launch::async, [&] { return outcome(a, 2); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const std::string second = outcome(b, 1);
  const std::string firstResult = first.get();
  EXPECT_EQ(1, (firstResult == "conflict") + (second == "conflict"))
      << firstResult << " / " << second;
  EXPECT_EQ(1, (firstResult == "committed") + (second == "committed"))
      << firstResult << " / " << second;
  // A plain error is not a conflict.
  try {
    a.exec("SELECT 1/0");
    ADD_FAILURE() << "no error";
  } catch (const pg::ConflictError&) {
    ADD_FAILURE() << "division by zero taken for a conflict";
  } catch (const StoreError&) {
  }
}

TEST_F(PostgresServerTest, RefusesSchemasThatAreNotProjectsOrNewer) {
  EXPECT_NE(messageOf([&] { openProject(server_.location()); }).find("模式不存在"),
            std::string::npos);
  server_.exec("CREATE SCHEMA " + server_.name() + "; CREATE TABLE " + server_.name() +
               ".t(x int)");
  EXPECT_NE(messageOf([&] { openProject(server_.location()); }).find("不是房安项目"),
            std::string::npos);
  server_.exec("DROP TABLE t");
  { createProject(server_.location(), 4547); }
  EXPECT_EQ(server_.scalar("SELECT version FROM fangan_schema"),
            std::to_string(pg_schema::currentVersion()));
  // The GiST indexes of this schema only: pg_indexes would print the definition of every index
  // of the server, and another test dropping its schema meanwhile makes that fail.
  EXPECT_EQ(
      server_.scalar("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                     "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON "
                     "a.oid = c.relam WHERE n.nspname = '" +
                     server_.name() + "' AND a.amname = 'gist'"),
      "7");
  EXPECT_EQ(server_.scalar("SELECT Find_SRID('" + server_.name() + "', 'buildings', 'geom')"),
            "4547");
  server_.exec("UPDATE fangan_schema SET version = 99");
  EXPECT_NE(messageOf([&] { openProject(server_.location()); }).find("版本 99 比本程序支持的版本"),
            std::string::npos);
}

TEST_F(PostgresServerTest, UnknownCrsIsRefusedAndNothingIsLeft) {
  auto store = createProject(server_.location(), 0);
  EXPECT_NE(messageOf([&] { store->assignCrs(999999); }).find("EPSG:999999"), std::string::npos);
  EXPECT_EQ(store->srid(), 0);
  EXPECT_EQ(
      server_.scalar("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" +
                     server_.name() + "' AND column_name = 'geom'"),
      "0");
}

}  // namespace
}  // namespace fangan
