// 文件 → 连接服务器… (issue 12): the dialog makes the project location from its form, never with
// the password in it, and refuses names that cannot be a schema; the main window opens a
// project on the real PostGIS test server as it opens a file, and names it schema@host.

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "../gis/support/ServerSchema.h"
#include "../gis/support/SquareWkb.h"
#include "../support/MissingInput.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ProjectTitle.h"
#include "app/gui/ServerConnectDialog.h"

namespace fangan::gui {
namespace {

TEST(ServerConnectDialog, MakesTheLocationFromTheFormWithoutThePassword) {
  ServerConnectDialog dialog;
  dialog.hostEdit()->setText(QStringLiteral("db.district.gov"));
  dialog.portBox()->setValue(5433);
  dialog.databaseEdit()->setText(QStringLiteral("fangan"));
  dialog.schemaEdit()->setText(QStringLiteral("haidian"));
  dialog.userEdit()->setText(QStringLiteral("wangwu"));
  dialog.setPassword(QStringLiteral("s3cret"));
  EXPECT_EQ(dialog.problem(), QString());
  EXPECT_EQ(dialog.location(),
            QStringLiteral("postgresql://wangwu@db.district.gov:5433/fangan?schema=haidian"));
  EXPECT_FALSE(dialog.location().contains(QStringLiteral("s3cret")));
  EXPECT_EQ(dialog.password(), QStringLiteral("s3cret"));
  dialog.accept();
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ServerConnectDialog, RefusesANameThatCannotBeASchemaAndStaysOpen) {
  ServerConnectDialog dialog;
  dialog.userEdit()->setText(QStringLiteral("wangwu"));
  dialog.schemaEdit()->setText(QStringLiteral("Hai Dian"));
  EXPECT_EQ(dialog.location(), QString());
  dialog.accept();
  EXPECT_NE(dialog.result(), QDialog::Accepted);
  auto* error = dialog.findChild<QLabel*>(QStringLiteral("serverError"));
  ASSERT_NE(error, nullptr);
  EXPECT_FALSE(error->isHidden());
  EXPECT_EQ(error->text(), QStringLiteral("项目名须为小写字母、数字或下划线，且不以数字开头"));
  dialog.schemaEdit()->setText(QStringLiteral("haidian"));
  dialog.hostEdit()->setText(QString());
  EXPECT_EQ(dialog.problem(), QStringLiteral("请填写服务器地址"));
}

TEST(ServerConnectDialog, ReadsBackALocation) {
  ServerConnectDialog dialog;
  ASSERT_TRUE(
      dialog.setLocation(QStringLiteral("postgresql://li@10.0.0.5:6543/campaign?schema=g01")));
  EXPECT_EQ(dialog.hostEdit()->text(), QStringLiteral("10.0.0.5"));
  EXPECT_EQ(dialog.portBox()->value(), 6543);
  EXPECT_EQ(dialog.databaseEdit()->text(), QStringLiteral("campaign"));
  EXPECT_EQ(dialog.schemaEdit()->text(), QStringLiteral("g01"));
  EXPECT_EQ(dialog.userEdit()->text(), QStringLiteral("li"));
  EXPECT_FALSE(dialog.setLocation(QStringLiteral("/home/li/project.sqlite")));
}

TEST(ProjectTitle, NamesFilesByNameAndServerProjectsBySchemaAtHost) {
  EXPECT_EQ(projectTitle(QStringLiteral("/data/海淀.sqlite")), QStringLiteral("海淀.sqlite"));
  EXPECT_EQ(projectTitle(QStringLiteral("postgresql://li@10.0.0.5:6543/campaign?schema=g01")),
            QStringLiteral("g01@10.0.0.5"));
}

TEST(ServerConnect, UnreachableServerFailsWithTheCauseInChinese) {
  MainWindow window;
  QString error;
  EXPECT_FALSE(window.openProject(
      QStringLiteral("postgresql://nobody@127.0.0.1:1/fangan?schema=nowhere"), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("无法连接服务器"))) << error.toStdString();
  EXPECT_EQ(window.store(), nullptr);
}

TEST(ServerConnect, TheWindowOpensAServerProjectAsItOpensAFile) {
  const std::string why = testing::serverUnavailable();
  if (!why.empty()) FANGAN_MISSING("PostGIS 测试服务器不可用: " << why);
  testing::ServerSchema server;
  {
    auto store = createProject(server.location(), 4547);
    for (int i = 0; i < 3; ++i) {
      BuildingRecord b;
      b.code = "S" + std::to_string(i);
      b.town = "海淀镇";
      store->upsertBuilding(b, testing::squareAt(500000 + 20 * i, 3000000), "导入");
    }
  }
  MainWindow window;
  QString error;
  const QString location = QString::fromStdString(server.location());
  ASSERT_TRUE(window.openProject(location, &error)) << error.toStdString();
  ASSERT_NE(window.store(), nullptr);
  EXPECT_EQ(window.store()->buildingIds().size(), 3u);
  EXPECT_TRUE(window.selectBuilding(QStringLiteral("S2")));
  EXPECT_TRUE(window.windowTitle().endsWith(QString::fromStdString(server.name()) +
                                            QStringLiteral("@127.0.0.1")))
      << window.windowTitle().toStdString();
}

}  // namespace
}  // namespace fangan::gui
