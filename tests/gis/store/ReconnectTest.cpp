// A dropped server connection (issue 12, "Bad input and faults"): the test cuts the store's
// own session on the PostGIS test server (pg_terminate_backend, as a server restart or a
// broken link does) and checks what the user sees: a one-line Chinese ConnectionLostError for
// the statement that met the drop, nothing half-written, and the store working again on its
// next use without reopening the project. Skipped locally without FANGAN_PG_URL, failed under
// CI=true.

#include <gtest/gtest.h>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "../support/SquareWkb.h"
#include "gis/store/PostgresStore.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

class ReconnectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string why = testing::serverUnavailable();
    if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    store_ = createProject(schema_.location(), 4547);
    BuildingRecord b;
    b.code = "R1";
    b.floors = 2;
    store_->upsertBuilding(b, testing::squareAt(500000, 3000000), "导入");
  }

  /// Ends every session of this project's store on the server; returns how many.
  int cut() const {
    return std::stoi(schema_.scalar(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = "
        "'" +
        serverApplicationName(schema_.name()) + "'"));
  }
  std::string floors() const {
    return schema_.scalar("SELECT floors FROM buildings WHERE code = 'R1'");
  }

  testing::ServerSchema schema_;
  std::unique_ptr<ProjectStore> store_;
};

TEST_F(ReconnectTest, AReadAfterTheDropFailsOnceInChineseThenTheStoreIsBack) {
  ASSERT_EQ(cut(), 1);
  try {
    store_->buildingByCode("R1");
    FAIL() << "a read on a cut connection succeeded";
  } catch (const ConnectionLostError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("与服务器的连接已断开", 0), 0u) << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  }
  const auto again = store_->buildingByCode("R1");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->floors, 2);
  // The new session is set up as the first was: it is named for who-is-online and finds the
  // project's tables without schema names.
  EXPECT_EQ(cut(), 1);
}

TEST_F(ReconnectTest, ATransactionBegunAfterAnUnseenDropCommits) {
  ASSERT_EQ(cut(), 1);
  // Nothing has talked to the server since: BEGIN meets the drop, connects again, goes on.
  auto tx = store_->begin();
  BuildingRecord r = *store_->buildingByCode("R1");
  r.floors = 5;
  store_->updateBuilding(r, "测试");
  tx->commit();
  EXPECT_EQ(floors(), "5");
}

TEST_F(ReconnectTest, ADropInsideATransactionWritesNothingAndTheNextOneCommits) {
  auto tx = store_->begin();
  BuildingRecord r = *store_->buildingByCode("R1");
  r.floors = 7;
  store_->updateBuilding(r, "测试");
  ASSERT_EQ(cut(), 1);
  EXPECT_THROW(tx->commit(), ConnectionLostError);
  tx.reset();
  EXPECT_EQ(floors(), "2");
  r.floors = 8;
  store_->updateBuilding(r, "测试");
  EXPECT_EQ(floors(), "8");
}

TEST_F(ReconnectTest, ReconnectTakesUpADroppedSessionAndIsANoOpOtherwise) {
  ASSERT_EQ(cut(), 1);
  store_->reconnect();  // the server is up: connects again
  EXPECT_EQ(store_->buildingByCode("R1")->floors, 2);
  store_->reconnect();  // nothing dropped: a no-op
  EXPECT_EQ(cut(), 1);
}

}  // namespace
}  // namespace fangan
