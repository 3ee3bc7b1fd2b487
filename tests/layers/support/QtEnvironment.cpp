#include "QtEnvironment.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include "layers/MapRenderer.h"

namespace fangan::testing {
namespace {

// Widgets need a QApplication, and Qt allows one per process: gtest creates this once before
// the first test and deletes it after the last.
class QtApplicationEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    // Runs without a display also when started by hand rather than through ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
      qputenv("XDG_RUNTIME_DIR", "/tmp/runtime-root");
    if (QApplication::instance() == nullptr) application_ = new QApplication(argc_, argv_);
  }
  void TearDown() override {
    // A cancelled render may still be winding down (a panning test starts many): it paints
    // with the application's fonts, so it ends before the application does.
    MapRenderer::waitForBackgroundRenders();
    delete application_;
    application_ = nullptr;
  }

 private:
  int argc_ = 1;
  char name_[16] = "fangan_qt_tests";
  char* argv_[2] = {name_, nullptr};
  QApplication* application_ = nullptr;
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtApplicationEnvironment);

}  // namespace

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return done();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(1);
  }
  return true;
}

}  // namespace fangan::testing
