#pragma once
// The progress-report dialog (报告, docs/rules.md#report): choose the period (日动态、周报、旬报、
// 半月报、月报), the report day, the area (the district by town, one town by grid, or one grid)
// and the output file (.pdf or .xlsx); the report is computed and written on a worker thread with
// its own connection to the project, with a progress bar and 取消. Errors are shown in Chinese.

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

#include "gis/store/ProjectStore.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace fangan {
namespace gui {

class ReportDialog : public QDialog {
  Q_OBJECT

 public:
  /// Lists the towns and grids of `store`, whose file the worker opens again.
  explicit ReportDialog(const ProjectStore& store, QWidget* parent = nullptr);
  ~ReportDialog() override;

  QComboBox* periodSelector() const { return period_; }
  QDateEdit* dateEdit() const { return date_; }
  QComboBox* areaSelector() const { return area_; }
  QLineEdit* outputEdit() const { return output_; }
  QPushButton* generateButton() const { return generate_; }
  /// The message under the progress bar (the result, or the error).
  QString statusText() const;
  /// True while a report is being written.
  bool isRunning() const { return watcher_ && watcher_->isRunning(); }

  /// Starts writing the report with the current choices; false (with the reason shown) when
  /// the choices are incomplete.
  bool start();

 signals:
  /// The worker finished: `error` is empty on success ("已取消" when cancelled).
  void finished(const QString& error);

 private:
  void chooseOutput();
  void done();
  void setRunning(bool running);

  std::string project_;
  QComboBox* period_ = nullptr;
  QDateEdit* date_ = nullptr;
  QComboBox* area_ = nullptr;
  QLineEdit* output_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton* generate_ = nullptr;
  QPushButton* cancel_ = nullptr;
  QTimer* poll_ = nullptr;
  std::unique_ptr<QFutureWatcher<QString>> watcher_;
  std::shared_ptr<std::atomic<int>> permille_;
  std::shared_ptr<std::atomic<bool>> cancelled_;
};

}  // namespace gui
}  // namespace fangan
