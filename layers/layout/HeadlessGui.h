#pragma once
// Painting text needs a QGuiApplication (fonts come from the platform plugin). The command line
// has none, so an export command opens this scope first: it creates a QGuiApplication when the
// process has no Qt application yet, on the "offscreen" platform when there is no display, and
// deletes it again at the end of the scope.

#include <QString>
#include <memory>

class QGuiApplication;

namespace fangan {

class HeadlessGui {
 public:
  HeadlessGui();
  ~HeadlessGui();
  HeadlessGui(const HeadlessGui&) = delete;
  HeadlessGui& operator=(const HeadlessGui&) = delete;

  /// True when `family` resolves to itself: without the font (fonts-noto-cjk) every Chinese
  /// glyph would print as a box and nothing else would fail.
  static bool fontInstalled(const QString& family);

 private:
  std::unique_ptr<QGuiApplication> application_;
};

}  // namespace fangan
