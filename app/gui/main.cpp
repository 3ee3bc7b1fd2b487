// fangan-app [PROJECT] [--lang zh_CN|en] [--screenshot FILE.png] [--coverage-view] [--dock NAME]:
// the desktop map. With --screenshot the window opens the project, waits for the first finished
// render, saves itself to FILE.png and quits (used for the docs and for smoke tests).

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>

#include "app/gui/BackgroundScan.h"
#include "app/gui/HugePages.h"
#include "app/gui/LockWaitPrompt.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapCanvas.h"
#include "layers/MapRenderer.h"

namespace {

// The interface is written in Chinese; other languages come from :/i18n/fangan_<lang>.qm.
void installTranslations(QApplication& app, const QString& language) {
  auto* own = new QTranslator(&app);
  if (own->load(QStringLiteral(":/i18n/fangan_%1.qm").arg(language))) {
    app.installTranslator(own);
  } else if (language != QLatin1String("zh_CN")) {
    std::fprintf(stderr, "fangan-app: no translation for language '%s'\n", qPrintable(language));
  }
  // Qt's own dialogs (file dialog, message boxes), when the system has their translations.
  auto* qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_%1").arg(language),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    app.installTranslator(qt);
  }
}

// Chinese text needs a CJK font; Noto Sans CJK SC (fonts-noto-cjk) also covers Latin, so one
// family keeps the interface even. Without it Qt falls back per glyph.
void chooseFont(QApplication& app) {
  const QString family = QStringLiteral("Noto Sans CJK SC");
  if (QFontDatabase::families().contains(family)) {
    QFont font(family);
    font.setPointSizeF(app.font().pointSizeF() > 0 ? app.font().pointSizeF() : 10);
    app.setFont(font);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Before anything allocates: the program may start again here with huge pages on.
  fangan::gui::restartWithHugePages(argv);
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("fangan-app"));
  QApplication::setOrganizationName(QStringLiteral("fangan"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Fangan 房安 — building safety map"));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("project file (.sqlite)"),
                               QStringLiteral("[PROJECT]"));
  QCommandLineOption langOption(QStringLiteral("lang"),
                                QStringLiteral("interface language: zh_CN (default) or en"),
                                QStringLiteral("LANG"), QStringLiteral("zh_CN"));
  QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QStringLiteral("save the window to FILE.png after the first render, then quit"),
      QStringLiteral("FILE"));
  QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("window size WIDTHxHEIGHT"),
                                QStringLiteral("WxH"), QStringLiteral("1440x900"));
  QCommandLineOption timeoutOption(
      QStringLiteral("screenshot-timeout"),
      QStringLiteral("give up on --screenshot after this many seconds"), QStringLiteral("SECONDS"),
      QStringLiteral("120"));
  QCommandLineOption extentOption(
      QStringLiteral("extent"),
      QStringLiteral("show this map extent (project CRS) instead of the full extent"),
      QStringLiteral("XMIN,YMIN,XMAX,YMAX"));
  QCommandLineOption selectOption(QStringLiteral("select"),
                                  QStringLiteral("show the archive of the building with this code"),
                                  QStringLiteral("CODE"));
  QCommandLineOption coverageOption(
      QStringLiteral("coverage-view"),
      QStringLiteral("start with the coverage-gaps view on (grid coverage, unchecked hexagons)"));
  QCommandLineOption dockOption(
      QStringLiteral("dock"),
      QStringLiteral("bring this dock to the front (object name, e.g. spotCheckDock)"),
      QStringLiteral("NAME"));
  parser.addOptions({langOption, screenshotOption, sizeOption, timeoutOption, extentOption,
                     selectOption, coverageOption, dockOption});
  parser.process(app);

  QString language = parser.value(langOption);
  if (language == QLatin1String("zh") || language == QLatin1String("cn"))
    language = QStringLiteral("zh_CN");
  installTranslations(app, language);
  chooseFont(app);

  fangan::gui::MainWindow window;
  // Saving while a colleague's import holds the project: say so, with a cancel, until the lock
  // comes free or the wait times out (docs/rules.md#concurrency).
  fangan::gui::LockWaitPrompt lockWaitPrompt(&window);
  const QString screenshot = parser.value(screenshotOption);
  // The window comes back as it was closed, unless a size is asked for; screenshots always
  // use --size so that they do not depend on the last session.
  const bool restored = screenshot.isEmpty() && window.restoreWindowSettings();
  const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
  if ((!restored || parser.isSet(sizeOption)) && size.size() == 2 && size[0].toInt() > 0 &&
      size[1].toInt() > 0) {
    window.resize(size[0].toInt(), size[1].toInt());
  }

  if (parser.isSet(coverageOption)) window.setCoverageViewEnabled(true);

  const QStringList positional = parser.positionalArguments();
  // Scripted runs (a screenshot, a selection, an extent) wait for the project; an interactive
  // start shows the window at once and opens the project in the background.
  const bool scripted =
      !screenshot.isEmpty() || parser.isSet(selectOption) || parser.isSet(extentOption);
  if (!positional.isEmpty() && !scripted) {
    window.openProjectInBackground(positional.first());
  } else if (!positional.isEmpty()) {
    QString error;
    if (!window.openProject(positional.first(), &error)) {
      std::fprintf(stderr, "fangan-app: %s\n", qPrintable(error));
      if (!screenshot.isEmpty()) return 1;
    }
  }

  // A selection zooms to its building; an explicit --extent, applied after it, wins.
  if (parser.isSet(selectOption) && !window.selectBuilding(parser.value(selectOption))) {
    std::fprintf(stderr, "fangan-app: no building with code %s\n",
                 qPrintable(parser.value(selectOption)));
  }

  if (parser.isSet(dockOption)) {
    if (auto* dock = window.findChild<QDockWidget*>(parser.value(dockOption))) {
      dock->show();
      dock->raise();
    } else {
      std::fprintf(stderr, "fangan-app: no dock named %s\n", qPrintable(parser.value(dockOption)));
    }
  }

  if (parser.isSet(extentOption)) {
    const QStringList parts = parser.value(extentOption).split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    double values[4] = {0, 0, 0, 0};
    for (int i = 0; ok && i < 4; ++i) values[i] = parts[i].toDouble(&ok);
    fangan::Extent extent;
    extent.include(values[0], values[1]);
    extent.include(values[2], values[3]);
    if (!ok || extent.width() <= 0 || extent.height() <= 0) {
      std::fprintf(stderr, "fangan-app: --extent wants XMIN,YMIN,XMAX,YMAX\n");
      return 1;
    }
    window.showExtent(extent);
  }

  if (!screenshot.isEmpty()) {
    QObject::connect(
        window.canvas(), &fangan::gui::MapCanvas::renderFinished, &app,
        [&window, screenshot](double ms) {
          // Let the status bar and the canvas repaint with the new image before grabbing.
          QTimer::singleShot(0, &window, [&window, screenshot, ms]() {
            const bool saved = window.grab().save(screenshot);
            std::fprintf(saved ? stdout : stderr, "%s %s (render %.0f ms)\n",
                         saved ? "saved" : "could not save", qPrintable(screenshot), ms);
            QApplication::exit(saved ? 0 : 1);
          });
        },
        Qt::SingleShotConnection);
    const int timeout = parser.value(timeoutOption).toInt();
    QTimer::singleShot(std::max(1, timeout) * 1000, &app, []() {
      std::fprintf(stderr, "fangan-app: no render finished in time, no screenshot\n");
      QApplication::exit(2);
    });
  }

  window.show();
  const int status = app.exec();
  // The project's connection closes first. Scans still running read from their own connections
  // and write nothing: wait a moment for them, then leave without running static destructors
  // beneath them.
  window.closeProject();
  if (!fangan::gui::waitForBackgroundWork(3000) ||
      !fangan::MapRenderer::waitForBackgroundRenders(3000)) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
  }
  return status;
}
