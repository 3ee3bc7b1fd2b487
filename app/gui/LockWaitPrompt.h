#pragma once
// What the application shows while a save waits for another process's write lock on the
// project (docs/rules.md#concurrency): a window-modal progress dialog with the wait so far and
// a cancel button. Installed as the process-wide lock wait (gis/store/LockWait.h); cancelling
// makes the save fail with "已取消…", which the caller reports, and the project is unchanged.

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace fangan::gui {

class LockWaitPrompt : public QObject {
  Q_OBJECT

 public:
  /// Installs the prompt over `parent` as the process-wide lock wait; the destructor removes it.
  explicit LockWaitPrompt(QWidget* parent);
  ~LockWaitPrompt() override;

  /// The dialog while a wait is shown; nullptr otherwise.
  QProgressDialog* dialog() const;

 private:
  bool waiting(int waitedMs);
  void ended();

  QWidget* parent_;
  QPointer<QProgressDialog> dialog_;
};

}  // namespace fangan::gui
