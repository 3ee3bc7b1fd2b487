#include "app/gui/LockWaitPrompt.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>

#include "gis/store/LockWait.h"

namespace fangan::gui {

LockWaitPrompt::LockWaitPrompt(QWidget* parent) : QObject(parent), parent_(parent) {
  sqlite::lockWait().onWait = [this](int waitedMs) { return waiting(waitedMs); };
  sqlite::lockWait().onWaitEnded = [this] { ended(); };
}

LockWaitPrompt::~LockWaitPrompt() {
  sqlite::lockWait().onWait = nullptr;
  sqlite::lockWait().onWaitEnded = nullptr;
  delete dialog_;
}

QProgressDialog* LockWaitPrompt::dialog() const { return dialog_; }

bool LockWaitPrompt::waiting(int waitedMs) {
  // A worker's connection (the map cache written after an opening) waits without a dialog:
  // widgets belong to the window's thread.
  if (QThread::currentThread() != thread()) return true;
  if (!dialog_) {
    dialog_ = new QProgressDialog(parent_);
    dialog_->setWindowTitle(tr("正在等待项目"));
    dialog_->setCancelButtonText(tr("取消"));
    dialog_->setRange(0, 0);  // busy: how long the other process writes is not known
    dialog_->setMinimumDuration(0);
    dialog_->setAutoReset(false);
    dialog_->setAutoClose(false);
    // Window-modal: while the save waits, the user can press cancel but not edit the record
    // being saved.
    dialog_->setWindowModality(Qt::WindowModal);
  }
  const int timeoutS = sqlite::lockWait().timeoutMs / 1000;
  dialog_->setLabelText(tr("项目正由另一进程写入，等待中…\n已等待 %1 秒（最长 %2 秒）")
                            .arg(waitedMs / 1000)
                            .arg(timeoutS));
  if (!dialog_->isVisible()) dialog_->show();
  QCoreApplication::processEvents();
  return !dialog_->wasCanceled();
}

void LockWaitPrompt::ended() {
  if (QThread::currentThread() != thread()) return;
  if (dialog_) {
    dialog_->hide();
    dialog_->deleteLater();
    dialog_ = nullptr;
  }
}

}  // namespace fangan::gui
