#pragma once
// What the archive panel's buttons do (docs/rules.md#attachments, #archive-pdf): attach photos
// and files to a building, export its archive as one PDF, and open an attachment — a photo in
// PhotoViewDialog, a document with the desktop's PDF viewer.

#include <QString>
#include <QStringList>

#include "gis/store/ProjectStore.h"

class QWidget;

namespace fangan {
namespace gui {

/// Attaches the files at `paths` to the building of `code` in one transaction. Returns "" on
/// success, else the Chinese reason (naming the file); then nothing was written.
QString attachFiles(ProjectStore& store, const QString& code, const QStringList& paths);

/// Asks for files (添加照片/文件…) and attaches them; a refusal is shown in a message box.
/// Returns true when files were attached.
bool attachFilesInteractively(QWidget* parent, ProjectStore& store, const QString& code);

/// Writes the archive PDF of `code` to `path` (phones masked unless `showPersonal`); returns ""
/// or the reason it failed.
QString exportArchive(const ProjectStore& store, const QString& code, const QString& path,
                      bool showPersonal);

/// Asks for a file name (导出档案 PDF…) and whether to print personal data, then exports.
void exportArchiveInteractively(QWidget* parent, const ProjectStore& store, const QString& code);

/// Shows attachment `id`: a photo larger, a document in the desktop's viewer.
void openAttachment(QWidget* parent, const ProjectStore& store, qint64 id);

}  // namespace gui
}  // namespace fangan
