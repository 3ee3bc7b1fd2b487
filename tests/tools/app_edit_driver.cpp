// One user's edit in the app, driven offscreen for the crash loops (tests/crash/crash_loop.sh,
// command `appedit`): opens PROJECT in the main window, selects building CODE, records a survey
// (无隐患, 2024-03-11, 张三) through the inspection form as a user would, and exits 0 when the
// form accepted it. Killed at a random moment, the project must hold either none or all of the
// edit (docs/rules.md#durability).
// usage: fangan_app_edit_driver PROJECT CODE

#include <QApplication>
#include <QDate>
#include <cstdio>

#include "app/gui/InspectionDialog.h"
#include "app/gui/InspectionEditor.h"
#include "app/gui/MainWindow.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc != 3) {
    std::fprintf(stderr, "usage: fangan_app_edit_driver PROJECT CODE\n");
    return 2;
  }
  fangan::gui::MainWindow window;
  window.resize(1000, 700);
  QString error;
  if (!window.openProject(QString::fromLocal8Bit(argv[1]), &error)) {
    std::fprintf(stderr, "app_edit_driver: %s\n", qPrintable(error));
    return 1;
  }
  window.show();
  const QString code = QString::fromLocal8Bit(argv[2]);
  if (!window.selectBuilding(code)) {
    std::fprintf(stderr, "app_edit_driver: no building %s\n", qPrintable(code));
    return 1;
  }
  const auto record = window.store()->buildingByCode(code.toStdString());
  fangan::gui::InspectionDialog dialog(window.inspectionEditor(), *record);
  dialog.setKind(fangan::LifecycleStep::Survey);
  if (!dialog.setResult(fangan::FieldResult::NoHazard)) return 1;
  dialog.setDate(QDate(2024, 3, 11));
  dialog.setInspector(QStringLiteral("张三"));
  dialog.setNote(QStringLiteral("崩溃测试"));
  if (!dialog.submit()) {
    std::fprintf(stderr, "app_edit_driver: %s\n", qPrintable(dialog.errorText()));
    return 1;
  }
  return 0;
}
