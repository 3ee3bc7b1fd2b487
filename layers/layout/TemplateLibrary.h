#pragma once
// Where templates are found. A name ("patrol") is looked up as NAME.json in a list of folders,
// first match wins: an office puts an edited copy in a `templates` folder next to its project
// and it replaces the shipped one of the same name. A path (with a slash or ending in .json) is
// taken as it is.

#include <QString>
#include <QStringList>

#include "layers/layout/LayoutTemplate.h"

namespace fangan {

/// The folder of the shipped templates (<data dir>/templates).
QString builtInTemplateFolder();
/// The folders searched for a project at `projectPath`: its `templates` subfolder, then the
/// shipped folder.
QStringList templateFolders(const QString& projectPath);
/// Template names (file base names) in `folders`, sorted, without duplicates.
QStringList templateNames(const QStringList& folders);
/// The file of a template name or path. Throws LayoutError listing the names there are.
QString findTemplate(const QString& nameOrPath, const QStringList& folders);
/// Finds and loads a template. Throws LayoutError.
LayoutTemplate loadTemplate(const QString& nameOrPath, const QStringList& folders);

}  // namespace fangan
