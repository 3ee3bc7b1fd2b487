// The window notices when another process commits to its open project (PRAGMA data_version)
// and offers to reread it (docs/rules.md#concurrency); its own edits do not trigger the offer.

#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>

#include "../layers/support/QtEnvironment.h"
#include "app/gui/MainWindow.h"
#include "support/ProjectFixture.h"

namespace fangan::gui {
namespace {

using fangan::testing::ProjectFixture;

TEST(MainWindowExternalChange, OffersToRefreshAfterAnotherProcessCommits) {
  ProjectFixture fixture;
  ASSERT_TRUE(fixture.isValid());
  MainWindow window;
  QString error;
  QSignalSpy cacheWritten(&window, &MainWindow::mapCacheWriteFinished);
  ASSERT_TRUE(window.openProject(fixture.path(), &error)) << error.toStdString();
  // The map cache the opening writes after the map is shown is the window's own commit.
  ASSERT_TRUE(fangan::testing::waitUntil([&]() { return cacheWritten.count() == 1; }, 60000));
  auto* refresh = window.findChild<QPushButton*>(QStringLiteral("refreshProjectButton"));
  ASSERT_NE(refresh, nullptr);
  EXPECT_FALSE(window.checkExternalChanges());

  window.store()->setSetting("note", "edited in this window");  // our own commit
  EXPECT_FALSE(window.checkExternalChanges());
  EXPECT_TRUE(refresh->isHidden());

  // A colleague's import, as another connection to the same file.
  openSpatialiteProject(fixture.path().toStdString())->setSetting("note", "from elsewhere");
  EXPECT_TRUE(window.checkExternalChanges());
  EXPECT_FALSE(refresh->isHidden());

  QSignalSpy opened(&window, &MainWindow::projectOpened);
  refresh->click();
  ASSERT_TRUE(fangan::testing::waitUntil([&opened]() { return opened.count() == 1; }, 60000));
  EXPECT_TRUE(refresh->isHidden());
  EXPECT_EQ(window.store()->setting("note").value_or(""), "from elsewhere");
  EXPECT_FALSE(window.checkExternalChanges());
}

}  // namespace
}  // namespace fangan::gui
