// Windows start scans on the background pool (key zones, rankings, figures) that may still run
// when a test ends; the test process waits for them before exiting, as fangan-app does, so that
// static data is not destroyed beneath them.

#include <gtest/gtest.h>

#include "app/gui/BackgroundScan.h"

namespace fangan::testing {
namespace {

class BackgroundWorkEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { fangan::gui::waitForBackgroundWork(-1); }
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new BackgroundWorkEnvironment);

}  // namespace
}  // namespace fangan::testing
