// Roles and row-level security enforced by PostgreSQL: connected as each kind of user directly
// (libpq, as psql would), outside the app.

#include <gtest/gtest.h>

#include "../../support/MissingInput.h"
#include "../support/ServerSchema.h"
#include "gis/store/Postgres.h"
#include "gis/store/PostgresSchema.h"
#include "gis/store/PostgresSecurity.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace {

Wkb unitSquare(double x) {
  // MULTIPOLYGON(((x 0, x+1 0, x+1 1, x 1, x 0))) little-endian
  Wkb w = {1, 6, 0, 0, 0, 1, 0, 0, 0, 1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0};
  auto put = [&](double d) {
    const auto* b = reinterpret_cast<const unsigned char*>(&d);
    w.insert(w.end(), b, b + 8);
  };
  const double pts[5][2] = {{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}, {x, 0}};
  for (const auto& p : pts) {
    put(500000 + p[0]);
    put(3000000 + p[1]);
  }
  return w;
}

class PostgresSecurityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string why = testing::serverUnavailable();
    if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
    auto store = createProject(server_.location(), 4547);
    auto tx = store->begin();
    const char* rows[][3] = {
        {"A1", "东街道", "G01"}, {"B1", "东街道", "G02"}, {"C1", "西街道", "G03"}};
    double x = 0;
    for (const auto& r : rows) {
      BuildingRecord b;
      b.code = r[0];
      b.town = r[1];
      b.grid = r[2];
      b.floors = 2;
      store->upsertBuilding(b, unitSquare(x += 10), "导入");
    }
    tx->commit();
    grid_ = server_.name() + "_g01";
    viewer_ = server_.name() + "_v";
    town_ = server_.name() + "_west";
    addServerUser(server_.location(), {grid_, ServerRole::Grid, "", "G01"}, "");
    addServerUser(server_.location(), {viewer_, ServerRole::Viewer, "", ""}, "");
    addServerUser(server_.location(), {town_, ServerRole::Town, "西街道", ""}, "");
  }

  /// Connected as `user` in the project's schema.
  std::unique_ptr<pg::Connection> as(const std::string& user) {
    auto c = std::make_unique<pg::Connection>(server_.conninfoAs(user));
    c->exec("SET search_path TO " + server_.name() + ", public");
    return c;
  }
  static std::string refusal(pg::Connection& c, const std::string& sql) {
    try {
      c.exec(sql);
    } catch (const StoreError& e) {
      return e.what();
    }
    return "";
  }

  testing::ServerSchema server_;
  std::string grid_, viewer_, town_;
};

// Versioned edits through the store (docs/rules.md#row-versions) as a grid manager: its own
// grid's building is edited and audited as its login by the trigger, another grid's refused,
// and a stale edit names the grid manager from that audit row.
TEST_F(PostgresSecurityTest, GridManagersVersionedEditsStayInItsGridAndNameItWhenStale) {
  std::string location = server_.location();
  const auto user = location.find("//") + 2;
  location = location.substr(0, user) + grid_ + location.substr(location.find('@'));
  auto store = openProject(location);
  auto a1 = store->buildingByCode("A1");
  ASSERT_TRUE(a1);
  a1->floors = 4;
  EXPECT_EQ(store->editBuilding(*a1, a1->rowVersion, "不用"), 2);
  auto b1 = store->buildingByCode("B1");
  ASSERT_TRUE(b1);
  b1->floors = 4;
  try {
    store->editBuilding(*b1, b1->rowVersion, "不用");
    FAIL() << "edited another grid's building";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), "无权修改房屋 B1");
  }
  EXPECT_EQ(server_.scalar("SELECT floors || ' ' || row_version FROM buildings WHERE code = 'B1'"),
            "2 1");
  EXPECT_EQ(server_.scalar("SELECT who FROM audit_log WHERE target = 'buildings:A1' ORDER BY id "
                           "DESC LIMIT 1"),
            grid_);
  auto admin = openProject(server_.location());
  BuildingRecord old = *admin->buildingByCode("A1");
  old.floors = 6;
  try {
    admin->editBuilding(old, 1, "管理员");
    FAIL() << "a stale edit was accepted";
  } catch (const StaleEditError& e) {
    EXPECT_EQ(e.stale().who, grid_);
    EXPECT_EQ(e.stale().currentVersion, 2);
  }
  EXPECT_EQ(server_.scalar("SELECT floors FROM buildings WHERE code = 'A1'"), "4");
}

TEST_F(PostgresSecurityTest, GridManagerWritesOnlySurveyFieldsOfItsGrid) {
  auto c = as(grid_);
  EXPECT_EQ(c->query("UPDATE buildings SET floors = 5 WHERE code = 'B1'").affected(), 0);
  EXPECT_EQ(c->query("UPDATE buildings SET floors = 5").affected(), 1);  // only A1
  EXPECT_EQ(server_.scalar("SELECT string_agg(code || '=' || floors, ',' ORDER BY code) FROM "
                           "buildings"),
            "A1=5,B1=2,C1=2");
  EXPECT_NE(refusal(*c, "UPDATE buildings SET code = 'X' WHERE code = 'A1'"), "");
  EXPECT_NE(refusal(*c, "UPDATE buildings SET grid = 'G02' WHERE code = 'A1'"), "");
  EXPECT_NE(refusal(*c, "UPDATE buildings SET geom = NULL WHERE code = 'A1'"), "");
  EXPECT_NE(refusal(*c, "DELETE FROM buildings"), "");
  EXPECT_NE(refusal(*c, "UPDATE settings SET value = 'x'"), "");
  // The audit log: written by the trigger with the login, refused to everyone directly.
  EXPECT_EQ(server_.scalar("SELECT who || ' ' || field || ' ' || old_value || '→' || new_value "
                           "FROM audit_log"),
            grid_ + " floors 2→5");
  const auto del = refusal(*c, "DELETE FROM audit_log");
  EXPECT_NE(del.find("permission denied"), std::string::npos) << del;
  EXPECT_NE(refusal(*c, "INSERT INTO audit_log(at, who, action) VALUES('x', 'admin', 'forged')"),
            "");
  EXPECT_EQ(server_.scalar("SELECT count(*) FROM audit_log"), "1");
  // Events: appended for its own grid's buildings only.
  const std::string event =
      "INSERT INTO events(building_id, code, date, kind, recorded_at) SELECT id, code, "
      "'2025-01-02', 'survey', 'now' FROM buildings WHERE code = ";
  EXPECT_EQ(refusal(*c, event + "'A1'"), "");
  EXPECT_NE(refusal(*c, event + "'B1'"), "");
  EXPECT_EQ(server_.scalar("SELECT count(*) FROM events"), "1");
}

// As the check does it: psql as the grid manager, naming the table by its schema and
// leaving the session's search_path alone. The policies' helper functions must still find the
// project's users (they once failed with "relation project_users does not exist").
TEST_F(PostgresSecurityTest, PoliciesHoldWithoutTheProjectOnTheSearchPath) {
  pg::Connection c(server_.conninfoAs(grid_));
  const std::string table = server_.name() + ".buildings";
  EXPECT_EQ(c.query("UPDATE " + table + " SET floors = 7 WHERE code = 'B1'").affected(), 0);
  EXPECT_EQ(c.query("UPDATE " + table + " SET floors = 7").affected(), 1);
  EXPECT_EQ(server_.scalar("SELECT string_agg(code || '=' || floors, ',' ORDER BY code) FROM "
                           "buildings"),
            "A1=7,B1=2,C1=2");
}

// A project whose users were set up before a migration added tables (here: notices, referrals
// and attachments, taken back to the schema before them): opening it as the owner migrates it
// and gives the roles their rights on the new tables at once, not only at the next user added.
TEST_F(PostgresSecurityTest, AMigrationGivesTheRolesTheirRightsOnTheTablesItAdds) {
  server_.exec(
      "DROP TABLE attachments, referrals, notices CASCADE; UPDATE fangan_schema SET version = " +
      std::to_string(pg_schema::currentVersion() - 1));
  openProject(server_.location());  // the owner: migrates
  auto viewer = as(viewer_);
  EXPECT_EQ(viewer->query("SELECT count(*) FROM attachments").integer(0, 0), 0);
  EXPECT_NE(refusal(*viewer,
                    "INSERT INTO notices(number, building_id, code, year, sequence, "
                    "issued_date) SELECT 'N1', id, code, 2025, 1, '2025-01-02' FROM "
                    "buildings WHERE code = 'A1'"),
            "");
  auto town = as(town_);
  EXPECT_EQ(refusal(*town,
                    "INSERT INTO notices(number, building_id, code, year, sequence, "
                    "issued_date) SELECT 'N1', id, code, 2025, 1, '2025-01-02' FROM "
                    "buildings WHERE code = 'A1'"),
            "");
  EXPECT_EQ(server_.scalar("SELECT count(*) FROM notices"), "1");
}

TEST_F(PostgresSecurityTest, ViewerWritesNothingAndTownWritesItsTown) {
  auto v = as(viewer_);
  EXPECT_EQ(v->query("SELECT count(*) FROM buildings").integer(0, 0), 3);
  EXPECT_NE(refusal(*v,
                    "INSERT INTO events(building_id, code, date, kind, recorded_at) SELECT id, "
                    "code, '2025-01-02', 'survey', 'now' FROM buildings LIMIT 1"),
            "");
  EXPECT_NE(refusal(*v, "UPDATE buildings SET floors = 1"), "");
  auto t = as(town_);
  EXPECT_EQ(t->query("UPDATE buildings SET floors = 7").affected(), 1);  // only C1 in 西街道
  EXPECT_NE(refusal(*t, "UPDATE buildings SET town = '东街道' WHERE code = 'C1'"), "");
  EXPECT_EQ(server_.scalar("SELECT floors FROM buildings WHERE code = 'C1'"), "7");
}

TEST_F(PostgresSecurityTest, UsersAreListedAndRemoved) {
  const auto users = serverUsers(server_.location());
  ASSERT_EQ(users.size(), 3u);
  EXPECT_EQ(users[0].name, grid_);
  EXPECT_EQ(users[0].role, ServerRole::Grid);
  EXPECT_EQ(users[0].grid, "G01");
  EXPECT_EQ(users[2].name, town_);
  EXPECT_EQ(users[2].town, "西街道");
  EXPECT_TRUE(removeServerUser(server_.location(), grid_));
  EXPECT_FALSE(removeServerUser(server_.location(), grid_));
  EXPECT_EQ(serverUsers(server_.location()).size(), 2u);
  auto c = as(grid_);
  EXPECT_NE(refusal(*c, "UPDATE buildings SET floors = 5"), "");
  EXPECT_THROW(addServerUser(server_.location(), {"x", ServerRole::Grid, "", ""}, ""),
               StoreError);  // a grid manager needs its grid
}

TEST_F(PostgresSecurityTest, StoreEditsAreAuditedByTheTriggerOnce) {
  auto store = openProject(server_.location());
  auto a1 = store->buildingByCode("A1");
  ASSERT_TRUE(a1);
  a1->floors = 3;
  {
    ChangeDateScope day(*store, *Date::parse("2025-03-04"));
    store->updateBuilding(*a1, "甲");
  }
  const auto log = store->auditLog(10);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].field, "floors");
  EXPECT_EQ(log[0].newValue, "3");
  EXPECT_EQ(log[0].who, server_.scalar("SELECT session_user"));
  EXPECT_EQ(server_.scalar("SELECT effective_date FROM audit_log"), "2025-03-04");
}

// The case registers (issue 12): a viewer writes none of them; a grid manager changes no
// problem and appends case events and attachments for its grid's buildings only; a town office
// writes problems and appends case events, which nobody deletes.
TEST_F(PostgresSecurityTest, CaseRegistersAreWrittenByRoleAndCaseEventsOnlyAppended) {
  auto admin = openProject(server_.location());
  const auto a1 = admin->buildingByCode("A1")->id;
  const auto b1 = admin->buildingByCode("B1")->id;
  Problem p;
  p.foundDate = *Date::parse("2025-01-02");
  p.description = "墙体开裂";
  p.buildingId = a1;
  const auto pa = std::to_string(admin->insertProblem(p));
  p.buildingId = b1;
  const auto pb = std::to_string(admin->insertProblem(p));

  auto v = as(viewer_);
  const auto viewerInsert = refusal(*v,
                                    "INSERT INTO problems(source, found_date, description, state) "
                                    "VALUES('complaint', '2025-01-03', '私自加建', 'pending')");
  EXPECT_NE(viewerInsert.find("permission denied"), std::string::npos) << viewerInsert;
  EXPECT_EQ(v->query("SELECT count(*) FROM problems").integer(0, 0), 2);

  auto g = as(grid_);
  const auto gridUpdate = refusal(*g, "UPDATE problems SET state = 'closed'");
  EXPECT_NE(gridUpdate.find("permission denied"), std::string::npos) << gridUpdate;
  const std::string event =
      "INSERT INTO case_events(subject, subject_id, date, to_state, recorded_at) "
      "VALUES('problem', ";
  EXPECT_EQ(refusal(*g, event + pa + ", '2025-01-05', 'confirmed', 'now')"), "");
  EXPECT_NE(refusal(*g, event + pb + ", '2025-01-05', 'confirmed', 'now')"), "");
  const std::string file =
      "INSERT INTO attachments(building_id, kind, file_name, media_type, sha256, size, bytes, "
      "added_at) VALUES(";
  EXPECT_EQ(refusal(*g, file + std::to_string(a1) +
                            ", 'photo', 'a.jpg', 'image/jpeg', 'aa', 1, '\\x00', 'now')"),
            "");
  EXPECT_NE(refusal(*g, file + std::to_string(b1) +
                            ", 'photo', 'b.jpg', 'image/jpeg', 'bb', 1, '\\x00', 'now')"),
            "");
  EXPECT_NE(refusal(*g, "DELETE FROM case_events"), "");

  auto t = as(town_);
  EXPECT_EQ(t->query("UPDATE problems SET state = 'confirmed' WHERE id = " + pb).affected(), 1);
  EXPECT_EQ(refusal(*t, event + pb + ", '2025-01-06', 'confirmed', 'now')"), "");
  EXPECT_NE(refusal(*t, "DELETE FROM case_events"), "");
  EXPECT_NE(refusal(*t, "UPDATE case_events SET note = 'x'"), "");
  EXPECT_NE(refusal(*v, event + pa + ", '2025-01-07', 'x', 'now')"), "");

  EXPECT_EQ(server_.scalar("SELECT string_agg(subject_id || ':' || date, ',' ORDER BY id) "
                           "FROM case_events"),
            pa + ":2025-01-05," + pb + ":2025-01-06");
  EXPECT_EQ(server_.scalar("SELECT string_agg(file_name, ',') FROM attachments"), "a.jpg");
  EXPECT_EQ(server_.scalar("SELECT string_agg(state, ',' ORDER BY id) FROM problems"),
            "pending,confirmed");
}

// A grid manager attaches a photo of its grid's building through the store, as `fangan attach`
// does on a server project.
TEST_F(PostgresSecurityTest, GridManagerAttachesThroughTheStore) {
  std::string location = server_.location();
  const auto user = location.find("//") + 2;
  location = location.substr(0, user) + grid_ + location.substr(location.find('@'));
  auto store = openProject(location);
  Attachment a;
  a.buildingId = store->buildingByCode("A1")->id;
  a.fileName = "a.jpg";
  a.mediaType = "image/jpeg";
  a.sha256 = std::string(64, 'e');
  a.bytes = {0xFF, 0xD8, 0x00, 0xFF, 0xD9};
  a.size = 5;
  const auto id = store->insertAttachment(a);
  EXPECT_EQ(store->attachment(id)->bytes, a.bytes);
  a.buildingId = store->buildingByCode("B1")->id;
  EXPECT_THROW(store->insertAttachment(a), StoreError);
  EXPECT_EQ(server_.scalar("SELECT count(*) FROM attachments"), "1");
}

}  // namespace
}  // namespace fangan
