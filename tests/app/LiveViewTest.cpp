// The live view of a server project (issue 12 item 5): a window with a project on the PostGIS
// test server (FANGAN_PG_URL; skipped locally without one, failed under CI=true) redraws a
// building another connection changes within 2 s, without reopening, and shows who is online in
// which role.

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <cstring>

#include "../gis/support/ServerSchema.h"
#include "../gis/support/SquareWkb.h"
#include "../layers/support/QtEnvironment.h"
#include "../support/MissingInput.h"
#include "app/gui/LiveView.h"
#include "app/gui/MainWindow.h"
#include "gis/store/ProjectStore.h"

namespace fangan::gui {
namespace {

Wkb square(double x, double y) { return testing::squareAt(x, y); }

TEST(LiveView, AnotherUsersEditIsRedrawnWithinTwoSecondsAndTheOnlineUsersAreShown) {
  const std::string why = fangan::testing::serverUnavailable();
  if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
  fangan::testing::ServerSchema schema;
  std::int64_t id = 0;
  {
    auto store = createProject(schema.location(), 4547);
    BuildingRecord b;
    b.code = "B1";
    b.town = "旧镇";
    id = store->upsertBuilding(b, square(500000, 3000000), "导入");
  }
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openProject(QString::fromStdString(schema.location()), &error))
      << error.toStdString();
  const MapFeature* before = window.projectMap().featureById(ProjectLayer::Buildings, id);
  ASSERT_NE(before, nullptr);
  EXPECT_TRUE(before->values.contains(QStringLiteral("旧镇")));

  auto* online = window.findChild<QLabel*>(QStringLiteral("onlineUsersLabel"));
  ASSERT_NE(online, nullptr);
  const QString login = QString::fromStdString(schema.scalar("SELECT current_user"));
  EXPECT_EQ(window.connectedUsersText(), QStringLiteral("在线：%1（所有者）").arg(login));

  // A colleague edits the building on their own connection.
  auto colleague = openProject(schema.location());
  BuildingRecord b = *colleague->buildingById(id);
  b.town = "新镇";
  QElapsedTimer clock;
  clock.start();
  colleague->updateBuilding(b, "同事");
  ASSERT_TRUE(fangan::testing::waitUntil(
      [&]() {
        const MapFeature* f = window.projectMap().featureById(ProjectLayer::Buildings, id);
        return f && f->values.contains(QStringLiteral("新镇"));
      },
      2000));
  EXPECT_LT(clock.elapsed(), 2000);

  // A new building cannot be drawn from one row: the window offers to reread the project.
  BuildingRecord n;
  n.code = "B2";
  colleague->upsertBuilding(n, square(500100, 3000000), "同事");
  auto* refresh = window.findChild<QWidget*>(QStringLiteral("refreshProjectButton"));
  ASSERT_NE(refresh, nullptr);
  EXPECT_TRUE(fangan::testing::waitUntil([&]() { return !refresh->isHidden(); }, 2000));

  window.closeProject();
  EXPECT_EQ(window.connectedUsersText(), QString());
}

TEST(LiveView, RoleNamesAreChinese) {
  EXPECT_EQ(connectedRoleText("admin"), QStringLiteral("区级管理员"));
  EXPECT_EQ(connectedRoleText("town"), QStringLiteral("镇街"));
  EXPECT_EQ(connectedRoleText("grid"), QStringLiteral("网格员"));
  EXPECT_EQ(connectedRoleText("viewer"), QStringLiteral("只读"));
  EXPECT_EQ(connectedRoleText("owner"), QStringLiteral("所有者"));
}

}  // namespace
}  // namespace fangan::gui
