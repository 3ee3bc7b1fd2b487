#include "layers/layout/TemplateLibrary.h"

#include <QDir>
#include <QFileInfo>

#include "layers/layout/LayoutError.h"

namespace fangan {

QString builtInTemplateFolder() { return QStringLiteral(FANGAN_DATA_DIR "/templates"); }

QStringList templateFolders(const QString& projectPath) {
  QStringList folders;
  if (!projectPath.isEmpty()) {
    folders << QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("templates"));
  }
  folders << builtInTemplateFolder();
  return folders;
}

QStringList templateNames(const QStringList& folders) {
  QStringList names;
  for (const QString& folder : folders) {
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
      const QString name = QFileInfo(f).completeBaseName();
      if (!names.contains(name)) names << name;
    }
  }
  names.sort();
  return names;
}

QString findTemplate(const QString& nameOrPath, const QStringList& folders) {
  if (nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".json"))) {
    if (!QFileInfo::exists(nameOrPath)) {
      throw LayoutError(QStringLiteral("找不到模板文件 %1").arg(nameOrPath).toStdString());
    }
    return nameOrPath;
  }
  for (const QString& folder : folders) {
    const QString path = QDir(folder).filePath(nameOrPath + QStringLiteral(".json"));
    if (QFileInfo::exists(path)) return path;
  }
  throw LayoutError(QStringLiteral("没有名为 %1 的模板（可用：%2）")
                        .arg(nameOrPath, templateNames(folders).join(", "))
                        .toStdString());
}

LayoutTemplate loadTemplate(const QString& nameOrPath, const QStringList& folders) {
  return LayoutTemplate::load(findTemplate(nameOrPath, folders));
}

}  // namespace fangan
