#include "layers/layout/HeadlessGui.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>

namespace fangan {
namespace {

// QGuiApplication keeps references to argc and argv for its whole life.
int argumentCount = 1;
char programName[] = "fangan";
char* arguments[] = {programName, nullptr};

}  // namespace

HeadlessGui::HeadlessGui() {
  if (QCoreApplication::instance() != nullptr) return;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
      qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  application_ = std::make_unique<QGuiApplication>(argumentCount, arguments);
}

HeadlessGui::~HeadlessGui() = default;

bool HeadlessGui::fontInstalled(const QString& family) {
  return QFontInfo(QFont(family)).family() == family;
}

}  // namespace fangan
