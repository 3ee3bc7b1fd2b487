#pragma once
// Running poppler-utils (pdftotext, pdffonts, pdfinfo) from layout tests.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include "tests/support/MissingInput.h"

// Output of a poppler tool, or a skip when poppler-utils is missing.
#define RUN_TOOL_OR_SKIP(out, tool, ...)                                              \
  QString out;                                                                        \
  do {                                                                                \
    if (QStandardPaths::findExecutable(tool).isEmpty())                               \
      FANGAN_MISSING(tool << " not installed (poppler-utils)");                       \
    QProcess process;                                                                 \
    process.start(tool, QStringList{__VA_ARGS__});                                    \
    ASSERT_TRUE(process.waitForFinished(60000));                                      \
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString(); \
    out = QString::fromUtf8(process.readAllStandardOutput());                         \
  } while (false)
