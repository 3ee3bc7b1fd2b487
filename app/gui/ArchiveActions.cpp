#include "app/gui/ArchiveActions.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QUrl>
#include <QWidget>

#include "app/gui/PhotoViewDialog.h"
#include "gis/archive/AttachmentRegister.h"
#include "gis/archive/BuildingArchive.h"
#include "layers/attach/AttachmentIntake.h"
#include "layers/layout/ArchivePdf.h"

namespace fangan {
namespace gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ArchiveActions", text); }

}  // namespace

QString attachFiles(ProjectStore& store, const QString& code, const QStringList& paths) {
  try {
    std::vector<Attachment> files;
    for (const QString& path : paths) files.push_back(readAttachmentFile(path.toStdString()));
    addAttachments(store, code.toStdString(), std::move(files), std::nullopt, "app");
    return QString();
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
}

bool attachFilesInteractively(QWidget* parent, ProjectStore& store, const QString& code) {
  const QString filter = heicSupported() ? tr("照片和 PDF 文件 (*.jpg *.jpeg *.png *.heic *.pdf)")
                                         : tr("照片和 PDF 文件 (*.jpg *.jpeg *.png *.pdf)");
  const QStringList paths =
      QFileDialog::getOpenFileNames(parent, tr("添加照片/文件：%1").arg(code), QString(), filter);
  if (paths.isEmpty()) return false;
  const QString error = attachFiles(store, code, paths);
  if (!error.isEmpty()) {
    QMessageBox::warning(parent, tr("未添加"), error);
    return false;
  }
  return true;
}

QString exportArchive(const ProjectStore& store, const QString& code, const QString& path,
                      bool showPersonal) {
  try {
    const BuildingArchive archive = loadBuildingArchive(store, code.toStdString());
    ArchivePdfOptions options;
    options.showPersonal = showPersonal;
    options.today = Date::today();
    writeArchivePdf(archive, path.toStdString(), options);
    return QString();
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
}

void exportArchiveInteractively(QWidget* parent, const ProjectStore& store, const QString& code) {
  const QString path = QFileDialog::getSaveFileName(
      parent, tr("导出档案 PDF"), QDir::home().filePath(code + QStringLiteral("-档案.pdf")),
      tr("PDF 文件 (*.pdf)"));
  if (path.isEmpty()) return;
  const bool full = QMessageBox::question(parent, tr("个人信息"),
                                          tr("导出完整的电话和证件号码？选“否”则按规定脱敏。"),
                                          QMessageBox::Yes | QMessageBox::No,
                                          QMessageBox::No) == QMessageBox::Yes;
  const QString error = exportArchive(store, code, path, full);
  if (!error.isEmpty()) QMessageBox::warning(parent, tr("导出失败"), error);
}

void openAttachment(QWidget* parent, const ProjectStore& store, qint64 id) {
  std::optional<Attachment> a;
  try {
    a = store.attachment(id);
  } catch (const std::exception& e) {
    QMessageBox::warning(parent, tr("无法打开附件"), QString::fromStdString(e.what()));
    return;
  }
  if (!a) return;
  if (a->kind == AttachmentKind::Photo) {
    PhotoViewDialog dialog(*a, parent);
    dialog.exec();
    return;
  }
  // A document: a copy in the temporary folder, opened by the desktop's viewer.
  const QString path = QDir::temp().filePath(
      QStringLiteral("fangan-%1-%2").arg(id).arg(QString::fromStdString(a->fileName)));
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(reinterpret_cast<const char*>(a->bytes.data()),
                 static_cast<qint64>(a->bytes.size())) != static_cast<qint64>(a->bytes.size())) {
    QMessageBox::warning(parent, tr("无法打开附件"), tr("无法写入临时文件 %1").arg(path));
    return;
  }
  file.close();
  QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

}  // namespace gui
}  // namespace fangan
