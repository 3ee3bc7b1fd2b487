#include "app/gui/ReportDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/gui/BackgroundScan.h"
#include "gis/io/ProgressReportXlsx.h"
#include "gis/report/ProgressReport.h"
#include "layers/layout/ProgressReportPdf.h"

namespace fangan {
namespace gui {
namespace {

/// Area choices: kind and name in the item data.
enum AreaKind { District = 0, Town = 1, Grid = 2 };

QString q(const std::string& s) { return QString::fromStdString(s); }

/// What the worker returns when cancelled (shown as 已取消).
const QString kCancelled = QStringLiteral("cancelled");

struct Job {
  std::string project;
  ReportRequest request;
  std::string output;
  bool pdf = true;
};

QString runJob(const Job& job, std::shared_ptr<std::atomic<int>> permille,
               std::shared_ptr<std::atomic<bool>> cancelled) {
  try {
    const auto store = openProject(job.project);
    const auto report =
        computeProgressReport(*store, job.request, [&](std::int64_t done, std::int64_t total) {
          if (total > 0) permille->store(static_cast<int>(900 * done / total));
          return !cancelled->load();
        });
    if (!report) return kCancelled;
    if (job.pdf) {
      ProgressReportPdfOptions options;
      options.made = job.request.made;
      writeProgressReportPdf(*report, job.output, options);
    } else {
      writeProgressReportXlsx(job.output, *report);
    }
    permille->store(1000);
    releaseFreedMemory();
    return QString();
  } catch (const std::exception& e) {
    return q(e.what());
  }
}

}  // namespace

ReportDialog::ReportDialog(const ProjectStore& store, QWidget* parent)
    : QDialog(parent),
      project_(store.location()),
      permille_(std::make_shared<std::atomic<int>>(0)),
      cancelled_(std::make_shared<std::atomic<bool>>(false)) {
  setWindowTitle(tr("生成进度报告"));
  auto* form = new QFormLayout;
  period_ = new QComboBox(this);
  period_->addItem(tr("日动态"), static_cast<int>(PeriodKind::Day));
  period_->addItem(tr("周报（周一至周日）"), static_cast<int>(PeriodKind::Week));
  period_->addItem(tr("旬报"), static_cast<int>(PeriodKind::Dekad));
  period_->addItem(tr("半月报"), static_cast<int>(PeriodKind::HalfMonth));
  period_->addItem(tr("月报"), static_cast<int>(PeriodKind::Month));
  period_->setCurrentIndex(1);
  form->addRow(tr("报告周期"), period_);
  date_ = new QDateEdit(QDate::currentDate(), this);
  date_->setCalendarPopup(true);
  date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  form->addRow(tr("报告日期"), date_);
  area_ = new QComboBox(this);
  area_->addItem(tr("全区（按镇街）"), QStringList{QString::number(District), QString()});
  for (const std::string& t : store.buildingAreaNames(BuildingArea::Town)) {
    area_->addItem(tr("镇街：%1（按网格）").arg(q(t)), QStringList{QString::number(Town), q(t)});
  }
  for (const std::string& g : store.buildingAreaNames(BuildingArea::Grid)) {
    area_->addItem(tr("网格：%1").arg(q(g)), QStringList{QString::number(Grid), q(g)});
  }
  form->addRow(tr("范围"), area_);
  auto* outputRow = new QHBoxLayout;
  output_ = new QLineEdit(this);
  output_->setPlaceholderText(tr("报告文件（.pdf 或 .xlsx）"));
  auto* browse = new QPushButton(tr("浏览…"), this);
  outputRow->addWidget(output_, 1);
  outputRow->addWidget(browse);
  form->addRow(tr("输出文件"), outputRow);

  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->hide();
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(this);
  generate_ = buttons->addButton(tr("生成"), QDialogButtonBox::AcceptRole);
  cancel_ = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(buttons);

  poll_ = new QTimer(this);
  poll_->setInterval(100);
  connect(poll_, &QTimer::timeout, this, [this] { progress_->setValue(permille_->load()); });
  connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseOutput);
  connect(generate_, &QPushButton::clicked, this, [this] { start(); });
  connect(cancel_, &QPushButton::clicked, this, [this] {
    if (isRunning()) {
      cancelled_->store(true);
      status_->setText(tr("正在取消…"));
    } else {
      reject();
    }
  });
}

ReportDialog::~ReportDialog() {
  if (watcher_) {
    cancelled_->store(true);
    watcher_->waitForFinished();
  }
}

QString ReportDialog::statusText() const { return status_->text(); }

void ReportDialog::chooseOutput() {
  const QString path = QFileDialog::getSaveFileName(this, tr("保存报告"), output_->text(),
                                                    tr("PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)"));
  if (!path.isEmpty()) output_->setText(path);
}

bool ReportDialog::start() {
  if (isRunning()) return false;
  const QString path = output_->text().trimmed();
  const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
  if (!pdf && !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
    status_->setText(tr("请选择输出文件：.pdf 或 .xlsx"));
    return false;
  }
  Job job;
  job.project = project_;
  job.output = path.toStdString();
  job.pdf = pdf;
  job.request.kind = static_cast<PeriodKind>(period_->currentData().toInt());
  const QDate d = date_->date();
  job.request.made = Date{d.year(), d.month(), d.day()};
  const QStringList area = area_->currentData().toStringList();
  if (area.value(0).toInt() == Town) job.request.town = area.value(1).toStdString();
  if (area.value(0).toInt() == Grid) job.request.grid = area.value(1).toStdString();

  permille_->store(0);
  cancelled_->store(false);
  watcher_ = std::make_unique<QFutureWatcher<QString>>();
  connect(watcher_.get(), &QFutureWatcherBase::finished, this, &ReportDialog::done);
  auto permille = permille_;
  auto cancelled = cancelled_;
  watcher_->setFuture(QtConcurrent::run(
      backgroundPool(), [job, permille, cancelled] { return runJob(job, permille, cancelled); }));
  setRunning(true);
  status_->setText(tr("正在统计并写出报告…"));
  return true;
}

void ReportDialog::done() {
  QString error = watcher_->result();
  if (error == kCancelled) error = tr("已取消");
  setRunning(false);
  progress_->setValue(permille_->load());
  if (error.isEmpty()) {
    status_->setText(tr("已写出 %1").arg(output_->text()));
  } else {
    status_->setText(tr("无法生成报告：%1").arg(error));
  }
  emit finished(error);
}

void ReportDialog::setRunning(bool running) {
  progress_->setVisible(running || progress_->value() > 0);
  generate_->setEnabled(!running);
  period_->setEnabled(!running);
  date_->setEnabled(!running);
  area_->setEnabled(!running);
  output_->setEnabled(!running);
  cancel_->setText(running ? tr("取消") : tr("关闭"));
  if (running) {
    poll_->start();
  } else {
    poll_->stop();
  }
}

}  // namespace gui
}  // namespace fangan
