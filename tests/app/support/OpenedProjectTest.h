#pragma once
// A test fixture with the sample fixture project open in a shown MainWindow.

#include <gtest/gtest.h>

#include <QTest>

#include "ProjectFixture.h"
#include "app/gui/MainWindow.h"

namespace fangan::gui {

class OpenedProjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixture_.isValid());
    window_.resize(1100, 800);
    QString error;
    ASSERT_TRUE(window_.openProject(fixture_.path(), &error)) << error.toStdString();
    window_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window_));
  }

  fangan::testing::ProjectFixture fixture_;
  MainWindow window_;
};

}  // namespace fangan::gui
