#include "app/gui/RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace fangan {
namespace gui {
namespace app_settings {
namespace {

const QString kRecentKey = QStringLiteral("recentProjects");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

QSettings settings() { return QSettings(QStringLiteral("Fangan"), QStringLiteral("fangan-app")); }

QString normalized(const QString& path) { return QFileInfo(path).absoluteFilePath(); }

}  // namespace

QStringList recentProjects() {
  QStringList list = settings().value(kRecentKey).toStringList();
  list.removeAll(QString());
  while (list.size() > kMaxRecentProjects) list.removeLast();
  return list;
}

void addRecentProject(const QString& path) {
  const QString absolute = normalized(path);
  QStringList list = recentProjects();
  list.removeAll(absolute);
  list.prepend(absolute);
  while (list.size() > kMaxRecentProjects) list.removeLast();
  settings().setValue(kRecentKey, list);
}

void removeRecentProject(const QString& path) {
  QStringList list = recentProjects();
  list.removeAll(normalized(path));
  settings().setValue(kRecentKey, list);
}

QByteArray windowGeometry() { return settings().value(kGeometryKey).toByteArray(); }

QByteArray windowState() { return settings().value(kStateKey).toByteArray(); }

void saveWindow(const QByteArray& geometry, const QByteArray& state) {
  QSettings s = settings();
  s.setValue(kGeometryKey, geometry);
  s.setValue(kStateKey, state);
}

}  // namespace app_settings
}  // namespace gui
}  // namespace fangan
