#include "app/gui/ExportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "layers/layout/AtlasDocument.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageList.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/SingleMapDocument.h"
#include "layers/layout/TemplateLibrary.h"

namespace fangan {
namespace gui {
namespace {

enum class Output { Map, AtlasByGrid, AtlasByTown };
enum class AreaChoice { District, Town, Grid, View };

// Waiting after the last keystroke before re-rendering the preview: typing a title should not
// start a render per letter.
constexpr int kPreviewDelayMs = 300;

}  // namespace

ExportDialog::ExportDialog(const ProjectStore& store, const ProjectMap& map,
                           const QString& projectPath, const Extent& currentView, QWidget* parent,
                           std::vector<RenderLayer> basemaps)
    : QDialog(parent),
      data_(LayoutData::load(store, map)),
      projectPath_(projectPath),
      currentView_(currentView) {
  data_.setBasemaps(std::move(basemaps));
  setWindowTitle(tr("导出专题图"));

  templates_ = new QComboBox(this);
  for (const QString& name : templateNames(templateFolders(projectPath_))) {
    QString label = name;
    try {
      const LayoutTemplate t = loadTemplate(name, templateFolders(projectPath_));
      if (!t.description.isEmpty()) label = t.description;
    } catch (const LayoutError&) {
      // A broken copy is still listed; choosing it shows its error in the status line.
    }
    templates_->addItem(label, name);
  }
  output_ = new QComboBox(this);
  output_->addItem(tr("单幅地图"), static_cast<int>(Output::Map));
  output_->addItem(tr("图集：每个网格一页"), static_cast<int>(Output::AtlasByGrid));
  output_->addItem(tr("图集：每个镇街一页"), static_cast<int>(Output::AtlasByTown));
  areas_ = new QComboBox(this);
  fillAreas();
  title_ = new QLineEdit(this);
  title_->setPlaceholderText(tr("留空使用模板标题"));
  subtitle_ = new QLineEdit(this);
  subtitle_->setPlaceholderText(tr("留空使用模板副标题"));
  note_ = new QLineEdit(this);
  source_ = new QLineEdit(this);
  source_->setPlaceholderText(data_.projectName());
  pages_ = new QLineEdit(this);
  pages_->setPlaceholderText(tr("如 1,3-5；留空为全部"));
  paper_ = new QComboBox(this);
  paper_->addItem(tr("模板纸张"), QString());
  paper_->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
  paper_->addItem(QStringLiteral("A3"), QStringLiteral("A3"));
  orientation_ = new QComboBox(this);
  orientation_->addItem(tr("模板方向"), QString());
  orientation_->addItem(tr("横向"), QStringLiteral("landscape"));
  orientation_->addItem(tr("纵向"), QStringLiteral("portrait"));
  dpi_ = new QSpinBox(this);
  dpi_->setRange(72, 1200);
  dpi_->setValue(300);
  dpi_->setSuffix(QStringLiteral(" dpi"));

  auto* form = new QFormLayout;
  form->addRow(tr("模板"), templates_);
  form->addRow(tr("输出"), output_);
  form->addRow(tr("范围"), areas_);
  form->addRow(tr("标题"), title_);
  form->addRow(tr("副标题"), subtitle_);
  form->addRow(tr("备注"), note_);
  form->addRow(tr("数据来源"), source_);
  form->addRow(tr("纸张"), paper_);
  form->addRow(tr("方向"), orientation_);
  form->addRow(tr("分辨率"), dpi_);
  form->addRow(tr("图集页码"), pages_);

  preview_ = new QLabel(this);
  preview_->setMinimumSize(480, 360);
  preview_->setAlignment(Qt::AlignCenter);
  preview_->setStyleSheet(QStringLiteral("background: #808080;"));
  status_ = new QLabel(this);
  status_->setWordWrap(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* exportButton = buttons->addButton(tr("导出…"), QDialogButtonBox::AcceptRole);
  connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* left = new QVBoxLayout;
  left->addLayout(form);
  left->addStretch();
  auto* top = new QHBoxLayout;
  top->addLayout(left);
  top->addWidget(preview_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top, 1);
  layout->addWidget(status_);
  layout->addWidget(buttons);

  previewTimer_ = new QTimer(this);
  previewTimer_->setSingleShot(true);
  previewTimer_->setInterval(kPreviewDelayMs);
  connect(previewTimer_, &QTimer::timeout, this, &ExportDialog::startPreview);
  previewWatcher_ = new QFutureWatcher<QImage>(this);
  connect(previewWatcher_, &QFutureWatcher<QImage>::finished, this, &ExportDialog::showPreview);

  for (QComboBox* box : {templates_, output_, areas_, paper_, orientation_}) {
    connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
  }
  connect(output_, &QComboBox::currentIndexChanged, this, [this]() {
    const bool atlas = static_cast<Output>(output_->currentData().toInt()) != Output::Map;
    areas_->setEnabled(!atlas);
    pages_->setEnabled(atlas);
  });
  pages_->setEnabled(false);
  for (QLineEdit* edit : {title_, subtitle_, note_, source_}) {
    connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
  }
  resize(1100, 640);
  schedulePreview();
}

ExportDialog::~ExportDialog() {
  if (previewCancel_) previewCancel_->store(true);
  previewWatcher_->waitForFinished();
}

void ExportDialog::fillAreas() {
  areas_->addItem(tr("全区"), QVariantList{static_cast<int>(AreaChoice::District), QString()});
  if (!currentView_.isEmpty()) {
    areas_->addItem(tr("当前视图"), QVariantList{static_cast<int>(AreaChoice::View), QString()});
  }
  for (const QString& town : data_.townNames()) {
    areas_->addItem(tr("镇街：%1").arg(town),
                    QVariantList{static_cast<int>(AreaChoice::Town), town});
  }
  for (const GridRecord& g : data_.grids()) {
    const QString id = QString::fromStdString(g.grid);
    const QString name = g.name.empty() ? id : QString::fromStdString(g.name);
    areas_->addItem(tr("网格：%1（%2）").arg(name, id),
                    QVariantList{static_cast<int>(AreaChoice::Grid), id});
  }
}

std::unique_ptr<LayoutDocument> ExportDialog::document() const {
  Layout layout = Layout::fromTemplate(
      loadTemplate(templates_->currentData().toString(), templateFolders(projectPath_)));
  PageSetup page = layout.pageSetup();
  if (const auto paper = paperSizeFromName(paper_->currentData().toString())) page.paper = *paper;
  if (const auto o = orientationFromName(orientation_->currentData().toString())) {
    page.orientation = *o;
  }
  layout.setPageSetup(page);
  PageTexts texts;
  texts.title = title_->text().trimmed();
  texts.subtitle = subtitle_->text().trimmed();
  texts.note = note_->text().trimmed();
  texts.source = source_->text().trimmed();

  const auto output = static_cast<Output>(output_->currentData().toInt());
  if (output != Output::Map) {
    const AtlasBy by = output == Output::AtlasByGrid ? AtlasBy::Grid : AtlasBy::Town;
    const QString title =
        texts.title.isEmpty() ? tr("全区") + layout.title() + tr("集") : texts.title;
    return std::make_unique<AtlasDocument>(std::move(layout), data_,
                                           AtlasDocument::areas(data_, by, QString()),
                                           texts.variables(), title);
  }
  const QVariantList area = areas_->currentData().toList();
  LayoutPage p;
  switch (static_cast<AreaChoice>(area.value(0).toInt())) {
    case AreaChoice::District:
      p.area = districtArea(data_, tr("全区"));
      break;
    case AreaChoice::View:
      p.area = extentArea(currentView_, tr("当前视图"));
      break;
    case AreaChoice::Town:
      p.area = townArea(data_, area.value(1).toString());
      break;
    case AreaChoice::Grid:
      p.area = gridArea(data_, area.value(1).toString());
      break;
  }
  p.variables = texts.variables();
  p.roleTexts = texts.roleTexts();
  return std::make_unique<SingleMapDocument>(std::move(layout), data_, std::move(p));
}

bool ExportDialog::previewPending() const {
  return previewTimer_->isActive() || previewWatcher_->isRunning();
}

void ExportDialog::schedulePreview() { previewTimer_->start(); }

void ExportDialog::startPreview() {
  if (previewWatcher_->isRunning()) {
    // Let the running render stop early and try again when it has.
    previewCancel_->store(true);
    previewTimer_->start();
    return;
  }
  try {
    previewDocument_ = document();
  } catch (const std::exception& e) {
    status_->setText(QString::fromUtf8(e.what()));
    return;
  }
  status_->setText(tr("正在生成预览…"));
  // The first map page of an atlas is previewed, the contents being the same for any template.
  const auto* atlas = dynamic_cast<const AtlasDocument*>(previewDocument_.get());
  const int page = atlas ? atlas->contentsPageCount() : 0;
  const QSizeF sheet = previewDocument_->pageSetup(page).sizeMm();
  const double ratio = devicePixelRatioF();
  const double dpi = std::min(preview_->width() / (sheet.width() / 25.4),
                              preview_->height() / (sheet.height() / 25.4)) *
                     ratio;
  previewCancel_ = std::make_shared<std::atomic<bool>>(false);
  previewWatcher_->setFuture(
      QtConcurrent::run([doc = previewDocument_, page, dpi, cancel = previewCancel_, ratio]() {
        QImage image =
            renderPageImage(*doc, page, std::max(20.0, dpi), MapRendering::Auto, cancel.get());
        image.setDevicePixelRatio(ratio);
        return cancel->load() ? QImage() : image;
      }));
}

void ExportDialog::showPreview() {
  const QImage image = previewWatcher_->result();
  if (image.isNull()) return;  // cancelled; a newer preview is on its way
  previewImage_ = image;
  preview_->setPixmap(QPixmap::fromImage(image));
  status_->setText(
      tr("%1 · 共 %2 页").arg(previewDocument_->title()).arg(previewDocument_->pageCount()));
}

void ExportDialog::chooseFileAndExport() {
  const QString suggested =
      QFileInfo(projectPath_)
          .absoluteDir()
          .filePath(templates_->currentData().toString() + QStringLiteral(".pdf"));
  const QString path = QFileDialog::getSaveFileName(
      this, tr("导出到"), suggested, tr("PDF (*.pdf);;PNG 图片 (*.png);;SVG (*.svg)"));
  if (path.isEmpty()) return;
  QString error;
  if (exportTo(path, &error)) {
    status_->setText(tr("已写出 %1").arg(path));
  } else if (!error.isEmpty()) {
    QMessageBox::warning(this, tr("导出失败"), error);
  }
}

bool ExportDialog::exportTo(const QString& path, QString* error) {
  std::shared_ptr<const LayoutDocument> doc;
  ExportOptions options;
  options.dpi = dpi_->value();
  try {
    doc = document();
    if (doc->pageCount() > 1 && !pages_->text().trimmed().isEmpty()) {
      options.pages = parsePageList(pages_->text(), doc->pageCount());
    }
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
  // Writing runs on a worker; the dialog shows progress and forwards a cancel.
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  options.cancel = cancel.get();
  QProgressDialog progress(tr("正在导出…"), tr("取消"), 0, doc->pageCount(), this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(doc->pageCount() > 1 ? 0 : 800);
  connect(&progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });
  QPointer<QProgressDialog> guard(&progress);
  options.progress = [guard](int done, int total, const QString& name) {
    QMetaObject::invokeMethod(
        qApp,
        [guard, done, total, name]() {
          if (!guard) return;
          guard->setMaximum(total);
          guard->setValue(done);
          guard->setLabelText(name.isEmpty() ? tr("完成") : tr("正在导出：%1").arg(name));
        },
        Qt::QueuedConnection);
    return true;
  };
  QFutureWatcher<QString> watcher;
  QEventLoop loop;
  connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
  bool cancelled = false;
  watcher.setFuture(QtConcurrent::run([doc, path, options, &cancelled]() {
    try {
      cancelled = exportDocument(*doc, path, options).cancelled;
      return QString();
    } catch (const std::exception& e) {
      return QString::fromUtf8(e.what());
    }
  }));
  loop.exec();
  progress.reset();
  const QString failure = watcher.result();
  if (error) *error = failure;
  return failure.isEmpty() && !cancelled;
}

}  // namespace gui
}  // namespace fangan
